@scotland
Feature: Scottish Throughcare Addiction Service - face-to-face meetings before release
  TAS outline model (2005), Time Frames and Levels of Contact (paragraph 9, repeated as 14): "There must be at least
  two face to face meeting with the prisoner pre-release to discuss and agree the community integration plan."

  Readings applied: the duty is for TAS clients, those accepted onto the Throughcare Addiction Service; it arises when
  they are accepted. Two meetings are needed, each face to face and held to discuss or to agree the community
  integration plan. "Pre-release" is read as the text says: any day of the custody period before the day of release.
  The catalogue's "normally within the last six weeks" (TC-07) belongs to the paragraph's first sentence, about the
  period of contact, which "will normally be confined" to them: a should, which does not narrow this must. The
  release is the movement when the prisoner has been released, and before that the earliest expected release date.

  Background:
    Given the prison is in Scotland
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
    And the prisoner was accepted onto the Throughcare Addiction Service at 10:00 on Monday 3 August 2026
    And the prisoner's expected release date is Friday 2 October 2026

  Rule: There must be at least two face to face meetings with the prisoner pre-release to discuss and agree the community integration plan

    @SCOT-TAS-OBL-11 @TC-07
    Scenario: One meeting so far: one of the two needed
      Given the TAS worker met the prisoner face to face at 10:00 on Tuesday 1 September 2026 to discuss the community integration plan
      And it is 09:00 on Wednesday 2 September 2026
      When the engine evaluates the case
      Then the TAS worker must meet the prisoner face to face at least twice before release to discuss and agree the community integration plan by the end of Thursday 1 October 2026
      And that action is OPEN
      And the due time is MIN_FREQUENCY
      And that action has seen 1 of the 2 needed
      And that action's window runs from 10:00 on Wednesday 8 April 2026 to 23:59:59 on Thursday 1 October 2026
      And it rests on SCOT-TAS-OBL-11
      And it was triggered by TAS_ACCEPTED at 10:00 on Monday 3 August 2026
      And it is owned by the "Throughcare Addiction Service", as "TAS worker (local authority criminal justice social work)"

    @SCOT-TAS-OBL-11
    Scenario: A meeting to discuss and a meeting to agree the plan: done at the second
      Given the TAS worker met the prisoner face to face at 10:00 on Tuesday 1 September 2026 to discuss the community integration plan
      And the TAS worker met the prisoner face to face at 10:00 on Tuesday 15 September 2026 to agree the community integration plan
      And it is 09:00 on Friday 25 September 2026
      When the engine evaluates the case
      Then the TAS worker must meet the prisoner face to face at least twice before release to discuss and agree the community integration plan by the end of Thursday 1 October 2026
      And that action is DONE
      And it was done at 10:00 on Tuesday 15 September 2026
      And that action has seen 2 of the 2 needed

    @SCOT-TAS-OBL-11
    Scenario: A telephone call about the plan and a face-to-face meeting about something else do not count
      Given the TAS worker spoke to the prisoner by telephone at 10:00 on Tuesday 1 September 2026 to discuss the community integration plan
      And the TAS worker saw the prisoner face to face at 10:00 on Thursday 10 September 2026 about something else
      And the TAS worker met the prisoner face to face at 10:00 on Tuesday 15 September 2026 to discuss the community integration plan
      And it is 00:00 on Friday 2 October 2026
      When the engine evaluates the case
      Then the TAS worker must meet the prisoner face to face at least twice before release to discuss and agree the community integration plan by the end of Thursday 1 October 2026
      And that action is OVERDUE
      And that action has seen 1 of the 2 needed

    @SCOT-TAS-OBL-11 @TC-07
    Scenario: A meeting more than six weeks before release is still a pre-release meeting
      Given the TAS worker met the prisoner face to face at 10:00 on Tuesday 4 August 2026 to discuss the community integration plan
      And the TAS worker met the prisoner face to face at 10:00 on Tuesday 1 September 2026 to agree the community integration plan
      And it is 09:00 on Wednesday 2 September 2026
      When the engine evaluates the case
      Then the TAS worker must meet the prisoner face to face at least twice before release to discuss and agree the community integration plan by the end of Thursday 1 October 2026
      And that action is DONE

    @SCOT-TAS-OBL-11
    Scenario: Released earlier than expected: the meetings were due before the actual release
      Given the TAS worker met the prisoner face to face at 10:00 on Tuesday 1 September 2026 to discuss the community integration plan
      And the prisoner was released from custody at 10:00 on Friday 25 September 2026
      And the TAS worker met the prisoner face to face at 10:00 on Friday 25 September 2026 to agree the community integration plan
      And it is 09:00 on Saturday 3 October 2026
      When the engine evaluates the case
      Then the TAS worker must meet the prisoner face to face at least twice before release to discuss and agree the community integration plan by the end of Thursday 24 September 2026
      And that action is OVERDUE
      And that action has seen 1 of the 2 needed
