@service-4 @calendar
Feature: Service 4 - the contract's calendar
  The Service 4 specification does not say where it applies, so it does not say which bank holidays its "working
  days" skip: the contract says (AMB-75). By default the calendar is that of the prison's location; a contract may
  set another. 2 January is a bank holiday in Scotland but not in England and Wales.

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Monday 1 December 2025
    And reception established at 10:20 on Monday 1 December 2025 that the prisoner came from the community via court

  Rule: The working days are those of the contract's calendar

    @SPEC4-ASM-05 @AMB-75 @TC-11
    Scenario Outline: Over New Year on the <calendar> calendar
      Given HMP Example holds a Service 4 contract from Tuesday 1 April 2025 that sets the <calendar> calendar
      And a positive drug test was confirmed at 14:00 on Wednesday 31 December 2025
      And it is 10:00 on Monday 5 January 2026
      When the engine evaluates the case
      Then the Service Provider should carry out the initial assessment by the end of <due>

      Examples:
        | calendar          | due                       |
        | England and Wales | Thursday 8 January 2026   |
        | Scotland          | Friday 9 January 2026     |
