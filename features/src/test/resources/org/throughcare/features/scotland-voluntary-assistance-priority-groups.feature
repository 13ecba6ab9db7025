@scotland @voluntary-assistance
Feature: Voluntary assistance priority groups, 2004 and from July 2005
  The Phase 2 guidance for voluntary assistance (operational from August 2004) names three priority groups: high risk
  offenders not at present subject to statutory throughcare, young offenders, and prisoners who show a commitment to
  address their offending behaviour or who take up and sustain help under the SPS transitional care scheme. The
  Throughcare Addiction Service outline (¶6) revises them with the new arrangements of July 2005: the priority
  groups are now high risk offenders and TAS offenders (XDOC-02). The groups are not ranked: a person may be in two.

  Each rule carries its own dates. A decision keeps the answers of the rules in force on the evaluation date: the
  snapshot's date, or the date a caller asks for (asOf still sets every status).

  Background:
    Given the prison is in Scotland
    And the prisoner was received into HMP Example at 10:00 on Monday 2 May 2005
    And reception established at 10:20 on Monday 2 May 2005 that the prisoner came from the community via court
    And the prisoner was sentenced on Monday 2 May 2005 to 90 days
    And the prisoner is a man aged 19 at sentence
    And at 10:00 on Tuesday 3 May 2005 staff determined whether the prisoner is:
      | a short-term prisoner                                   | yes |
      | subject to statutory supervision on release             | no  |
      | a problem with addictive drugs                          | yes |
      | a well established pattern of drugs misuse              | yes |
      | a pattern of criminal behaviour                         | yes |
      | a link between the offending and the drug misuse        | yes |
      | a demonstrable will to tackle their drug misuse problem | yes |
      | a high risk offender                                    | no  |

  Rule: Before 1 July 2005 the three 2004 groups apply; from that day the revised groups

    @SCOT-VA-ELIG-04 @SCOT-TAS-ELIG-13 @AMB-06 @AMB-14 @AMB-23
    Scenario: A young offender in June 2005 and in July 2005
      Given it is 10:00 on Wednesday 15 June 2005
      When the engine evaluates the case
      Then the voluntary assistance priority groups are YOUNG_OFFENDER
      And the voluntary assistance priority groups rest on SCOT-VA-ELIG-04
      And the TAS table gives no answer

    @SCOT-TAS-ELIG-13
    Scenario: From July 2005 the young offender is a TAS offender instead
      Given it is 10:00 on Friday 15 July 2005
      When the engine evaluates the case
      Then the voluntary assistance priority groups are TAS_OFFENDER
      And the voluntary assistance priority groups rest on SCOT-TAS-ELIG-13
      And the TAS answer is TAS_PRIORITY

    @SCOT-TAS-ELIG-13 @SCOT-VA-ELIG-04
    Scenario Outline: A caller asks for the rules in force on <day>
      Given it is 10:00 on Friday 15 July 2005
      When the engine evaluates the case by the rules in force on <day>
      Then the voluntary assistance priority groups are <groups>
      And the decision was made by the rules in force on <day>

      Examples:
        | day                    | groups         |
        | Thursday 30 June 2005  | YOUNG_OFFENDER |
        | Friday 1 July 2005     | TAS_OFFENDER   |

  Rule: A high risk offender not subject to statutory throughcare is a priority in both sets of groups

    @SCOT-VA-ELIG-03 @SCOT-TAS-ELIG-13 @AMB-16
    Scenario Outline: A high risk offender judged on <day>
      Given at 11:00 on Tuesday 3 May 2005 staff determined whether the prisoner is:
        | a high risk offender                                    | yes |
        | a demonstrable will to tackle their drug misuse problem | no  |
      And it is 10:00 on Friday 15 July 2005
      When the engine evaluates the case by the rules in force on <day>
      Then the voluntary assistance priority groups are <groups>

      Examples:
        | day                    | groups                         |
        | Thursday 30 June 2005  | HIGH_RISK and YOUNG_OFFENDER   |
        | Friday 1 July 2005     | HIGH_RISK                      |

  Rule: The commitment group is a 2004 group only

    @SCOT-VA-ELIG-05
    Scenario: Committed to tackling their offending, judged in June 2005 and in July 2005
      Given the prisoner is a man aged 35 at sentence
      And at 11:00 on Tuesday 3 May 2005 staff determined whether the prisoner is:
        | committed to tackling their offending                   | yes |
        | a demonstrable will to tackle their drug misuse problem | no  |
      And it is 10:00 on Wednesday 15 June 2005
      When the engine evaluates the case
      Then the voluntary assistance priority groups are COMMITMENT
      When the engine evaluates the case by the rules in force on Friday 1 July 2005
      Then the voluntary assistance priority groups are NONE
