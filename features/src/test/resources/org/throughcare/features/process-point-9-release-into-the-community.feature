@process-point-9
Feature: Process point 9 - prisoner is released directly into the community
  Part 4, process point 9. Where a prisoner asks for a pick-up from the prison gate, the CJIT should make every effort
  to arrange one, so that the risk of re-offending and relapse is minimised. Before release, the CJIT with the
  Substance Misuse Team should use the Release Plan and any other relevant information to assess the risk of the
  prisoner re-offending and relapsing on release; those judged at greater risk of re-offending should be prioritised
  and met at the gate, unless there are personal-safety concerns. Where a prisoner is met at the gate, the CJIT must
  tell the Substance Misuse Team by Alert Form of the pick-up and, as appropriate, re-engagement, within 5 working
  days of release. The CJIT must complete an Activity Form to take the client onto its active caseload. When the
  prisoner exits the prison, the Substance Misuse Team must close down the caseload and send an Activity Form to the
  relevant regional Data Team. The person has then left custody.

  Readings applied: the 5 working days count from the release day as day 0, on the England and Wales calendar (TC-04,
  TC-12; AMB-52: the limit governs the Alert Form). "Prior to release" is read as by the end of the day before the
  release day. The CJIT's Activity Form is due whenever it takes the client on after release, at the gate or at a
  later contact (AMB-53). The close-down and the Activity Forms have no time in the text (TC-13, AMB-54).

  Background:
    Given the prison is in England
    And the client gave informed consent to sharing on Monday 5 January 2026
    And the prisoner was received into HMP Alpha at 10:00 on Monday 5 January 2026
    And reception established at 10:05 on Monday 5 January 2026 that the prisoner came from another prison
    And the prisoner's expected release date is Thursday 2 April 2026
    And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 2 February 2026

  Rule: The CJIT makes every effort to arrange the pick-up the prisoner asked for, after assessing the risk with the Substance Misuse Team

    @ENG-COC-PP9-01 @ENG-COC-PP9-02 @ENG-COC-PP9-03
    Scenario: A pick-up at the gate is asked for: the CJIT's effort is due by the release and the joint assessment the day before
      Given the prisoner asked at 11:00 on Monday 9 March 2026 to be picked up at the prison gate on release
      And it is 10:00 on Tuesday 10 March 2026
      When the engine evaluates the case
      Then the CJIT should make every effort to arrange a pick-up at the prison gate by the end of Thursday 2 April 2026
      And that action is OPEN
      And the due time is BEST_EFFORT
      And it was triggered by PICK_UP_REQUESTED at 11:00 on Monday 9 March 2026
      And the CJIT should assess with the Substance Misuse Team the risk of re-offending and relapse on release by the end of Wednesday 1 April 2026
      And that action is OPEN
      And it rests on ENG-COC-PP9-02, ENG-COC-PP9-03 and ENG-COC-PRI-02
      And the gate pick-up priority is UNDETERMINED
      And the criteria not yet determined are GREATER_RISK_ON_RELEASE and PERSONAL_SAFETY_CONCERNS

    @ENG-COC-PP9-01
    Scenario: No pick-up asked for: the CJIT need not arrange one
      Given it is 10:00 on Tuesday 10 March 2026
      When the engine evaluates the case
      Then the decision does not require that the CJIT should make every effort to arrange a pick-up at the prison gate
      And no gate pick-up priority is given

    @ENG-COC-PP9-01 @ENG-COC-PP9-02
    Scenario: The risk was judged before release and the CJIT met the prisoner at the gate
      Given the prisoner asked at 11:00 on Monday 9 March 2026 to be picked up at the prison gate on release
      And at 14:00 on Monday 30 March 2026 the CJIT and the Substance Misuse Team judged the prisoner at greater risk of re-offending or relapse on release
      And the prisoner was released at the prison gate at 09:00 on Thursday 2 April 2026
      And the CJIT met the prisoner at the prison gate at 09:00 on Thursday 2 April 2026
      And it is 10:00 on Thursday 2 April 2026
      When the engine evaluates the case
      Then the CJIT should assess with the Substance Misuse Team the risk of re-offending and relapse on release by the end of Wednesday 1 April 2026
      And that action is DONE
      And the CJIT should make every effort to arrange a pick-up at the prison gate by the end of Thursday 2 April 2026
      And that action is DONE
      And it was done by PICK_UP_OUTCOME(met=true)

    @ENG-COC-PP9-01 @AMB-65
    Scenario: A pick-up that did not happen is a best effort missed, not a breach
      Given the prisoner asked at 11:00 on Monday 9 March 2026 to be picked up at the prison gate on release
      And the prisoner was released at the prison gate at 09:00 on Thursday 2 April 2026
      And the CJIT did not meet the prisoner at the prison gate at 09:00 on Thursday 2 April 2026
      And it is 10:00 on Tuesday 7 April 2026
      When the engine evaluates the case
      Then the CJIT should make every effort to arrange a pick-up at the prison gate by the end of Thursday 2 April 2026
      And that action is BEST_EFFORT_MISSED
      And the decision does not require that the CJIT must tell the Substance Misuse Team of the pick-up by Alert Form

  Rule: Those at greater risk of re-offending are met first, unless there are personal-safety concerns

    @ENG-COC-PRI-02 @ENG-COC-PP9-02
    Scenario: Judged at greater risk, with no personal-safety concerns: first in the order
      Given the prisoner asked at 11:00 on Monday 9 March 2026 to be picked up at the prison gate on release
      And at 14:00 on Monday 30 March 2026 the CJIT and the Substance Misuse Team judged the prisoner at greater risk of re-offending or relapse on release
      And at 14:00 on Monday 30 March 2026 the CJIT found no personal-safety concerns about a pick-up at the gate
      And it is 10:00 on Tuesday 31 March 2026
      When the engine evaluates the case
      Then the gate pick-up priority is GREATER_RISK
      And the criteria met are PICK_UP_REQUESTED and GREATER_RISK_ON_RELEASE
      And the criteria not met are PERSONAL_SAFETY_CONCERNS
      And the priority rests on ENG-COC-PRI-02 and ENG-COC-PP9-02
      And the priority explanation says "first in the order of those to be met at the gate"

    @ENG-COC-PRI-02
    Scenario: Not judged at greater risk: after those who are
      Given the prisoner asked at 11:00 on Monday 9 March 2026 to be picked up at the prison gate on release
      And at 14:00 on Monday 30 March 2026 the CJIT and the Substance Misuse Team judged the prisoner not at greater risk of re-offending or relapse on release
      And at 14:00 on Monday 30 March 2026 the CJIT found no personal-safety concerns about a pick-up at the gate
      And it is 10:00 on Tuesday 31 March 2026
      When the engine evaluates the case
      Then the gate pick-up priority is OTHER_REQUEST
      And the priority explanation says "after those who are"
      And the CJIT should make every effort to arrange a pick-up at the prison gate by the end of Thursday 2 April 2026

    @ENG-COC-PRI-02 @ENG-COC-PP9-01
    Scenario: A gate pick-up refused for personal-safety concerns: the decision says where the request stands and why
      Given the prisoner asked at 11:00 on Monday 9 March 2026 to be picked up at the prison gate on release
      And at 14:00 on Monday 30 March 2026 the CJIT and the Substance Misuse Team judged the prisoner at greater risk of re-offending or relapse on release
      And at 14:00 on Monday 30 March 2026 the CJIT found personal-safety concerns about a pick-up at the gate
      And it is 10:00 on Tuesday 31 March 2026
      When the engine evaluates the case
      Then the gate pick-up priority is NOT_MET_PERSONAL_SAFETY
      And the criteria met are PICK_UP_REQUESTED, PERSONAL_SAFETY_CONCERNS and GREATER_RISK_ON_RELEASE
      And the priority explanation says "personal-safety concerns"
      And the priority explanation says "not met at the gate, although the prisoner is judged at greater risk"
      And the decision does not require that the CJIT should make every effort to arrange a pick-up at the prison gate

  Rule: After a pick-up at the gate the CJIT tells the Substance Misuse Team within 5 working days of release

    @ENG-COC-PP9-04 @TC-04 @TC-11 @TC-12 @AMB-52
    Scenario: Released on the day before Good Friday and met at the gate: the Alert Form is due on Monday 13 April
      Given the prisoner asked at 11:00 on Monday 9 March 2026 to be picked up at the prison gate on release
      And the prisoner was released at the prison gate at 09:00 on Thursday 2 April 2026
      And the CJIT met the prisoner at the prison gate at 09:00 on Thursday 2 April 2026
      And it is 10:00 on Tuesday 7 April 2026
      When the engine evaluates the case
      Then the CJIT must tell the Substance Misuse Team of the pick-up by Alert Form by the end of Monday 13 April 2026
      And that action is OPEN
      And the due time is HARD
      And it was triggered by RELEASED at 09:00 on Thursday 2 April 2026
      And the deadline passes over:
        | date                   | why           |
        | Friday 3 April 2026    | Good Friday   |
        | Saturday 4 April 2026  | Saturday      |
        | Sunday 5 April 2026    | Sunday        |
        | Monday 6 April 2026    | Easter Monday |
        | Saturday 11 April 2026 | Saturday      |
        | Sunday 12 April 2026   | Sunday        |
      And it may share information on the basis "CONSENT_GIVEN"

    @ENG-COC-PP9-04 @boundary
    Scenario Outline: The Alert Form <when> is <status>
      Given the prisoner asked at 11:00 on Monday 9 March 2026 to be picked up at the prison gate on release
      And the prisoner was released at the prison gate at 09:00 on Thursday 2 April 2026
      And the CJIT met the prisoner at the prison gate at 09:00 on Thursday 2 April 2026
      And the CJIT sent the Substance Misuse Team an Alert Form at <sent> ticking RE_ENGAGED
      And it is 10:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the CJIT must tell the Substance Misuse Team of the pick-up by Alert Form by the end of Monday 13 April 2026
      And that action is <status>

      Examples:
        | when                        | sent                              | status    |
        | on the last day             | 23:00 on Monday 13 April 2026     | DONE      |
        | a day late                  | 09:00 on Tuesday 14 April 2026    | DONE_LATE |

    @ENG-COC-PP9-04 @AMB-60
    Scenario: Consent withdrawn before the Alert Form is due: the share is blocked, with its reason
      Given the prisoner asked at 11:00 on Monday 9 March 2026 to be picked up at the prison gate on release
      And the prisoner was released at the prison gate at 09:00 on Thursday 2 April 2026
      And the CJIT met the prisoner at the prison gate at 09:00 on Thursday 2 April 2026
      And the client withdrew consent to sharing on Tuesday 7 April 2026
      And it is 10:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the CJIT must tell the Substance Misuse Team of the pick-up by Alert Form by the end of Monday 13 April 2026
      And it is blocked because consent was withdrawn on Tuesday 7 April 2026
      And the CJIT must complete an Activity Form to take the client onto its active caseload, with no time set in the guidance
      And it may share information on the basis "NOT_NEEDED: de-personalised monitoring data"

  Rule: Activity Forms on both sides, and the person has left custody

    @ENG-COC-PP9-05 @ENG-COC-PP9-06 @ENG-COC-RT-20 @ENG-COC-RT-10 @ENG-COC-ACT-06 @ENG-COC-ACT-07
    Scenario: Met at the gate: the CJIT takes the client on, the Substance Misuse Team closes, and the CJIT holds the case now
      Given the prisoner asked at 11:00 on Monday 9 March 2026 to be picked up at the prison gate on release
      And the prisoner was released at the prison gate at 09:00 on Thursday 2 April 2026
      And the CJIT met the prisoner at the prison gate at 09:00 on Thursday 2 April 2026
      And the CJIT sent the Data Team an Activity Form at 15:00 on Thursday 2 April 2026 taking the client on
      And it is 10:00 on Tuesday 7 April 2026
      When the engine evaluates the case
      Then the CJIT must complete an Activity Form to take the client onto its active caseload, with no time set in the guidance
      And that action is DONE
      And it was triggered by PICK_UP_OUTCOME at 09:00 on Thursday 2 April 2026
      And the Substance Misuse Team must close down the caseload and send an Activity Form to the regional Data Team, with no time set in the guidance
      And that action is OPEN
      And it was triggered by RELEASED at 09:00 on Thursday 2 April 2026
      And the journey has ended: the person has left custody
      And the step from PP7 to PP9 was taken because "released directly into the community"
      And the step from PP9 to LEFT_CUSTODY was taken because "the CJIT holds the case now"
      And the routing statement says "left prison and the Substance Misuse Team's caseload"
      And the decision does not require that the Substance Misuse Team must keep the prisoner on its caseload until exit

    @ENG-COC-PP9-05 @ENG-COC-PP9-06 @ENG-COC-RT-20 @AMB-53
    Scenario: No pick-up: until the CJIT makes contact no team holds the case; its first contact starts its Activity Form
      Given the prisoner was released at the prison gate at 09:00 on Thursday 2 April 2026
      And the Substance Misuse Team sent the Data Team an Activity Form at 12:00 on Thursday 2 April 2026 closing its case
      And it is 10:00 on Friday 3 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must close down the caseload and send an Activity Form to the regional Data Team, with no time set in the guidance
      And that action is DONE
      And the decision does not require that the CJIT must complete an Activity Form to take the client onto its active caseload
      And the journey has ended: the person has left custody
      And the step from PP9 to LEFT_CUSTODY was taken because "no team holds the case under this guidance until the CJIT makes contact"

    @ENG-COC-PP9-05 @ENG-COC-RT-20 @AMB-53
    Scenario: The CJIT's first contact after release, without a pick-up, takes the client onto its caseload
      Given the prisoner was released at the prison gate at 09:00 on Thursday 2 April 2026
      And the CJIT saw the client face to face at 11:00 on Wednesday 8 April 2026
      And it is 10:00 on Thursday 9 April 2026
      When the engine evaluates the case
      Then the CJIT must complete an Activity Form to take the client onto its active caseload, with no time set in the guidance
      And that action is OPEN
      And it was triggered by CONTACT at 11:00 on Wednesday 8 April 2026
      And the step from PP9 to LEFT_CUSTODY was taken because "the CJIT holds the case now"

    @ENG-COC-RT-10
    Scenario: Before release, process point 9 is next and encoded
      Given it is 10:00 on Tuesday 10 March 2026
      When the engine evaluates the case
      Then the current point is process point 7
      And the next point is process point 9, which is encoded
