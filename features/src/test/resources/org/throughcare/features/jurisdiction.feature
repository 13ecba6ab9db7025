@jurisdiction
Feature: Jurisdiction - which guidance applies
  The English guidance of 2009 is the only rule set encoded in this release. The Scottish guidance (the
  Throughcare Addiction Service, 2005, and Voluntary Assistance Phase 2, 2004) is catalogued but not executable
  yet, and nothing Welsh is catalogued. For a prison in Scotland or Wales the decision says plainly that no rule
  set is encoded, and that this is not a statement that nothing is required.

  Rule: A Scottish or Welsh case is told that no rule set is encoded for it

    Scenario: A prisoner received into a Scottish prison
      Given the prison is in Scotland
      And the prisoner was received into HMP Barlinnie at 10:00 on Monday 15 June 2026
      And reception established at 10:05 on Monday 15 June 2026 that the prisoner came from the community via court
      And reception found at 10:20 on Monday 15 June 2026 that the prisoner is a problematic drug misuser
      And it is 11:00 on Monday 15 June 2026
      When the engine evaluates the case
      Then the decision lists no required actions
      And no treatment priority is given
      And the decision carries the notice RULE_SET_NOT_ENCODED
      And the notice says "No Scottish rule set is encoded yet"
      And the notice says "it is not a statement that none are required"
      And the guidance check says NOT_ENCODED
      And no process point applies
      And the routing statement says "No Scottish rule set is encoded yet"

    Scenario: A client a CJIT tracks to a Welsh prison
      Given the prison is in Wales
      And the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been remanded to HMP Cardiff
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the decision lists no required actions
      And the decision carries the notice RULE_SET_NOT_ENCODED
      And the notice says "No Welsh rule set is encoded yet"
      And no process point applies
