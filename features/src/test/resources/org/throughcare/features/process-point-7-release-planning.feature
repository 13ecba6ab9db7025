@process-point-7
Feature: Process point 7 - pre-release planning: the release plan
  Part 3, process point 7 (pre-release planning), Required actions. When a prisoner's release date becomes known,
  the Substance Misuse Team (CARATs) must draw up a "release" plan. The "release" plan should be initiated at the
  start of the care-planning process and, at the very least, devised at least six weeks prior to the prisoner's
  release (where the prisoner is in custody for sufficient time). At the meeting to arrange it, the prisoner's
  release plan must be agreed.

  Readings applied (catalogue): "at least six weeks prior to" a date is at the latest the end of the day 42 calendar
  days before it (TC-06); the six weeks are a target, drawing up the plan a must, so a plan not drawn up in time is
  TARGET_MISSED, not OVERDUE. The release date counted back from is the earliest expected: a release date approved
  under Home Detention Curfew or End of Custody Licence when earlier than the expected release date. When the release
  date becomes known less than six weeks before it, the plan is due as soon as practicable and in any case before
  release, and the decision says so (AMB-47). The plan is done when a release-plan meeting agreed it.

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
    And the prisoner's expected release date is Friday 2 October 2026

  Rule: Once the release date is known, CARATs must draw up a release plan at least six weeks before release

    @ENG-COC-PP7-03 @ENG-COC-PP7-05 @TC-06
    Scenario: The release date is known in good time: the plan is due six weeks before the release date
      Given the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then CARATs must draw up a release plan by the end of Friday 21 August 2026
      And that action is OPEN
      And the due time is TARGET
      And it is owned by the "Prison Substance Misuse Team", as "SMT (CARATs)"
      And it rests on ENG-COC-PP7-03 and ENG-COC-PP7-05
      And it cites "Process point 7, Required actions"
      And it was triggered by RELEASE_DATE_KNOWN at 10:00 on Monday 6 July 2026
      And the due time is counted back from "the expected release date", Friday 2 October 2026
      And it is not due at short notice
      And the decision carries no notice RELEASE_PLAN_SHORT_NOTICE

    @ENG-COC-PP7-03
    Scenario: Before the release date is known, no release plan is required
      Given it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then the decision does not require that CARATs must draw up a release plan

    @ENG-COC-PP7-05 @TC-06 @boundary
    Scenario Outline: At <now> a release plan not yet agreed is <status>: the six weeks are a target
      Given the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is <now>
      When the engine evaluates the case
      Then CARATs must draw up a release plan by the end of Friday 21 August 2026
      And that action is <status>

      Examples:
        | now                                 | status        |
        | 23:59:59 on Friday 21 August 2026   | OPEN          |
        | 00:00 on Saturday 22 August 2026    | TARGET_MISSED |

  Rule: The release plan must be agreed at the meeting

    @ENG-COC-PP7-03
    Scenario Outline: A release-plan meeting that <what> the plan
      Given the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And <meeting>
      And it is 10:00 on Monday 17 August 2026
      When the engine evaluates the case
      Then CARATs must draw up a release plan by the end of Friday 21 August 2026
      And that action is <status>

      Examples:
        | what           | meeting                                                                                 | status |
        | agreed         | a release-plan meeting at 14:00 on Wednesday 12 August 2026 agreed the release plan         | DONE   |
        | did not agree  | a release-plan meeting at 14:00 on Wednesday 12 August 2026 did not agree the release plan | OPEN   |

    @ENG-COC-PP7-03 @ENG-COC-PP7-05
    Scenario: A plan agreed after the six weeks is done late
      Given the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And a release-plan meeting at 14:00 on Monday 24 August 2026 agreed the release plan
      And it is 10:00 on Tuesday 25 August 2026
      When the engine evaluates the case
      Then CARATs must draw up a release plan by the end of Friday 21 August 2026
      And that action is DONE_LATE
      And it was done at 14:00 on Monday 24 August 2026
      And it was done by RELEASE_PLAN_MEETING(planAgreed=true)

  Rule: Where the prisoner is not in custody for sufficient time, the plan is due as soon as practicable and before release

    @ENG-COC-PP7-05 @AMB-47 @TC-06
    Scenario: The release date becomes known less than six weeks before release: short notice, due before release
      Given the Substance Misuse Team learnt the prisoner's release date at 10:00 on Tuesday 1 September 2026
      And it is 11:00 on Tuesday 1 September 2026
      When the engine evaluates the case
      Then CARATs must draw up a release plan by the end of Thursday 1 October 2026
      And that action is OPEN
      And it is due at short notice, before release
      And the decision carries the notice RELEASE_PLAN_SHORT_NOTICE
      And the notice says "as soon as practicable and in any case before Friday 2 October 2026"
      And the notice says "Friday 21 August 2026"
      And the notice rests on ENG-COC-PP7-03 and ENG-COC-PP7-05

    @ENG-COC-PP7-05 @AMB-47 @boundary
    Scenario: Known on the last day that still leaves six weeks: no short notice
      Given the Substance Misuse Team learnt the prisoner's release date at 10:00 on Friday 21 August 2026
      And it is 11:00 on Friday 21 August 2026
      When the engine evaluates the case
      Then CARATs must draw up a release plan by the end of Friday 21 August 2026
      And it is not due at short notice
      And the decision carries no notice RELEASE_PLAN_SHORT_NOTICE

  Rule: An approved HDC or ECL release date earlier than the expected release date moves the plan earlier

    @ENG-COC-PP7-05 @AMB-47 @TC-06
    Scenario: An approved Home Detention Curfew date moves the six weeks
      Given the prisoner's release on Home Detention Curfew has been approved for Friday 4 September 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then CARATs must draw up a release plan by the end of Friday 24 July 2026
      And the due time is counted back from "the approved Home Detention Curfew release date", Friday 4 September 2026

    @ENG-COC-PP7-05 @AMB-47
    Scenario: An approved End of Custody Licence date later than the expected release date does not move it
      Given the prisoner's release on End of Custody Licence has been approved for Friday 9 October 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then CARATs must draw up a release plan by the end of Friday 21 August 2026
      And the due time is counted back from "the expected release date", Friday 2 October 2026
