@process-point-11
Feature: Process point 11 - prisoner is transferred from court to a new prison
  Part 4, process point 11 (the contents list of the guidance calls it "process point 12" by a slip; the body and
  process point 10's list of outcomes call it 11, and so does this rule set: AMB-29). The "receiving" Substance Misuse
  Team follows the activities of process point 1. When a prisoner exits the prison, the "sending" Substance Misuse Team
  must close down the caseload and send an Activity Form to the relevant regional Data Team.

  Readings applied: the court's sending the prisoner to a new prison is a reception there, from court after time in
  another prison; it starts a new custody period, and the routing shows how the person came to it (process point 10 to
  11, then the reception). At process point 1 such an arrival goes on as from another prison (AMB-44). The sending
  team's close-down has no time in the text (AMB-54); it is de-personalised monitoring data, which needs no consent.
  It arises when the sending team establishes the non-return (the catalogue's trigger), when this custody period holds
  that record; otherwise at the reception at the new prison, which shows the prisoner did not return.

  Background:
    Given the prison is in England
    And the client gave informed consent to sharing on Monday 6 April 2026
    And the movement record shows the prisoner taken from HMP Alpha to Example Crown Court at 09:00 on Thursday 14 May 2026
    And the movement record shows the prisoner received into HMP Example at 17:00 on Thursday 14 May 2026 from court after time in another prison

  Rule: The court sent the prisoner to a new prison: process point 11, then process point 1 at the receiving prison

    @ENG-COC-RT-14 @ENG-COC-RT-18 @ENG-COC-PP11-01 @AMB-44 @AMB-29
    Scenario: Received from court at a new prison: the receiving team follows process point 1
      Given it is 17:30 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the step from PP10 to PP11 was taken because "the court sent the prisoner to a new (receiving) prison"
      And the step from PP11 to RECEPTION was taken because "the receiving Substance Misuse Team follows the activities of process point 1 at the receiving prison"
      And the step from RECEPTION to PP1 was taken because "every reception into prison starts at process point 1"
      And the step from PP1 to PP2 was taken because "the prisoner arrived from another prison"
      And the custody period began with the reception at 17:00 on Thursday 14 May 2026
      And the prisoner arrived from court after being held in another prison, as the kind of the reception says

  Rule: The sending team closes down its caseload and sends an Activity Form

    @ENG-COC-PP11-02 @ENG-COC-ACT-08
    Scenario Outline: The sending team's close-down is <status> when <what>
      Given <step>
      And it is 10:00 on Monday 18 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team must close down its caseload and send an Activity Form after the court sent the prisoner to a new prison, with no time set in the guidance
      And that action is <status>
      And it was triggered by RECEPTION at 17:00 on Thursday 14 May 2026
      And it is owned by the "Prison Substance Misuse Team", as "SMT at the sending prison"
      And it is not blocked

      Examples:
        | what                          | step                                                                                       | status |
        | not sent yet                  | it is 10:00 on Friday 15 May 2026                                                          | OPEN   |
        | the Activity Form closed it   | the Substance Misuse Team closed its caseload and sent an Activity Form at 09:00 on Friday 15 May 2026 | DONE |
        | only the CJIT took it on      | the CJIT took the prisoner onto its caseload at 09:00 on Friday 15 May 2026                | OPEN   |

    @ENG-COC-PP11-02
    Scenario: The sending team established the non-return after the reception at the new prison: the close-down arises then
      Given the Substance Misuse Team established at 09:00 on Friday 15 May 2026 that the prisoner did not return from court
      And it is 10:00 on Friday 15 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team must close down its caseload and send an Activity Form after the court sent the prisoner to a new prison, with no time set in the guidance
      And that action is OPEN
      And it was triggered by NON_RETURN_FROM_COURT_ESTABLISHED at 09:00 on Friday 15 May 2026

    @ENG-COC-PP11-02
    Scenario: A non-return established before the reception at the new prison belongs to the earlier custody period: the reception stands for it
      Given the Substance Misuse Team established at 16:00 on Thursday 14 May 2026 that the prisoner did not return from court
      And it is 10:00 on Friday 15 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team must close down its caseload and send an Activity Form after the court sent the prisoner to a new prison, with no time set in the guidance
      And that action is OPEN
      And it was triggered by RECEPTION at 17:00 on Thursday 14 May 2026

    @ENG-COC-PP11-02 @AMB-60
    Scenario: With consent withdrawn, the close-down still goes ahead: an Activity Form is monitoring data
      Given the client withdrew consent to sharing on Friday 15 May 2026
      And it is 10:00 on Monday 18 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team must close down its caseload and send an Activity Form after the court sent the prisoner to a new prison, with no time set in the guidance
      And that action is OPEN
      And it is not blocked
