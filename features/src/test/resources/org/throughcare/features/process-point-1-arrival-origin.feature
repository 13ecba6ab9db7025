@process-point-1
Feature: Process point 1 - has the prisoner arrived from the community or from another prison?
  Part 2 (entry into prison), process point 1. The Substance Misuse Team (clinical) in reception must establish
  whether a prisoner has arrived from the community via court or from another prison (by asking the prisoner or
  checking the escort paperwork). From another prison: go to process point 2. From the community via court: go
  to process point 3. Every reception starts here.

  Two arrivals fit neither branch cleanly. The catalogue's readings: a prisoner who comes from court after being
  held in another prison goes to process point 2, as a transfer (AMB-44; the setting courtFromOtherPrisonRoute
  switches this to process point 3); any other arrival from the community, such as a licence recall returned by
  the police, goes to process point 3 (AMB-45). Process point 3 is encoded: see
  process-point-3-ppo-and-problematic-drug-misuser.feature.

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026

  Rule: The Substance Misuse Team (clinical) must establish where the prisoner has come from

    @ENG-COC-PP1-01 @ENG-COC-RT-01 @TC-13
    Scenario: Until the origin is established the prisoner stays at process point 1 and the next point cannot be known
      Given it is 10:02 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then reception must establish whether the prisoner came from the community via court or from another prison, with no time set in the guidance
      And that action is OPEN
      And it is owned by the "Prison Substance Misuse Team", as "SMT (clinical) at reception"
      And it rests on ENG-COC-PP1-01
      And it cites "Process point 1, Required actions"
      And the current point is process point 1
      And its name is "Has the prisoner arrived from the community or from another prison?"
      And the next point cannot be known yet
      And the route taken is:
        | from      | to  | rule IDs      |
        | RECEPTION | PP1 | ENG-COC-RT-01 |

    @ENG-COC-PP1-01
    Scenario: Establishing the origin does the action
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it is 10:10 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then reception must establish whether the prisoner came from the community via court or from another prison, with no time set in the guidance
      And that action is DONE
      And it was done at 10:05 on Wednesday 8 April 2026
      And it was done by origin

  Rule: If the prisoner is from another prison, go to process point 2; if from the community via court, go to process point 3

    @ENG-COC-RT-01 @ENG-COC-RT-02 @ENG-COC-RT-04 @ENG-COC-PP2-12
    Scenario: A prisoner from another prison goes to process point 2
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it is 10:10 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the current point is process point 6
      And the route taken is:
        | from      | to  | rule IDs                        |
        | RECEPTION | PP1 | ENG-COC-RT-01                   |
        | PP1       | PP2 | ENG-COC-RT-02                   |
        | PP2       | PP5 | ENG-COC-RT-04 and ENG-COC-PP2-12 |
        | PP5       | PP6 | ENG-COC-RT-08                   |
      And the next point cannot be known yet

    @ENG-COC-RT-01 @ENG-COC-RT-03
    Scenario: A prisoner from the community via court goes to process point 3
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from the community via court
      And it is 10:10 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the current point is process point 3
      And the route taken is:
        | from      | to  | rule IDs      |
        | RECEPTION | PP1 | ENG-COC-RT-01 |
        | PP1       | PP3 | ENG-COC-RT-03 |
      And the routing statement says "Process point 3 (Is the prisoner a PPO and/or a problematic drug misuser?) applies now"
      And the decision does not require that reception must ask the transferred prisoner the two questions

    @ENG-COC-RT-03 @AMB-45
    Scenario: Any other arrival from the community, such as a recall, goes to process point 3
      Given reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from the community by another route
      And it is 10:10 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the current point is process point 3

  Rule: A prisoner arriving from court after being held in another prison routes as a transfer, unless the setting says otherwise

    @ENG-COC-RT-02 @ENG-COC-RT-03 @AMB-44
    Scenario Outline: From court after another prison, with courtFromOtherPrisonRoute <setting>: process point <point>
      Given the interpretation setting courtFromOtherPrisonRoute is <setting>
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from court after being held in another prison
      And it is 10:10 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the current point is <current>
      And <next>
      And the decision <pp2 actions> that reception must ask the transferred prisoner the two questions

      Examples: The default reading, as a transfer
        | setting | point | current         | next                                                         | pp2 actions      |
        | PP2     | 2     | process point 6 | the next point cannot be known yet                           | requires         |

      Examples: The alternative reading, as from the community
        | setting | point | current         | next                                                         | pp2 actions      |
        | PP3     | 3     | process point 3 | the next point is process point 4 or no further action under this guidance | does not require |
