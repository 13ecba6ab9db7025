@process-point-2
Feature: Process point 2 - prisoner has transferred from another prison
  Part 2 (entry into prison), process point 2. The Substance Misuse Team (clinical) must ask a transferred
  prisoner two questions: were they in contact with the Substance Misuse Team at the previous prison, and are
  they a PPO. If they were in contact, it should retrieve the clinical and CARAT files from the escort documents.
  It should assess the prisoner's clinical needs within 24 hours of entry into prison, assuming they were stable at
  the initial reception health screen. Those with a substance misuse need will be referred to CARATs, who must
  engage with the prisoner within three days of receipt of the referral (and should make first contact and review
  the case file within 3 days). If the CARAT file was not with the escort documents, CARATs should ask the
  sending team for it, and the sending team must forward it within 24 hours of the request (if the 24 hours fall
  within a weekend or public holiday, by 9am on the next working day). Then follow the guidance from process
  point 5 onwards.

  Readings applied: the 24-hour assessment has no weekend relief (AMB-31); it sits inside the text's "if the
  prisoner has been in contact with the Substance Misuse Team at the previous prison", so by default it is only for
  a prisoner who was (setting pp2ClinicalAssessment=IN_CONTACT_ONLY; ALWAYS applies the catalogue's AMB-43), while
  a prisoner identified with a substance misuse need is referred to CARATs either way; with no stability at the
  reception screen it has no time limit and the decision says that this is the catalogue's reading, not the text's
  (AMB-42); "three days" are calendar days, the referral day
  being day 0, due at the end of day 3 (TC-03, AMB-33; the setting dayBasis=WORKING counts working days); the clock
  starts when CARATs receive the referral (AMB-34); "engage" and "first contact and review of the case file" are
  one task (AMB-36).

  Background:
    Given the prison is in England

  Rule: The Substance Misuse Team (clinical) must ask a transferred prisoner two questions

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison

    @ENG-COC-PP2-01 @TC-13
    Scenario: The two questions are due at reception, with no time set in the guidance
      Given it is 10:10 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then reception must ask the transferred prisoner the two questions, with no time set in the guidance
      And that action is OPEN
      And it is owned by the "Prison Substance Misuse Team", as "SMT (clinical) at reception"
      And it rests on ENG-COC-PP2-01
      And it cites "Process point 2"

    @ENG-COC-PP2-01
    Scenario Outline: The questions are done only when both are answered (<answered>)
      Given <first answer>
      And <second answer>
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then reception must ask the transferred prisoner the two questions, with no time set in the guidance
      And that action is <status>

      Examples:
        | answered          | first answer                                                                                                              | second answer                                                                  | status |
        | both              | the prisoner said at 10:15 on Wednesday 8 April 2026 that they were in contact with the Substance Misuse Team at the previous prison | reception found at 10:20 on Wednesday 8 April 2026 that the prisoner is a PPO | DONE   |
        | both, one is "no" | the prisoner said at 10:15 on Wednesday 8 April 2026 that they were not in contact with the Substance Misuse Team at the previous prison | reception found at 10:20 on Wednesday 8 April 2026 that the prisoner is not a PPO | DONE |
        | only PPO status   | at 10:15 on Wednesday 8 April 2026 the answer to "is the prisoner a PPO?" is yes                                          | at 10:20 on Wednesday 8 April 2026 the answer to "is the prisoner a problematic drug misuser?" is yes | OPEN |

    @ENG-COC-PP2-01
    Scenario: Done when the later of the two answers is recorded
      Given the prisoner said at 10:15 on Wednesday 8 April 2026 that they were in contact with the Substance Misuse Team at the previous prison
      And reception found at 10:20 on Wednesday 8 April 2026 that the prisoner is a PPO
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then reception must ask the transferred prisoner the two questions, with no time set in the guidance
      And it was done at 10:20 on Wednesday 8 April 2026

  Rule: If the prisoner was in contact with the previous Substance Misuse Team, the clinical and CARAT files should be retrieved from the escort documents

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison

    @ENG-COC-PP2-03 @TC-13
    Scenario: A prisoner known to the previous team: retrieve the files
      Given the prisoner said at 10:15 on Wednesday 8 April 2026 that they were in contact with the Substance Misuse Team at the previous prison
      And it is 10:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should retrieve the clinical and CARAT files from the escort documents, with no time set in the guidance
      And that action is OPEN
      And it rests on ENG-COC-PP2-03
      And it was triggered by RECEPTION at 10:00 on Wednesday 8 April 2026

    @ENG-COC-PP2-03
    Scenario Outline: The retrieval is done when <what happened>
      Given the prisoner said at 10:15 on Wednesday 8 April 2026 that they were in contact with the Substance Misuse Team at the previous prison
      And <step>
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should retrieve the clinical and CARAT files from the escort documents, with no time set in the guidance
      And that action is DONE
      And it was done by <done by>

      Examples:
        | what happened                               | step                                                                                                   | done by                |
        | the files were taken                        | the clinical and CARAT files were taken from the escort documents at 10:25 on Wednesday 8 April 2026   | ESCORT_FILES_RETRIEVED |

    @ENG-COC-PP2-03 @ENG-COC-PP2-08
    Scenario: Finding the CARAT file missing is not retrieving the files
      Given the prisoner said at 10:15 on Wednesday 8 April 2026 that they were in contact with the Substance Misuse Team at the previous prison
      And reception found at 10:25 on Wednesday 8 April 2026 that the CARAT file was not with the escort documents
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should retrieve the clinical and CARAT files from the escort documents, with no time set in the guidance
      And that action is OPEN
      And CARATs should ask the sending CARAT team for the CARAT file, with no time set in the guidance
      And that action is OPEN

    @ENG-COC-PP2-03 @AMB-43
    Scenario: A prisoner not in contact with the previous team: no files to retrieve
      Given the prisoner said at 10:15 on Wednesday 8 April 2026 that they were not in contact with the Substance Misuse Team at the previous prison
      And it is 10:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team (clinical) should retrieve the clinical and CARAT files from the escort documents

    @ENG-COC-PP2-03
    Scenario: Before the prisoner answers, the retrieval is pending
      Given it is 10:10 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the decision requires that the Substance Misuse Team (clinical) should retrieve the clinical and CARAT files from the escort documents
      And it arises only once "the prisoner says they were in contact with the Substance Misuse Team at the previous prison"

  Rule: The prisoner's clinical needs should be assessed within 24 hours of entry into prison, assuming they were stable at the initial reception health screen

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the prisoner said at 10:15 on Wednesday 8 April 2026 that they were in contact with the Substance Misuse Team at the previous prison

    @ENG-COC-PP2-04 @TC-01 @TC-02
    Scenario: A prisoner stable at the reception screen is assessed within 24 hours: a target
      Given the prisoner was stable at the initial reception health screen at 10:30 on Wednesday 8 April 2026
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the prisoner's clinical needs by 10:00 on Thursday 9 April 2026
      And that action is OPEN
      And the due time is TARGET
      And it is owned by the "Prison Substance Misuse Team", as "SMT (clinical)"
      And it rests on ENG-COC-PP2-04
      And it was triggered by RECEPTION at 10:00 on Wednesday 8 April 2026

    @ENG-COC-PP2-04 @boundary
    Scenario Outline: The assessment completed <when> the 24 hours end is <status>
      Given the prisoner was stable at the initial reception health screen at 10:30 on Wednesday 8 April 2026
      And the clinical needs assessment was completed at <completed>
      And it is 12:00 on Thursday 9 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the prisoner's clinical needs by 10:00 on Thursday 9 April 2026
      And that action is <status>
      And it was done at <completed>

      Examples:
        | when              | completed                       | status    |
        | one minute before | 09:59 on Thursday 9 April 2026  | DONE      |
        | at the moment     | 10:00 on Thursday 9 April 2026  | DONE      |
        | one minute after  | 10:01 on Thursday 9 April 2026  | DONE_LATE |

    @ENG-COC-PP2-04 @boundary
    Scenario Outline: At <now> an assessment not yet done is <status>
      Given the prisoner was stable at the initial reception health screen at 10:30 on Wednesday 8 April 2026
      And it is <now>
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the prisoner's clinical needs by 10:00 on Thursday 9 April 2026
      And that action is <status>

      Examples:
        | now                            | status        |
        | 09:59 on Thursday 9 April 2026 | OPEN          |
        | 10:00 on Thursday 9 April 2026 | OPEN          |
        | 10:01 on Thursday 9 April 2026 | TARGET_MISSED |

    @ENG-COC-PP2-04 @AMB-42
    Scenario: A prisoner not stable at the reception screen is assessed once stable, with no time set, and the decision says why
      Given the prisoner was not stable at the initial reception health screen at 10:30 on Wednesday 8 April 2026
      And it is 10:00 on Friday 10 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the prisoner's clinical needs once they are stable, with no time set in the guidance
      And that action is OPEN
      And it rests on ENG-COC-PP2-04
      And the decision does not require that the Substance Misuse Team (clinical) should assess the prisoner's clinical needs
      And the decision carries the notice CLINICAL_UNSTABLE_AT_RECEPTION
      And the notice says "assumes stability"
      And the notice says "the catalogue's reading (AMB-42), not the guidance's words"
      And the notice rests on ENG-COC-PP2-04
      And the Substance Misuse Team (clinical) should assess the prisoner's clinical needs once they are stable, with no time set in the guidance
      And it cites "Process point 2 (read with catalogue AMB-42)"
      And it records the interpretations AMB-42

    @ENG-COC-PP2-04
    Scenario: While stability at the reception screen is not recorded, the 24-hour assessment is pending
      Given it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the prisoner's clinical needs by 10:00 on Thursday 9 April 2026
      And that action is PENDING
      And it arises only once "the initial reception health screen finds the prisoner stable"
      And the decision carries no notice CLINICAL_UNSTABLE_AT_RECEPTION

    @ENG-COC-PP2-04 @AMB-42
    Scenario: An assessment done while stability was never recorded is done, with no time set
      Given the clinical needs assessment was completed at 15:00 on Wednesday 8 April 2026
      And it is 16:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the prisoner's clinical needs once they are stable, with no time set in the guidance
      And that action is DONE
      And it was done at 15:00 on Wednesday 8 April 2026
      And its action text says "the catalogue's reading (AMB-42), not the guidance's words"

  Rule: The 24-hour assessment sits inside "if the prisoner has been in contact with the Substance Misuse Team at the previous prison" (setting pp2ClinicalAssessment, AMB-43); those with a substance misuse need are referred to CARATs either way

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the prisoner was stable at the initial reception health screen at 10:30 on Wednesday 8 April 2026

    @ENG-COC-PP2-04 @AMB-43
    Scenario Outline: In contact with the previous team: <contact>; setting <setting>: the 24-hour assessment is <status>
      Given the interpretation setting pp2ClinicalAssessment is <setting>
      And <answer>
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the prisoner's clinical needs by 10:00 on Thursday 9 April 2026
      And that action is <status>
      And the decision carries no notice PP2_ASSESSMENT_ONLY_IF_IN_CONTACT

      Examples:
        | contact      | setting         | status | answer                                                                                                                                 |
        | yes          | IN_CONTACT_ONLY | OPEN   | the prisoner said at 10:15 on Wednesday 8 April 2026 that they were in contact with the Substance Misuse Team at the previous prison     |
        | yes          | ALWAYS          | OPEN   | the prisoner said at 10:15 on Wednesday 8 April 2026 that they were in contact with the Substance Misuse Team at the previous prison     |
        | no           | ALWAYS          | OPEN   | the prisoner said at 10:15 on Wednesday 8 April 2026 that they were not in contact with the Substance Misuse Team at the previous prison |
        | not answered | ALWAYS          | OPEN   | it is 10:40 on Wednesday 8 April 2026                                                                                                  |

    @ENG-COC-PP2-04 @AMB-43
    Scenario: Not in contact with the previous team: by default no 24-hour assessment, and the decision says why
      Given the prisoner said at 10:15 on Wednesday 8 April 2026 that they were not in contact with the Substance Misuse Team at the previous prison
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team (clinical) should assess the prisoner's clinical needs
      And the decision does not require that the Substance Misuse Team (clinical) should assess the prisoner's clinical needs once they are stable
      And the decision carries the notice PP2_ASSESSMENT_ONLY_IF_IN_CONTACT
      And the notice says "only for a prisoner who was"
      And the notice says "still referred to CARATs"
      And the notice rests on ENG-COC-PP2-04
      And the decision records the setting pp2ClinicalAssessment as IN_CONTACT_ONLY, which is the default reading

    @ENG-COC-PP2-04 @AMB-43
    Scenario: Not yet known whether the prisoner was in contact: by default the assessment waits for the answer
      Given it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the prisoner's clinical needs by 10:00 on Thursday 9 April 2026
      And that action is PENDING
      And it arises only once "the prisoner says they were in contact with the Substance Misuse Team at the previous prison"

    @ENG-COC-PP2-04 @AMB-42 @AMB-43
    Scenario Outline: Not stable at the reception screen, in contact <contact>, setting <setting>: the assessment once stable is <status>
      Given the interpretation setting pp2ClinicalAssessment is <setting>
      And the prisoner was not stable at the initial reception health screen at 10:45 on Wednesday 8 April 2026
      And <answer>
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the decision <requires> that the Substance Misuse Team (clinical) should assess the prisoner's clinical needs once they are stable
      And the decision carries <notice> CLINICAL_UNSTABLE_AT_RECEPTION

      Examples:
        | contact      | setting         | requires         | notice    | answer                                                                                                                                 |
        | no           | IN_CONTACT_ONLY | does not require | no notice | the prisoner said at 10:15 on Wednesday 8 April 2026 that they were not in contact with the Substance Misuse Team at the previous prison |
        | no           | ALWAYS          | requires         | the notice | the prisoner said at 10:15 on Wednesday 8 April 2026 that they were not in contact with the Substance Misuse Team at the previous prison |
        | not answered | IN_CONTACT_ONLY | requires         | no notice | it is 10:50 on Wednesday 8 April 2026                                                                                                  |

    @ENG-COC-PP2-05 @AMB-43
    Scenario Outline: Not in contact with the previous team, setting <setting>: a substance misuse need is still referred to CARATs
      Given the interpretation setting pp2ClinicalAssessment is <setting>
      And the prisoner said at 10:15 on Wednesday 8 April 2026 that they were not in contact with the Substance Misuse Team at the previous prison
      And the clinical needs assessment completed at 14:00 on Wednesday 8 April 2026 found a substance misuse need
      And it is 14:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) will refer the prisoner to CARATs, with no time set in the guidance
      And that action is OPEN
      And it was triggered by CLINICAL_ASSESSMENT_COMPLETED at 14:00 on Wednesday 8 April 2026

      Examples:
        | setting         |
        | IN_CONTACT_ONLY |
        | ALWAYS          |

  Rule: The 24 hours of the clinical assessment are elapsed hours, across the clock changes and with no weekend relief

    @ENG-COC-PP2-04 @TC-01 @TC-02 @AMB-31 @clock-change
    Scenario Outline: A stable prisoner received at <received> is assessed by <due>
      Given the prisoner was received into HMP Example at <received>
      And reception established at <received> that the prisoner came from another prison
      And the prisoner said at <received> that they were in contact with the Substance Misuse Team at the previous prison
      And the prisoner was stable at the initial reception health screen at <received>
      And it is <received>
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the prisoner's clinical needs by <due>
      And no weekend or bank holiday relief applied
      And the deadline passes over no day

      Examples: Across the clock changes
        | received                             | due                                 |
        | 10:00 GMT on Saturday 28 March 2026  | 11:00 BST on Sunday 29 March 2026   |
        | 10:00 BST on Saturday 24 October 2026 | 09:00 GMT on Sunday 25 October 2026 |

      Examples: Over a weekend and a bank holiday, with no relief
        | received                        | due                             |
        | 18:00 on Friday 17 April 2026   | 18:00 on Saturday 18 April 2026 |
        | 12:00 on Sunday 5 April 2026    | 12:00 on Monday 6 April 2026    |

  Rule: Those identified with a substance misuse need will be referred to CARATs

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the prisoner said at 10:15 on Wednesday 8 April 2026 that they were in contact with the Substance Misuse Team at the previous prison
      And the prisoner was stable at the initial reception health screen at 10:30 on Wednesday 8 April 2026

    @ENG-COC-PP2-05 @TC-13
    Scenario: The assessment found a substance misuse need: refer to CARATs
      Given the clinical needs assessment completed at 14:00 on Wednesday 8 April 2026 found a substance misuse need
      And it is 14:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) will refer the prisoner to CARATs, with no time set in the guidance
      And that action is OPEN
      And it rests on ENG-COC-PP2-05
      And it was triggered by CLINICAL_ASSESSMENT_COMPLETED at 14:00 on Wednesday 8 April 2026
      And the Substance Misuse Team (clinical) should assess the prisoner's clinical needs by 10:00 on Thursday 9 April 2026
      And that action is DONE

    @ENG-COC-PP2-05
    Scenario: The referral received by CARATs is done
      Given the clinical needs assessment completed at 14:00 on Wednesday 8 April 2026 found a substance misuse need
      And CARATs received the referral from the Substance Misuse Team (clinical) at 15:00 on Wednesday 8 April 2026
      And it is 16:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) will refer the prisoner to CARATs, with no time set in the guidance
      And that action is DONE
      And it was done at 15:00 on Wednesday 8 April 2026

    @ENG-COC-PP2-05
    Scenario: A substance misuse need recorded without an assessment event still needs the referral
      Given at 13:00 on Wednesday 8 April 2026 the answer to "did the clinical assessment find a substance misuse need?" is yes
      And it is 14:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) will refer the prisoner to CARATs, with no time set in the guidance
      And that action is OPEN
      And it was triggered by SUBSTANCE_MISUSE_NEED_FOUND at 13:00 on Wednesday 8 April 2026

    @ENG-COC-PP2-05
    Scenario: CARATs received a referral though no need was recorded: the referral shows the need, and is done
      Given CARATs received the referral from the Substance Misuse Team (clinical) at 15:00 on Wednesday 8 April 2026
      And it is 16:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) will refer the prisoner to CARATs, with no time set in the guidance
      And that action is DONE
      And it was done at 15:00 on Wednesday 8 April 2026

    @ENG-COC-PP2-05
    Scenario: No substance misuse need: no referral
      Given the clinical needs assessment completed at 14:00 on Wednesday 8 April 2026 found no substance misuse need
      And it is 14:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team (clinical) will refer the prisoner to CARATs

    @ENG-COC-PP2-05
    Scenario: Before the assessment, the referral is pending
      Given it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the decision requires that the Substance Misuse Team (clinical) will refer the prisoner to CARATs
      And it arises only once "the clinical assessment finds a substance misuse need"

  Rule: CARATs must engage with the prisoner within three days of receipt of the referral

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 1 April 2026
      And reception established at 10:05 on Wednesday 1 April 2026 that the prisoner came from another prison
      And the prisoner was stable at the initial reception health screen at 10:30 on Wednesday 1 April 2026
      And the clinical needs assessment completed at 14:00 on Wednesday 1 April 2026 found a substance misuse need

    @ENG-COC-PP2-06 @ENG-COC-PP2-11 @TC-03 @AMB-33 @AMB-34 @AMB-36
    Scenario: Three calendar days: a referral received on Thursday is due by the end of Sunday
      Given CARATs received the referral from the Substance Misuse Team (clinical) at 15:00 on Thursday 9 April 2026
      And it is 16:00 on Thursday 9 April 2026
      When the engine evaluates the case
      Then CARATs must engage with the prisoner by the end of Sunday 12 April 2026
      And that action is OPEN
      And the due time is HARD
      And it is owned by the "Prison Substance Misuse Team", as "SMT (CARATs)"
      And it rests on ENG-COC-PP2-06 and ENG-COC-PP2-11
      And it records the interpretations TC-03, AMB-33, AMB-34, AMB-36 and dayBasis=CALENDAR
      And it was triggered by REFERRED_TO_CARATS at 15:00 on Thursday 9 April 2026
      And the deadline passes over no day

    @ENG-COC-PP2-06 @ENG-COC-PP2-11 @boundary
    Scenario Outline: First contact at <contact> is <status>
      Given CARATs received the referral from the Substance Misuse Team (clinical) at 15:00 on Thursday 9 April 2026
      And CARATs made first contact and reviewed the case file with the prisoner at <contact>
      And it is 12:00 on Monday 13 April 2026
      When the engine evaluates the case
      Then CARATs must engage with the prisoner by the end of Sunday 12 April 2026
      And that action is <status>
      And it was done by CARATS_FIRST_CONTACT

      Examples:
        | contact                          | status    |
        | 23:59 on Sunday 12 April 2026    | DONE      |
        | 23:59:59 on Sunday 12 April 2026 | DONE      |
        | 00:00 on Monday 13 April 2026    | DONE_LATE |

    @ENG-COC-PP2-06 @boundary
    Scenario Outline: At <now>, with no first contact yet, the engagement is <status>
      Given CARATs received the referral from the Substance Misuse Team (clinical) at 15:00 on Thursday 9 April 2026
      And it is <now>
      When the engine evaluates the case
      Then CARATs must engage with the prisoner by the end of Sunday 12 April 2026
      And that action is <status>

      Examples:
        | now                              | status  |
        | 23:59 on Sunday 12 April 2026    | OPEN    |
        | 23:59:59 on Sunday 12 April 2026 | OPEN    |
        | 00:00 on Monday 13 April 2026    | OVERDUE |

    @ENG-COC-PP2-06 @ENG-COC-PP2-11 @AMB-33
    Scenario Outline: A referral received at <referral>, counting <basis> days, is due by the end of <due>
      Given the interpretation setting dayBasis is <basis>
      And CARATs received the referral from the Substance Misuse Team (clinical) at <referral>
      And it is <referral>
      When the engine evaluates the case
      Then CARATs must engage with the prisoner by the end of <due>
      And it records the interpretations AMB-33 and dayBasis=<basis>

      Examples:
        | referral                        | basis    | due                     |
        | 15:00 on Thursday 9 April 2026  | CALENDAR | Sunday 12 April 2026    |
        | 15:00 on Thursday 9 April 2026  | WORKING  | Tuesday 14 April 2026   |
        | 11:00 on Thursday 2 April 2026  | CALENDAR | Sunday 5 April 2026     |
        | 11:00 on Thursday 2 April 2026  | WORKING  | Thursday 9 April 2026   |

    @ENG-COC-PP2-06 @AMB-33 @TC-04
    Scenario: Counted in working days over Easter, the three days pass over Good Friday, the weekend and Easter Monday
      Given the interpretation setting dayBasis is WORKING
      And CARATs received the referral from the Substance Misuse Team (clinical) at 11:00 on Thursday 2 April 2026
      And it is 12:00 on Thursday 2 April 2026
      When the engine evaluates the case
      Then CARATs must engage with the prisoner by the end of Thursday 9 April 2026
      And the deadline passes over:
        | date                  | why           |
        | Friday 3 April 2026   | Good Friday   |
        | Saturday 4 April 2026 | Saturday      |
        | Sunday 5 April 2026   | Sunday        |
        | Monday 6 April 2026   | Easter Monday |

  Rule: If the CARAT file was not with the escort documents, CARATs should ask the sending team for it

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the prisoner said at 10:15 on Wednesday 8 April 2026 that they were in contact with the Substance Misuse Team at the previous prison

    @ENG-COC-PP2-08 @TC-13
    Scenario: The CARAT file is missing from the escort documents: ask the sending team
      Given reception found at 10:25 on Wednesday 8 April 2026 that the CARAT file was not with the escort documents
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then CARATs should ask the sending CARAT team for the CARAT file, with no time set in the guidance
      And that action is OPEN
      And it is owned by the "Prison Substance Misuse Team", as "SMT (CARATs) at the receiving prison"
      And it rests on ENG-COC-PP2-08
      And it was triggered by CARAT_FILE_MISSING at 10:25 on Wednesday 8 April 2026
      And the decision does not require that the sending CARAT team must forward the CARAT file to the receiving team

    @ENG-COC-PP2-08 @ENG-COC-PP2-09
    Scenario: Asking for the file does the request and starts the sending team's 24 hours
      Given reception found at 10:25 on Wednesday 8 April 2026 that the CARAT file was not with the escort documents
      And the receiving CARAT team asked the sending team for the CARAT file at 11:00 on Wednesday 8 April 2026
      And it is 11:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then CARATs should ask the sending CARAT team for the CARAT file, with no time set in the guidance
      And that action is DONE
      And it was done at 11:00 on Wednesday 8 April 2026
      And the sending CARAT team must forward the CARAT file to the receiving team by 11:00 on Thursday 9 April 2026
      And that action is OPEN

    @ENG-COC-PP2-08
    Scenario: The files came with the prisoner: nothing to ask for
      Given the clinical and CARAT files were taken from the escort documents at 10:25 on Wednesday 8 April 2026
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the decision does not require that CARATs should ask the sending CARAT team for the CARAT file

  Rule: The sending team must forward the CARAT file within 24 hours of the request; if the 24 hours fall within a weekend or public holiday, it should be sent by 9am on the next working day

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 1 April 2026
      And reception established at 10:05 on Wednesday 1 April 2026 that the prisoner came from another prison
      And reception found at 10:25 on Wednesday 1 April 2026 that the CARAT file was not with the escort documents

    @ENG-COC-PP2-09 @TC-02
    Scenario: A request on a working day: 24 hours, a hard deadline
      Given the receiving CARAT team asked the sending team for the CARAT file at 10:00 on Tuesday 14 April 2026
      And it is 10:30 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 10:00 on Wednesday 15 April 2026
      And that action is OPEN
      And the due time is HARD
      And no weekend or bank holiday relief applied
      And it is owned by the "Prison Substance Misuse Team", as "SMT (CARATs) at the sending prison"
      And it rests on ENG-COC-PP2-09 and ENG-COC-PP2-10
      And it cites "Process point 2 (with its parenthesis)"
      And it shares no identifiable information

    @ENG-COC-PP2-09 @boundary
    Scenario Outline: The file forwarded <when> the 24 hours end is <status>
      Given the receiving CARAT team asked the sending team for the CARAT file at 10:00 on Tuesday 14 April 2026
      And the sending CARAT team forwarded the CARAT file at <forwarded>
      And it is 12:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 10:00 on Wednesday 15 April 2026
      And that action is <status>
      And it was done at <forwarded>

      Examples:
        | when              | forwarded                        | status    |
        | one minute before | 09:59 on Wednesday 15 April 2026 | DONE      |
        | at the moment     | 10:00 on Wednesday 15 April 2026 | DONE      |
        | one minute after  | 10:01 on Wednesday 15 April 2026 | DONE_LATE |

    @ENG-COC-PP2-09
    Scenario: A file forwarded before it was requested, in the same custody period, does the duty
      Given the sending CARAT team forwarded the CARAT file at 09:00 on Tuesday 14 April 2026
      And the receiving CARAT team asked the sending team for the CARAT file at 10:00 on Tuesday 14 April 2026
      And it is 12:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 10:00 on Wednesday 15 April 2026
      And that action is DONE
      And it was done at 09:00 on Tuesday 14 April 2026
      And the status explanation says "before the trigger"

    @ENG-COC-PP2-09 @boundary
    Scenario Outline: At <now> a file not yet forwarded is <status>
      Given the receiving CARAT team asked the sending team for the CARAT file at 10:00 on Tuesday 14 April 2026
      And it is <now>
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 10:00 on Wednesday 15 April 2026
      And that action is <status>

      Examples:
        | now                              | status  |
        | 09:59 on Wednesday 15 April 2026 | OPEN    |
        | 10:00 on Wednesday 15 April 2026 | OPEN    |
        | 10:01 on Wednesday 15 April 2026 | OVERDUE |

    @ENG-COC-PP2-10 @ENG-COC-PP2-09 @TC-10 @AMB-31
    Scenario: A request on Friday evening: the file should be sent by 09:00 on Monday, a target
      Given the receiving CARAT team asked the sending team for the CARAT file at 18:00 on Friday 10 April 2026
      And it is 19:00 on Friday 10 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 09:00 on Monday 13 April 2026
      And that action is OPEN
      And the due time is TARGET
      And the weekend and bank holiday relief applied
      And the plain 24 hours would end at 18:00 on Saturday 11 April 2026
      And the deadline passes over:
        | date                   | why      |
        | Saturday 11 April 2026 | Saturday |
        | Sunday 12 April 2026   | Sunday   |

    @ENG-COC-PP2-10 @TC-10 @boundary
    Scenario Outline: After a Friday evening request, <what> is <status>
      Given the receiving CARAT team asked the sending team for the CARAT file at 18:00 on Friday 10 April 2026
      And <step>
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 09:00 on Monday 13 April 2026
      And that action is <status>

      Examples: When nothing has been forwarded yet
        | what                   | step                                  | status        |
        | 08:59 on Monday        | it is 08:59 on Monday 13 April 2026   | OPEN          |
        | 09:00 on Monday        | it is 09:00 on Monday 13 April 2026   | OPEN          |
        | 09:01 on Monday        | it is 09:01 on Monday 13 April 2026   | TARGET_MISSED |

    @ENG-COC-PP2-10 @TC-10 @boundary
    Scenario Outline: After a Friday evening request, the file forwarded at <forwarded> is <status>
      Given the receiving CARAT team asked the sending team for the CARAT file at 18:00 on Friday 10 April 2026
      And the sending CARAT team forwarded the CARAT file at <forwarded>
      And it is 12:00 on Monday 13 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 09:00 on Monday 13 April 2026
      And that action is <status>

      Examples:
        | forwarded                        | status    |
        | 10:00 on Saturday 11 April 2026  | DONE      |
        | 08:59 on Monday 13 April 2026    | DONE      |
        | 09:00 on Monday 13 April 2026    | DONE      |
        | 09:01 on Monday 13 April 2026    | DONE_LATE |

    @ENG-COC-PP2-10 @ENG-COC-PP2-09 @TC-10 @AMB-31 @boundary
    Scenario Outline: A request at <requested>: the 24 hours <overlap>, so the file is due <due>
      Given the receiving CARAT team asked the sending team for the CARAT file at <requested>
      And it is <requested>
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by <due>
      And the due time is <kind>

      Examples:
        | requested                       | overlap                              | due                             | kind   |
        | 18:00 on Thursday 16 April 2026 | end before the weekend               | 18:00 on Friday 17 April 2026   | HARD   |
        | 12:00 on Friday 17 April 2026   | run into Saturday                    | 09:00 on Monday 20 April 2026   | TARGET |
        | 18:00 on Thursday 2 April 2026  | run into Good Friday                 | 09:00 on Tuesday 7 April 2026   | TARGET |

  Rule: For the purposes of managing continuity of care, a transferred prisoner follows the guidance from process point 5 onwards

    @ENG-COC-PP2-12 @ENG-COC-RT-04 @ENG-COC-RT-02
    Scenario: A transfer skips process points 3 and 4 and continues at process point 5, then on-going care at process point 6
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it is 10:10 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the current point is process point 6
      And its name is "On-going prisoner management/care whilst in prison"
      And the next point cannot be known yet
      And the route taken is:
        | from      | to  | rule IDs                         |
        | RECEPTION | PP1 | ENG-COC-RT-01                    |
        | PP1       | PP2 | ENG-COC-RT-02                    |
        | PP2       | PP5 | ENG-COC-RT-04 and ENG-COC-PP2-12 |
        | PP5       | PP6 | ENG-COC-RT-08                    |


  Rule: The CARAT file carries information shared between Substance Misuse Teams under Annex A; without consent it goes by the catalogue's reading (the file goes) or, under a setting, only when an exception applies (AMB-60)

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And reception found at 10:25 on Wednesday 8 April 2026 that the CARAT file was not with the escort documents
      And the receiving CARAT team asked the sending team for the CARAT file at 11:00 on Wednesday 8 April 2026

    @ENG-COC-PP2-09 @ENG-COC-CONS-06 @AMB-60
    Scenario: Consent refused, the catalogue's reading: the duty to forward the file stands, and the decision says which reading applied
      Given the client refused consent to sharing at 10:40 on Wednesday 8 April 2026
      And it is 12:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 11:00 on Thursday 9 April 2026
      And that action is OPEN
      And it is not blocked
      And it shares no identifiable information
      And the decision carries the notice CARAT_FILE_SHARED_UNDER_ANNEX_A
      And the notice says "shared between the Substance Misuse Teams of the two prisons"
      And the notice says "consent is refused"
      And the notice says "caratFileConsent=FILE_GOES, the catalogue's AMB-60"
      And the notice rests on ENG-COC-PP2-09, ENG-COC-CONS-06 and ENG-COC-CONS-11
      And the decision records the setting caratFileConsent as FILE_GOES, which is the default reading

    @ENG-COC-PP2-09 @ENG-COC-CONS-11 @AMB-60
    Scenario: Consent withdrawn in the middle of custody, file only under an exception: forwarding is blocked from the withdrawal
      Given the interpretation setting caratFileConsent is EXCEPTION_ONLY
      And the client gave informed consent to sharing at 10:30 on Wednesday 8 April 2026
      And the client withdrew consent to sharing at 11:30 on Wednesday 8 April 2026
      And it is 12:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 11:00 on Thursday 9 April 2026
      And that action is BLOCKED
      And it is blocked because consent was withdrawn on Wednesday 8 April 2026
      And the decision carries the notice CARAT_FILE_SHARED_UNDER_ANNEX_A
      And the notice says "consent is withdrawn"
      And the notice says "caratFileConsent=EXCEPTION_ONLY"
      And the notice says "none applies, so forwarding it is blocked"
      And the decision records the setting caratFileConsent as EXCEPTION_ONLY, which is not the default reading

    @ENG-COC-PP2-09 @ENG-COC-CONS-11 @AMB-60
    Scenario: File only under an exception: forwarded while consent stood, then withdrawn, the forwarding stays done
      Given the interpretation setting caratFileConsent is EXCEPTION_ONLY
      And the client gave informed consent to sharing at 10:30 on Wednesday 8 April 2026
      And the sending CARAT team forwarded the CARAT file at 11:15 on Wednesday 8 April 2026
      And the client withdrew consent to sharing at 11:30 on Wednesday 8 April 2026
      And it is 12:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 11:00 on Thursday 9 April 2026
      And that action is DONE
      And the decision carries no notice SHARED_WITHOUT_CONSENT

    @ENG-COC-PP2-09 @ENG-COC-CONS-06 @AMB-60
    Scenario Outline: Consent refused, file only under an exception, <exception>: forwarding is <status>
      Given the interpretation setting caratFileConsent is EXCEPTION_ONLY
      And the client refused consent to sharing at 10:40 on Wednesday 8 April 2026
      And <exception step>
      And it is 12:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 11:00 on Thursday 9 April 2026
      And that action is <status>
      And the decision carries the notice CARAT_FILE_SHARED_UNDER_ANNEX_A
      And the notice says "<says>"

      Examples:
        | exception                                | exception step                                                                                      | status  | says                                   |
        | a risk of harm from before the refusal   | from 10:35 on Wednesday 8 April 2026 the client may be likely to harm themselves or another person  | OPEN    | one applies (RISK_OF_HARM)             |
        | a risk of harm that ended before now     | from 10:35 on Wednesday 8 April 2026 the client may be likely to harm themselves or another person, until 11:59 on Wednesday 8 April 2026 | BLOCKED | none applies, so forwarding it is blocked |
        | no exception                             | it is 11:50 on Wednesday 8 April 2026                                                               | BLOCKED | none applies, so forwarding it is blocked |

    @ENG-COC-PP2-09 @ENG-COC-CONS-06 @AMB-60
    Scenario Outline: Consent refused and then given, setting <setting>: the file goes, with no notice
      Given the interpretation setting caratFileConsent is <setting>
      And the client refused consent to sharing at 10:40 on Wednesday 8 April 2026
      And the client gave informed consent to sharing at 11:40 on Wednesday 8 April 2026
      And it is 12:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 11:00 on Thursday 9 April 2026
      And that action is OPEN
      And the decision carries no notice CARAT_FILE_SHARED_UNDER_ANNEX_A

      Examples:
        | setting        |
        | FILE_GOES      |
        | EXCEPTION_ONLY |

    @ENG-COC-PP2-09 @ENG-COC-CONS-06 @AMB-60
    Scenario: File only under an exception, no consent decision recorded: forwarding is held until one is
      Given the interpretation setting caratFileConsent is EXCEPTION_ONLY
      And it is 12:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by 11:00 on Thursday 9 April 2026
      And that action is held because no consent decision is recorded
      And the decision carries no notice CARAT_FILE_SHARED_UNDER_ANNEX_A
