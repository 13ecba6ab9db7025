@effective-date
Feature: Effective date - the guidance takes effect on 1 July 2009
  §1.5: the guidance takes effect from 1 July 2009. The engine decides this once, from the rule set's metadata,
  not in each rule. A custody period is judged by the date of its reception (or, before reception, by the
  snapshot's date); an obligation by the rules in force at its trigger time. Before 1 July 2009 the decision lists
  no obligations, says so in a notice, and places the person at no process point.

  Background:
    Given the prison is in England
    # The DIR shares identifiable information: with no consent decision recorded it would be held (ENG-COC-CONS-06).
    # These scenarios are about when it is due, so the client has consented.
    And the client gave informed consent to sharing on Monday 1 June 2009

  Rule: Before 1 July 2009 nothing in the guidance applies

    @ENG-COC-PRE-03 @ENG-COC-RT-01
    Scenario: A CJIT that learned the prison on 30 June 2009 had no 24-hour duty
      Given the CJIT learns at 16:00 on Tuesday 30 June 2009 that the offender has been remanded to HMP Example
      And it is 17:00 on Tuesday 30 June 2009
      When the engine evaluates the case
      Then the decision lists no required actions
      And the decision carries the notice NOT_IN_FORCE
      And the notice says "applies from 2009-07-01"
      And the decision carries the notice NOT_IN_FORCE_AT_TRIGGER
      And the notice says "CJIT_SEND_DIR_TO_PRISON"
      And the guidance check says NOT_IN_FORCE
      And no process point applies
      And the routing statement says "No process point applies"

    @ENG-COC-RT-01 @ENG-COC-PP1-01 @ENG-COC-PP2-03 @ENG-COC-PP2-04 @ENG-COC-PRI-01
    Scenario: A prisoner received on 30 June 2009 gets no process point, actions or priority
      Given the prisoner was received into HMP Example at 10:00 on Tuesday 30 June 2009
      And reception established at 10:05 on Tuesday 30 June 2009 that the prisoner came from another prison
      And reception found at 10:20 on Tuesday 30 June 2009 that the prisoner is a PPO
      And reception found at 10:25 on Tuesday 30 June 2009 that the prisoner is a problematic drug misuser
      And the prisoner was stable at the initial reception health screen at 10:30 on Tuesday 30 June 2009
      And the clinical needs assessment completed at 14:00 on Tuesday 30 June 2009 found a substance misuse need
      And it is 10:00 on Thursday 2 July 2009
      When the engine evaluates the case
      Then the decision lists no required actions
      And the decision carries the notice NOT_IN_FORCE
      And the notice says "reception (2009-06-30)"
      And the decision carries the notice NOT_IN_FORCE_AT_TRIGGER
      And the guidance check says NOT_IN_FORCE
      And no treatment priority is given
      And no process point applies

  Rule: A custody period that began before 1 July 2009 is outside the guidance, even for duties that arise after that day

    @ENG-COC-PP2-08 @ENG-COC-PP2-09 @ENG-COC-RT-01
    Scenario: Received on 15 June 2009, the CARAT file asked for on 2 July 2009: no process point, and no process point 2 duty
      Given the prisoner was received into HMP Example at 14:00 on Monday 15 June 2009
      And reception established at 14:10 on Monday 15 June 2009 that the prisoner came from another prison
      And reception found at 15:00 on Monday 15 June 2009 that the CARAT file was not with the escort documents
      And the receiving CARAT team asked the sending team for the CARAT file at 16:00 on Thursday 2 July 2009
      And it is 10:00 on Friday 3 July 2009
      When the engine evaluates the case
      Then no process point applies
      And the decision lists no required actions
      And the decision carries the notice NOT_IN_FORCE
      And the notice says "nor any action arising in this custody period, even one triggered after that date"
      And the decision carries the notice NOT_IN_FORCE_AT_TRIGGER
      And the notice says "SENDING_CARATS_FORWARD_FILE is not required: it arises (CARAT_FILE_REQUESTED, 2009-07-02) in a custody period that began on 2009-06-15"
      And the guidance check says NOT_IN_FORCE
      And no treatment priority is given

    @ENG-COC-PP2-09 @ENG-COC-RT-02 @boundary
    Scenario: Received on 1 July 2009, the CARAT file asked for on 2 July 2009: routed through process point 2, and its duty
      Given the prisoner was received into HMP Example at 14:00 on Wednesday 1 July 2009
      And reception established at 14:10 on Wednesday 1 July 2009 that the prisoner came from another prison
      And reception found at 15:00 on Wednesday 1 July 2009 that the CARAT file was not with the escort documents
      And the receiving CARAT team asked the sending team for the CARAT file at 16:00 on Thursday 2 July 2009
      And it is 10:00 on Friday 3 July 2009
      When the engine evaluates the case
      Then the route taken is:
        | from      | to  | rule IDs                         |
        | RECEPTION | PP1 | ENG-COC-RT-01                    |
        | PP1       | PP2 | ENG-COC-RT-02                    |
        | PP2       | PP5 | ENG-COC-RT-04 and ENG-COC-PP2-12 |
        | PP5       | PP6 | ENG-COC-RT-08                    |
      And the sending CARAT team must forward the CARAT file to the receiving team by 16:00 on Friday 3 July 2009
      And that action is OPEN

  Rule: From 1 July 2009 the guidance applies, to obligations triggered from that day

    @ENG-COC-PRE-03 @ENG-COC-RT-01 @boundary
    Scenario: A CJIT that learned the prison at midnight starting 1 July 2009 has 24 hours
      Given the CJIT learns at 00:00 on Wednesday 1 July 2009 that the offender has been remanded to HMP Example
      And it is 09:00 on Wednesday 1 July 2009
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 00:00 on Thursday 2 July 2009
      And that action is OPEN
      And the guidance check says APPLIES
      And the decision carries no notices
      And the current point is Part 1

    @ENG-COC-PRE-03 @boundary
    Scenario: Learned one minute before 1 July 2009 and evaluated on 1 July: the guidance applies, but not to that duty
      Given the CJIT learns at 23:59 on Tuesday 30 June 2009 that the offender has been remanded to HMP Example
      And it is 09:00 on Wednesday 1 July 2009
      When the engine evaluates the case
      Then the guidance check says APPLIES
      And the decision does not require that the CJIT must send the DIR to the prison's Substance Misuse Team
      And the decision carries the notice NOT_IN_FORCE_AT_TRIGGER
      And the notice rests on ENG-COC-PRE-03, ENG-COC-PRE-04, ENG-COC-PRE-07, ENG-COC-GEN-06 and ENG-COC-DIR-12
      And the current point is Part 1

    @ENG-COC-PP1-01 @ENG-COC-RT-02 @boundary
    Scenario: A prisoner received on 1 July 2009 follows the guidance
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 1 July 2009
      And reception established at 10:05 on Wednesday 1 July 2009 that the prisoner came from another prison
      And it is 11:00 on Wednesday 1 July 2009
      When the engine evaluates the case
      Then the guidance check says APPLIES
      And the current point is process point 6
      And reception must establish whether the prisoner came from the community via court or from another prison, with no time set in the guidance
      And that action is DONE
