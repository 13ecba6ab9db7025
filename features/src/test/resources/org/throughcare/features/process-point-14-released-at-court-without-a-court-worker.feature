@process-point-14
Feature: Process point 14 - prisoner is released from court where no CJIT worker is present
  Part 4, process point 14. If the prisoner is due to appear in a court where court workers are not present, the
  Substance Misuse Team must encourage the prisoner to make contact with their local CJIT in the event of release. It
  should interrogate LIDS to establish whether the prisoner has been released; if so, contact the prisoner's CJIT via
  the Alert Form (followed up by a telephone call), and it must also close down the caseload and send an Activity Form.
  Following the notification, the CJIT must make every effort to contact the client; if contact is made, it should
  obtain relevant information (including the DIR, if less than six months old), notify the Substance Misuse Team via the
  Alert Form (followed up by a telephone call) within 24 hours of the contact, and must take the client onto its active
  caseload and send an Activity Form.

  Readings applied: the LIDS check is a standing duty while the prisoner is away at such a court and no release is
  established (Annex D: daily). The Substance Misuse Team's Alert Form and close-down have no time in the text (TC-13,
  AMB-54). The CJIT's duty to make contact arises with the Substance Misuse Team's Alert Form about the release. The 24
  hours have no weekend relief (AMB-31).

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
    And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
    And the client gave informed consent to sharing on Monday 6 April 2026
    And it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at Sample Magistrates' Court, where no CJIT court worker is present

  Rule: Before court, the prisoner is encouraged to contact their local CJIT if released

    @ENG-COC-PP14-01
    Scenario Outline: The encouragement is <status> when <what>
      Given <step>
      And it is 10:00 on Wednesday 13 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must encourage the prisoner to contact their local CJIT if released, with no time set in the guidance
      And that action is <status>
      And it was triggered by COURT_PRODUCTION_KNOWN at 10:00 on Tuesday 12 May 2026

      Examples:
        | what       | step                                                                                                     | status |
        | not yet    | it is 11:00 on Tuesday 12 May 2026                                                                       | OPEN   |
        | encouraged | the Substance Misuse Team encouraged the prisoner at 15:00 on Tuesday 12 May 2026 to contact their local CJIT if released | DONE |

    @ENG-COC-PP14-01 @ENG-COC-PP13-03
    Scenario: No court worker at that court: nothing is asked of a court worker
      Given the prisoner said at 10:10 on Wednesday 8 April 2026 that they are in contact with their CJIT
      And it is 10:00 on Wednesday 13 May 2026
      When the engine evaluates the case
      Then the decision does not require that the court worker should make contact with the prisoner in the court cells before the hearing

  Rule: At court, LIDS shows whether the prisoner was released

    @ENG-COC-PP14-02
    Scenario: Away at a court with no court workers: the LIDS check is a standing duty
      Given the movement record shows the prisoner taken from HMP Example to Sample Magistrates' Court at 09:00 on Thursday 14 May 2026
      And it is 18:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should check LIDS to establish whether the prisoner was released at court, as a standing duty
      And the decision does not require that the Substance Misuse Team should use local systems such as LIDS to establish a non-return from court

  Rule: Released by the court with no court worker: the Substance Misuse Team tells the CJIT and closes its caseload

    @ENG-COC-RT-17 @ENG-COC-RT-20 @ENG-COC-PP14-03 @ENG-COC-PP14-04 @ENG-COC-ALERT-09 @ENG-COC-ALERT-11
    Scenario: Released at a court with no court worker: the Alert Form and the telephone call, and the close-down
      Given the movement record shows the prisoner taken from HMP Example to Sample Magistrates' Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 14:00 on Thursday 14 May 2026, with no CJIT court worker present
      And it is 10:00 on Friday 15 May 2026
      When the engine evaluates the case
      Then for RELEASE_STATUS, the Substance Misuse Team should tell the prisoner's CJIT of the release at court by Alert Form and telephone, with no time set in the guidance
      And that action is OPEN
      And it may share information on the basis "CONSENT_GIVEN"
      And its Alert Form ticks box 5, "Change of release status"
      And the Alert Form goes from "the prison's Substance Misuse Team" to "the CJIT"
      And the Alert Form is "followed up by a telephone call"
      And the Substance Misuse Team must close down its caseload and send an Activity Form after the release at court, with no time set in the guidance
      And that action is OPEN
      And the step from PP10 to PP14 was taken because "the court released the prisoner into the community, with no CJIT court worker present"
      And the step from PP14 to LEFT_CUSTODY was taken because "the person has left the Substance Misuse Team's caseload"
      And the decision does not require that the Substance Misuse Team should check LIDS to establish whether the prisoner was released at court

    @ENG-COC-PP14-03 @ENG-COC-PP14-05
    Scenario: The Alert Form and the call sent: done, and the CJIT must make every effort to contact the client
      Given the movement record shows the prisoner taken from HMP Example to Sample Magistrates' Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 14:00 on Thursday 14 May 2026, with no CJIT court worker present
      And CARATs sent the CJIT an Alert Form at 09:00 on Friday 15 May 2026 ticking RELEASE_STATUS
      And CARATs followed up their Alert Form by telephone at 09:15 on Friday 15 May 2026
      And it is 10:00 on Friday 15 May 2026
      When the engine evaluates the case
      Then for RELEASE_STATUS, the Substance Misuse Team should tell the prisoner's CJIT of the release at court by Alert Form and telephone, with no time set in the guidance
      And that action is DONE
      And the CJIT must make every effort to contact the client released by the court, with no time set in the guidance
      And that action is OPEN
      And it was triggered by ALERT_FORM_SENT at 09:00 on Friday 15 May 2026

    @ENG-COC-PP14-04 @ENG-COC-ACT-11
    Scenario: The close-down done by an Activity Form
      Given the movement record shows the prisoner taken from HMP Example to Sample Magistrates' Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 14:00 on Thursday 14 May 2026, with no CJIT court worker present
      And the Substance Misuse Team closed its caseload and sent an Activity Form at 11:00 on Friday 15 May 2026
      And it is 12:00 on Friday 15 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must close down its caseload and send an Activity Form after the release at court, with no time set in the guidance
      And that action is DONE

  Rule: After the notice, the CJIT makes contact, tells the Substance Misuse Team and takes the case on

    @ENG-COC-PP14-05 @ENG-COC-PP14-06 @ENG-COC-PP14-07 @ENG-COC-PP14-08 @ENG-COC-ACT-12 @ENG-COC-RT-20 @ENG-COC-ALERT-09
    Scenario: Contact made on the Friday afternoon: the Alert Form and the call are due 24 hours later
      Given the movement record shows the prisoner taken from HMP Example to Sample Magistrates' Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 14:00 on Thursday 14 May 2026, with no CJIT court worker present
      And CARATs sent the CJIT an Alert Form at 09:00 on Friday 15 May 2026 ticking RELEASE_STATUS
      And the CJIT made contact with the client at 15:00 on Friday 15 May 2026
      And it is 16:00 on Friday 15 May 2026
      When the engine evaluates the case
      Then the CJIT must make every effort to contact the client released by the court, with no time set in the guidance
      And that action is DONE
      And the CJIT should tell the Substance Misuse Team of its contact with the client by Alert Form and telephone by 15:00 on Saturday 16 May 2026
      And that action is OPEN
      And its Alert Form ticks box 7, "Client re-engaged with treatment"
      And the Alert Form is "followed up by a telephone call"
      And the CJIT should ask the prison's Substance Misuse Team for relevant information on the client, with no time set in the guidance
      And the CJIT must take the client released at court onto its active caseload and send an Activity Form, with no time set in the guidance
      And the step from PP14 to LEFT_CUSTODY was taken because "the CJIT made contact and holds the case now"

    @ENG-COC-PP14-07
    Scenario Outline: The CJIT's contact Alert Form is <status> when <what>
      Given the movement record shows the prisoner taken from HMP Example to Sample Magistrates' Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 14:00 on Thursday 14 May 2026, with no CJIT court worker present
      And the CJIT made contact with the client at 15:00 on Friday 15 May 2026
      And <step>
      And it is 10:00 on Monday 18 May 2026
      When the engine evaluates the case
      Then the CJIT should tell the Substance Misuse Team of its contact with the client by Alert Form and telephone by 15:00 on Saturday 16 May 2026
      And that action is <status>

      Examples:
        | what                                    | step                                                                                                    | status        |
        | nothing sent                            | it is 16:00 on Friday 15 May 2026                                                                       | TARGET_MISSED |
        | box 11 with no telephone call          | the CJIT sent the Substance Misuse Team an Alert Form at 17:00 on Friday 15 May 2026 ticking OTHER      | TARGET_MISSED |

    @ENG-COC-PP14-06 @ENG-COC-DIR-02 @TC-08
    Scenario Outline: Asked for information on <asked>, with a DIR completed on Friday 14 November 2025: <outcome>
      Given the DIR on file was completed on Friday 14 November 2025
      And the movement record shows the prisoner taken from HMP Example to Sample Magistrates' Court at 09:00 on Wednesday 13 May 2026
      And the movement record shows the prisoner released by the court at 14:00 on Wednesday 13 May 2026, with no CJIT court worker present
      And the CJIT made contact with the client at 15:00 on Wednesday 13 May 2026
      And the CJIT asked the prison's Substance Misuse Team for information on the client at <asked>
      And it is 18:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the decision <required> that the CJIT should ask the prison for the DIR while it is less than six months old

      Examples:
        | asked                          | outcome                           | required         |
        | 16:00 on Wednesday 13 May 2026 | a day under six months, asked for | requires         |
        | 09:00 on Thursday 14 May 2026  | exactly six months, not asked for | does not require |

  Rule: Once the person is released into the community, the standing duties of custody no longer apply

    @ENG-COC-PP5-03 @ENG-COC-RT-20
    Scenario: Before the court date the normal needs assessment is a standing duty
      Given it is 10:00 on Wednesday 13 May 2026
      When the engine evaluates the case
      Then CARATs will carry out the normal assessment of the prisoner's needs, as a standing duty

    @ENG-COC-PP5-03 @ENG-COC-RT-20
    Scenario: Released at court, the person is in the community: no standing duty of custody is listed
      Given the movement record shows the prisoner taken from HMP Example to Sample Magistrates' Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 14:00 on Thursday 14 May 2026, with no CJIT court worker present
      And it is 10:00 on Friday 15 May 2026
      When the engine evaluates the case
      Then the decision does not require that CARATs will carry out the normal assessment of the prisoner's needs
      And the Substance Misuse Team must close down its caseload and send an Activity Form after the release at court, with no time set in the guidance
