@rule-sets
Feature: Several rule sets for one person
  More than one document can apply to one person (XDOC-01): an English prisoner is evaluated against the 2009
  continuity-of-care guidance (binding) and the research report (advisory), and, where the prison's Service 4
  contract is in force, against the Service 4 specification too. One decision shows them all. Routing belongs to
  each rule set: the English guidance has process points; Service 4 and the research report have none. No rule set
  replaces another's routing.

  @ENG-COC-RT-01 @ENG-COC-RT-03 @SPEC4-ASM-05 @HO-RPT-OBL-01
  Scenario: England, Service 4 and advice for one prisoner
    Given the prison is in England
    And HMP Example holds a Service 4 contract from Tuesday 1 April 2025
    And the prisoner was received into HMP Example at 10:00 on Tuesday 7 April 2026
    And reception established at 10:20 on Tuesday 7 April 2026 that the prisoner came from the community via court
    And the client gave informed consent to sharing on Tuesday 7 April 2026
    And a positive drug test was confirmed at 14:00 on Thursday 9 April 2026
    And it is 10:00 on Tuesday 14 April 2026
    When the engine evaluates the case
    Then the routings are, by rule set: england-2009, service-4 and ho-rpt-2005
    And in the rule set england-2009 the current point is process point 3
    And the rule set service-4 has no routing
    And the rule set ho-rpt-2005 has no routing
    And reception must establish whether the prisoner came from the community via court or from another prison, with no time set in the guidance
    And the Service Provider should carry out the initial assessment by the end of Thursday 16 April 2026
    And the decision lists the advice ADVISE_ASSESS_NEEDS_SOON_AFTER_ENTRY
    And no required action rests on the research report
