@service-4
Feature: Service 4 - Referrals, and Screening and Assessment
  The Service 4 specification binds the Service Provider of a prison's substance use treatment service wherever the
  prison's Service 4 contract is in force, alongside the guidance of the prison's jurisdiction (XDOC-01). Its
  jurisdiction is not stated, so the contract also says which working days count: by default, the bank holidays of
  the prison's location (AMB-75). The engine is given each prison's contract when it is built.

  §2 Referrals: "Referrals will be automatic following a confirmed positive drug test." §3 Screening and
  Assessment: "Initial assessment should aim to occur within five working days of referral." For an automatic
  referral the clock starts when the positive test is confirmed (AMB-76). "Should aim" makes it a target, not a
  deadline. The initial assessment is the provider's screening for substance use, or a comprehensive assessment
  where the provider goes straight to it.

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Tuesday 7 April 2026
    And reception established at 10:20 on Tuesday 7 April 2026 that the prisoner came from the community via court
    And the client gave informed consent to sharing on Tuesday 7 April 2026

  Rule: A confirmed positive drug test is an automatic referral, and the initial assessment is due within five working days

    @SPEC4-REF-03 @SPEC4-ASM-05 @TC-04 @AMB-76
    Scenario: A positive test confirmed on a Thursday
      Given HMP Example holds a Service 4 contract from Tuesday 1 April 2025
      And a positive drug test was confirmed at 14:00 on Thursday 9 April 2026
      And it is 10:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the rule set service-4 applies
      And the person is referred automatically to Service 4
      And the Service Provider should carry out the initial assessment by the end of Thursday 16 April 2026
      And the due time is TARGET
      And that action is OPEN
      And it rests on SPEC4-ASM-05 and SPEC4-REF-03
      And it was triggered by POSITIVE_DRUG_TEST_CONFIRMED at 14:00 on Thursday 9 April 2026
      And the rule set service-4 has no routing

    @SPEC4-ASM-05
    Scenario: The target passes without an assessment
      Given HMP Example holds a Service 4 contract from Tuesday 1 April 2025
      And a positive drug test was confirmed at 14:00 on Thursday 9 April 2026
      And it is 10:00 on Friday 17 April 2026
      When the engine evaluates the case
      Then the Service Provider should carry out the initial assessment by the end of Thursday 16 April 2026
      And that action is TARGET_MISSED

    @SPEC4-ASM-05
    Scenario Outline: The initial assessment done by <how>
      Given HMP Example holds a Service 4 contract from Tuesday 1 April 2025
      And a positive drug test was confirmed at 14:00 on Thursday 9 April 2026
      And <done>
      And it is 10:00 on Friday 17 April 2026
      When the engine evaluates the case
      Then the decision requires that the Service Provider should carry out the initial assessment
      And that action is DONE

      Examples:
        | how                      | done                                                                                    |
        | screening                | the Service Provider screened the prisoner for substance use at 11:00 on Tuesday 14 April 2026 |
        | a comprehensive assessment | the Service Provider completed a comprehensive assessment at 11:00 on Tuesday 14 April 2026 |

  Rule: Service 4 applies only where the prison's contract is in force, on the contract's calendar

    @SPEC4-REF-03 @SPEC4-ASM-05
    Scenario: A prison with no Service 4 contract
      Given HMP Elsewhere holds a Service 4 contract from Tuesday 1 April 2025
      And a positive drug test was confirmed at 14:00 on Thursday 9 April 2026
      And it is 10:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the rule set service-4 does not apply
      And the decision does not require that the Service Provider should carry out the initial assessment

    @SPEC4-ASM-05
    Scenario: A test confirmed before the contract began
      Given HMP Example holds a Service 4 contract from Friday 10 April 2026
      And a positive drug test was confirmed at 14:00 on Thursday 9 April 2026
      And it is 10:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the rule set service-4 applies
      And the decision does not require that the Service Provider should carry out the initial assessment
      And the decision carries the notice NOT_IN_FORCE_AT_TRIGGER
