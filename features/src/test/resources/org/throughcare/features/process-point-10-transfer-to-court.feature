@process-point-10
Feature: Process point 10 - prisoner is transferred from prison to court
  Part 4, process point 10. When it becomes known that a prisoner is due to transfer to court, the Substance Misuse
  Team should inform the prisoner's CJIT of the transfer via the Alert Form (followed up by a telephone call if
  necessary). Every prisoner going to court must be accompanied by their clinical record and CARAT file, referenced in
  the Prisoner Escort Record and given to the escort. The outcome is not known when the prisoner goes: sent to a new
  prison (process point 11), sent back to the original prison (process point 12), released with a CJIT court worker
  present (process point 13), or released with none present (process point 14).

  Readings applied: a court production known at any time in custody leads to process point 10 (AMB-46). The form has no
  box for a court production, so the Alert Form ticks box 11, Other, giving the court (AMB-56, ALERT-11); only a form
  sent at or after the production became known counts. The Alert Form shares identifiable information (Annex A); the
  clinical record and CARAT file travel with the prisoner within the prison service (AMB-60).

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
    And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
    And the client gave informed consent to sharing on Monday 6 April 2026

  Rule: Once the transfer to court is known, the prisoner's CJIT is told by Alert Form

    @ENG-COC-PP10-01 @ENG-COC-ALERT-11 @ENG-COC-RT-21 @AMB-46 @AMB-56
    Scenario: A court date becomes known during on-going care: the Alert Form to the CJIT, box 11, is due
      Given it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at Example Crown Court, where CJIT court workers are present
      And it is 11:00 on Tuesday 12 May 2026
      When the engine evaluates the case
      Then for OTHER, the Substance Misuse Team should tell the prisoner's CJIT of the transfer to court by Alert Form, with no time set in the guidance
      And that action is OPEN
      And it was triggered by COURT_PRODUCTION_KNOWN at 10:00 on Tuesday 12 May 2026
      And it may share information on the basis "CONSENT_GIVEN"
      And its Alert Form ticks box 11, "Other"
      And the Alert Form goes from "the prison's Substance Misuse Team" to "the CJIT"
      And the Alert Form is "followed up by a telephone call if necessary"
      And the Alert Form fills "Other" with "due at court: Example Crown Court"
      And the current point is process point 6
      And the next point is process point 10, which is encoded

    @ENG-COC-PP10-01 @ENG-COC-ALERT-11
    Scenario Outline: The Alert Form about the court is <status> when <what>
      Given it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at Example Crown Court, where CJIT court workers are present
      And <step>
      And it is 11:00 on Wednesday 13 May 2026
      When the engine evaluates the case
      Then for OTHER, the Substance Misuse Team should tell the prisoner's CJIT of the transfer to court by Alert Form, with no time set in the guidance
      And that action is <status>

      Examples:
        | what                                             | step                                                                                       | status |
        | CARATs sent it, box 11                           | CARATs sent the CJIT an Alert Form at 14:00 on Tuesday 12 May 2026 ticking OTHER            | DONE   |
        | an earlier box-11 form was sent before the court | CARATs sent the CJIT an Alert Form at 09:00 on Tuesday 12 May 2026 ticking OTHER            | OPEN   |
        | only another box was sent                        | CARATs sent the CJIT an Alert Form at 14:00 on Tuesday 12 May 2026 ticking KEY_OR_CASE_WORKER | OPEN   |

  Rule: Every prisoner going to court is accompanied by the clinical record and the CARAT file

    @ENG-COC-PP10-03
    Scenario: Before the prisoner goes to court the files have no due time yet
      Given it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at Example Crown Court, where CJIT court workers are present
      And it is 11:00 on Wednesday 13 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must send the clinical record and CARAT file with the prisoner to court, with no due time until the day the prisoner goes to court is recorded
      And that action is OPEN
      And it was triggered by COURT_PRODUCTION_KNOWN at 10:00 on Tuesday 12 May 2026

    @ENG-COC-PP10-03
    Scenario Outline: Taken to court on Thursday without the files: at <now> the duty is <status>
      Given it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at Example Crown Court, where CJIT court workers are present
      And the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And it is <now>
      When the engine evaluates the case
      Then the Substance Misuse Team must send the clinical record and CARAT file with the prisoner to court by the end of Thursday 14 May 2026
      And that action is <status>
      And it was triggered by COURT_PRODUCTION_KNOWN at 10:00 on Tuesday 12 May 2026

      Examples:
        | now                             | status  |
        | 11:00 on Thursday 14 May 2026   | OPEN    |
        | 09:00 on Friday 15 May 2026     | OVERDUE |

    @ENG-COC-PP10-03
    Scenario: The files given to the escort at 08:30, the prisoner taken at 09:00: done
      Given it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at Example Crown Court, where CJIT court workers are present
      And the Substance Misuse Team gave the escort the clinical record and CARAT file at 08:30 on Thursday 14 May 2026
      And the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And it is 11:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must send the clinical record and CARAT file with the prisoner to court by the end of Thursday 14 May 2026
      And that action is DONE

  Rule: At court, the outcome is not known: four process points may follow

    @ENG-COC-RT-14 @ENG-COC-RT-15 @ENG-COC-RT-16 @ENG-COC-RT-17 @ENG-COC-RT-21
    Scenario: Taken to court, no outcome yet: process point 10 applies, and process point 11, 12, 13 or 14 follows
      Given it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at Example Crown Court, where CJIT court workers are present
      And the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And it is 11:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the current point is process point 10
      And the step from PP6 to PP10 was taken because "the prisoner has been taken to court"
      And the next points are PP11, PP12, PP13 and PP14
      And the routing statement says "Process point 10 (Prisoner is transferred from prison to court) applies now."
      And the routing statement says "Process point 11 (Prisoner is transferred from court to a new prison)"
      And the routing statement says "Process point 12 (Prisoner is transferred from court back to the original prison)"

    @ENG-COC-RT-12 @ENG-COC-PP10-01
    Scenario: A court date known once the release date is known: process point 10 from pre-release planning
      Given the prisoner's expected release date is Friday 2 October 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it became known at 10:00 on Tuesday 7 July 2026 that the prisoner is due at Sample Magistrates' Court, where no CJIT court worker is present
      And the movement record shows the prisoner taken from HMP Example to Sample Magistrates' Court at 09:00 on Thursday 9 July 2026
      And it is 11:00 on Thursday 9 July 2026
      When the engine evaluates the case
      Then the current point is process point 10
      And the step from PP7 to PP10 was taken because "the prisoner has been taken to court"
      And for OTHER, the Substance Misuse Team should tell the prisoner's CJIT of the transfer to court by Alert Form, with no time set in the guidance
