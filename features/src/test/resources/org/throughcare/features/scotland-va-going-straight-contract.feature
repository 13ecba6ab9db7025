@scotland
Feature: Scottish voluntary assistance - the Going Straight Contract's targets
  VA Phase 2 guidance (2004), Annex A (Revised). Time Limited: "The contract is not an open-ended agreement and it is
  important that each target set out in it has a clear time scale for delivery." The template's grid: "Target (aim)
  / Who is responsible? / How will it be done? / When by? / Has it been achieved?"

  Readings applied: each target is its own obligation, named by its key and never by its aim. It is for whoever the
  grid says is responsible, it is due by its own "When by?" date, a target (so a date missed is TARGET_MISSED), and it
  is achieved when "Has it been achieved?" is answered yes at a review. A target with no date, or with no one
  responsible, is a defect of the contract (AMB-22): the decision flags it by its key and raises no action for it.

  Background:
    Given the prison is in Scotland
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
    And the prisoner and the supervisor signed a Going Straight Contract at 14:00 on Wednesday 20 May 2026, ending on Thursday 31 December 2026, whose grid reads:
      | key | Target (aim)                   | Who is responsible? | When by?   | Has it been achieved? | reviewed at      |
      | T1  | Improve my reading and writing | PRISONER, TRAINING  | 2026-09-30 | NOT_YET               | 2026-06-12T10:00 |
      | T2  | Find somewhere to live         | PRISONER, HOUSING   | 2026-07-31 | YES                   | 2026-07-20T10:00 |
      | T3  | Get onto a methadone programme | ADDICTIONS          |            |                       |                  |
      | T4  | Open a bank account            |                     | 2026-08-31 |                       |                  |

  Rule: Each target has a clear time scale for delivery, and the grid says who is responsible and whether it has been achieved

    @SCOT-VA-GSC-19 @SCOT-VA-GSC-12
    Scenario: Each target is due by its own When-by date, for those responsible for it
      Given it is 10:00 on Monday 3 August 2026
      When the engine evaluates the case
      Then for T1, those responsible for the target must achieve the contract target by its when-by date by the end of Wednesday 30 September 2026
      And that action is OPEN
      And the due time is TARGET
      And it is owned by the "Going Straight Contract", as "PRISONER, TRAINING"
      And it rests on SCOT-VA-GSC-19 and SCOT-VA-GSC-12
      And it was triggered by GOING_STRAIGHT_CONTRACT_SIGNED at 14:00 on Wednesday 20 May 2026
      And the decision lists 2 instances of that action: T1 and T2
      Then for T2, those responsible for the target must achieve the contract target by its when-by date by the end of Friday 31 July 2026
      And that action is DONE
      And it was done at 10:00 on Monday 20 July 2026
      And it is owned by the "Going Straight Contract", as "PRISONER, HOUSING"

    @SCOT-VA-GSC-19 @SCOT-VA-GSC-12
    Scenario: A target not achieved by its date is a target missed
      Given it is 00:00 on Thursday 1 October 2026
      When the engine evaluates the case
      Then for T1, those responsible for the target must achieve the contract target by its when-by date by the end of Wednesday 30 September 2026
      And that action is TARGET_MISSED

    @SCOT-VA-GSC-12 @AMB-22
    Scenario: A target with no When-by date is a defect of the contract
      Given it is 10:00 on Monday 3 August 2026
      When the engine evaluates the case
      Then the decision flags GSC_TARGET_WITHOUT_WHEN_BY for contract target T3, without repeating its aim
      And no action is required for contract target T3

    @SCOT-VA-GSC-19
    Scenario: A target with no one responsible is a defect of the contract
      Given it is 10:00 on Monday 3 August 2026
      When the engine evaluates the case
      Then the decision flags GSC_TARGET_WITHOUT_RESPONSIBLE for contract target T4, without repeating its aim
      And no action is required for contract target T4
