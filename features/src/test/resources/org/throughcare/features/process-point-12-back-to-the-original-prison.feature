@process-point-12
Feature: Process point 12 - prisoner is transferred from court back to the original prison
  Part 4, process point 12. If the prisoner has transferred back from court to the "sending" prison, then the Substance
  Misuse Team should retrieve the CARAT files from the prisoner escort service. The expectation is that the Substance
  Misuse Team will then resume the prisoner's continuity of care (from process point 6).

  Readings applied: the contents list of the guidance numbers two process points "12" (AMB-29); this is the second,
  which the body numbers 12 too. A return from court is not a reception: the custody period goes on, and a change such
  as remand to sentenced is told to the CJIT under process point 6.

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
    And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
    And the client gave informed consent to sharing on Monday 6 April 2026
    And it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at Example Crown Court, where CJIT court workers are present
    And the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
    And the movement record shows the prisoner returned from court to HMP Example at 16:00 on Thursday 14 May 2026

  Rule: Sent back to the original prison, continuity of care resumes from process point 6

    @ENG-COC-RT-15 @ENG-COC-RT-19 @ENG-COC-PP12-02 @AMB-29
    Scenario: Back from court the same day: process point 12, then on-going care again
      Given it is 17:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the step from PP6 to PP10 was taken because "the prisoner has been taken to court"
      And the step from PP10 to PP12 was taken because "the court sent the prisoner back to the original (sending) prison"
      And the step from PP12 to PP6 was taken because "resumes the prisoner's continuity of care from process point 6"
      And the current point is process point 6
      And the prisoner is in prison at HMP Example
      And the custody period began with the reception at 10:00 on Wednesday 8 April 2026

    @ENG-COC-PP12-02 @ENG-COC-PP6-02
    Scenario: Sentenced at court and back: the change of release status goes to the CJIT under process point 6
      Given the prisoner's custody status is sentenced
      And at 16:30 on Thursday 14 May 2026 the prisoner's circumstances changed: RELEASE_STATUS
      And it is 17:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then for RELEASE_STATUS, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And its Alert Form ticks box 5, "Change of release status"
      And the Alert Form fills "Change of release status" with "From Remand to Sentenced"
      And the Alert Form fills "Client Criminal Justice Status" with "Sentenced"

  Rule: The CARAT files are retrieved from the escort

    @ENG-COC-PP12-01
    Scenario Outline: The CARAT files from the escort: <status> when <what>
      Given <step>
      And it is 17:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should retrieve the CARAT files from the escort that brought the prisoner back from court, with no time set in the guidance
      And that action is <status>
      And it was triggered by RETURNED_FROM_COURT at 16:00 on Thursday 14 May 2026

      Examples:
        | what              | step                                                                                  | status |
        | not retrieved yet | it is 16:30 on Thursday 14 May 2026                                                   | OPEN   |
        | retrieved         | the Substance Misuse Team retrieved the CARAT files from the court escort at 16:20 on Thursday 14 May 2026 | DONE |
