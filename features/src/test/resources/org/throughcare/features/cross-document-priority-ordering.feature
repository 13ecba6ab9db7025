@cross-document
Feature: Cross-document rules: the consolidated priority ordering
  When more than one document ranks the same person, a step after the rule sets' sessions decides in what order
  their rankings count (XDOC-04). England 2009 puts PPOs with a drug problem first and other problematic drug misusers
  next (process point 2 Note, process point 5). Service 4 gives priority to people whose offending is assessed as
  directly linked to their problematic substance use (§1). Where both apply, the England tier comes first, Service 4's
  linkage breaks ties within a tier, and the earliest release date breaks what remains. An answer not yet determined
  has no rank: it comes after every ranked answer on that key until staff determine it. No document ranks the Scottish
  groups against each other, so a Scottish person has no consolidated order.

  Background:
    Given it is 10:00 on Tuesday 14 April 2026

  Rule: Where England 2009 and a Service 4 contract both apply: the tier, then the linkage, then the earliest release

    @XDOC-04 @ENG-COC-PRI-01 @SPEC4-ELIG-02
    Scenario: A caseload at a prison with a Service 4 contract is ordered tier first, then linkage, then release
      Given the prison is in England
      And HMP Example holds a Service 4 contract from Tuesday 1 April 2025
      And these prisoners were received into HMP Example at 10:00 on Tuesday 7 April 2026:
        | prisoner | PPO | problematic drug misuser | problematic substance use | offending linked to substance use | expected release        |
        | A        | no  | yes                      | yes                       | yes                               | Thursday 1 October 2026 |
        | B        | yes | yes                      | yes                       | no                                | Tuesday 1 December 2026 |
        | C        | no  | yes                      | yes                       | yes                               | Wednesday 1 July 2026   |
        | D        | no  | yes                      | yes                       | no                                | Monday 1 June 2026      |
        | E        | no  | no                       | yes                       | yes                               | Friday 1 May 2026       |
        | F        | yes | yes                      | yes                       | not yet determined                | Friday 1 May 2026       |
      When the engine orders them by priority
      Then the order is B, F, C, A, D and E
      And prisoner A is ordered by england-2009/ENG_COC_TREATMENT_PRIORITY, service-4/SPEC4_PRIORITY and EARLIEST_RELEASE

    @XDOC-04
    Scenario: Within a tier and a linkage, the sooner release comes first; no release date known comes last
      Given the prison is in England
      And HMP Example holds a Service 4 contract from Tuesday 1 April 2025
      And these prisoners were received into HMP Example at 10:00 on Tuesday 7 April 2026:
        | prisoner | PPO | problematic drug misuser | problematic substance use | offending linked to substance use | expected release         |
        | G        | no  | yes                      | yes                       | yes                               | none                     |
        | H        | no  | yes                      | yes                       | yes                               | Tuesday 1 September 2026 |
        | I        | no  | yes                      | yes                       | yes                               | Monday 1 June 2026       |
      When the engine orders them by priority
      Then the order is I, H and G

    @XDOC-04 @SPEC4-ELIG-02
    Scenario: One prisoner's place in the order, key by key, with the reason in words
      Given the prison is in England
      And HMP Example holds a Service 4 contract from Tuesday 1 April 2025
      And the prisoner was received into HMP Example at 10:00 on Tuesday 7 April 2026
      And reception established at 10:20 on Tuesday 7 April 2026 that the prisoner came from the community via court
      And reception found at 10:30 on Tuesday 7 April 2026 that the prisoner is a problematic drug misuser
      And reception found at 10:30 on Tuesday 7 April 2026 that the prisoner is not a PPO
      And at 11:00 on Wednesday 8 April 2026 the prisoner was identified as having problematic substance use
      And at 11:00 on Wednesday 8 April 2026 the prisoner's offending was assessed as directly linked to their substance use
      And the prisoner's release on Home Detention Curfew has been approved for Wednesday 1 July 2026
      And the prisoner's expected release date is Thursday 1 October 2026
      When the engine evaluates the case
      Then the person is ordered by england-2009/ENG_COC_TREATMENT_PRIORITY, service-4/SPEC4_PRIORITY and EARLIEST_RELEASE
      And on england-2009/ENG_COC_TREATMENT_PRIORITY the person ranks 2 of 3, as TIER_2
      And on service-4/SPEC4_PRIORITY the person ranks 1 of 2, as LINKED
      And on EARLIEST_RELEASE the date is Wednesday 1 July 2026
      And the priority order rests on XDOC-04
      And the priority order explanation says "first by the England 2009 treatment priority"
      And the priority order explanation says "earliest release Wednesday 1 July 2026 (the approved Home Detention Curfew release date)"

    @XDOC-04 @ENG-COC-PRI-01
    Scenario: A drug problem not yet determined has no rank on the tier, so it comes after tier 3 until it is determined
      Given the prison is in England
      And HMP Example holds a Service 4 contract from Tuesday 1 April 2025
      And the prisoner was received into HMP Example at 10:00 on Tuesday 7 April 2026
      And reception established at 10:20 on Tuesday 7 April 2026 that the prisoner came from the community via court
      When the engine evaluates the case
      Then on england-2009/ENG_COC_TREATMENT_PRIORITY the person is unranked, as UNDETERMINED
      And on service-4/SPEC4_PRIORITY the person is unranked, as UNDETERMINED
      And the priority order explanation says "so after everyone ranked"

  Rule: With one document that ranks, its ranking alone orders the person

    @XDOC-04 @ENG-COC-PRI-01
    Scenario: England 2009 without a Service 4 contract: the tier alone, and the release date does not break ties
      Given the prison is in England
      And these prisoners were received into HMP Example at 10:00 on Tuesday 7 April 2026:
        | prisoner | PPO | problematic drug misuser | expected release         |
        | J        | no  | yes                      | Tuesday 1 December 2026  |
        | K        | no  | no                       | Friday 1 May 2026        |
        | L        | yes | yes                      | none                     |
        | M        | no  | yes                      | Friday 1 May 2026        |
      When the engine orders them by priority
      Then the order is L, J, M and K
      And J and M stand level
      And prisoner J is ordered by england-2009/ENG_COC_TREATMENT_PRIORITY

    @XDOC-04 @SPEC4-ELIG-02
    Scenario: Service 4 at a Scottish prison: ordered by the linkage alone; the Scottish documents add no order
      Given the prison is in Scotland
      And HMP Barlinnie holds a Service 4 contract from Tuesday 1 April 2025
      And these prisoners were received into HMP Barlinnie at 10:00 on Tuesday 7 April 2026:
        | prisoner | problematic substance use | offending linked to substance use |
        | N        | yes                       | no                                |
        | O        | yes                       | yes                               |
      When the engine orders them by priority
      Then the order is O and N
      And prisoner O is ordered by service-4/SPEC4_PRIORITY

    @XDOC-04
    Scenario: A Scottish prisoner with no Service 4 contract has no consolidated order
      Given the prison is in Scotland
      And these prisoners were received into HMP Barlinnie at 10:00 on Tuesday 7 April 2026:
        | prisoner | problematic substance use |
        | P        | yes                       |
      When the engine orders them by priority
      Then prisoner P has no priority order

  Rule: Service 4 covers problematic substance use, alcohol included, and gives priority to offending linked to it

    @SPEC4-ELIG-01 @SPEC4-ELIG-02
    Scenario Outline: Service 4's population and priority: <substance use>, offending <linkage>
      Given the prison is in England
      And HMP Example holds a Service 4 contract from Tuesday 1 April 2025
      And the prisoner was received into HMP Example at 10:00 on Tuesday 7 April 2026
      And at 11:00 on Wednesday 8 April 2026 the prisoner <substance use>
      And at 11:00 on Wednesday 8 April 2026 the prisoner's offending was assessed as <linkage> to their substance use
      When the engine evaluates the case
      Then the Service 4 population answer is <population>
      And the Service 4 priority is <priority>

      Examples:
        | substance use                                      | linkage             | population    | priority   |
        | was identified as having problematic substance use | directly linked     | IN_POPULATION | LINKED     |
        | was identified as having problematic substance use | not directly linked | IN_POPULATION | NOT_LINKED |

    @SPEC4-ELIG-01 @SPEC4-ELIG-02
    Scenario: Someone found to have no problematic substance use is outside Service 4 and gets no Service 4 priority
      Given the prison is in England
      And HMP Example holds a Service 4 contract from Tuesday 1 April 2025
      And the prisoner was received into HMP Example at 10:00 on Tuesday 7 April 2026
      And at 11:00 on Wednesday 8 April 2026 the prisoner was found to have no problematic substance use
      And at 11:00 on Wednesday 8 April 2026 the prisoner's offending was assessed as directly linked to their substance use
      When the engine evaluates the case
      Then the Service 4 population answer is NOT_IN_POPULATION
      And Service 4 gives no priority answer
      And on service-4/SPEC4_PRIORITY the person is unranked, as none

  Rule: Service 4's substances are wider than England 2009's drug misuse (XDOC-10)

    @XDOC-10 @SPEC4-ELIG-01
    Scenario: Alcohol only: in Service 4's population, no drug problem under England 2009, and the decision says why
      Given the prison is in England
      And HMP Example holds a Service 4 contract from Tuesday 1 April 2025
      And the prisoner was received into HMP Example at 10:00 on Tuesday 7 April 2026
      And reception found at 10:20 on Tuesday 7 April 2026 that the prisoner is not a PPO
      And reception found at 10:30 on Tuesday 7 April 2026 that the prisoner is not a problematic drug misuser
      And at 11:00 on Wednesday 8 April 2026 the prisoner was identified as having problematic substance use
      When the engine evaluates the case
      Then the Service 4 population answer is IN_POPULATION
      And the treatment priority is tier 3
      And the decision carries the notice SERVICE_4_SUBSTANCE_USE_WITHOUT_DRUG_PROBLEM
      And the notice rests on XDOC-10
      And the notice says "its scope includes alcohol"

    @XDOC-10
    Scenario: A problematic drug misuser in Service 4's population gets no such notice
      Given the prison is in England
      And HMP Example holds a Service 4 contract from Tuesday 1 April 2025
      And the prisoner was received into HMP Example at 10:00 on Tuesday 7 April 2026
      And reception found at 10:30 on Tuesday 7 April 2026 that the prisoner is a problematic drug misuser
      And at 11:00 on Wednesday 8 April 2026 the prisoner was identified as having problematic substance use
      When the engine evaluates the case
      Then the Service 4 population answer is IN_POPULATION
      And the decision carries no notice SERVICE_4_SUBSTANCE_USE_WITHOUT_DRUG_PROBLEM
