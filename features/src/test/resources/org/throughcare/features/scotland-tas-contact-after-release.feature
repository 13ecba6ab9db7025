@scotland
Feature: Scottish Throughcare Addiction Service - face-to-face support contact after release
  TAS outline model (2005), Time Frames and Levels of Contact (paragraph 9, repeated as 14): "the period of contact
  for those referred to the Throughcare Addiction Service will normally be confined to the last 6 weeks of the
  prisoner's sentence and to the immediate 6 weeks after release. ... The expected level of support contact [face to
  face] on release will at a minimum be one per week."

  Readings applied (catalogue): the duty is for TAS clients, those accepted onto the Throughcare Addiction Service.
  Each of the six weeks after release is its own window of calendar days: week k runs from release + 7(k-1) days to
  release + 7k - 1 days, both included (TC-07). The weeks roll from the release day; they are not calendar weeks
  (AMB-09). No Scottish holiday moves them, since the guidance gives no working-day rule (AMB-08). Only a face-to-face
  contact inside a week completes that week; after week 6 there is no minimum.

  Background:
    Given the prison is in Scotland
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
    And the prisoner was accepted onto the Throughcare Addiction Service at 10:00 on Monday 3 August 2026

  Rule: The expected level of support contact [face to face] on release will at a minimum be one per week

    @SCOT-TAS-OBL-13 @TC-07 @AMB-09
    Scenario: A contact in week 2 does not complete week 1, which stays overdue after it has ended
      Given the prisoner was released from custody at 10:00 on Friday 2 October 2026
      And the TAS worker had face-to-face support contact with the person at 11:00 on Saturday 10 October 2026
      And it is 09:00 on Monday 12 October 2026
      When the engine evaluates the case
      Then for week-1, the TAS worker will have face-to-face support contact with the person at least once that week by the end of Thursday 8 October 2026
      And that action is OVERDUE
      And the due time is WINDOW
      And that action's window runs from 00:00 on Friday 2 October 2026 to 23:59:59 on Thursday 8 October 2026
      And it rests on SCOT-TAS-OBL-13
      And it records the interpretations TC-07, AMB-08 and AMB-09
      And it was triggered by RELEASED at 10:00 on Friday 2 October 2026
      And the decision lists 6 instances of that action: week-1, week-2, week-3, week-4, week-5 and week-6
      Then for week-2, the TAS worker will have face-to-face support contact with the person at least once that week by the end of Thursday 15 October 2026
      And that action is DONE
      And it was done at 11:00 on Saturday 10 October 2026
      Then for week-3, the TAS worker will have face-to-face support contact with the person at least once that week by the end of Thursday 22 October 2026
      And that action is UPCOMING
      Then for week-6, the TAS worker will have face-to-face support contact with the person at least once that week by the end of Thursday 12 November 2026
      And that action is UPCOMING

    @SCOT-TAS-OBL-13 @TC-07 @boundary
    Scenario Outline: A contact at <contact> falls in <week>
      Given the prisoner was released from custody at 10:00 on Friday 2 October 2026
      And the TAS worker had face-to-face support contact with the person at <contact>
      And it is 09:00 on Friday 13 November 2026
      When the engine evaluates the case
      Then for week-1, the TAS worker will have face-to-face support contact with the person at least once that week by the end of Thursday 8 October 2026
      And that action is <week 1>
      Then for week-2, the TAS worker will have face-to-face support contact with the person at least once that week by the end of Thursday 15 October 2026
      And that action is <week 2>

      Examples:
        | contact                             | week   | week 1  | week 2  |
        | 12:00 on Friday 2 October 2026      | week 1 | DONE    | OVERDUE |
        | 23:59:59 on Thursday 8 October 2026 | week 1 | DONE    | OVERDUE |
        | 00:00 on Friday 9 October 2026      | week 2 | OVERDUE | DONE    |

    @SCOT-TAS-OBL-13
    Scenario: A telephone call is not face-to-face support contact
      Given the prisoner was released from custody at 10:00 on Friday 2 October 2026
      And the TAS worker spoke to the person by telephone at 11:00 on Saturday 3 October 2026
      And it is 09:00 on Monday 5 October 2026
      When the engine evaluates the case
      Then for week-1, the TAS worker will have face-to-face support contact with the person at least once that week by the end of Thursday 8 October 2026
      And that action is OPEN

    @SCOT-TAS-OBL-13 @TC-07 @AMB-08
    Scenario: Christmas and the New Year holidays do not move the weeks
      Given the prisoner was released from custody at 10:00 on Friday 18 December 2026
      And it is 09:00 on Friday 8 January 2027
      When the engine evaluates the case
      Then for week-2, the TAS worker will have face-to-face support contact with the person at least once that week by the end of Thursday 31 December 2026
      And that action is OVERDUE
      Then for week-3, the TAS worker will have face-to-face support contact with the person at least once that week by the end of Thursday 7 January 2027
      And that action is OVERDUE

    @SCOT-TAS-OBL-13
    Scenario: Before release, no weekly contact is required yet
      Given it is 09:00 on Monday 5 October 2026
      When the engine evaluates the case
      Then the decision does not require that the TAS worker will have face-to-face support contact with the person at least once that week
