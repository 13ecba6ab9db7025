@calendar
Feature: Calendar - England and Wales bank holidays and working days
  The English guidance's "public holiday" and "working day" are those of England and Wales (TC-12): Monday to
  Friday, except the bank holidays. The bundled calendar computes the recurring holidays (New Year's Day, Good
  Friday, Easter Monday, the early May and spring holidays, the summer holiday on the last Monday of August,
  Christmas Day and Boxing Day, with substitute days when they fall at a weekend) and applies the one-off changes
  published on GOV.UK. These scenarios ask the public calendar API directly, and then the engine.

  Background:
    Given the England and Wales bank holiday calendar

  Rule: The bank holidays of England and Wales are those published on GOV.UK

    @TC-11
    Scenario: The bank holidays of 2026
      Then the bank holidays of 2026 are:
        | date                    | name                         |
        | Thursday 1 January 2026 | New Year's Day               |
        | Friday 3 April 2026     | Good Friday                  |
        | Monday 6 April 2026     | Easter Monday                |
        | Monday 4 May 2026       | Early May bank holiday       |
        | Monday 25 May 2026      | Spring bank holiday          |
        | Monday 31 August 2026   | Summer bank holiday          |
        | Friday 25 December 2026 | Christmas Day                |
        | Monday 28 December 2026 | Boxing Day (substitute day)  |

    @TC-11
    Scenario: The bank holidays of 2022, with the Platinum Jubilee and the State Funeral
      Then the bank holidays of 2022 are:
        | date                       | name                                                     |
        | Monday 3 January 2022      | New Year's Day (substitute day)                          |
        | Friday 15 April 2022       | Good Friday                                              |
        | Monday 18 April 2022       | Easter Monday                                            |
        | Monday 2 May 2022          | Early May bank holiday                                   |
        | Thursday 2 June 2022       | Spring bank holiday                                      |
        | Friday 3 June 2022         | Platinum Jubilee bank holiday                            |
        | Monday 29 August 2022      | Summer bank holiday                                      |
        | Monday 19 September 2022   | Bank Holiday for the State Funeral of Queen Elizabeth II |
        | Monday 26 December 2022    | Boxing Day                                               |
        | Tuesday 27 December 2022   | Christmas Day (substitute day)                           |

    @TC-11
    Scenario Outline: <date> is a working day in England and Wales (<why>)
      Then <date> is a working day

      Examples:
        | date                      | why                                                  |
        | Friday 2 January 2026     | 2 January is a bank holiday only in Scotland         |
        | Monday 3 August 2026      | the summer holiday is the last Monday of August      |
        | Monday 15 June 2026       | the World Cup bank holiday is Scotland's only        |
        | Monday 30 November 2026   | St Andrew's Day is Scotland's only                   |
        | Monday 30 May 2022        | the 2022 spring holiday moved to Thursday 2 June     |

    @TC-11
    Scenario: The coronation of 2023 was a one-off bank holiday
      Then Monday 8 May 2023 is a bank holiday: "Bank holiday for the coronation of King Charles III"

  Rule: Working days skip weekends and bank holidays; the start day is day 0

    @TC-04 @TC-11
    Scenario: Three working days from the Thursday before Easter
      Then 3 working days after Thursday 2 April 2026 is Thursday 9 April 2026, passing over:
        | date                  | why           |
        | Friday 3 April 2026   | Good Friday   |
        | Saturday 4 April 2026 | Saturday      |
        | Sunday 5 April 2026   | Sunday        |
        | Monday 6 April 2026   | Easter Monday |

    @TC-11
    Scenario Outline: The next working day after <date> is <next>
      Then the next working day after <date> is <next>

      Examples:
        | date                       | next                       |
        | Thursday 2 April 2026      | Tuesday 7 April 2026       |
        | Thursday 24 December 2026  | Tuesday 29 December 2026   |
        | Friday 12 June 2026        | Monday 15 June 2026        |
        | Friday 28 August 2026      | Tuesday 1 September 2026   |

  Rule: The English guidance counts English and Welsh working days, whatever Scotland's holidays

    @TC-12 @TC-10 @ENG-COC-PRE-03 @ENG-COC-PRE-04
    Scenario Outline: The CJIT learns the prison at <aware> (<day>): due <due>
      Given the prison is in England
      And the interpretation setting weekendReliefMode is <mode>
      And the CJIT learns at <aware> that the offender has been remanded to HMP Example
      And it is <aware>
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by <due>
      And the due time is <kind>

      Examples:
        | aware                          | day                                  | mode          | due                               | kind        |
        | 10:00 on Monday 15 June 2026   | Scotland's World Cup bank holiday    | NEVER_SHORTER | 10:00 on Tuesday 16 June 2026     | HARD        |
        | 10:00 on Monday 30 November 2026 | St Andrew's Day in Scotland        | NEVER_SHORTER | 10:00 on Tuesday 1 December 2026  | HARD        |
        | 10:00 on Monday 31 August 2026 | the English and Welsh summer holiday | NEVER_SHORTER | 10:00 on Tuesday 1 September 2026 | HARD        |
        | 10:00 on Monday 31 August 2026 | the English and Welsh summer holiday | LITERAL       | 09:00 on Tuesday 1 September 2026 | BEST_EFFORT |
