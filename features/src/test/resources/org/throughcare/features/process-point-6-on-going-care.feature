@process-point-6
Feature: Process point 6 - on-going prisoner management and care whilst the offender is in prison
  Part 3, process point 6. While the prisoner serves a sentence or is on remand in the main prison, the Substance
  Misuse Team carries out as normal the continuity-of-care activities of the CARATs Practice Manual, until the
  prisoner is eligible for exit. CARATs will inform the prisoner's CJIT when there is a significant change to the
  prisoner's circumstances (a change of release date, of court date, of court appearance, a death, a change in case
  management responsibilities, a change of treatment delivered, and others): by Alert Form, followed up by a telephone
  call if necessary. Once the exit is anticipated, pre-release planning (process point 7) follows; a court production
  known at any time leads to process point 10.

  Readings applied: each change starts its own Alert Form duty, one instance per change, keyed by the tick box of the
  Alert Form it falls under; only an Alert Form the Substance Misuse Team sent with that box completes it. The text
  gives no time (AMB-55). The Alert Form shares identifiable information, so consent decides whether it may go ahead.
  A court production known while no exit is anticipated leads to process point 10 (AMB-46).

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
    And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
    And the client gave informed consent to sharing on Monday 6 April 2026

  Rule: The Substance Misuse Team carries out the normal continuity-of-care work until the prisoner is eligible for exit

    @ENG-COC-PP6-01
    Scenario: In the main prison with no exit anticipated, the normal continuity-of-care work is a standing duty
      Given it is 10:00 on Monday 4 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team will carry out the normal continuity-of-care work until the prisoner is eligible for exit, as a standing duty
      And the current point is process point 6

    @ENG-COC-PP6-01 @ENG-COC-RT-09
    Scenario: Once the release date is known, the prisoner is eligible for exit and pre-release planning applies
      Given the prisoner's expected release date is Friday 2 October 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team will carry out the normal continuity-of-care work until the prisoner is eligible for exit
      And the current point is process point 7

    @ENG-COC-PP6-01 @ENG-COC-RT-09 @ENG-COC-PP5-02
    Scenario: A release date recorded without the team learning it is known from the entry into the main prison: pre-release planning from then
      Given the prisoner's expected release date is Friday 2 October 2026
      And it is 10:00 on Monday 4 May 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team will carry out the normal continuity-of-care work until the prisoner is eligible for exit
      And the current point is process point 7
      And the step from PP6 to PP7 was taken because "the prisoner's release date is known, so the exit from prison is anticipated"
      And the Substance Misuse Team must keep the prisoner on its caseload until exit, as a standing duty
      And it was triggered by MAIN_PRISON at 10:00 on Wednesday 8 April 2026

  Rule: Each significant change of circumstances is told to the CJIT by Alert Form

    @ENG-COC-PP6-02 @ENG-COC-PP6-03
    Scenario: A new key worker and a court date: two changes, two Alert Form duties, each completed only by its own form
      Given at 09:00 on Monday 4 May 2026 the prisoner's circumstances changed: KEY_OR_CASE_WORKER
      And at 11:00 on Tuesday 5 May 2026 the prisoner's circumstances changed: RELEASE_OR_COURT_DATE
      And CARATs sent the CJIT an Alert Form at 14:00 on Tuesday 5 May 2026 ticking RELEASE_OR_COURT_DATE
      And it is 10:00 on Wednesday 6 May 2026
      When the engine evaluates the case
      Then for KEY_OR_CASE_WORKER, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And that action is OPEN
      And it was triggered by CIRCUMSTANCES_CHANGED at 09:00 on Monday 4 May 2026
      And it may share information on the basis "CONSENT_GIVEN"
      And for RELEASE_OR_COURT_DATE, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And that action is DONE
      And it was done at 14:00 on Tuesday 5 May 2026
      And the decision lists 2 instances of that action: KEY_OR_CASE_WORKER and RELEASE_OR_COURT_DATE

    @ENG-COC-PP6-02
    Scenario: An Alert Form sent by the CJIT does not complete the Substance Misuse Team's
      Given at 09:00 on Monday 4 May 2026 the prisoner's circumstances changed: TREATMENT_DELIVERED
      And the CJIT sent the Substance Misuse Team an Alert Form at 14:00 on Monday 4 May 2026 ticking TREATMENT_DELIVERED
      And it is 10:00 on Wednesday 6 May 2026
      When the engine evaluates the case
      Then for TREATMENT_DELIVERED, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And that action is OPEN

    @ENG-COC-PP6-02 @ENG-COC-CONS-11 @AMB-60
    Scenario: Consent withdrawn in the middle of custody: the Alert Form sent before stays done, the next one is blocked
      Given at 09:00 on Monday 4 May 2026 the prisoner's circumstances changed: KEY_OR_CASE_WORKER
      And CARATs sent the CJIT an Alert Form at 12:00 on Monday 4 May 2026 ticking KEY_OR_CASE_WORKER
      And the client withdrew consent to sharing on Monday 11 May 2026
      And at 09:00 on Tuesday 12 May 2026 the prisoner's circumstances changed: DEATH
      And it is 10:00 on Wednesday 13 May 2026
      When the engine evaluates the case
      Then for KEY_OR_CASE_WORKER, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And that action is DONE
      And the decision carries no notice SHARED_WITHOUT_CONSENT
      And for DEATH, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And it is blocked because consent was withdrawn on Monday 11 May 2026

  Rule: A court production known at any time in custody leads to process point 10

    @ENG-COC-RT-21 @AMB-46
    Scenario: A court date becomes known during on-going care: process point 10 is next
      Given it became known at 10:00 on Monday 4 May 2026 that the prisoner is due at court
      And it is 11:00 on Monday 4 May 2026
      When the engine evaluates the case
      Then the current point is process point 6
      And the next point is process point 10, which is encoded

    @ENG-COC-RT-21 @ENG-COC-RT-12
    Scenario: A court date known once the release date is known goes from pre-release planning, beside the release
      Given the prisoner's expected release date is Friday 2 October 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it became known at 10:00 on Tuesday 7 July 2026 that the prisoner is due at court
      And it is 11:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then the current point is process point 7
      And the next points are PP9 and PP10
