@treatment-priority
Feature: Treatment priority
  Process point 2 (Note): the treatment needs of those identified as a PPO and having a substance misuse problem
  should be prioritised above all other prisoners; process point 5 asks the Substance Misuse Team to prioritise.
  The catalogue's tiers (ENG-COC-PRI-01): tier 1 = a PPO with a drug problem; tier 2 = a drug problem without PPO
  status; tier 3 = everyone else, including a PPO with no drug problem (PPO status alone gives no higher tier,
  ENG-COC-PRI-03). Until staff have determined what a tier needs, the answer is "undetermined", never a silent
  tier 3, and it names the criteria still to determine.

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
    Scenario: A PPO with no drug problem gets no higher tier than anyone else
      Given at 10:20 on Wednesday 8 April 2026 the answer to "is the prisoner a PPO?" is yes
      And at 10:25 on Wednesday 8 April 2026 the answer to "is the prisoner a problematic drug misuser?" is no
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the treatment priority is tier 3
      And the criteria met are PPO
      And the criteria not met are DRUG_PROBLEM
      And the priority rests on ENG-COC-PRI-01 and ENG-COC-PRI-03
      And the priority explanation says "PPO status alone gives no higher tier"

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
