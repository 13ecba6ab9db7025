@treatment-priority
Feature: Treatment priority
  Process point 2 (Note): the treatment needs of those identified as a PPO and having a substance misuse problem
  should be prioritised above all other prisoners; process point 5 asks the Substance Misuse Team to prioritise.
  The catalogue's tiers (ENG-COC-PRI-01): tier 1 = a PPO with a drug problem; tier 2 = a drug problem without PPO
  status; tier 3 = everyone else, including a PPO with no drug problem (PPO status alone gives no higher tier,
  ENG-COC-PRI-03). Until staff have determined what a tier needs, the answer is "undetermined", never a silent
  tier 3, and it names the criteria still to determine.

  A PPO who is not a problematic drug misuser but whose clinical assessment found a substance misuse need has a
  "substance misuse problem" in the words of the process point 2 Note, so by default is tier 1 (setting
  tier1ForPpoWith=SUBSTANCE_MISUSE_PROBLEM). Process point 5's list ("PPOs and problematic drug users") and the
  catalogue (ENG-COC-PRI-03, AMB-40) put that PPO in tier 3: tier1ForPpoWith=PROBLEMATIC_DRUG_USE.

  A drug problem is the answer to "is the prisoner a problematic drug misuser?" when reception has recorded it.
  A transferred prisoner skips process point 3, where that question belongs, so for a transfer the substance
  misuse need found by the clinical assessment stands in for it (AMB-41).

  Background:
    Given the prison is in England

  Rule: Tier 1 is a PPO with a drug problem, prioritised above all other prisoners; tier 2 a drug problem without PPO status; tier 3 everyone else

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from the community via court

    @ENG-COC-PRI-01
    Scenario Outline: PPO <ppo>, problematic drug misuser <pdu>: <tier>
      Given at 10:20 on Wednesday 8 April 2026 the answer to "is the prisoner a PPO?" is <ppo>
      And at 10:25 on Wednesday 8 April 2026 the answer to "is the prisoner a problematic drug misuser?" is <pdu>
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the treatment priority is <tier>
      And the criteria met are <met>
      And the criteria not met are <not met>
      And the criteria not yet determined are <undetermined>
      And the priority rests on <rule IDs>

      @ENG-COC-PP2-07
      Examples: Prioritised above all other prisoners
        | ppo | pdu | tier   | met                  | not met | undetermined | rule IDs                          |
        | yes | yes | tier 1 | PPO and DRUG_PROBLEM | none    | none         | ENG-COC-PRI-01 and ENG-COC-PP2-07 |

      Examples: The other tiers
        | ppo | pdu | tier   | met          | not met              | undetermined | rule IDs       |
        | no  | yes | tier 2 | DRUG_PROBLEM | PPO                  | none         | ENG-COC-PRI-01 |
        | no  | no  | tier 3 | none         | DRUG_PROBLEM and PPO | none         | ENG-COC-PRI-01                    |

    @ENG-COC-PRI-01 @ENG-COC-PRI-03
    Scenario: A PPO with no substance misuse problem gets no higher tier than anyone else
      Given at 10:20 on Wednesday 8 April 2026 the answer to "is the prisoner a PPO?" is yes
      And at 10:25 on Wednesday 8 April 2026 the answer to "is the prisoner a problematic drug misuser?" is no
      And at 14:00 on Wednesday 8 April 2026 the answer to "did the clinical assessment find a substance misuse need?" is no
      And it is 15:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the treatment priority is tier 3
      And the criteria met are PPO
      And the criteria not met are DRUG_PROBLEM and SUBSTANCE_MISUSE_NEED
      And the priority rests on ENG-COC-PRI-01 and ENG-COC-PRI-03
      And the priority explanation says "PPO status alone gives no higher tier"

  Rule: A PPO with a substance misuse need who is not a problematic drug misuser: tier 1 under the process point 2 Note, tier 3 under process point 5's list and the catalogue (setting tier1ForPpoWith, AMB-40)

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from the community via court
      And at 10:20 on Wednesday 8 April 2026 the answer to "is the prisoner a PPO?" is yes
      And at 10:25 on Wednesday 8 April 2026 the answer to "is the prisoner a problematic drug misuser?" is no

    @ENG-COC-PRI-01 @ENG-COC-PRI-03 @ENG-COC-PP2-07 @AMB-40
    Scenario Outline: Setting <setting>, substance misuse need <need>: <tier>
      Given the interpretation setting tier1ForPpoWith is <setting>
      And at 14:00 on Wednesday 8 April 2026 the answer to "did the clinical assessment find a substance misuse need?" is <need>
      And it is 15:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the treatment priority is <tier>
      And the criteria met are <met>
      And the criteria not met are <not met>
      And the criteria not yet determined are <undetermined>
      And the priority explanation says "<says>"

      Examples: The process point 2 Note: a PPO having a substance misuse problem is prioritised above all others
        | setting                  | need               | tier         | met                       | not met                             | undetermined          | says                                    |
        | SUBSTANCE_MISUSE_PROBLEM | yes                | tier 1       | PPO and SUBSTANCE_MISUSE_NEED | DRUG_PROBLEM                    | none                  | prioritised above all other prisoners   |
        | SUBSTANCE_MISUSE_PROBLEM | no                 | tier 3       | PPO                       | DRUG_PROBLEM and SUBSTANCE_MISUSE_NEED | none               | PPO status alone gives no higher tier   |
        | SUBSTANCE_MISUSE_PROBLEM | not yet determined | undetermined | PPO                       | DRUG_PROBLEM                        | SUBSTANCE_MISUSE_NEED | tier 1 if the clinical assessment finds |

      Examples: Process point 5's list and the catalogue: only problematic drug use counts
        | setting              | need               | tier   | met | not met      | undetermined | says                                 |
        | PROBLEMATIC_DRUG_USE | yes                | tier 3 | PPO | DRUG_PROBLEM | none         | a substance misuse need does not count |
        | PROBLEMATIC_DRUG_USE | no                 | tier 3 | PPO | DRUG_PROBLEM | none         | PPO status alone gives no higher tier |
        | PROBLEMATIC_DRUG_USE | not yet determined | tier 3 | PPO | DRUG_PROBLEM | none         | PPO status alone gives no higher tier |

    @ENG-COC-PRI-01 @AMB-40
    Scenario Outline: Not a problematic drug misuser, PPO status not yet determined, need <need>, setting <setting>: <tier>
      Given the interpretation setting tier1ForPpoWith is <setting>
      And at 10:20 on Wednesday 8 April 2026 the answer to "is the prisoner a PPO?" is not yet determined
      And at 14:00 on Wednesday 8 April 2026 the answer to "did the clinical assessment find a substance misuse need?" is <need>
      And it is 15:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the treatment priority is <tier>
      And the criteria not yet determined are <undetermined>

      Examples:
        | setting                  | need               | tier         | undetermined                  |
        | SUBSTANCE_MISUSE_PROBLEM | yes                | undetermined | PPO                           |
        | SUBSTANCE_MISUSE_PROBLEM | not yet determined | undetermined | PPO and SUBSTANCE_MISUSE_NEED |
        | SUBSTANCE_MISUSE_PROBLEM | no                 | tier 3       | PPO                           |
        | PROBLEMATIC_DRUG_USE     | yes                | tier 3       | PPO                           |

    @ENG-COC-PRI-01 @AMB-40
    Scenario Outline: Not a PPO, not a problematic drug misuser, with a substance misuse need, setting <setting>: tier 3
      Given the interpretation setting tier1ForPpoWith is <setting>
      And at 10:20 on Wednesday 8 April 2026 the answer to "is the prisoner a PPO?" is no
      And at 14:00 on Wednesday 8 April 2026 the answer to "did the clinical assessment find a substance misuse need?" is yes
      And it is 15:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the treatment priority is tier 3
      And the criteria not met are DRUG_PROBLEM and PPO

      Examples:
        | setting                  |
        | SUBSTANCE_MISUSE_PROBLEM |
        | PROBLEMATIC_DRUG_USE     |

  Rule: Until what a tier needs is determined, the priority is undetermined and names what is missing

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from the community via court

    @ENG-COC-PRI-01
    Scenario Outline: PPO <ppo>, problematic drug misuser <pdu>: undetermined
      Given at 10:20 on Wednesday 8 April 2026 the answer to "is the prisoner a PPO?" is <ppo>
      And at 10:25 on Wednesday 8 April 2026 the answer to "is the prisoner a problematic drug misuser?" is <pdu>
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the treatment priority is undetermined
      And the criteria met are <met>
      And the criteria not met are <not met>
      And the criteria not yet determined are <undetermined>
      And the priority rests on ENG-COC-PRI-01

      Examples:
        | ppo                | pdu                | met          | not met | undetermined         |
        | not yet determined | yes                | DRUG_PROBLEM | none    | PPO                  |
        | yes                | not yet determined | PPO          | none    | DRUG_PROBLEM         |
        | no                 | not yet determined | none         | PPO     | DRUG_PROBLEM         |
        | not yet determined | not yet determined | none         | none    | DRUG_PROBLEM and PPO |

  Rule: For a transferred prisoner, the substance misuse need found by the clinical assessment is the drug problem

    @ENG-COC-PRI-01 @ENG-COC-PP2-07 @AMB-41
    Scenario Outline: A transferred PPO whose assessment found <finding>: <tier>
      Given the prisoner was received into HMP Other at 10:00 on Thursday 9 April 2026
      And reception established at 10:05 on Thursday 9 April 2026 that the prisoner came from another prison
      And reception found at 10:20 on Thursday 9 April 2026 that the prisoner is a PPO
      And at 14:00 on Thursday 9 April 2026 the answer to "did the clinical assessment find a substance misuse need?" is <need>
      And it is 15:00 on Thursday 9 April 2026
      When the engine evaluates the case
      Then the treatment priority is <tier>
      And the criteria met are <met>

      Examples:
        | finding                    | need               | tier         | met                  |
        | a substance misuse need    | yes                | tier 1       | PPO and DRUG_PROBLEM |
        | no substance misuse need   | no                 | tier 3       | PPO                  |
        | nothing yet                | not yet determined | undetermined | PPO                  |

  Rule: Priority is about prisoners: before reception there is none

    @ENG-COC-PRI-01
    Scenario: A client the CJIT is still tracking has no treatment priority yet
      Given the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been remanded to HMP Example
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then no treatment priority is given
