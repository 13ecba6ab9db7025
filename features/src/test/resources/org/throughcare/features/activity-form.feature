@activity-form
Feature: The Activity Form - every trigger that opens or closes a caseload
  The guidance asks for an Activity Form whenever a client is taken onto a team's active caseload or leaves it, so
  that the regional Data Teams can follow the client: the CJIT closes its case when the offender enters prison
  (Part 1); the prison's Substance Misuse Team takes the case on when the DIR comes from a CJIT that knows the client,
  and sends an Activity Form (or the relevant sections of the DIR) to the Data Team by day 5 (process point 4); on a
  direct transfer the sending team closes the case and transfers it, and the receiving team takes the prisoner on
  (process point 8); on a direct release the Substance Misuse Team closes down its caseload and sends an Activity Form
  to the relevant regional Data Team, and the CJIT takes the client on once it has him or her (process point 9).
  Court exits have their own triggers (process points 11, 13 and 14), described with those process points.

  Readings applied: an Activity Form carries de-personalised monitoring data, which need no informed consent (Annex
  A): it is never held or blocked, and the decision says so (AMB-60). The form says which side sent it and whether it
  takes the client on or closes the case. Where the text gives no time, none is set (TC-13; the optional service
  level of AMB-54 is not set).

  Background:
    Given the prison is in England

  Rule: Entry into prison: the CJIT closes, the Substance Misuse Team takes the case on

    @ENG-COC-ACT-01 @ENG-COC-PRE-09
    Scenario: The CJIT closes its case and sends an Activity Form to the regional Data Team when its client enters prison
      Given the offender is on the CJIT's caseload
      And the client refused consent to sharing on Monday 13 April 2026
      And the prisoner was received into HMP Example at 10:00 on Wednesday 15 April 2026
      And it is 11:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the CJIT must close its case and send an Activity Form to the regional Data Team, with no time set in the guidance
      And it rests on ENG-COC-PRE-09 and ENG-COC-ACT-01
      And it may share information on the basis "NOT_NEEDED: de-personalised monitoring data"

    @ENG-COC-ACT-02 @ENG-COC-ACT-03 @ENG-COC-PP4-19 @ENG-COC-PP4-21
    Scenario: The DIR came from the CJIT: the Substance Misuse Team takes the case on, and CARATs send the day 5 form
      Given the prisoner was received into HMP Example at 14:00 on Friday 22 May 2026
      And reception established at 14:05 on Friday 22 May 2026 that the prisoner came from the community via court
      And reception found at 14:10 on Friday 22 May 2026 that the prisoner is a problematic drug misuser
      And the prison received the DIR at 09:00 on Saturday 23 May 2026
      And the Substance Misuse Team sent the Data Team an Activity Form at 10:00 on Monday 25 May 2026 taking the case on
      And it is 12:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should complete an Activity Form to transfer the case to the prison by the end of Tuesday 26 May 2026
      And that action is DONE
      And it rests on ENG-COC-PP4-19 and ENG-COC-ACT-02
      And CARATs should send an Activity Form to the Data Team by the end of Tuesday 26 May 2026
      And that action is DONE
      And it rests on ENG-COC-PP4-21 and ENG-COC-ACT-03

  Rule: A direct transfer: the sending team closes and transfers, the receiving team takes the prisoner on

    @ENG-COC-ACT-04 @ENG-COC-PP8-10
    Scenario: Only the sending team's Activity Form that closes the case completes its duty
      Given the client gave informed consent to sharing on Monday 6 April 2026
      And the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And the Substance Misuse Team sent the Data Team an Activity Form at 09:00 on Friday 1 May 2026 taking the case on
      And it is 10:00 on Friday 1 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team must complete an Activity Form to close the case and transfer it to the receiving prison, with no time set in the guidance
      And that action is OPEN
      And it rests on ENG-COC-PP8-10 and ENG-COC-ACT-04

    @ENG-COC-ACT-04 @ENG-COC-PP8-10
    Scenario: The sending team's Activity Form closing its case completes the duty
      Given the client gave informed consent to sharing on Monday 6 April 2026
      And the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And the Substance Misuse Team sent the Data Team an Activity Form at 09:00 on Friday 1 May 2026 closing its case
      And it is 10:00 on Friday 1 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team must complete an Activity Form to close the case and transfer it to the receiving prison, with no time set in the guidance
      And that action is DONE
      And it was done by ACTIVITY_FORM_SENT(by=SUBSTANCE_MISUSE_TEAM,caseload=CLOSED)

    @ENG-COC-ACT-05 @ENG-COC-PP8-12
    Scenario: The receiving team takes the prisoner onto its active caseload, whatever consent says
      Given the client refused consent to sharing on Monday 6 April 2026
      And the movement record shows the prisoner received into HMP Beta at 14:00 on Friday 1 May 2026 on transfer from another prison
      And the prisoner said at 14:30 on Friday 1 May 2026 that they were in contact with the Substance Misuse Team at the previous prison
      And it is 10:00 on Monday 4 May 2026
      When the engine evaluates the case
      Then the receiving Substance Misuse Team must complete an Activity Form to take the prisoner onto its active caseload, with no time set in the guidance
      And that action is OPEN
      And it may share information on the basis "NOT_NEEDED: de-personalised monitoring data"
      And the receiving Substance Misuse Team should tell the prisoner's CJIT of the arrival by Alert Form, with no time set in the guidance
      And it is blocked because consent was refused on Monday 6 April 2026

  Rule: A direct release: the Substance Misuse Team closes down its caseload, the CJIT takes the client on

    @ENG-COC-ACT-06 @ENG-COC-ACT-07 @ENG-COC-PP9-05 @ENG-COC-PP9-06
    Scenario: Released at the gate and met by the CJIT: two Activity Forms, one from each side
      Given the client gave informed consent to sharing on Monday 5 January 2026
      And the prisoner was received into HMP Alpha at 10:00 on Monday 5 January 2026
      And reception established at 10:05 on Monday 5 January 2026 that the prisoner came from another prison
      And the prisoner's expected release date is Thursday 2 April 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 2 February 2026
      And the prisoner was released at the prison gate at 09:00 on Thursday 2 April 2026
      And the CJIT met the prisoner at the prison gate at 09:00 on Thursday 2 April 2026
      And the Substance Misuse Team sent the Data Team an Activity Form at 12:00 on Thursday 2 April 2026 closing its case
      And it is 10:00 on Friday 3 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must close down the caseload and send an Activity Form to the regional Data Team, with no time set in the guidance
      And that action is DONE
      And it rests on ENG-COC-PP9-06 and ENG-COC-ACT-07
      And the CJIT must complete an Activity Form to take the client onto its active caseload, with no time set in the guidance
      And that action is OPEN
      And it rests on ENG-COC-PP9-05 and ENG-COC-ACT-06
