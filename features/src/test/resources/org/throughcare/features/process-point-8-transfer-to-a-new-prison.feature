@process-point-8
Feature: Process point 8 - prisoner transfers to a new prison directly
  Part 4, process point 8. Subject to population management, a prisoner is transferred directly to another prison.
  Substance Misuse Teams keep good links with the Offender Management Unit and the OCA teams, so that they hear in
  good time of a client's transfer, and check LIDS every day to manage "unplanned" transfers. A transfer needs the
  prisoner to be "Fit for Transfer" under the clinical transfer protocol. The "sending" Substance Misuse Team must make
  sure the clinical record is up to date with the current prescription record, that the "Transfer Plan" is completed,
  and that the CARAT file travels with the clinical file and the prisoner via the escort service; the CARAT file should
  include the DIR if less than 6 months old. On the day of transfer it should tell the "receiving" team and the
  prisoner's CJIT by Alert Form. A CARAT record that did not travel must be transferred within 24 hours of the
  receiving team's request. The sending team must complete an Activity Form to close the case and transfer it; the
  receiving team should tell the CJIT of the arrival by Alert Form and must complete an Activity Form to take the
  prisoner onto its active caseload. Process point 1 then applies at the receiving prison.

  Readings applied: the sending team's duties arise when the transfer becomes known and fall due on the day of
  transfer, the day the prisoner left; until that day is recorded they have no due time. The DIR's age is judged on
  the day of transfer: a DIR exactly six months old is not less than six months old (TC-08). The 24 hours for the
  CARAT file on request get the 09:00 next-working-day relief by interpretation (AMB-31, TC-10; setting
  reliefByInterpretation). The sending team's Alert Form is one instance, keyed by the box for a change of prison.

  Background:
    Given the prison is in England
    And the client gave informed consent to sharing on Monday 6 April 2026

  Rule: Before a transfer is known, the Substance Misuse Team keeps links and checks LIDS every day

    @ENG-COC-PP8-01 @ENG-COC-PP8-02
    Scenario: In the main prison, the links with the OMU and OCA teams and the daily LIDS check are standing duties
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it is 10:00 on Monday 4 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should keep links with the OMU and OCA teams to hear in time of a transfer, as a standing duty
      And the Substance Misuse Team should check LIDS every day to manage unplanned transfers, as a standing duty
      And it rests on ENG-COC-PP8-02
      And it cites "Process point 8, Definition and significance"

    @ENG-COC-PP8-02
    Scenario: Once the prisoner has left on transfer, the daily LIDS check no longer applies to this prisoner
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And it is 10:00 on Friday 1 May 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team should check LIDS every day to manage unplanned transfers

  Rule: A transfer needs the prisoner to be fit for transfer

    @ENG-COC-PP8-03
    Scenario: A prisoner due to transfer who was found not fit for transfer is flagged
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And at 11:00 on Tuesday 28 April 2026 the prisoner was found not fit for transfer under the clinical transfer protocol
      And it is 10:00 on Wednesday 29 April 2026
      When the engine evaluates the case
      Then the decision carries the notice NOT_FIT_FOR_TRANSFER
      And the notice says "the transfer should not go ahead while this stands"
      And the notice rests on ENG-COC-PP8-03

    @ENG-COC-PP8-03
    Scenario: An unfit prisoner's transfer that went ahead is flagged, not silently accepted
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And at 11:00 on Tuesday 28 April 2026 the prisoner was found not fit for transfer under the clinical transfer protocol
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And it is 10:00 on Friday 1 May 2026
      When the engine evaluates the case
      Then the decision carries the notice NOT_FIT_FOR_TRANSFER
      And the notice says "not accepted as compliant"

    @ENG-COC-PP8-03
    Scenario: A prisoner found fit for transfer: no notice
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And at 11:00 on Tuesday 28 April 2026 the prisoner was found fit for transfer under the clinical transfer protocol
      And it is 10:00 on Wednesday 29 April 2026
      When the engine evaluates the case
      Then the decision carries no notice NOT_FIT_FOR_TRANSFER
      And the decision carries no notice FIT_FOR_TRANSFER_NOT_RECORDED

    @ENG-COC-PP8-03
    Scenario: Whether the prisoner due to transfer is fit for transfer is not yet recorded: the decision says so
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And it is 10:00 on Wednesday 29 April 2026
      When the engine evaluates the case
      Then the decision carries the notice FIT_FOR_TRANSFER_NOT_RECORDED
      And the notice says "condition of the transfer"

  Rule: The sending team prepares the transfer, and tells the receiving team and the CJIT on the day of transfer

    @ENG-COC-PP8-04 @ENG-COC-PP8-05 @ENG-COC-PP8-06 @ENG-COC-PP8-08 @ENG-COC-RT-11
    Scenario: A transfer is known: the sending team's duties arise, with no due time until the day of transfer is recorded
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And it is 10:00 on Tuesday 28 April 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team must make sure the clinical record is up to date with the current prescription record, with no due time until the day of transfer is recorded
      And it was triggered by TRANSFER_KNOWN at 10:00 on Monday 27 April 2026
      And the sending Substance Misuse Team must make sure the Transfer Plan is completed, with no due time until the day of transfer is recorded
      And the sending Substance Misuse Team must make sure the CARAT file goes with the clinical file and the prisoner via the escort service, with no due time until the day of transfer is recorded
      And the sending Substance Misuse Team should tell the receiving Substance Misuse Team and the prisoner's CJIT of the transfer by Alert Form, with no due time until the day of transfer is recorded
      And the current point is process point 7
      And the next point is process point 8, which is encoded

    @ENG-COC-PP8-04 @ENG-COC-PP8-05 @ENG-COC-PP8-06 @ENG-COC-PP8-08 @ENG-COC-RT-11 @ENG-COC-RT-13
    Scenario: A transfer on a Friday before a bank holiday: everything is due on the Friday, and the holiday moves nothing
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the Substance Misuse Team brought the clinical record up to date with the current prescription at 16:00 on Thursday 30 April 2026
      And the Transfer Plan was completed at 17:00 on Thursday 30 April 2026
      And the CARAT file went with the clinical file and the prisoner through the escort service at 07:45 on Friday 1 May 2026
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And it is 10:00 on Tuesday 5 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team must make sure the clinical record is up to date with the current prescription record by the end of Friday 1 May 2026
      And that action is DONE
      And it rests on ENG-COC-PP8-04
      And it cites "Process point 8, Required actions (sending team)"
      And the sending Substance Misuse Team must make sure the Transfer Plan is completed by the end of Friday 1 May 2026
      And that action is DONE
      And the sending Substance Misuse Team must make sure the CARAT file goes with the clinical file and the prisoner via the escort service by the end of Friday 1 May 2026
      And that action is DONE
      And it shares no identifiable information
      And for PRISON, the sending Substance Misuse Team should tell the receiving Substance Misuse Team and the prisoner's CJIT of the transfer by Alert Form by the end of Friday 1 May 2026
      And that action is TARGET_MISSED
      And the current point is process point 8
      And the next point is process point 1, which is encoded
      And the routing statement says "process point 1 applies at the receiving prison (HMP Beta) when the prisoner arrives there"

    @ENG-COC-PP8-08
    Scenario: The Alert Form sent on the day of transfer, with the change-of-prison box, completes the duty
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And CARATs sent the CJIT an Alert Form at 11:00 on Friday 1 May 2026 ticking PRISON
      And it is 12:00 on Friday 1 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team should tell the receiving Substance Misuse Team and the prisoner's CJIT of the transfer by Alert Form by the end of Friday 1 May 2026
      And that action is DONE
      And it may share information on the basis "CONSENT_GIVEN"
      And the decision lists 1 instances of that action: PRISON

    @ENG-COC-PP8-08 @AMB-60
    Scenario: Consent withdrawn before the transfer: the Alert Form is blocked, the files still go with the prisoner
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the client withdrew consent to sharing on Wednesday 29 April 2026
      And it is 10:00 on Thursday 30 April 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team should tell the receiving Substance Misuse Team and the prisoner's CJIT of the transfer by Alert Form, with no due time until the day of transfer is recorded
      And it is blocked because consent was withdrawn on Wednesday 29 April 2026
      And the sending Substance Misuse Team must make sure the CARAT file goes with the clinical file and the prisoner via the escort service, with no due time until the day of transfer is recorded
      And that action is OPEN

  Rule: The CARAT file includes the DIR only while it is less than six months old on the day of transfer

    @ENG-COC-PP8-07 @ENG-COC-DIR-02 @TC-08 @boundary
    Scenario: A DIR exactly six months old on the day of transfer is too old: no duty, and the decision says why
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the DIR on file was completed on Saturday 1 November 2025
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And it is 10:00 on Friday 1 May 2026
      When the engine evaluates the case
      Then the decision does not require that the sending Substance Misuse Team should include the DIR in the CARAT file
      And the decision carries the notice DIR_TOO_OLD
      And the notice says "six months old or more on the day of transfer"
      And the notice rests on ENG-COC-DIR-02 and ENG-COC-PP8-07

    @ENG-COC-PP8-07 @ENG-COC-DIR-02 @TC-08 @boundary
    Scenario: A DIR one day younger is less than six months old on the day of transfer: it goes in the CARAT file
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the DIR on file was completed on Sunday 2 November 2025
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the DIR was put in the CARAT file at 07:30 on Friday 1 May 2026
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And it is 10:00 on Friday 1 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team should include the DIR in the CARAT file by the end of Friday 1 May 2026
      And that action is DONE
      And it rests on ENG-COC-PP8-07 and ENG-COC-DIR-02
      And the decision carries no notice DIR_TOO_OLD

    @ENG-COC-PP8-07 @TC-08
    Scenario: Before the day of transfer the DIR's age is judged today
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the DIR on file was completed on Sunday 2 November 2025
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And it is 10:00 on Tuesday 28 April 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team should include the DIR in the CARAT file, with no due time until the day of transfer is recorded
      And the decision carries the notice DIR_AGE
      And the notice says "from 2026-05-02"

  Rule: A CARAT file that did not travel is transferred within 24 hours of the receiving team's request

    @ENG-COC-PP8-09 @TC-10 @AMB-31
    Scenario: A CARAT file requested at 18:30 on a Friday before a bank holiday is due at 09:00 on the Tuesday
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And the receiving CARAT team asked the sending team for the CARAT file at 18:30 on Friday 1 May 2026
      And it is 19:00 on Friday 1 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team must transfer the CARAT file to the receiving team by 09:00 on Tuesday 5 May 2026
      And that action is OPEN
      And the weekend and bank holiday relief applied
      And the plain 24 hours would end at 18:30 on Saturday 2 May 2026
      And it records the interpretations TC-10, AMB-31 and reliefByInterpretation=true
      And it was triggered by CARAT_FILE_REQUESTED at 18:30 on Friday 1 May 2026

    @ENG-COC-PP8-09 @TC-10 @AMB-31
    Scenario: With the relief by interpretation switched off, the plain 24 hours stand
      Given the interpretation setting reliefByInterpretation is false
      And the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And the receiving CARAT team asked the sending team for the CARAT file at 18:30 on Friday 1 May 2026
      And the sending CARAT team forwarded the CARAT file at 10:00 on Tuesday 5 May 2026
      And it is 11:00 on Tuesday 5 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team must transfer the CARAT file to the receiving team by 18:30 on Saturday 2 May 2026
      And that action is DONE_LATE
      And no weekend or bank holiday relief applied

  Rule: The sending team closes its case by Activity Form; the receiving team takes the prisoner on and tells the CJIT

    @ENG-COC-PP8-10 @ENG-COC-ACT-04
    Scenario: On the transfer the sending team must complete an Activity Form to close the case and transfer it
      Given the prisoner was received into HMP Alpha at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it became known at 10:00 on Monday 27 April 2026 that the prisoner is to be transferred to another prison
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And it is 10:00 on Friday 1 May 2026
      When the engine evaluates the case
      Then the sending Substance Misuse Team must complete an Activity Form to close the case and transfer it to the receiving prison, with no time set in the guidance
      And that action is OPEN
      And it was triggered by TRANSFERRED_OUT at 08:00 on Friday 1 May 2026
      And it may share information on the basis "NOT_NEEDED: de-personalised monitoring data"

    @ENG-COC-PP8-11 @ENG-COC-PP8-12 @ENG-COC-ACT-05 @ENG-COC-RT-13
    Scenario: At the receiving prison, process point 1 applies and the receiving team takes the prisoner on and tells the CJIT
      Given the movement record shows the prisoner received into HMP Alpha at 10:00 on Wednesday 8 April 2026 on transfer from another prison
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Friday 1 May 2026 on transfer to HMP Beta
      And the movement record shows the prisoner received into HMP Beta at 14:00 on Friday 1 May 2026 on transfer from another prison
      And the prisoner said at 14:30 on Friday 1 May 2026 that they were in contact with the Substance Misuse Team at the previous prison
      And the Substance Misuse Team sent the Data Team an Activity Form at 16:00 on Friday 1 May 2026 taking the case on
      And it is 10:00 on Tuesday 5 May 2026
      When the engine evaluates the case
      Then the custody period began with the reception at 14:00 on Friday 1 May 2026
      And the route taken is:
        | from      | to  | rule IDs                          |
        | RECEPTION | PP1 | ENG-COC-RT-01                     |
        | PP1       | PP2 | ENG-COC-RT-02                     |
        | PP2       | PP5 | ENG-COC-RT-04 and ENG-COC-PP2-12  |
        | PP5       | PP6 | ENG-COC-RT-08                     |
      And for PRISON, the receiving Substance Misuse Team should tell the prisoner's CJIT of the arrival by Alert Form, with no time set in the guidance
      And that action is OPEN
      And it was triggered by RECEPTION at 14:00 on Friday 1 May 2026
      And it rests on ENG-COC-PP8-11
      And the receiving Substance Misuse Team must complete an Activity Form to take the prisoner onto its active caseload, with no time set in the guidance
      And that action is DONE
      And it rests on ENG-COC-PP8-12 and ENG-COC-ACT-05
      And the decision does not require that the sending Substance Misuse Team must complete an Activity Form to close the case and transfer it to the receiving prison

    @ENG-COC-PP8-11 @ENG-COC-PP8-12
    Scenario: A transferee who was not the previous prison's client: the receiving team's process point 8 duties do not arise
      Given the movement record shows the prisoner received into HMP Beta at 14:00 on Friday 1 May 2026 on transfer from another prison
      And the prisoner said at 14:30 on Friday 1 May 2026 that they were not in contact with the Substance Misuse Team at the previous prison
      And it is 10:00 on Tuesday 5 May 2026
      When the engine evaluates the case
      Then the decision does not require that the receiving Substance Misuse Team should tell the prisoner's CJIT of the arrival by Alert Form
      And the decision does not require that the receiving Substance Misuse Team must complete an Activity Form to take the prisoner onto its active caseload
