@calendar
Feature: Calendar - Scottish bank holidays and working days
  Scotland's bank holidays differ from England and Wales's (TC-11): 2 January is a holiday too; Easter Monday is
  not; the summer holiday is the first Monday of August, not the last; St Andrew's Day (30 November, since 2007)
  is a holiday, moved to the Monday when it falls at a weekend. One-offs apply as published on GOV.UK, including
  Monday 15 June 2026, proclaimed for Scotland only for the men's football team's first World Cup match since 1998.

  The Scottish documents set no working-day deadlines (TC-12); a Service 4 contract may set this calendar (AMB-75,
  see service-4-referrals-screening-and-assessment.feature). These scenarios ask the public calendar API directly.

  Background:
    Given the Scotland bank holiday calendar

  Rule: The bank holidays of Scotland are those published on GOV.UK

    @TC-11
    Scenario: The bank holidays of 2026, with the World Cup bank holiday
      Then the bank holidays of 2026 are:
        | date                     | name                        |
        | Thursday 1 January 2026  | New Year's Day              |
        | Friday 2 January 2026    | 2nd January                 |
        | Friday 3 April 2026      | Good Friday                 |
        | Monday 4 May 2026        | Early May bank holiday      |
        | Monday 25 May 2026       | Spring bank holiday         |
        | Monday 15 June 2026      | World Cup bank holiday      |
        | Monday 3 August 2026     | Summer bank holiday         |
        | Monday 30 November 2026  | St Andrew's Day             |
        | Friday 25 December 2026  | Christmas Day               |
        | Monday 28 December 2026  | Boxing Day (substitute day) |

    @TC-11
    Scenario: The bank holidays of 2022, with the Platinum Jubilee and the State Funeral
      Then the bank holidays of 2022 are:
        | date                       | name                                                     |
        | Monday 3 January 2022      | New Year's Day (substitute day)                          |
        | Tuesday 4 January 2022     | 2nd January (substitute day)                             |
        | Friday 15 April 2022       | Good Friday                                              |
        | Monday 2 May 2022          | Early May bank holiday                                   |
        | Thursday 2 June 2022       | Spring bank holiday                                      |
        | Friday 3 June 2022         | Platinum Jubilee bank holiday                            |
        | Monday 1 August 2022       | Summer bank holiday                                      |
        | Monday 19 September 2022   | Bank Holiday for the State Funeral of Queen Elizabeth II |
        | Wednesday 30 November 2022 | St Andrew's Day                                          |
        | Monday 26 December 2022    | Boxing Day                                               |
        | Tuesday 27 December 2022   | Christmas Day (substitute day)                           |

  Rule: 2 January is a Scottish bank holiday, moved past the weekend

    @TC-11
    Scenario Outline: New Year <year>: <date> is <name>
      Then <date> is a bank holiday: "<name>"

      Examples:
        | year | date                   | name                         |
        | 2026 | Friday 2 January 2026  | 2nd January                  |
        | 2027 | Friday 1 January 2027  | New Year's Day               |
        | 2027 | Monday 4 January 2027  | 2nd January (substitute day) |

    @TC-11
    Scenario: In 2027, 2 January falls on a Saturday and is not itself a holiday
      Then Saturday 2 January 2027 is not a bank holiday but is not a working day either: "Saturday"

  Rule: St Andrew's Day, 30 November, moves to the Monday when it falls at a weekend

    @TC-11
    Scenario Outline: St Andrew's Day <year>
      Then <holiday> is a bank holiday: "<name>"

      Examples:
        | year | holiday                   | name                              |
        | 2024 | Monday 2 December 2024    | St Andrew's Day (substitute day)  |
        | 2025 | Monday 1 December 2025    | St Andrew's Day (substitute day)  |
        | 2026 | Monday 30 November 2026   | St Andrew's Day                   |
        | 2027 | Tuesday 30 November 2027  | St Andrew's Day                   |

    @TC-11
    Scenario: In 2025, 30 November falls on a Sunday and the Monday is the holiday
      Then Sunday 30 November 2025 is not a bank holiday but is not a working day either: "Sunday"
      And Monday 1 December 2025 is a bank holiday: "St Andrew's Day (substitute day)"
      And the next working day after Friday 28 November 2025 is Tuesday 2 December 2025

  Rule: Scotland's summer holiday is the first Monday of August, and Easter Monday is not a Scottish holiday

    @TC-11
    Scenario Outline: <date> is a working day in Scotland (<why>)
      Then <date> is a working day

      Examples:
        | date                    | why                                                 |
        | Monday 6 April 2026     | Easter Monday is not a Scottish bank holiday        |
        | Monday 31 August 2026   | the last Monday of August is the English holiday    |
        | Monday 30 May 2022      | the 2022 spring holiday moved to Thursday 2 June    |

    @TC-11
    Scenario: The first Monday of August 2026 is the Scottish summer holiday
      Then Monday 3 August 2026 is a bank holiday: "Summer bank holiday"

  Rule: The World Cup bank holiday of 15 June 2026 is Scotland's only

    @TC-11
    Scenario: Around the World Cup bank holiday the next working day moves to Tuesday
      Then Monday 15 June 2026 is a bank holiday: "World Cup bank holiday"
      And the next working day after Friday 12 June 2026 is Tuesday 16 June 2026

    @TC-04 @TC-11
    Scenario: Three Scottish working days from the Thursday before Easter
      Then 3 working days after Thursday 2 April 2026 is Wednesday 8 April 2026, passing over:
        | date                  | why         |
        | Friday 3 April 2026   | Good Friday |
        | Saturday 4 April 2026 | Saturday    |
        | Sunday 5 April 2026   | Sunday      |
