@part-1
Feature: Part 1 - Prior to prison entry (specific issues for CJITs)
  English guidance "Drug Misusing Offenders: ensuring the continuity-of-care between prison and community"
  (June 2009), Part 1. For every new referral into the Drug Interventions Programme (DIP) a DIR is completed.
  CJITs must make every effort to track the prison a client is sent to after sentence or remand. Once a CJIT
  knows the prison, it must transfer the client information to that prison within 24 hours (Note: if a weekend
  or public holiday falls within the 24 hours, it must aim to get it there by 9am on the next working day),
  by fax or e-mail to the prison's Substance Misuse Team, and should follow the fax up with a phone call.
  When the offender enters prison, the CJIT must close down the case and send an Activity Form to the
  regional Data Team.

  Times are London wall-clock times. "Within 24 hours" is 24 elapsed hours (catalogue TC-01, TC-02).

  Background:
    Given the prison is in England
    # The DIR shares identifiable information: with no consent decision recorded it would be held (ENG-COC-CONS-06).
    # These scenarios are about when it is due, so the client has consented.
    And the client gave informed consent to sharing on Monday 2 March 2026

  Rule: A DIR will be completed for every new referral into the Drug Interventions Programme

    @ENG-COC-PRE-01 @TC-13
    Scenario: A new DIP referral needs a DIR; the guidance sets no time for it
      Given the offender was referred into the Drug Interventions Programme at 11:00 on Monday 2 March 2026
      And it is 12:00 on Monday 2 March 2026
      When the engine evaluates the case
      Then the CJIT will complete a DIR for the new DIP referral, with no time set in the guidance
      And that action is OPEN
      And it is owned by the "CJIT", as "CJIT worker"
      And it rests on ENG-COC-PRE-01
      And it was triggered by DIP_REFERRAL at 11:00 on Monday 2 March 2026
      And it shares no identifiable information

    @ENG-COC-PRE-01
    Scenario: The DIR completed after the referral is done
      Given the offender was referred into the Drug Interventions Programme at 11:00 on Monday 2 March 2026
      And the CJIT completed the DIR at 15:30 on Monday 2 March 2026
      And it is 09:00 on Tuesday 3 March 2026
      When the engine evaluates the case
      Then the CJIT will complete a DIR for the new DIP referral, with no time set in the guidance
      And that action is DONE
      And it was done at 15:30 on Monday 2 March 2026
      And it was done by DIR_COMPLETED

  Rule: CJITs must make every effort to track the prison a client is sent to after sentence or remand

    @ENG-COC-PRE-02 @ENG-COC-PRE-05 @ENG-COC-GEN-06 @AMB-65
    Scenario: A client remanded by the court must be tracked to the prison
      Given the court remanded the offender to custody at 14:00 on Monday 2 March 2026
      And it is 15:00 on Monday 2 March 2026
      When the engine evaluates the case
      Then the CJIT must make every effort to track the client to the prison they are sent to, with no time set in the guidance
      And that action is OPEN
      And it is owned by the "CJIT", as "CJIT (court worker where there is one)"
      And it rests on ENG-COC-PRE-02, ENG-COC-PRE-05 and ENG-COC-GEN-06
      And it shares no identifiable information

    @ENG-COC-PRE-02 @ENG-COC-PRE-05 @ENG-COC-PRE-03
    Scenario: Tracking is done when the CJIT learns the prison, which starts the 24 hours
      Given the court sentenced the offender to custody at 14:00 on Monday 2 March 2026
      And the CJIT learns at 16:30 on Monday 2 March 2026 that the offender has been sentenced to HMP Example
      And it is 17:00 on Monday 2 March 2026
      When the engine evaluates the case
      Then the CJIT must make every effort to track the client to the prison they are sent to, with no time set in the guidance
      And that action is DONE
      And it was done at 16:30 on Monday 2 March 2026
      And it was done by CJIT_AWARE_OF_DESTINATION
      And the CJIT must send the DIR to the prison's Substance Misuse Team by 16:30 on Tuesday 3 March 2026
      And that action is OPEN

  Rule: Once the CJIT knows the prison, it must send the DIR and other relevant information to the prison's Substance Misuse Team within 24 hours

    @ENG-COC-PRE-03 @ENG-COC-PRE-07 @ENG-COC-DIR-12 @ENG-COC-GEN-06 @TC-01 @TC-02
    Scenario: On working days the CJIT has 24 hours from learning the prison
      Given the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been sentenced to HMP Example
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is OPEN
      And the due time is HARD
      And no weekend or bank holiday relief applied
      And the deadline passes over no day
      And it is owned by the "CJIT", as "CJIT worker"
      And it rests on ENG-COC-PRE-03, ENG-COC-PRE-04, ENG-COC-PRE-07, ENG-COC-GEN-06 and ENG-COC-DIR-12
      And it cites "Part 1, Definition and significance (with its Note) and Required actions; §1.2(a) key action 1"
      And it was triggered by CJIT_AWARE_OF_DESTINATION at 10:00 on Tuesday 14 April 2026

    @ENG-COC-PRE-03 @ENG-COC-PRE-07 @ENG-COC-DIR-12 @boundary
    Scenario Outline: The DIR sent <when> the 24 hours end is <status>
      Given the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been sentenced to HMP Example
      And the CJIT sent the DIR to the prison's Substance Misuse Team at <sent>
      And it is 12:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is <status>
      And it was done at <sent>
      And it was done by DIR_SENT_TO_PRISON

      Examples:
        | when               | sent                             | status    |
        | one minute before  | 09:59 on Wednesday 15 April 2026 | DONE      |
        | at the moment      | 10:00 on Wednesday 15 April 2026 | DONE      |
        | one minute after   | 10:01 on Wednesday 15 April 2026 | DONE_LATE |

    @ENG-COC-PRE-03 @boundary
    Scenario Outline: At <now> a DIR not yet sent is <status>
      Given the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been sentenced to HMP Example
      And it is <now>
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is <status>

      Examples:
        | now                              | status  |
        | 09:59 on Wednesday 15 April 2026 | OPEN    |
        | 10:00 on Wednesday 15 April 2026 | OPEN    |
        | 10:01 on Wednesday 15 April 2026 | OVERDUE |

  Rule: If a weekend or public holiday falls within the 24 hours, the CJIT must aim to get the information to the prison by 9am on the next working day

    @ENG-COC-PRE-04 @ENG-COC-PRE-03 @TC-10 @TC-11 @TC-12 @AMB-31
    Scenario: Learning the prison at 16:00 on the Thursday before Easter: due at 09:00 on the Tuesday after Easter Monday
      Given the CJIT learns at 16:00 on Thursday 2 April 2026 that the offender has been remanded to HMP Example
      And it is 08:59 on Tuesday 7 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 09:00 on Tuesday 7 April 2026
      And that action is OPEN
      And the due time is BEST_EFFORT
      And the weekend and bank holiday relief applied
      And the plain 24 hours would end at 16:00 on Friday 3 April 2026
      And the deadline passes over:
        | date                  | why           |
        | Friday 3 April 2026   | Good Friday   |
        | Saturday 4 April 2026 | Saturday      |
        | Sunday 5 April 2026   | Sunday        |
        | Monday 6 April 2026   | Easter Monday |
      And it records the interpretations TC-10, AMB-31, weekendReliefMode=NEVER_SHORTER and TC-12

    @ENG-COC-PRE-04 @TC-10 @boundary
    Scenario Outline: After Easter, the DIR sent at <sent> is <status>
      Given the CJIT learns at 16:00 on Thursday 2 April 2026 that the offender has been remanded to HMP Example
      And the CJIT sent the DIR to the prison's Substance Misuse Team at <sent>
      And it is 12:00 on Tuesday 7 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 09:00 on Tuesday 7 April 2026
      And that action is <status>

      Examples:
        | sent                           | status    |
        | 08:59 on Tuesday 7 April 2026  | DONE      |
        | 09:00 on Tuesday 7 April 2026  | DONE      |
        | 09:01 on Tuesday 7 April 2026  | DONE_LATE |
        | 11:00 on Saturday 4 April 2026 | DONE      |

    @ENG-COC-PRE-04 @TC-10 @AMB-65 @boundary
    Scenario Outline: After Easter, at <now> a DIR not yet sent is <status>
      Given the CJIT learns at 16:00 on Thursday 2 April 2026 that the offender has been remanded to HMP Example
      And it is <now>
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 09:00 on Tuesday 7 April 2026
      And that action is <status>

      Examples:
        | now                            | status  |
        | 16:01 on Friday 3 April 2026   | OPEN    |
        | 08:59 on Tuesday 7 April 2026  | OPEN    |
        | 09:00 on Tuesday 7 April 2026  | OPEN    |
        | 09:01 on Tuesday 7 April 2026  | BEST_EFFORT_MISSED |

    @ENG-COC-PRE-04 @ENG-COC-PRE-03 @TC-10 @AMB-31 @boundary
    Scenario Outline: Learning the prison at <aware>, the 24 hours <overlap>: due <due>
      Given the CJIT learns at <aware> that the offender has been remanded to HMP Example
      And it is <aware>
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by <due>
      And the due time is <kind>

      Examples:
        | aware                           | overlap                             | due                             | kind        |
        | 23:59 on Thursday 16 April 2026 | end a minute before Saturday        | 23:59 on Friday 17 April 2026   | HARD        |
        | 00:00 on Friday 17 April 2026   | end as Saturday begins              | 00:00 on Saturday 18 April 2026 | HARD        |
        | 00:01 on Friday 17 April 2026   | run one minute into Saturday        | 09:00 on Monday 20 April 2026   | BEST_EFFORT |
        | 20:00 on Saturday 18 April 2026 | lie within the weekend              | 09:00 on Monday 20 April 2026   | BEST_EFFORT |
        | 08:00 on Sunday 19 April 2026   | end at 08:00 on Monday              | 09:00 on Monday 20 April 2026   | BEST_EFFORT |
        | 10:00 on Monday 20 April 2026   | include no weekend or bank holiday  | 10:00 on Tuesday 21 April 2026  | HARD        |

  Rule: The CJIT should follow the fax or e-mail up with a phone call to the Substance Misuse Team

    @ENG-COC-PRE-08 @TC-13
    Scenario: The DIR has gone; the phone call follows, with no time set in the guidance
      Given the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been sentenced to HMP Example
      And the CJIT sent the DIR to the prison's Substance Misuse Team at 11:00 on Tuesday 14 April 2026
      And it is 11:30 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT should phone the Substance Misuse Team to say the offender is on the way, with no time set in the guidance
      And that action is OPEN
      And it rests on ENG-COC-PRE-08
      And it was triggered by DIR_SENT_TO_PRISON at 11:00 on Tuesday 14 April 2026

    @ENG-COC-PRE-08
    Scenario: The phone call made after the fax is done
      Given the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been sentenced to HMP Example
      And the CJIT sent the DIR to the prison's Substance Misuse Team at 11:00 on Tuesday 14 April 2026
      And the CJIT phoned the Substance Misuse Team at 11:10 on Tuesday 14 April 2026
      And it is 11:30 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT should phone the Substance Misuse Team to say the offender is on the way, with no time set in the guidance
      And that action is DONE
      And it was done at 11:10 on Tuesday 14 April 2026

    @ENG-COC-PRE-08
    Scenario: No phone call is asked for before the DIR is sent
      Given the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been sentenced to HMP Example
      And it is 11:30 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the decision does not require that the CJIT should phone the Substance Misuse Team to say the offender is on the way

  Rule: When an offender enters prison, the CJIT must close down the case and send an Activity Form to the regional Data Team

    @ENG-COC-PRE-09 @TC-13
    Scenario: A client on the CJIT's caseload enters prison
      Given the offender is on the CJIT's caseload
      And the prisoner was received into HMP Example at 15:00 on Wednesday 15 April 2026
      And it is 16:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the CJIT must close its case and send an Activity Form to the regional Data Team, with no time set in the guidance
      And that action is OPEN
      And it is owned by the "CJIT", as "CJIT worker"
      And it rests on ENG-COC-PRE-09 and ENG-COC-ACT-01
      And it was triggered by RECEPTION at 15:00 on Wednesday 15 April 2026

    @ENG-COC-PRE-09
    Scenario: A client whose prison the CJIT tracked enters prison, and the CJIT closes its case
      Given the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been remanded to HMP Example
      And the prisoner was received into HMP Example at 15:00 on Wednesday 15 April 2026
      And the CJIT closed its case and sent an Activity Form at 09:30 on Thursday 16 April 2026
      And it is 10:00 on Thursday 16 April 2026
      When the engine evaluates the case
      Then the CJIT must close its case and send an Activity Form to the regional Data Team, with no time set in the guidance
      And that action is DONE
      And it was done at 09:30 on Thursday 16 April 2026

    @ENG-COC-PRE-09
    Scenario: A prisoner the CJIT never worked with gives the CJIT nothing to close
      Given the prisoner was received into HMP Example at 15:00 on Wednesday 15 April 2026
      And it is 16:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the decision does not require that the CJIT must close its case and send an Activity Form to the regional Data Team

    @ENG-COC-PRE-09
    Scenario: A CJIT client transferred from another prison is not entering prison from the community: nothing to close
      Given the offender is on the CJIT's caseload
      And the prisoner was received into HMP Example at 15:00 on Wednesday 15 April 2026
      And reception established at 15:05 on Wednesday 15 April 2026 that the prisoner came from another prison
      And it is 16:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the decision does not require that the CJIT must close its case and send an Activity Form to the regional Data Team

  Rule: Before reception the person is in Part 1; process point 1 applies on reception into prison

    @ENG-COC-RT-01 @ENG-COC-PRE-03
    Scenario: While the CJIT is still getting the information to the prison, Part 1 applies and process point 1 comes next
      Given the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been remanded to HMP Example
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the current point is Part 1
      And its name is "Prior to prison entry (specific issues for CJITs)"
      And the next point is process point 1, which is encoded
      And no route has been taken yet
      And the routing statement says "process point 1 applies on reception into prison"
      And no treatment priority is given
