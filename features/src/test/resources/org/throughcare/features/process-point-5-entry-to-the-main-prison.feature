@process-point-5
Feature: Process point 5 - the prisoner enters the main prison
  Part 2, process point 5. A prisoner, screened at reception and with the origin determined, enters the main prison:
  after process point 2 for a transfer (from process point 5 onwards), after process point 4 for an arrival from the
  community. When delivering clinical and psycho-social interventions the Substance Misuse Team must prioritise PPOs
  who are problematic drug users, then problematic drug users; it will also inform the prisoner's CJIT of the expected
  date of release; normal assessment of the prisoner's needs is then carried out by CARAT teams, as the CARATs Practice
  Manual and the other guidance documents it names set out. Process point 5 leads to on-going care, process point 6.

  Readings applied: the duties that the text gives no time and that go on while the prisoner is in the main prison are
  standing duties, never done once and for all and never overdue; telling the CJIT the release date has no time
  (AMB-64) and shares identifiable information, so consent decides whether it may go ahead (Annex A).

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
    And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison

  Rule: A transferred prisoner enters the main prison and goes on to on-going care

    @ENG-COC-RT-08 @ENG-COC-RT-04
    Scenario: A transfer continues at process point 5 and then at process point 6, where the next point cannot be known yet
      Given it is 10:10 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the current point is process point 6
      And the route taken is:
        | from      | to  | rule IDs                         |
        | RECEPTION | PP1 | ENG-COC-RT-01                    |
        | PP1       | PP2 | ENG-COC-RT-02                    |
        | PP2       | PP5 | ENG-COC-RT-04 and ENG-COC-PP2-12 |
        | PP5       | PP6 | ENG-COC-RT-08                    |
      And the next point cannot be known yet

    @ENG-COC-PP5-03
    Scenario: CARATs carry out the normal needs assessment as the CARATs Practice Manual sets out
      Given it is 10:10 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then CARATs will carry out the normal assessment of the prisoner's needs, as a standing duty
      And it rests on ENG-COC-PP5-03
      And it cites "Process point 5, Required actions"

  Rule: The Substance Misuse Team must prioritise PPOs who are problematic drug users, then problematic drug users

    @ENG-COC-PP5-01
    Scenario Outline: A prisoner who is <ppo> with a substance misuse need: <tier>, the interventions are prioritised
      Given reception found at 10:05 on Wednesday 8 April 2026 that the prisoner <ppo>
      And the clinical needs assessment completed at 15:00 on Wednesday 8 April 2026 found a substance misuse need
      And it is 16:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the treatment priority is <tier>
      And the Substance Misuse Team must prioritise the prisoner when delivering clinical and psycho-social interventions, as a standing duty

      Examples:
        | ppo             | tier   |
        | is a PPO        | tier 1 |
        | is not a PPO    | tier 2 |

    @ENG-COC-PP5-01
    Scenario: A prisoner with no substance misuse need is not in either prioritised category
      Given reception found at 10:05 on Wednesday 8 April 2026 that the prisoner is not a PPO
      And the clinical needs assessment completed at 15:00 on Wednesday 8 April 2026 found no substance misuse need
      And it is 16:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the treatment priority is tier 3
      And the decision does not require that the Substance Misuse Team must prioritise the prisoner when delivering clinical and psycho-social interventions

  Rule: The Substance Misuse Team will inform the prisoner's CJIT of the expected date of release

    @ENG-COC-PP5-02
    Scenario: The release date becomes known: the CJIT is to be told it, with no time set
      Given the client gave informed consent to sharing on Monday 6 April 2026
      And the prisoner's expected release date is Friday 2 October 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then the Substance Misuse Team will tell the prisoner's CJIT the expected date of release, with no time set in the guidance
      And that action is OPEN
      And it was triggered by RELEASE_DATE_KNOWN at 10:00 on Monday 6 July 2026
      And it may share information on the basis "CONSENT_GIVEN"

    @ENG-COC-PP5-02
    Scenario: A release date already recorded when the prisoner enters the main prison is told to the CJIT
      Given the client gave informed consent to sharing on Monday 6 April 2026
      And the prisoner's expected release date is Friday 2 October 2026
      And the Substance Misuse Team told the CJIT the expected release date at 11:00 on Thursday 9 April 2026
      And it is 10:00 on Friday 10 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team will tell the prisoner's CJIT the expected date of release, with no time set in the guidance
      And it was triggered by MAIN_PRISON at 10:00 on Wednesday 8 April 2026
      And that action is DONE
      And it was done at 11:00 on Thursday 9 April 2026

    @ENG-COC-PP5-02
    Scenario: With no release date known, the CJIT has nothing to be told yet
      Given it is 10:00 on Friday 10 April 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team will tell the prisoner's CJIT the expected date of release

    @ENG-COC-PP5-02 @ENG-COC-CONS-06 @AMB-60
    Scenario: Consent refused: telling the CJIT the release date discloses the prisoner outside the prison service and is blocked
      Given the client refused consent to sharing on Thursday 9 April 2026
      And the prisoner's expected release date is Friday 2 October 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 6 July 2026
      And it is 10:00 on Tuesday 7 July 2026
      When the engine evaluates the case
      Then the Substance Misuse Team will tell the prisoner's CJIT the expected date of release, with no time set in the guidance
      And it is blocked because consent was refused on Thursday 9 April 2026
