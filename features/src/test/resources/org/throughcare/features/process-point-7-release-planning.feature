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
      And it rests on ENG-COC-PP7-03, ENG-COC-PP7-05 and ENG-COC-PP7-09
      And it cites "Process point 7, Required actions"
      And it was triggered by RELEASE_DATE_KNOWN at 10:00 on Monday 6 July 2026
      And the due time is counted back from "the expected release date", Friday 2 October 2026
      And it is not due at short notice
      And the decision carries no notice RELEASE_PLAN_SHORT_NOTICE

    @ENG-COC-PP7-03 @ENG-COC-PP7-05 @ENG-COC-PP5-02 @TC-06
    Scenario: A prisoner from another prison with a release date recorded, the team not told of it: the plan is required from the entry into the main prison
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it is 10:00 on Monday 4 May 2026
      When the engine evaluates the case
      Then CARATs must draw up a release plan by the end of Friday 21 August 2026
      And that action is OPEN
      And it was triggered by MAIN_PRISON at 10:00 on Wednesday 8 April 2026
      And the due time is counted back from "the expected release date", Friday 2 October 2026
      And it is not due at short notice
      And the current point is process point 7

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

    @ENG-COC-PP7-03 @ENG-COC-PP7-09
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
      And the notice rests on ENG-COC-PP7-03, ENG-COC-PP7-05 and ENG-COC-PP7-09

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

  Rule: Ideally the plan is informed by a three-way meeting, face to face or by video link; by telephone only in exceptional circumstances

    @ENG-COC-PP7-06 @AMB-68
    Scenario Outline: A three-way meeting held <means> <what>
      Given the client gave informed consent to sharing on Monday 6 April 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And a release-plan meeting held <means> at 14:00 on Wednesday 12 August 2026 agreed the release plan
      And it is 10:00 on Monday 24 August 2026
      When the engine evaluates the case
      Then CARATs should hold a three-way meeting face to face or by video link by the end of Friday 21 August 2026
      And that action is <status>
      And the decision <notice> RELEASE_PLAN_MEETING_BY_TELEPHONE
      And CARATs must draw up a release plan by the end of Friday 21 August 2026
      And that action is DONE

      Examples:
        | means         | what                                                         | status        | notice             |
        | face to face  | meets the ideal                                              | DONE          | carries no notice  |
        | by video link | meets the ideal                                              | DONE          | carries no notice  |
        | by telephone  | agrees the plan, but only exceptional circumstances allow it | TARGET_MISSED | carries the notice |

    @ENG-COC-PP7-06 @ENG-COC-CONS-06 @AMB-60
    Scenario: Consent refused: the meeting with the CJIT key worker would disclose the prisoner and is blocked
      Given the client refused consent to sharing on Monday 6 April 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then CARATs should hold a three-way meeting face to face or by video link by the end of Friday 21 August 2026
      And it is blocked because consent was refused on Monday 6 April 2026
      And CARATs must draw up a release plan by the end of Friday 21 August 2026
      And that action is OPEN

  Rule: A change to the release plan after the meeting is told within 24 hours, by Alert Form and telephone, by the side that made it

    @ENG-COC-PP7-10 @AMB-50 @TC-02 @boundary
    Scenario Outline: The Substance Misuse Team changes the plan on a Friday afternoon: at <now> the notice is <status>, with no weekend relief
      Given the client gave informed consent to sharing on Monday 6 April 2026
      And a release-plan meeting held face to face at 14:00 on Wednesday 12 August 2026 agreed the release plan
      And the Substance Misuse Team changed the release plan at 16:00 on Friday 28 August 2026
      And it is <now>
      When the engine evaluates the case
      Then the Substance Misuse Team must tell the CJIT of its change to the release plan by Alert Form and telephone by 16:00 on Saturday 29 August 2026
      And that action is <status>
      And it may share information on the basis "CONSENT_GIVEN"

      Examples:
        | now                              | status  |
        | 15:59 on Saturday 29 August 2026 | OPEN    |
        | 16:01 on Saturday 29 August 2026 | OVERDUE |

    @ENG-COC-PP7-10
    Scenario: An Alert Form without the telephone follow-up does not complete the notice
      Given the client gave informed consent to sharing on Monday 6 April 2026
      And a release-plan meeting held face to face at 14:00 on Wednesday 12 August 2026 agreed the release plan
      And the Substance Misuse Team changed the release plan at 16:00 on Friday 28 August 2026
      And CARATs sent the CJIT an Alert Form at 17:00 on Friday 28 August 2026 ticking RELEASE_PLAN
      And it is 16:01 on Saturday 29 August 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must tell the CJIT of its change to the release plan by Alert Form and telephone by 16:00 on Saturday 29 August 2026
      And that action is OVERDUE

    @ENG-COC-PP7-10
    Scenario: The Alert Form followed up by telephone completes the notice
      Given the client gave informed consent to sharing on Monday 6 April 2026
      And a release-plan meeting held face to face at 14:00 on Wednesday 12 August 2026 agreed the release plan
      And the Substance Misuse Team changed the release plan at 16:00 on Friday 28 August 2026
      And CARATs sent the CJIT an Alert Form at 17:00 on Friday 28 August 2026 ticking RELEASE_PLAN
      And CARATs followed up their Alert Form by telephone at 09:00 on Saturday 29 August 2026
      And it is 10:00 on Saturday 29 August 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must tell the CJIT of its change to the release plan by Alert Form and telephone by 16:00 on Saturday 29 August 2026
      And that action is DONE
      And it was done at 09:00 on Saturday 29 August 2026
      And the decision does not require that the CJIT should tell the Substance Misuse Team of its change to the release plan by Alert Form and telephone

    @ENG-COC-PP7-16 @AMB-50
    Scenario Outline: The CJIT changes the plan: it should tell the Substance Misuse Team within 24 hours (at <now>: <status>)
      Given the client gave informed consent to sharing on Monday 6 April 2026
      And a release-plan meeting held by video link at 14:00 on Wednesday 12 August 2026 agreed the release plan
      And the CJIT changed the release plan at 11:00 on Monday 31 August 2026
      And it is <now>
      When the engine evaluates the case
      Then the CJIT should tell the Substance Misuse Team of its change to the release plan by Alert Form and telephone by 11:00 on Tuesday 1 September 2026
      And that action is <status>
      And the decision does not require that the Substance Misuse Team must tell the CJIT of its change to the release plan by Alert Form and telephone

      Examples:
        | now                                  | status        |
        | 10:59 on Tuesday 1 September 2026    | OPEN          |
        | 11:01 on Tuesday 1 September 2026    | TARGET_MISSED |

    @ENG-COC-PP7-16
    Scenario: The CJIT's own Alert Form and telephone call complete its notice
      Given the client gave informed consent to sharing on Monday 6 April 2026
      And a release-plan meeting held by video link at 14:00 on Wednesday 12 August 2026 agreed the release plan
      And the CJIT changed the release plan at 11:00 on Monday 31 August 2026
      And the CJIT sent the Substance Misuse Team an Alert Form at 15:00 on Monday 31 August 2026 ticking RELEASE_PLAN
      And the CJIT followed up its Alert Form by telephone at 15:30 on Monday 31 August 2026
      And it is 16:00 on Monday 31 August 2026
      When the engine evaluates the case
      Then the CJIT should tell the Substance Misuse Team of its change to the release plan by Alert Form and telephone by 11:00 on Tuesday 1 September 2026
      And that action is DONE

    @ENG-COC-PP7-10 @ENG-COC-PP7-16
    Scenario: A change recorded before any meeting agreed the plan is not a change to an agreed plan
      Given the Substance Misuse Team changed the release plan at 16:00 on Friday 28 August 2026
      And it is 17:00 on Friday 28 August 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team must tell the CJIT of its change to the release plan by Alert Form and telephone

  Rule: Exit is anticipated: the routing follows the type of exit, and each side has its standing duties until exit

    @ENG-COC-RT-09 @ENG-COC-RT-10 @ENG-COC-PP7-02 @ENG-COC-PP7-01 @ENG-COC-PP7-12 @ENG-COC-PP7-13 @ENG-COC-PP7-17
    Scenario: Due to be released directly into the community: process point 7 continues, then process point 9
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then the current point is process point 7
      And the next point is process point 9, which is encoded
      And the routing statement says "release planning continues at process point 7 until then"
      And the Substance Misuse Team should keep links with the Offender Management Unit to learn in time of the prisoner's exit, as a standing duty
      And the Substance Misuse Team must keep the prisoner on its caseload until exit, as a standing duty
      And the CJIT must make every effort to attend the meetings held to arrange the release plan, as a standing duty
      And the CJIT should tell the Substance Misuse Team of its own contact with the prisoner, as a standing duty

    @ENG-COC-RT-11 @ENG-COC-PP7-02 @ENG-COC-RT-09 @ENG-COC-PP7-12
    Scenario: Due to be transferred to another prison: process point 8; the release date recorded was known first
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 6 July 2026 that the prisoner is to be transferred to another prison
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then the current point is process point 7
      And the next point is process point 8, which is encoded
      And the step from PP6 to PP7 was taken because "the prisoner's release date is known"
      And the Substance Misuse Team must keep the prisoner on its caseload until exit, as a standing duty
      And it was triggered by MAIN_PRISON at 10:00 on Wednesday 8 April 2026
      And CARATs must draw up a release plan by the end of Friday 21 August 2026
      And it was triggered by MAIN_PRISON at 10:00 on Wednesday 8 April 2026

    @ENG-COC-RT-11 @ENG-COC-RT-09 @ENG-COC-PP7-12
    Scenario: A transfer known before the team learnt the release date: the exit was first anticipated by the transfer
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 4 May 2026
      And it is 10:00 on Tuesday 5 May 2026
      When the engine evaluates the case
      Then the current point is process point 7
      And the step from PP6 to PP7 was taken because "a transfer to another prison is known"
      And the Substance Misuse Team must keep the prisoner on its caseload until exit, as a standing duty
      And it was triggered by TRANSFER_KNOWN at 10:00 on Monday 27 April 2026
      And CARATs must draw up a release plan by the end of Friday 21 August 2026
      And it was triggered by RELEASE_DATE_KNOWN at 10:00 on Monday 4 May 2026

    @ENG-COC-RT-12 @ENG-COC-PP7-02
    Scenario: Due to be transferred to court after the release date is known: process points 9 and 10 are both next
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it became known at 09:00 on Monday 13 July 2026 that the prisoner is due at court
      And it is 10:00 on Monday 13 July 2026
      When the engine evaluates the case
      Then the current point is process point 7
      And the next points are PP9 and PP10

    @ENG-COC-PP7-12
    Scenario: A CJIT that takes the prisoner onto its caseload before exit is told the prisoner should not be on it
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And the CJIT took the prisoner onto its caseload at 10:00 on Monday 3 August 2026
      And it is 10:00 on Tuesday 4 August 2026
      When the engine evaluates the case
      Then the decision carries the notice CJIT_CASELOAD_BEFORE_EXIT
      And the notice says "should not be on the CJIT caseload"

    @ENG-COC-PP7-14 @ENG-COC-PP7-15
    Scenario: After the meeting the CJIT sets up the plan in the community and nominates a case worker
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the client gave informed consent to sharing on Monday 6 April 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And a release-plan meeting held face to face at 14:00 on Wednesday 12 August 2026 agreed the release plan
      And it is 10:00 on Thursday 13 August 2026
      When the engine evaluates the case
      Then the CJIT will set up in the community the needs the release plan sets out, as a standing duty
      And the CJIT should nominate a case worker to be the prisoner's contact on release, with no time set in the guidance
      And that action is OPEN

    @ENG-COC-PP7-15
    Scenario: The CJIT has nominated its case worker
      Given the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And a release-plan meeting held face to face at 14:00 on Wednesday 12 August 2026 agreed the release plan
      And the CJIT nominated a case worker for the release at 09:00 on Monday 17 August 2026
      And it is 10:00 on Monday 17 August 2026
      When the engine evaluates the case
      Then the CJIT should nominate a case worker to be the prisoner's contact on release, with no time set in the guidance
      And that action is DONE

    @ENG-COC-PP7-14
    Scenario: Before the meeting agreed the plan, the CJIT has nothing to set up yet
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then the decision does not require that the CJIT will set up in the community the needs the release plan sets out

  Rule: End of Custody Licence and prescribing changes

    @ENG-COC-PP7-18 @AMB-47
    Scenario: An End of Custody Licence date is recorded and none is approved yet: the team learns whether it will be granted
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the prisoner's End of Custody Licence date is Friday 4 September 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should learn from the Offender Management Unit whether an End of Custody Licence will be granted, as a standing duty

    @ENG-COC-PP7-18 @AMB-47
    Scenario: An End of Custody Licence release approved: nothing more to learn, and the plan counts back from it
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the prisoner's End of Custody Licence date is Friday 4 September 2026
      And the prisoner's release on End of Custody Licence has been approved for Friday 4 September 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team should learn from the Offender Management Unit whether an End of Custody Licence will be granted
      And CARATs must draw up a release plan by the end of Friday 24 July 2026

    @ENG-COC-PP7-11 @ENG-COC-PP6-02
    Scenario: A change of prescribing during pre-release planning is told to the CJIT by Alert Form
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the client gave informed consent to sharing on Monday 6 April 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And at 10:00 on Monday 3 August 2026 the prisoner's circumstances changed: TREATMENT_DELIVERED
      And it is 10:00 on Tuesday 4 August 2026
      When the engine evaluates the case
      Then for TREATMENT_DELIVERED, CARATs will tell the prisoner's CJIT of the change by Alert Form, with no time set in the guidance
      And it rests on ENG-COC-PP6-02, ENG-COC-PP6-03 and ENG-COC-PP7-11
