@interpretations
Feature: Interpretation TC-10 - the weekend and public holiday "9am on the next working day" rule
  Part 1 (Note) and process point 2 (parenthesis) let a 24-hour duty whose hours meet a weekend or public holiday
  be met by 9am on the next working day. Read literally, that can make the deadline shorter than 24 hours: a CJIT
  that learns the prison at 20:00 on a Sunday would have until 09:00 on Monday, thirteen hours. The catalogue
  (TC-10, AMB-31) records both readings:

    NEVER_SHORTER (the default): due at the later of the 24 hours and 09:00 on the next working day
    LITERAL (weekendReliefMode = LITERAL): due at 09:00 on the next working day

  They differ only when the trigger falls on a non-working day and the 24 hours end after 09:00 on the next
  working day. In both, a weekend or holiday "falls within" the 24 hours when the hours overlap any part of it
  (AMB-31a), the next working day is the first working day after the last non-working day they overlap (AMB-31c),
  and the working days are those of England and Wales (AMB-31d, TC-12). The relief applies only to the duties
  whose text gives it, never to the 24-hour clinical assessment of process point 2 (AMB-31b).

  Background:
    Given the prison is in England
    # The DIR shares identifiable information: with no consent decision recorded it would be held (ENG-COC-CONS-06).
    # These scenarios are about when it is due, so the client has consented.
    And the client gave informed consent to sharing on Monday 2 March 2026

  Rule: The two readings differ when the trigger falls on a non-working day and the 24 hours end after 09:00 on the next working day

    @TC-10 @AMB-31 @ENG-COC-PRE-04 @ENG-COC-PRE-03
    Scenario Outline: The CJIT learns the prison at <aware>; reading <mode>: due <due>
      Given the interpretation setting weekendReliefMode is <mode>
      And the CJIT learns at <aware> that the offender has been remanded to HMP Example
      And it is <aware>
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by <due>
      And the due time is <kind>
      And it records the interpretations TC-10, AMB-31 and weekendReliefMode=<mode>

      Examples: Sunday evening: the readings differ
        | aware                          | mode          | due                            | kind        |
        | 20:00 on Sunday 19 April 2026  | NEVER_SHORTER | 20:00 on Monday 20 April 2026  | HARD        |
        | 20:00 on Sunday 19 April 2026  | LITERAL       | 09:00 on Monday 20 April 2026  | BEST_EFFORT |

      Examples: The 24 hours end before 09:00 on the next working day: the readings agree
        | aware                          | mode          | due                            | kind        |
        | 08:00 on Sunday 19 April 2026  | NEVER_SHORTER | 09:00 on Monday 20 April 2026  | BEST_EFFORT |
        | 08:00 on Sunday 19 April 2026  | LITERAL       | 09:00 on Monday 20 April 2026  | BEST_EFFORT |
        | 16:00 on Thursday 2 April 2026 | NEVER_SHORTER | 09:00 on Tuesday 7 April 2026  | BEST_EFFORT |
        | 16:00 on Thursday 2 April 2026 | LITERAL       | 09:00 on Tuesday 7 April 2026  | BEST_EFFORT |

      Examples: No weekend or holiday within the 24 hours: no relief in either reading
        | aware                          | mode          | due                            | kind        |
        | 10:00 on Tuesday 14 April 2026 | NEVER_SHORTER | 10:00 on Wednesday 15 April 2026 | HARD      |
        | 10:00 on Tuesday 14 April 2026 | LITERAL       | 10:00 on Wednesday 15 April 2026 | HARD      |

    @TC-10 @AMB-31 @AMB-65 @ENG-COC-PRE-04 @boundary
    Scenario Outline: Sunday 20:00, reading <mode>: at <now> a DIR not yet sent is <status>
      Given the interpretation setting weekendReliefMode is <mode>
      And the CJIT learns at 20:00 on Sunday 19 April 2026 that the offender has been remanded to HMP Example
      And it is <now>
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by <due>
      And that action is <status>

      Examples:
        | mode          | now                           | due                           | status  |
        | LITERAL       | 09:00 on Monday 20 April 2026 | 09:00 on Monday 20 April 2026 | OPEN    |
        | LITERAL       | 09:01 on Monday 20 April 2026 | 09:00 on Monday 20 April 2026 | BEST_EFFORT_MISSED |
        | NEVER_SHORTER | 09:01 on Monday 20 April 2026 | 20:00 on Monday 20 April 2026 | OPEN    |
        | NEVER_SHORTER | 20:01 on Monday 20 April 2026 | 20:00 on Monday 20 April 2026 | OVERDUE |

    @TC-10 @AMB-31 @ENG-COC-PP2-10 @ENG-COC-PP2-09
    Scenario Outline: A CARAT file requested on Sunday at 20:00, reading <mode>: due <due>
      Given the interpretation setting weekendReliefMode is <mode>
      And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the receiving CARAT team asked the sending team for the CARAT file at 20:00 on Sunday 19 April 2026
      And it is 20:30 on Sunday 19 April 2026
      When the engine evaluates the case
      Then the sending CARAT team must forward the CARAT file to the receiving team by <due>
      And the due time is <kind>

      Examples:
        | mode          | due                           | kind   |
        | NEVER_SHORTER | 20:00 on Monday 20 April 2026 | HARD   |
        | LITERAL       | 09:00 on Monday 20 April 2026 | TARGET |

  Rule: The relief is not extended to the 24-hour clinical assessment

    @AMB-31 @ENG-COC-PP2-04
    Scenario Outline: A stable prisoner received at 18:00 on Friday, reading <mode>: assessed by 18:00 on Saturday
      Given the interpretation setting weekendReliefMode is <mode>
      And the prisoner was received into HMP Example at 18:00 on Friday 17 April 2026
      And reception established at 18:05 on Friday 17 April 2026 that the prisoner came from another prison
      And the prisoner was stable at the initial reception health screen at 18:10 on Friday 17 April 2026
      And it is 18:30 on Friday 17 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should assess the prisoner's clinical needs by 18:00 on Saturday 18 April 2026
      And no weekend or bank holiday relief applied

      Examples:
        | mode          |
        | NEVER_SHORTER |
        | LITERAL       |
