@scotland @tas
Feature: Throughcare Addiction Service - Scope of Service and Prioritisation
  The Throughcare Addiction Service (TAS) cannot actively support every short-term prisoner, so it concentrates on
  those with a problem with addictive drugs, a well established pattern of drugs misuse, a pattern of criminal
  behaviour and a link between the two, and a demonstrable will to tackle their drug misuse problem (criteria C1 to
  C4, cumulative; vulnerability is a weighting, AMB-03). Prisoners serving less than 31 days are not targeted as a
  priority group, with the exception of young offenders and female offenders, who may be considered particularly
  vulnerable (¶5). TAS and voluntary assistance are for short-term sentenced prisoners on their release, not for
  those on remand, and not for those subject to statutory supervision on release (AMB-13).

  The catalogue's decision table SCOT-TAS-ELIG-16 gives one answer per person. The new arrangements start in
  July 2005: before 1 July 2005 the table's TAS rows give no answer.

  Background:
    Given the prison is in Scotland
    And the prisoner was received into HMP Example at 10:00 on Friday 15 July 2005
    And reception established at 10:20 on Friday 15 July 2005 that the prisoner came from the community via court
    And it is 10:00 on Wednesday 20 July 2005

  Rule: Every criterion met and a sentence of 31 days or more: the TAS priority group

    @SCOT-TAS-ELIG-16
    Scenario: A short-term prisoner meeting C1 to C4 with a 90-day sentence
      Given the prisoner was sentenced on Friday 15 July 2005 to 90 days
      And the prisoner is a man aged 35 at sentence
      And at 11:00 on Friday 15 July 2005 staff determined whether the prisoner is:
        | a short-term prisoner                                   | yes |
        | subject to statutory supervision on release             | no  |
        | a problem with addictive drugs                          | yes |
        | a well established pattern of drugs misuse              | yes |
        | a pattern of criminal behaviour                         | yes |
        | a link between the offending and the drug misuse        | yes |
        | a demonstrable will to tackle their drug misuse problem | yes |
      When the engine evaluates the case
      Then the TAS answer is TAS_PRIORITY
      And the TAS criteria met are C1_ADDICTIVE_DRUGS, C2_ESTABLISHED_PATTERN, C3_OFFENDING_LINKED_TO_MISUSE, C4_WILL_TO_TACKLE and SENTENCE_31_DAYS_OR_MORE
      And the TAS answer rests on SCOT-TAS-ELIG-16
      And the decision lists no required actions
      And the rule set scotland-2005 has no routing

    @SCOT-TAS-ELIG-16 @AMB-05
    Scenario: Exactly 31 days is not under 31 days
      Given the prisoner was sentenced on Friday 15 July 2005 to 31 days
      And the prisoner is a man aged 35 at sentence
      And at 11:00 on Friday 15 July 2005 staff determined whether the prisoner is:
        | a short-term prisoner                                   | yes |
        | subject to statutory supervision on release             | no  |
        | a problem with addictive drugs                          | yes |
        | a well established pattern of drugs misuse              | yes |
        | a pattern of criminal behaviour                         | yes |
        | a link between the offending and the drug misuse        | yes |
        | a demonstrable will to tackle their drug misuse problem | yes |
      When the engine evaluates the case
      Then the TAS answer is TAS_PRIORITY

  Rule: Under 31 days, only young offenders and female offenders stay in the priority group

    @SCOT-TAS-ELIG-10 @SCOT-TAS-ELIG-16 @AMB-06 @AMB-07
    Scenario Outline: A <who> serving 20 days: <answer>
      Given the prisoner was sentenced on Friday 15 July 2005 to 20 days
      And the prisoner is a <sex> aged <age> at sentence
      And at 11:00 on Friday 15 July 2005 staff determined whether the prisoner is:
        | a short-term prisoner                                   | yes |
        | subject to statutory supervision on release             | no  |
        | a problem with addictive drugs                          | yes |
        | a well established pattern of drugs misuse              | yes |
        | a pattern of criminal behaviour                         | yes |
        | a link between the offending and the drug misuse        | yes |
        | a demonstrable will to tackle their drug misuse problem | yes |
      When the engine evaluates the case
      Then the TAS answer is <answer>
      And the TAS answer rests on <rule IDs>

      Examples:
        | who                    | sex   | age | answer       | rule IDs                               |
        | young offender         | man   | 19  | TAS_PRIORITY | SCOT-TAS-ELIG-10 and SCOT-TAS-ELIG-16  |
        | female offender        | woman | 35  | TAS_PRIORITY | SCOT-TAS-ELIG-10 and SCOT-TAS-ELIG-16  |

      @SCOT-TAS-ELIG-09
      Examples: Neither
        | who                    | sex   | age | answer       | rule IDs                               |
        | man of 35              | man   | 35  | NOT_PRIORITY | SCOT-TAS-ELIG-09 and SCOT-TAS-ELIG-16  |

  Rule: A criterion not met, or the scope not met, gives no TAS priority; what is not determined is named

    @SCOT-TAS-ELIG-16
    Scenario: No demonstrable will to tackle the drug problem
      Given the prisoner was sentenced on Friday 15 July 2005 to 90 days
      And at 11:00 on Friday 15 July 2005 staff determined whether the prisoner is:
        | a short-term prisoner                                   | yes                |
        | subject to statutory supervision on release             | no                 |
        | a problem with addictive drugs                          | yes                |
        | a well established pattern of drugs misuse              | yes                |
        | a pattern of criminal behaviour                         | yes                |
        | a link between the offending and the drug misuse        | not yet determined |
        | a demonstrable will to tackle their drug misuse problem | no                 |
      When the engine evaluates the case
      Then the TAS answer is NOT_TAS_PRIORITY
      And the TAS criteria met are C1_ADDICTIVE_DRUGS and C2_ESTABLISHED_PATTERN
      And the TAS criteria not met are C4_WILL_TO_TACKLE
      And the TAS criteria not yet determined are C3_OFFENDING_LINKED_TO_MISUSE

    @SCOT-TAS-ELIG-16
    Scenario: Criteria not yet determined
      Given the prisoner was sentenced on Friday 15 July 2005 to 90 days
      And at 11:00 on Friday 15 July 2005 staff determined whether the prisoner is:
        | a short-term prisoner                       | yes |
        | subject to statutory supervision on release | no  |
        | a problem with addictive drugs              | yes |
      When the engine evaluates the case
      Then the TAS answer is UNDETERMINED
      And the TAS criteria met are C1_ADDICTIVE_DRUGS
      And the TAS criteria not yet determined are C2_ESTABLISHED_PATTERN, C3_OFFENDING_LINKED_TO_MISUSE and C4_WILL_TO_TACKLE

    @SCOT-TAS-ELIG-16 @AMB-13
    Scenario: Statutory supervision on release makes it a statutory throughcare case
      Given the prisoner was sentenced on Friday 15 July 2005 to 90 days
      And at 11:00 on Friday 15 July 2005 staff determined whether the prisoner is:
        | a short-term prisoner                       | yes |
        | subject to statutory supervision on release | yes |
      When the engine evaluates the case
      Then the TAS answer is STATUTORY_THROUGHCARE_CASE

    @SCOT-TAS-ELIG-16 @AMB-04
    Scenario: A prisoner on remand is outside TAS and voluntary assistance
      Given the prisoner was remanded in custody
      When the engine evaluates the case
      Then the TAS answer is TAS_NOT_APPLICABLE
      And the TAS criteria not met are SENTENCED

  Rule: Before the new arrangements start in July 2005 the table gives no TAS answer

    @SCOT-TAS-ELIG-16 @AMB-14
    Scenario: The same case judged by the rules in force on 30 June 2005
      Given the prisoner was sentenced on Friday 15 July 2005 to 90 days
      And at 11:00 on Friday 15 July 2005 staff determined whether the prisoner is:
        | a short-term prisoner                                   | yes |
        | subject to statutory supervision on release             | no  |
        | a problem with addictive drugs                          | yes |
        | a well established pattern of drugs misuse              | yes |
        | a pattern of criminal behaviour                         | yes |
        | a link between the offending and the drug misuse        | yes |
        | a demonstrable will to tackle their drug misuse problem | yes |
      When the engine evaluates the case by the rules in force on Thursday 30 June 2005
      Then the TAS table gives no answer
      And the decision was made by the rules in force on Thursday 30 June 2005
