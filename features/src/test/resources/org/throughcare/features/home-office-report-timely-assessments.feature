@home-office-report @advice
Feature: Home Office research report - Timely assessments (advice)
  The Home Office Online Report 01/05 describes throughcare and aftercare practice that seemed promising. It says its
  practices were not evaluated, are not recommended practice, and add to the existing guidance rather than replace
  it (HO-RPT-GEN-01). So the engine lists them as advice, apart from the required actions: advice has no due time and
  no status, and can never be overdue.

  Executive summary, "Timely assessments": throughcare and aftercare needs should be assessed as soon as possible
  after entry to custody, recognising that needs change during treatment.

  Background:
    Given the prison is in England

  Rule: Advice is listed apart, never as a required action

    @HO-RPT-OBL-01 @HO-RPT-GEN-01
    Scenario: A prisoner received a week ago
      Given the prisoner was received into HMP Example at 10:00 on Tuesday 7 April 2026
      And reception established at 10:20 on Tuesday 7 April 2026 that the prisoner came from the community via court
      And it is 10:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the decision lists the advice ADVISE_ASSESS_NEEDS_SOON_AFTER_ENTRY
      And the advice rests on HO-RPT-OBL-01 and HO-RPT-GEN-01
      And the advice says when: "as soon as possible after entry"
      And no required action rests on the research report
      And the rule set ho-rpt-2005 has no routing

    @HO-RPT-OBL-01
    Scenario: Before entry to custody there is no advice yet
      Given the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been remanded to HMP Example
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the decision lists no advice

    @HO-RPT-GEN-01
    Scenario: The report is English: a Scottish prisoner gets none of its advice
      Given the prison is in Scotland
      And the prisoner was received into HMP Example at 10:00 on Tuesday 7 April 2026
      And it is 10:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the decision lists no advice
      And the rule set ho-rpt-2005 does not apply
