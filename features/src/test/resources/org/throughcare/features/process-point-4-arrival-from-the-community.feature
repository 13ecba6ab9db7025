@process-point-4
Feature: Process point 4 - prisoner has arrived from the community
  Part 2 (entry into prison), process point 4, for a prisoner whom process point 3 found to be a PPO and/or a
  problematic drug misuser. The CJIT must fax or e-mail the DIR and other treatment-plan material, as Part 1 says
  and when the Substance Misuse Team asks. The Substance Misuse Team (clinical) must ask the prisoner whether they are
  in contact with their CJIT: if yes, it should contact that CJIT through the SPOC list for the DIR; if no or "don't
  know", it should first check whether a CJIT has been in touch. If no DIR or other information has come from the
  community within 24 hours of entry, a new DIR must be opened. The clinical needs should be assessed within 24 hours
  of entry; those with a substance misuse need will be referred to CARATs, who must engage within three days of the
  referral and must complete a Substance Misuse Triage Assessment (SMTA) within those three days, recording it in the
  DIR. A change of circumstance during entry, once the DIR has come, goes to the CJIT on the Alert Form, not by
  sending the DIR back; a DIR the team raises is kept, the CJIT is told by Alert Form that the prisoner is on the
  team's caseload, and it gets a copy. The typical first five days (Local issues): a CARAT key worker within 24 hours
  and an SMTA on day 1; the CSMA and care plan, which must be completed by day 5; a clinical lead as key worker for a
  client who refuses to engage with CARATs; an Activity Form to transfer the case when the DIR came from the CJIT; an
  Activity Form to the Data Team on day 5; from day 5 onwards, process point 5.

  Readings applied (catalogue): "by day N" counts the date of entry as day 1 and ends at 23:59:59 on the entry date
  plus N - 1 days, calendar days, so a bank holiday neither moves nor extends it (TC-05, AMB-33, AMB-37); the Local
  issues are typical practice (targets) except the CSMA and care plan, a "must" (AMB-38); the 24-hour clinical
  assessment and key worker have no weekend relief (AMB-31); the CJIT's reply to the team's request gets the 09:00
  next-working-day relief by interpretation, switchable with reliefByInterpretation (TC-10, AMB-31(b)); "three days"
  are calendar days from the day CARATs receive the referral (TC-03, AMB-34); a new DIR is completed by day 5
  (AMB-39). Every action that discloses the prisoner to the CJIT shares identifiable information, so consent governs
  it (Annex A).

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 14:00 on Friday 22 May 2026
    And reception established at 14:05 on Friday 22 May 2026 that the prisoner came from the community via court
    And reception found at 14:10 on Friday 22 May 2026 that the prisoner is a problematic drug misuser

  Rule: The Substance Misuse Team (clinical) must ask the prisoner whether they are in contact with their CJIT

    @ENG-COC-PP4-05 @TC-13
    Scenario Outline: The question is <status> when <what>
      Given <answer>
      And it is 16:00 on Friday 22 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) must ask the prisoner whether they are in contact with their CJIT, with no time set in the guidance
      And that action is <status>
      And it was triggered by RECEPTION at 14:00 on Friday 22 May 2026
      And it rests on ENG-COC-PP4-05

      Examples:
        | what                             | answer                                                                                          | status |
        | not yet asked                    | it is 14:30 on Friday 22 May 2026                                                               | OPEN   |
        | the prisoner says yes            | the prisoner said at 14:20 on Friday 22 May 2026 that they are in contact with their CJIT       | DONE   |
        | the prisoner does not know       | the prisoner said at 14:20 on Friday 22 May 2026 that they do not know whether they are in contact with a CJIT | DONE |

  Rule: If yes, the team should contact the prisoner's CJIT for the DIR; if no or "don't know", it should first check whether a CJIT has been in touch

    @ENG-COC-PP4-06 @TC-13
    Scenario: In contact with their CJIT: contact that CJIT, with consent
      Given the client gave informed consent to sharing on Friday 22 May 2026
      And the prisoner said at 14:20 on Friday 22 May 2026 that they are in contact with their CJIT
      And it is 16:00 on Friday 22 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should contact the prisoner's CJIT for the DIR, with no time set in the guidance
      And that action is OPEN
      And it was triggered by CJIT_CONTACT_ANSWERED at 14:20 on Friday 22 May 2026
      And it may share information on the basis "CONSENT_GIVEN"
      And the decision does not require that the Substance Misuse Team (clinical) should check whether a CJIT has been in touch about the prisoner's arrival

    @ENG-COC-PP4-06 @TC-13
    Scenario: An answer recorded in the community, before the reception, is acted on from the reception
      Given the client gave informed consent to sharing on Friday 22 May 2026
      And the prisoner said at 10:00 on Thursday 21 May 2026 that they are in contact with their CJIT
      And it is 16:00 on Friday 22 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should contact the prisoner's CJIT for the DIR, with no time set in the guidance
      And that action is OPEN
      And it was triggered by CJIT_CONTACT_ANSWERED at 14:00 on Friday 22 May 2026

    @ENG-COC-PP4-06
    Scenario Outline: Contacting the CJIT discloses the prisoner to it: <when>
      Given <consent>
      And the prisoner said at 14:20 on Friday 22 May 2026 that they are in contact with their CJIT
      And it is 16:00 on Friday 22 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should contact the prisoner's CJIT for the DIR, with no time set in the guidance
      And <outcome>

      Examples:
        | when                      | consent                                                   | outcome                                                     |
        | consent refused           | the client refused consent to sharing on Friday 22 May 2026 | it is blocked because consent was refused on Friday 22 May 2026 |
        | no consent decision yet   | it is 14:30 on Friday 22 May 2026                          | that action is held because no consent decision is recorded  |

    @ENG-COC-PP4-06
    Scenario Outline: Contact with the CJIT is done when <what>
      Given the client gave informed consent to sharing on Friday 22 May 2026
      And the prisoner said at 14:20 on Friday 22 May 2026 that they are in contact with their CJIT
      And <step>
      And it is 16:00 on Friday 22 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should contact the prisoner's CJIT for the DIR, with no time set in the guidance
      And that action is DONE
      And it was done by <done by>

      Examples:
        | what                          | step                                                                         | done by                    |
        | the team asked the CJIT       | the Substance Misuse Team asked the CJIT for the DIR at 15:00 on Friday 22 May 2026 | SMT_CONTACTED_CJIT_FOR_DIR |
        | the DIR has already come      | the prison received the DIR at 15:00 on Friday 22 May 2026                    | DIR_RECEIVED_BY_PRISON     |

    @ENG-COC-PP4-07 @TC-13
    Scenario Outline: Not in contact, or does not know: check whether a CJIT has been in touch (<status>)
      Given <answer>
      And <check>
      And it is 16:00 on Friday 22 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should check whether a CJIT has been in touch about the prisoner's arrival, with no time set in the guidance
      And that action is <status>
      And it shares no identifiable information
      And the decision does not require that the Substance Misuse Team (clinical) should contact the prisoner's CJIT for the DIR

      Examples:
        | answer                                                                                                       | check                                                                                         | status |
        | the prisoner said at 14:20 on Friday 22 May 2026 that they are not in contact with a CJIT                    | it is 14:30 on Friday 22 May 2026                                                             | OPEN   |
        | the prisoner said at 14:20 on Friday 22 May 2026 that they do not know whether they are in contact with a CJIT | the Substance Misuse Team checked at 14:40 on Friday 22 May 2026 whether a CJIT had been in touch | DONE |

  Rule: The CJIT must send the DIR and other treatment-plan material when the team asks, requested within 24 hours

    @ENG-COC-PP4-16 @ENG-COC-PP4-01 @TC-10 @AMB-31
    Scenario: Asked on the Friday before the spring bank holiday: due 09:00 on Tuesday, by interpretation
      Given the client gave informed consent to sharing on Friday 22 May 2026
      And the Substance Misuse Team asked the CJIT for the DIR at 16:00 on Friday 22 May 2026
      And it is 17:00 on Friday 22 May 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR and care plan the Substance Misuse Team asked for by 09:00 on Tuesday 26 May 2026
      And that action is OPEN
      And the due time is TARGET
      And the weekend and bank holiday relief applied
      And the plain 24 hours would end at 16:00 on Saturday 23 May 2026
      And it was triggered by SMT_CONTACTED_CJIT_FOR_DIR at 16:00 on Friday 22 May 2026
      And it rests on ENG-COC-PP4-16 and ENG-COC-PP4-01
      And it is owned by the "CJIT", as "CJIT worker"

    @ENG-COC-PP4-16 @TC-02 @AMB-31
    Scenario: With the relief by interpretation switched off, a strict 24 hours
      Given the interpretation setting reliefByInterpretation is false
      And the client gave informed consent to sharing on Friday 22 May 2026
      And the Substance Misuse Team asked the CJIT for the DIR at 16:00 on Friday 22 May 2026
      And it is 17:00 on Friday 22 May 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR and care plan the Substance Misuse Team asked for by 16:00 on Saturday 23 May 2026
      And no weekend or bank holiday relief applied

    @ENG-COC-PP4-16 @ENG-COC-PP4-01 @boundary
    Scenario Outline: At <now> a DIR not yet sent is <status>: the 24 hours are a target
      Given the client gave informed consent to sharing on Friday 22 May 2026
      And the Substance Misuse Team asked the CJIT for the DIR at 16:00 on Friday 22 May 2026
      And it is <now>
      When the engine evaluates the case
      Then the CJIT must send the DIR and care plan the Substance Misuse Team asked for by 09:00 on Tuesday 26 May 2026
      And that action is <status>

      Examples:
        | now                         | status        |
        | 09:00 on Tuesday 26 May 2026 | OPEN          |
        | 09:01 on Tuesday 26 May 2026 | TARGET_MISSED |

    @ENG-COC-PP4-01
    Scenario Outline: The CJIT's reply is <status> when <what>
      Given <consent>
      And the Substance Misuse Team asked the CJIT for the DIR at 16:00 on Friday 22 May 2026
      And <reply>
      And it is 10:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR and care plan the Substance Misuse Team asked for by 09:00 on Tuesday 26 May 2026
      And that action is <status>

      Examples:
        | what                                  | consent                                                     | reply                                                         | status  |
        | the DIR arrived                       | the client gave informed consent to sharing on Friday 22 May 2026 | the prison received the DIR at 09:30 on Saturday 23 May 2026 | DONE    |
        | consent was refused                   | the client refused consent to sharing on Friday 22 May 2026     | it is 09:00 on Saturday 23 May 2026                           | BLOCKED |

    @ENG-COC-PP4-16 @ENG-COC-PP4-01
    Scenario: A DIR the CJIT sent under Part 1 before the team asked does not answer the request
      Given the client gave informed consent to sharing on Friday 22 May 2026
      And the CJIT sent the DIR to the prison's Substance Misuse Team at 12:00 on Friday 22 May 2026
      And the Substance Misuse Team asked the CJIT for the DIR at 16:00 on Friday 22 May 2026
      And it is 10:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR and care plan the Substance Misuse Team asked for by 09:00 on Tuesday 26 May 2026
      And that action is OPEN
      And it was triggered by SMT_CONTACTED_CJIT_FOR_DIR at 16:00 on Friday 22 May 2026

  Rule: If no DIR or other information has come from the community within 24 hours of entry, a new DIR must be opened, completed by day 5

    @ENG-COC-PP4-08 @ENG-COC-DIR-05 @ENG-COC-PP4-20 @boundary
    Scenario Outline: A DIR received <when> the 24 hours end: a new DIR is <required>
      Given the prison received the DIR at <received>
      And it is 16:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the decision <required> that the Substance Misuse Team (clinical) must open a new DIR

      Examples:
        | when              | received                         | required         |
        | one minute before | 13:59 on Saturday 23 May 2026    | does not require |
        | at the moment     | 14:00 on Saturday 23 May 2026    | does not require |
        | one minute after  | 14:01 on Saturday 23 May 2026    | requires         |

    @ENG-COC-PP4-08 @ENG-COC-DIR-05 @ENG-COC-PP4-20 @TC-05
    Scenario: No DIR 24 hours after a Friday entry: a new DIR, due by day 5 across the bank holiday
      Given it is 16:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) must open a new DIR by the end of Tuesday 26 May 2026
      And that action is OPEN
      And the due time is TARGET
      And it was triggered by NO_DIR_24_HOURS_AFTER_ENTRY at 14:00 on Saturday 23 May 2026
      And the due time is counted from "the date of entry into prison (day 1)", Friday 22 May 2026
      And it rests on ENG-COC-PP4-08, ENG-COC-DIR-05 and ENG-COC-PP4-20

    @ENG-COC-PP4-08
    Scenario: Before the 24 hours have passed, the new DIR is pending
      Given it is 13:59 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the decision requires that the Substance Misuse Team (clinical) must open a new DIR
      And that action is PENDING

    @ENG-COC-PP4-20 @ENG-COC-PP4-08 @TC-05 @boundary
    Scenario Outline: A new DIR opened <when> is <status>
      Given the Substance Misuse Team opened a new DIR at <opened>
      And it is 10:00 on Wednesday 27 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) must open a new DIR by the end of Tuesday 26 May 2026
      And that action is <status>

      Examples:
        | when                  | opened                            | status    |
        | on day 5              | 23:59 on Tuesday 26 May 2026      | DONE      |
        | on day 6              | 00:01 on Wednesday 27 May 2026    | DONE_LATE |

  Rule: A new DIR raised by the team: tell the CJIT by Alert Form that the prisoner is on the team's caseload, and send it a copy

    @ENG-COC-PP4-13 @ENG-COC-PP4-04 @AMB-56
    Scenario Outline: The Alert Form to the CJIT is <status> when <what>
      Given the client gave informed consent to sharing on Friday 22 May 2026
      And the Substance Misuse Team opened a new DIR at 15:00 on Saturday 23 May 2026
      And <step>
      And it is 10:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should tell the CJIT by Alert Form that the prisoner is on its caseload, with no time set in the guidance
      And that action is <status>
      And it was triggered by DIR_RAISED_BY_PRISON at 15:00 on Saturday 23 May 2026

      Examples:
        | what                 | step                                                                                                      | status |
        | not yet sent         | it is 16:00 on Saturday 23 May 2026                                                                       | OPEN   |
        | sent                 | the Substance Misuse Team sent the CJIT an Alert Form at 09:00 on Monday 25 May 2026 saying the prisoner is on its caseload | DONE |
        | another box was sent | the Substance Misuse Team sent the CJIT an Alert Form at 09:00 on Monday 25 May 2026 about the transfer    | OPEN   |

    @ENG-COC-PP4-13 @ENG-COC-PP4-04
    Scenario: With consent refused, neither the Alert Form nor the copy of the DIR goes to the CJIT
      Given the client refused consent to sharing on Friday 22 May 2026
      And the Substance Misuse Team opened a new DIR at 15:00 on Saturday 23 May 2026
      And it is 10:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should tell the CJIT by Alert Form that the prisoner is on its caseload, with no time set in the guidance
      And it is blocked because consent was refused on Friday 22 May 2026
      And the Substance Misuse Team should send the CJIT a copy of the DIR it raised, with no time set in the guidance
      And it is blocked because consent was refused on Friday 22 May 2026

    @ENG-COC-PP4-04
    Scenario: A DIR received from the CJIT raises neither
      Given the prison received the DIR at 09:00 on Saturday 23 May 2026
      And it is 10:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team should tell the CJIT by Alert Form that the prisoner is on its caseload
      And the decision does not require that the Substance Misuse Team should send the CJIT a copy of the DIR it raised

  Rule: A DIR received, then a change of circumstance during entry: the team tells the CJIT by Alert Form and does not send the DIR back

    @ENG-COC-PP4-12 @ENG-COC-PP4-02 @AMB-56
    Scenario Outline: A transfer on day <day> after the DIR came: the Alert Form is <required>
      Given the client gave informed consent to sharing on Friday 22 May 2026
      And the prison received the DIR at 09:00 on Saturday 23 May 2026
      And the movement record shows the prisoner left HMP Example at <left> on transfer to HMP Other
      And it is 12:00 on Thursday 28 May 2026
      When the engine evaluates the case
      Then the decision <required> that the Substance Misuse Team should tell the CJIT of the change during entry by Alert Form

      Examples:
        | day | left                           | required         |
        | 5   | 23:00 on Tuesday 26 May 2026   | requires         |
        | 6   | 09:00 on Wednesday 27 May 2026 | does not require |

    @ENG-COC-PP4-12 @ENG-COC-PP4-02
    Scenario Outline: The Alert Form about the transfer is <status> when <what>
      Given the client gave informed consent to sharing on Friday 22 May 2026
      And the prison received the DIR at 09:00 on Saturday 23 May 2026
      And the movement record shows the prisoner left HMP Example at 10:00 on Monday 25 May 2026 on transfer to HMP Other
      And <step>
      And it is 12:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should tell the CJIT of the change during entry by Alert Form, with no time set in the guidance
      And that action is <status>
      And it was triggered by TRANSFERRED_OUT at 10:00 on Monday 25 May 2026

      Examples:
        | what          | step                                                                                                     | status |
        | not yet sent  | it is 10:30 on Monday 25 May 2026                                                                        | OPEN   |
        | sent, with no telephone call yet | the Substance Misuse Team sent the CJIT an Alert Form at 11:00 on Monday 25 May 2026 about the transfer  | OPEN   |

    @ENG-COC-PP4-12 @ENG-COC-ALERT-09
    Scenario: The Alert Form about the transfer, followed up by a telephone call, is done
      Given the client gave informed consent to sharing on Friday 22 May 2026
      And the prison received the DIR at 09:00 on Saturday 23 May 2026
      And the movement record shows the prisoner left HMP Example at 10:00 on Monday 25 May 2026 on transfer to HMP Other
      And the Substance Misuse Team sent the CJIT an Alert Form at 11:00 on Monday 25 May 2026 about the transfer
      And CARATs followed up their Alert Form by telephone at 11:30 on Monday 25 May 2026
      And it is 12:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should tell the CJIT of the change during entry by Alert Form, with no time set in the guidance
      And that action is DONE

    @ENG-COC-PP4-12
    Scenario: A transfer before any DIR came raises no Alert Form duty of Scenario 1
      Given the movement record shows the prisoner left HMP Example at 10:00 on Saturday 23 May 2026 on transfer to HMP Other
      And it is 12:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team should tell the CJIT of the change during entry by Alert Form

  Rule: The clinical needs should be assessed within 24 hours of entry; a need is referred to CARATs, who must engage and complete the SMTA within three days of the referral

    @ENG-COC-PP4-09 @TC-01 @TC-02 @AMB-31
    Scenario: The assessment is due 24 hours after a Friday entry, with no weekend relief
      Given it is 15:00 on Friday 22 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the clinical needs of the prisoner from the community by 14:00 on Saturday 23 May 2026
      And that action is OPEN
      And the due time is TARGET
      And no weekend or bank holiday relief applied
      And it rests on ENG-COC-PP4-09

    @ENG-COC-PP4-09 @boundary
    Scenario Outline: An assessment completed <when> the 24 hours end is <status>
      Given the clinical needs assessment was completed at <completed>
      And it is 18:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the clinical needs of the prisoner from the community by 14:00 on Saturday 23 May 2026
      And that action is <status>

      Examples:
        | when              | completed                       | status    |
        | at the moment     | 14:00 on Saturday 23 May 2026   | DONE      |
        | one minute after  | 14:01 on Saturday 23 May 2026   | DONE_LATE |

    @ENG-COC-PP4-10 @ENG-COC-DIR-09 @TC-13
    Scenario Outline: The referral to CARATs is <status> when <what>
      Given <assessment>
      And <referral>
      And it is 18:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the decision requires that the Substance Misuse Team (clinical) will refer the prisoner from the community to CARATs
      And that action is <status>

      Examples:
        | what                                   | assessment                                                                                          | referral                                                                                     | status  |
        | the assessment is still to come        | it is 15:00 on Friday 22 May 2026                                                                   | it is 16:00 on Friday 22 May 2026                                                            | PENDING |
        | a need was found, not yet referred     | the clinical needs assessment completed at 11:00 on Saturday 23 May 2026 found a substance misuse need | it is 12:00 on Saturday 23 May 2026                                                       | OPEN    |
        | a need was found and referred          | the clinical needs assessment completed at 11:00 on Saturday 23 May 2026 found a substance misuse need | CARATs received the referral from the Substance Misuse Team (clinical) at 11:30 on Saturday 23 May 2026 | DONE |

    @ENG-COC-PP4-10
    Scenario: No substance misuse need found: no referral
      Given the clinical needs assessment completed at 11:00 on Saturday 23 May 2026 found no substance misuse need
      And it is 18:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team (clinical) will refer the prisoner from the community to CARATs
      And the decision does not require that CARATs must engage with the prisoner from the community

    @ENG-COC-PP4-10 @ENG-COC-PP4-11 @ENG-COC-DIR-07 @TC-03 @AMB-34 @boundary
    Scenario Outline: A referral on the Saturday of the bank holiday weekend: at <now> engagement is <engage> and the SMTA <smta>
      Given CARATs received the referral from the Substance Misuse Team (clinical) at 10:00 on Saturday 23 May 2026
      And <done>
      And it is <now>
      When the engine evaluates the case
      Then CARATs must engage with the prisoner from the community by the end of Tuesday 26 May 2026
      And that action is <engage>
      And CARATs must complete the SMTA and record it in the DIR by the end of Tuesday 26 May 2026
      And that action is <smta>
      And the due time is HARD

      Examples:
        | now                              | done                                                                                        | engage  | smta    |
        | 23:59:59 on Tuesday 26 May 2026  | it is 10:00 on Saturday 23 May 2026                                                         | OPEN    | OPEN    |
        | 00:00 on Wednesday 27 May 2026   | it is 10:00 on Saturday 23 May 2026                                                         | OVERDUE | OVERDUE |
        | 00:00 on Wednesday 27 May 2026   | CARATs made first contact and reviewed the case file with the prisoner at 11:00 on Monday 25 May 2026 | DONE | OVERDUE |
        | 00:00 on Wednesday 27 May 2026   | the SMTA was completed and recorded in the DIR at 11:00 on Monday 25 May 2026               | OVERDUE | DONE    |

  Rule: Day 1: a CARAT key worker is appointed within 24 hours of entry, and the clinical team conducts an SMTA

    @ENG-COC-PP4-14 @TC-02 @AMB-38 @boundary
    Scenario Outline: At <now> a key worker not yet appointed is <status>: a target
      Given it is <now>
      When the engine evaluates the case
      Then CARATs should appoint a CARAT key worker by 14:00 on Saturday 23 May 2026
      And that action is <status>
      And the due time is TARGET

      Examples:
        | now                            | status        |
        | 14:00 on Saturday 23 May 2026  | OPEN          |
        | 14:01 on Saturday 23 May 2026  | TARGET_MISSED |

    @ENG-COC-PP4-14
    Scenario: A key worker appointed on day 1 is done
      Given a CARAT key worker was appointed at 17:00 on Friday 22 May 2026
      And it is 18:00 on Friday 22 May 2026
      When the engine evaluates the case
      Then CARATs should appoint a CARAT key worker by 14:00 on Saturday 23 May 2026
      And that action is DONE

    @ENG-COC-PP4-15 @TC-05 @AMB-35
    Scenario Outline: The day 1 SMTA done <when> is <status>
      Given the SMTA was completed and recorded in the DIR at <done>
      And it is 12:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should conduct an SMTA on day 1 by the end of Friday 22 May 2026
      And that action is <status>

      Examples:
        | when           | done                             | status    |
        | on day 1       | 23:59 on Friday 22 May 2026      | DONE      |
        | on day 2       | 00:01 on Saturday 23 May 2026    | DONE_LATE |

  Rule: Days 2 to 5: the CSMA and care plan must be completed by day 5

    @ENG-COC-PP4-17 @TC-05 @AMB-37 @AMB-38 @boundary
    Scenario Outline: Entry on the Friday before the spring bank holiday: day 5 is Tuesday; at <now> the CSMA not done is <status>
      Given it is <now>
      When the engine evaluates the case
      Then CARATs must complete the CSMA and care plan by the end of Tuesday 26 May 2026
      And that action is <status>
      And the due time is HARD
      And it was triggered by RECEPTION at 14:00 on Friday 22 May 2026

      Examples:
        | now                              | status  |
        | 23:59:59 on Tuesday 26 May 2026  | OPEN    |
        | 00:00 on Wednesday 27 May 2026   | OVERDUE |

    @ENG-COC-PP4-17 @TC-05
    Scenario: An entry on the Monday has day 5 on the Friday
      Given the prisoner was received into HMP Example at 09:00 on Monday 18 May 2026
      And reception established at 09:05 on Monday 18 May 2026 that the prisoner came from the community via court
      And reception found at 09:10 on Monday 18 May 2026 that the prisoner is a problematic drug misuser
      And it is 10:00 on Monday 18 May 2026
      When the engine evaluates the case
      Then CARATs must complete the CSMA and care plan by the end of Friday 22 May 2026

    @ENG-COC-PP4-18 @TC-13
    Scenario: A client who refuses to engage with CARATs: a clinical lead takes the role of key worker, and the CSMA is still due
      Given the prisoner refused to engage with CARATs at 10:00 on Saturday 23 May 2026
      And it is 11:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then a clinical lead will take the role of key worker, with no time set in the guidance
      And that action is OPEN
      And it was triggered by REFUSED_TO_ENGAGE_WITH_CARATS at 10:00 on Saturday 23 May 2026
      And the decision carries the notice REFUSED_TO_ENGAGE_WITH_CARATS
      And CARATs must complete the CSMA and care plan by the end of Tuesday 26 May 2026
      And that action is OPEN

    @ENG-COC-PP4-18
    Scenario: The clinical lead took the role of key worker
      Given the prisoner refused to engage with CARATs at 10:00 on Saturday 23 May 2026
      And a clinical lead took the role of key worker at 12:00 on Saturday 23 May 2026
      And it is 13:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then a clinical lead will take the role of key worker, with no time set in the guidance
      And that action is DONE

    @ENG-COC-PP4-18
    Scenario: A client who engages raises no such duty
      Given it is 13:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the decision does not require that a clinical lead will take the role of key worker
      And the decision carries no notice REFUSED_TO_ENGAGE_WITH_CARATS

  Rule: A DIR received from the CJIT: an Activity Form transfers the case to the prison; on day 5 an Activity Form goes to the Data Team

    @ENG-COC-PP4-19 @TC-05
    Scenario Outline: The DIR came from the CJIT: the Activity Form to take the case on is <status>
      Given the prison received the DIR at 09:00 on Saturday 23 May 2026
      And <form>
      And it is <now>
      When the engine evaluates the case
      Then the Substance Misuse Team should complete an Activity Form to transfer the case to the prison by the end of Tuesday 26 May 2026
      And that action is <status>
      And the due time is counted from "the date of entry into prison (day 1)", Friday 22 May 2026
      And it was triggered by DIR_RECEIVED_BY_PRISON at 09:00 on Saturday 23 May 2026

      Examples:
        | form                                                                                                    | now                              | status        |
        | it is 10:00 on Saturday 23 May 2026                                                                    | 23:59:59 on Tuesday 26 May 2026  | OPEN          |
        | it is 10:00 on Saturday 23 May 2026                                                                    | 00:00 on Wednesday 27 May 2026   | TARGET_MISSED |
        | the Substance Misuse Team sent the Data Team an Activity Form at 10:00 on Monday 25 May 2026 taking the case on | 12:00 on Monday 25 May 2026 | DONE        |

    @ENG-COC-PP4-19
    Scenario: A DIR received before the prisoner arrived counts from the arrival
      Given the prison received the DIR at 11:00 on Friday 22 May 2026
      And it is 15:00 on Friday 22 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should complete an Activity Form to transfer the case to the prison by the end of Tuesday 26 May 2026
      And it was triggered by DIR_RECEIVED_BY_PRISON at 14:00 on Friday 22 May 2026
      And the decision does not require that the Substance Misuse Team (clinical) must open a new DIR

    @ENG-COC-PP4-19
    Scenario: No DIR from the CJIT: no Activity Form to take the case on
      Given it is 10:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team should complete an Activity Form to transfer the case to the prison

    @ENG-COC-PP4-21 @TC-05 @AMB-38 @boundary
    Scenario Outline: At <now> the day 5 Activity Form to the Data Team is <status>
      Given it is <now>
      When the engine evaluates the case
      Then CARATs should send an Activity Form to the Data Team by the end of Tuesday 26 May 2026
      And that action is <status>
      And the due time is TARGET
      And it may share information on the basis "NOT_NEEDED: de-personalised monitoring data"

      Examples:
        | now                              | status        |
        | 23:59:59 on Tuesday 26 May 2026  | OPEN          |
        | 00:00 on Wednesday 27 May 2026   | TARGET_MISSED |

    @ENG-COC-PP4-21
    Scenario: The Activity Form sent on day 4 is done
      Given the Substance Misuse Team sent the Data Team an Activity Form at 10:00 on Monday 25 May 2026 taking the case on
      And it is 12:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then CARATs should send an Activity Form to the Data Team by the end of Tuesday 26 May 2026
      And that action is DONE

  Rule: From day 5 onwards, or once the CSMA and care plan are complete, the journey goes on to process point 5

    @ENG-COC-RT-07 @TC-05 @boundary
    Scenario: Until the end of day 4, with no CSMA yet, process point 5 comes next
      Given it is 23:59 on Monday 25 May 2026
      When the engine evaluates the case
      Then the current point is process point 4
      And the routing statement says "from day 5, or once the Comprehensive Substance Misuse Assessment and care plan are complete"
      And the route taken is:
        | from      | to  | rule IDs                      |
        | RECEPTION | PP1 | ENG-COC-RT-01                 |
        | PP1       | PP3 | ENG-COC-RT-03                 |
        | PP3       | PP4 | ENG-COC-RT-05, ENG-COC-PP3-07 |

    @ENG-COC-RT-07 @TC-05 @boundary
    Scenario: From the start of day 5 the journey goes on to process point 5
      Given it is 00:00 on Tuesday 26 May 2026
      When the engine evaluates the case
      Then the step from PP4 to PP5 was taken because "from day 5 onwards the prisoner's care continues at process point 5"
      And the current point is process point 6
      And the route taken is:
        | from      | to  | rule IDs                      |
        | RECEPTION | PP1 | ENG-COC-RT-01                 |
        | PP1       | PP3 | ENG-COC-RT-03                 |
        | PP3       | PP4 | ENG-COC-RT-05, ENG-COC-PP3-07 |
        | PP4       | PP5 | ENG-COC-RT-07                 |
        | PP5       | PP6 | ENG-COC-RT-08                 |

    @ENG-COC-RT-07
    Scenario: The CSMA and care plan complete on day 3: on to process point 5
      Given the CSMA and care plan were completed at 11:00 on Sunday 24 May 2026
      And it is 12:00 on Sunday 24 May 2026
      When the engine evaluates the case
      Then the step from PP4 to PP5 was taken because "the Comprehensive Substance Misuse Assessment and care plan are complete"
      And the current point is process point 6
      And the route taken is:
        | from      | to  | rule IDs                      |
        | RECEPTION | PP1 | ENG-COC-RT-01                 |
        | PP1       | PP3 | ENG-COC-RT-03                 |
        | PP3       | PP4 | ENG-COC-RT-05, ENG-COC-PP3-07 |
        | PP4       | PP5 | ENG-COC-RT-07                 |
        | PP5       | PP6 | ENG-COC-RT-08                 |
      And CARATs must complete the CSMA and care plan by the end of Tuesday 26 May 2026
      And that action is DONE

    @ENG-COC-RT-07 @ENG-COC-RT-08 @ENG-COC-PP5-03 @TC-05
    Scenario: From the start of day 5 the prisoner is in the main prison once: its duties are listed once, from that moment
      Given it is 10:00 on Thursday 28 May 2026
      When the engine evaluates the case
      Then the current point is process point 6
      And CARATs will carry out the normal assessment of the prisoner's needs, as a standing duty
      And it was triggered by MAIN_PRISON at 00:00 on Tuesday 26 May 2026

    @ENG-COC-PP5-02 @ENG-COC-RT-07
    Scenario: A release date learnt in the first days is told to the CJIT from the entry into the main prison, not before
      Given the prisoner's expected release date is Friday 4 December 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Saturday 23 May 2026
      And it is 10:00 on Thursday 28 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team will tell the prisoner's CJIT the expected date of release, with no time set in the guidance
      And it was triggered by MAIN_PRISON at 00:00 on Tuesday 26 May 2026
      And CARATs must draw up a release plan by the end of Friday 23 October 2026
      And it was triggered by RELEASE_DATE_KNOWN at 10:00 on Saturday 23 May 2026
