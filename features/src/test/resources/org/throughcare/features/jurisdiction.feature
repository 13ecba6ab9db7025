@jurisdiction
Feature: Jurisdiction - which guidance applies
  Each rule set decides whether it applies from the jurisdiction, its dates and, for Service 4, the prison's
  contract. Of the Scottish guidance (the Throughcare Addiction Service, 2005, and Voluntary Assistance Phase 2,
  2004) only the eligibility and priority table is encoded, and nothing Welsh is catalogued. The decision says
  plainly what is not encoded, and that this is not a statement that nothing is required.

  Rule: A Scottish case gets the Scottish table and is told the rest is not encoded; a Welsh case that nothing is

    Scenario: A prisoner received into a Scottish prison
      Given the prison is in Scotland
      And the prisoner was received into HMP Barlinnie at 10:00 on Monday 15 June 2026
      And reception established at 10:05 on Monday 15 June 2026 that the prisoner came from the community via court
      And reception found at 10:20 on Monday 15 June 2026 that the prisoner is a problematic drug misuser
      And it is 11:00 on Monday 15 June 2026
      When the engine evaluates the case
      Then the decision lists no required actions
      And the rule set scotland-2005 applies
      And the rule set england-2009 does not apply
      And the decision carries the notice RULE_SET_PARTLY_ENCODED
      And the notice says "the pre-release meetings and the weekly contact after release (SCOT-TAS-OBL-11, OBL-13)"
      And the notice says "that is not a statement that none are required"
      And no process point applies
      And the rule set scotland-2005 has no routing
      And the routing statement says "No rule set that applies to this person has process points"

    Scenario: A client a CJIT tracks to a Welsh prison
      Given the prison is in Wales
      And the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been remanded to HMP Cardiff
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the decision lists no required actions
      And the decision carries the notice RULE_SET_NOT_ENCODED
      And the notice says "No Welsh rule set is encoded yet"
      And no process point applies
