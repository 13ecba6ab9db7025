@alert-form
Feature: The Alert Form (section 1.8 and Annex E)
  Section 1.8 and Annex E. The Alert Form aids communication between Substance Misuse Teams and CJITs whenever there is
  a change of circumstance in an offender's continuity of care: a tick box and one sentence of context. Its header asks
  for the date completed, the client's details (name, date of birth, prisoner number, criminal justice status), the
  court of origin, the prison and DAT, and the contact details of both sides; its eleven boxes are: change of release or
  court date, of key or case worker, of prison, of court appearance venue, of release status, client disengaged from
  treatment, client re-engaged with treatment, change of treatment delivered, change in release plan, death, and other.

  Readings applied: each Alert Form an action asks for is its own instance, keyed by its box; whether a telephone call
  must follow is set by the rule that raises the form, not by its box (ALERT-09, AMB-57). The decision fills only
  operational fields the snapshot holds (the custody status, the prison, the expected release date, the court or
  prison the change names, the sender's role); the client's name, date of birth and prisoner number, and every other
  field, are left for the sender and never enter the decision. Events without a box of their own go under box 11, Other
  (AMB-56, ALERT-11). The Alert Form shares identifiable information: consent decides whether it may go (Annex A).

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
    And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
    And the client gave informed consent to sharing on Monday 6 April 2026

  Rule: Each box of the form is its own instance

    @ENG-COC-ALERT-08 @ENG-COC-ALERT-09 @ENG-COC-PP6-02 @AMB-56
    Scenario Outline: A change of circumstance under box <box>: one Alert Form instance, keyed <change>
      Given at 09:00 on Tuesday 12 May 2026 the prisoner's circumstances changed: <change>
      And it is 10:00 on Tuesday 12 May 2026
      When the engine evaluates the case
      Then for <change>, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And its Alert Form ticks box <box>, "<label>"
      And the Alert Form goes from "the prison's Substance Misuse Team" to "the CJIT"
      And the Alert Form is "followed up by a telephone call if necessary"

      Examples:
        | box | change                | label                            |
        | 1   | RELEASE_OR_COURT_DATE | Change of release / court date   |
        | 2   | KEY_OR_CASE_WORKER    | Change of Key / Case worker      |
        | 3   | PRISON                | Change of Prison                 |
        | 4   | COURT_VENUE           | Change of court appearance venue |
        | 5   | RELEASE_STATUS        | Change of release status         |
        | 6   | DISENGAGED            | Client disengaged from treatment |
        | 7   | RE_ENGAGED            | Client re-engaged with treatment |
        | 8   | TREATMENT_DELIVERED   | Change of treatment delivered    |
        | 9   | RELEASE_PLAN          | Change in release plan           |
        | 10  | DEATH                 | Death                            |
        | 11  | OTHER                 | Other                            |

    @ENG-COC-ALERT-08 @ENG-COC-PP6-02
    Scenario: Three changes, three Alert Forms: each listed as its own instance
      Given at 09:00 on Tuesday 12 May 2026 the prisoner's circumstances changed: DISENGAGED
      And at 10:00 on Tuesday 12 May 2026 the prisoner's circumstances changed: TREATMENT_DELIVERED
      And at 11:00 on Tuesday 12 May 2026 the prisoner's circumstances changed: DEATH
      And it is 12:00 on Tuesday 12 May 2026
      When the engine evaluates the case
      Then for DEATH, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And the decision lists 3 instances of that action: DEATH, DISENGAGED and TREATMENT_DELIVERED

    @ENG-COC-ALERT-08 @ENG-COC-PP6-02
    Scenario: Only a form sent at or after the change reports it
      Given CARATs sent the CJIT an Alert Form at 08:00 on Tuesday 12 May 2026 ticking DISENGAGED
      And at 09:00 on Tuesday 12 May 2026 the prisoner's circumstances changed: DISENGAGED
      And it is 12:00 on Tuesday 12 May 2026
      When the engine evaluates the case
      Then for DISENGAGED, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And that action is OPEN

  Rule: The header fields the snapshot holds are filled; personal fields are left for the sender

    @ENG-COC-ALERT-07
    Scenario: The header: status and prison filled; the initial release date, name, date of birth and number left
      Given the prisoner's date of birth is Saturday 1 March 1980
      And the prisoner's custody status is sentenced
      And the prisoner's expected release date is Friday 2 October 2026
      And at 09:00 on Tuesday 12 May 2026 the prisoner's circumstances changed: KEY_OR_CASE_WORKER
      And it is 10:00 on Tuesday 12 May 2026
      When the engine evaluates the case
      Then for KEY_OR_CASE_WORKER, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And the Alert Form fills "Client Criminal Justice Status" with "Sentenced"
      And the Alert Form fills "Name of Prison" with "HMP Example"
      And the Alert Form leaves these fields for the sender:
        | Date form completed                                |
        | Initial release date                               |
        | Name                                               |
        | Date of Birth                                      |
        | Prisoner Number                                    |
        | Prison Code                                        |
        | Name of Prison Key Worker                          |
        | Change of Key / Case worker: the new key or case worker |
        | One sentence of context                            |
      And the decision's JSON holds no date of birth

  Rule: Whether a telephone call follows is set by the rule that raises the form, not by its box

    @ENG-COC-ALERT-09 @ENG-COC-PP14-03 @ENG-COC-PP6-02 @AMB-57
    Scenario: Box 5 twice: "if necessary" under process point 6, "followed up by a telephone call" under process point 14
      Given the prisoner's custody status is sentenced
      And at 09:00 on Tuesday 12 May 2026 the prisoner's circumstances changed: RELEASE_STATUS
      And it is 10:00 on Tuesday 12 May 2026
      When the engine evaluates the case
      Then for RELEASE_STATUS, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And its Alert Form ticks box 5, "Change of release status"
      And the Alert Form is "followed up by a telephone call if necessary"

    @ENG-COC-ALERT-09 @ENG-COC-PP7-10
    Scenario: The release plan changed by the Substance Misuse Team: box 9, followed up by a telephone call
      Given the prisoner's expected release date is Friday 2 October 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And a release-plan meeting at 10:00 on Monday 13 July 2026 agreed the release plan
      And the Substance Misuse Team changed the release plan at 10:00 on Wednesday 15 July 2026
      And it is 11:00 on Wednesday 15 July 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must tell the CJIT of its change to the release plan by Alert Form and telephone by 10:00 on Thursday 16 July 2026
      And the Alert Form is "followed up by a telephone call"
      And the Alert Form leaves "Initial release date" for the sender

  Rule: The Alert Form shares identifiable information: consent decides whether it may go

    @ENG-COC-PP10-01 @ENG-COC-ALERT-11 @ENG-COC-CONS-11 @AMB-60
    Scenario: Consent withdrawn before the court production became known: the Alert Form about the court is blocked
      Given the client withdrew consent to sharing on Monday 11 May 2026
      And it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at Example Crown Court, where CJIT court workers are present
      And it is 11:00 on Tuesday 12 May 2026
      When the engine evaluates the case
      Then for OTHER, the Substance Misuse Team should tell the prisoner's CJIT of the transfer to court by Alert Form, with no time set in the guidance
      And it is blocked because consent was withdrawn on Monday 11 May 2026
      And its Alert Form ticks box 11, "Other"

    @ENG-COC-PP13-06 @ENG-COC-CONS-11 @AMB-60
    Scenario: Consent withdrawn at court, before the CJIT's release Alert Form was due: blocked with its reason
      Given the prisoner said at 10:10 on Wednesday 8 April 2026 that they are in contact with their CJIT
      And it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at Example Crown Court, where CJIT court workers are present
      And the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And the client withdrew consent to sharing on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 15:00 on Thursday 14 May 2026, with a CJIT court worker present
      And it is 16:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the CJIT should tell the sending Substance Misuse Team of the release by Alert Form and telephone by 15:00 on Friday 15 May 2026
      And it is blocked because consent was withdrawn on Thursday 14 May 2026
      And the status explanation says "consent was withdrawn"

  Rule: The CJIT keeps the caseload Alert Form on file until a pre-release meeting or a court date

    @ENG-COC-ALERT-12
    Scenario Outline: The caseload Alert Form on file: <what>
      Given the Substance Misuse Team opened a new DIR at 15:00 on Monday 13 April 2026
      And CARATs sent the CJIT an Alert Form at 16:00 on Monday 13 April 2026 ticking OTHER
      And <step>
      And it is 10:00 on Wednesday 13 May 2026
      When the engine evaluates the case
      Then the decision <required> that the CJIT will keep the caseload Alert Form on file until a pre-release meeting or a court date

      Examples:
        | what                          | step                                                                                          | required         |
        | kept while nothing happened   | it is 10:00 on Tuesday 14 April 2026                                                          | requires         |
        | until the prisoner is due in court | it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at court         | does not require |
