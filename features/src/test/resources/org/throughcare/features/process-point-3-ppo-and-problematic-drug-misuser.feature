@process-point-3
Feature: Process point 3 - is the prisoner a PPO and/or problematic drug misuser?
  Part 2 (entry into prison), process point 3. For a prisoner who came from the community, on arrival in reception
  the Substance Misuse Team must determine whether the prisoner is a PPO and/or a problematic drug user. This can be
  ascertained by asking the prisoner, checking the warrant for evidence of problematic drug misuse, checking the
  Prisoner Escort Record for a PPO stamp, or a clinical drug test. The PPO Liaison Point is responsible for notifying
  the team of PPO arrivals; where a team worker is the first to identify a PPO not flagged on LIDS (a prisoner who
  self-identifies, say), the worker informs the PPO Liaison Point, which arranges to confirm the status; workers
  should routinely check new prisoners against LIDS. A prisoner who is neither needs nothing further under this
  guidance; one who is a PPO and/or a problematic drug misuser continues to process point 4, and for one who is both
  the team should also take account of the NOMS guidance on PPOs for prison drug strategy staff.

  Readings applied: the team's recorded determination is the answer; where it has recorded none, the evidence is
  read in the order LIDS, the PPO Liaison Point, the Prisoner Escort Record (for PPO status) and the earliest of the
  warrant, a clinical drug test and the prisoner's own account (for drug misuse); a denial answers "no" only when
  nothing shows otherwise. A prisoner who says they are a PPO, not flagged on LIDS and not yet confirmed, is a PPO
  not yet confirmed: a state of its own. None of these duties has a time in the text (TC-13). The "Gruben
  Assessment" is not modelled (AMB-58).

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Monday 11 May 2026
    And reception established at 10:05 on Monday 11 May 2026 that the prisoner came from the community via court

  Rule: On arrival in reception the Substance Misuse Team must determine whether the prisoner is a PPO and/or a problematic drug misuser

    @ENG-COC-PP3-01 @TC-13
    Scenario: The determination is due at reception, with no time set in the guidance
      Given it is 10:10 on Monday 11 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must determine whether the prisoner is a PPO and/or a problematic drug misuser, with no time set in the guidance
      And that action is OPEN
      And it is owned by the "Prison Substance Misuse Team", as "SMT (clinical) at reception"
      And it rests on ENG-COC-PP3-01
      And it cites "Process point 3, Required actions"
      And it was triggered by RECEPTION at 10:00 on Monday 11 May 2026
      And the process point 3 answer is UNDETERMINED
      And the process point 3 criteria not yet determined are PPO and DRUG_PROBLEM

    @ENG-COC-PP3-01
    Scenario Outline: The determination is done when both answers are recorded (<answered>)
      Given <first>
      And <second>
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must determine whether the prisoner is a PPO and/or a problematic drug misuser, with no time set in the guidance
      And that action is <status>

      Examples:
        | answered           | first                                                                          | second                                                                                        | status |
        | both               | reception found at 10:20 on Monday 11 May 2026 that the prisoner is a PPO       | reception found at 10:30 on Monday 11 May 2026 that the prisoner is not a problematic drug misuser | DONE   |
        | only PPO status    | reception found at 10:20 on Monday 11 May 2026 that the prisoner is a PPO       | the warrant seen at 10:30 on Monday 11 May 2026 shows problematic drug misuse                   | OPEN   |

    @ENG-COC-PP3-01
    Scenario Outline: The answer from the evidence: <case>
      Given <ppo evidence>
      And <drug evidence>
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the process point 3 answer is <answer>
      And the process point 3 answer says "<says>"
      And the process point 3 answer rests on ENG-COC-PP3-01

      Examples:
        | case                                          | ppo evidence                                                                          | drug evidence                                                                  | answer               | says                                                        |
        | a PER stamp and the warrant                   | the Prisoner Escort Record seen at 10:15 on Monday 11 May 2026 carries a PPO stamp     | the warrant seen at 10:20 on Monday 11 May 2026 shows problematic drug misuse   | PPO_AND_DRUG_MISUSER | PPO: a PPO stamp on the Prisoner Escort Record (2026-05-11T10:15 |
        | the PPO Liaison Point and a drug test         | the PPO Liaison Point notified the Substance Misuse Team at 10:15 on Monday 11 May 2026 of the PPO's arrival | a clinical drug test at 10:40 on Monday 11 May 2026 showed drug use | PPO_AND_DRUG_MISUSER | Problematic drug misuse: a clinical drug test (2026-05-11T10:40 |
        | a LIDS flag, and a denial of drug misuse      | LIDS, checked at 10:15 on Monday 11 May 2026, flags the prisoner as a PPO               | the prisoner, asked at 10:20 on Monday 11 May 2026, denied being a PPO or a problematic drug misuser | PPO | PPO: flagged as a PPO on LIDS |
        | no LIDS flag, and a drug test                 | LIDS, checked at 10:15 on Monday 11 May 2026, does not flag the prisoner as a PPO       | a clinical drug test at 10:40 on Monday 11 May 2026 showed drug use             | DRUG_MISUSER         | PPO: no, LIDS was checked and does not flag the prisoner as a PPO |
        | the prisoner's own account only               | it is 10:10 on Monday 11 May 2026                                                      | the prisoner said at 10:20 on Monday 11 May 2026 that they misuse drugs         | DRUG_MISUSER         | PPO: not yet determined                                     |
        | a denial only                                 | it is 10:10 on Monday 11 May 2026                                                      | the prisoner, asked at 10:20 on Monday 11 May 2026, denied being a PPO or a problematic drug misuser | NEITHER | the prisoner, asked, denied being a PPO (LIDS not yet checked) |
        | a denial, and the warrant shows misuse        | the prisoner, asked at 10:20 on Monday 11 May 2026, denied being a PPO or a problematic drug misuser | the warrant seen at 10:30 on Monday 11 May 2026 shows problematic drug misuse | DRUG_MISUSER | Problematic drug misuse: the warrant shows problematic drug misuse |
        | no LIDS flag and nothing on drug misuse       | LIDS, checked at 10:15 on Monday 11 May 2026, does not flag the prisoner as a PPO       | it is 10:10 on Monday 11 May 2026                                              | UNDETERMINED         | Problematic drug misuse: no determination or evidence recorded yet |

    @ENG-COC-PP3-01
    Scenario: The team's recorded determination is the answer, and says who determined it and when
      Given reception found at 10:20 on Monday 11 May 2026 that the prisoner is not a PPO
      And the Prisoner Escort Record seen at 10:15 on Monday 11 May 2026 carries a PPO stamp
      And reception found at 10:25 on Monday 11 May 2026 that the prisoner is a problematic drug misuser
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the process point 3 answer is DRUG_MISUSER
      And the process point 3 answer says "PPO: no, the Substance Misuse Team's determination (2026-05-11T10:20"
      And the decision carries the notice PP3_DETERMINATION_AGAINST_EVIDENCE

    @ENG-COC-PP3-01
    Scenario: Evidence that agrees with the team's determination raises no notice
      Given reception found at 10:20 on Monday 11 May 2026 that the prisoner is a PPO
      And the Prisoner Escort Record seen at 10:15 on Monday 11 May 2026 carries a PPO stamp
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the process point 3 answer is PPO
      And the decision carries no notice PP3_DETERMINATION_AGAINST_EVIDENCE

    @ENG-COC-PP3-01
    Scenario: A prisoner who came from another prison is not asked the process point 3 question
      Given reception established at 10:05 on Monday 11 May 2026 that the prisoner came from another prison
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then no process point 3 answer is given
      And the decision does not require that the Substance Misuse Team must determine whether the prisoner is a PPO and/or a problematic drug misuser

  Rule: A prisoner who says they are a PPO, not flagged on LIDS, is a PPO not yet confirmed: the team tells the PPO Liaison Point, which confirms the status

    @ENG-COC-PP3-04 @TC-13
    Scenario: A self-identified PPO who is not confirmed
      Given the prisoner said at 10:20 on Monday 11 May 2026 that they are a PPO
      And LIDS, checked at 10:25 on Monday 11 May 2026, does not flag the prisoner as a PPO
      And reception found at 10:30 on Monday 11 May 2026 that the prisoner is not a problematic drug misuser
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the process point 3 answer is PPO_UNCONFIRMED
      And the process point 3 criteria met are PPO_UNCONFIRMED
      And the process point 3 answer says "the prisoner said they are a PPO; LIDS does not flag them"
      And the decision carries the notice PPO_UNCONFIRMED
      And the Substance Misuse Team will tell the PPO Liaison Point of the possible PPO, with no time set in the guidance
      And that action is OPEN
      And it was triggered by PPO_SELF_IDENTIFIED at 10:20 on Monday 11 May 2026
      And it is owned by the "Prison Substance Misuse Team", as "the Substance Misuse Team worker who first identified the PPO"
      And the decision requires that the PPO Liaison Point will confirm the prisoner's PPO status
      And it arises only once "the Substance Misuse Team tells the PPO Liaison Point that the prisoner says they are a PPO"
      And the next point is process point 4 or no further action under this guidance
      And the routing statement says "if the PPO Liaison Point confirms the prisoner is a PPO"

    @ENG-COC-PP3-04
    Scenario: Once told, the PPO Liaison Point must confirm the status
      Given the prisoner said at 10:20 on Monday 11 May 2026 that they are a PPO
      And the Substance Misuse Team told the PPO Liaison Point at 10:40 on Monday 11 May 2026
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team will tell the PPO Liaison Point of the possible PPO, with no time set in the guidance
      And that action is DONE
      And the PPO Liaison Point will confirm the prisoner's PPO status, with no time set in the guidance
      And that action is OPEN
      And it was triggered by PPO_LIAISON_POINT_INFORMED at 10:40 on Monday 11 May 2026
      And the process point 3 answer is PPO_UNCONFIRMED

    @ENG-COC-PP3-04 @ENG-COC-RT-05
    Scenario Outline: The PPO Liaison Point's answer ends the unconfirmed state: <outcome>
      Given the prisoner said at 10:20 on Monday 11 May 2026 that they are a PPO
      And the Substance Misuse Team told the PPO Liaison Point at 10:40 on Monday 11 May 2026
      And <answer>
      And reception found at 10:30 on Monday 11 May 2026 that the prisoner is not a problematic drug misuser
      And it is 10:00 on Tuesday 12 May 2026
      When the engine evaluates the case
      Then the PPO Liaison Point will confirm the prisoner's PPO status, with no time set in the guidance
      And that action is DONE
      And the process point 3 answer is <result>
      And the decision carries no notice PPO_UNCONFIRMED

      Examples:
        | outcome      | answer                                                                               | result  |
        | confirmed    | the PPO Liaison Point confirmed at 09:00 on Tuesday 12 May 2026 that the prisoner is a PPO | PPO     |
        | not a PPO    | the PPO Liaison Point found at 09:00 on Tuesday 12 May 2026 that the prisoner is not a PPO | NEITHER |

    @ENG-COC-PP3-04 @ENG-COC-RT-05
    Scenario: A problematic drug misuser who says they are a PPO goes on to process point 4 while confirmation is awaited
      Given the prisoner said at 10:20 on Monday 11 May 2026 that they are a PPO
      And a clinical drug test at 10:40 on Monday 11 May 2026 showed drug use
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the process point 3 answer is DRUG_MISUSER_PPO_UNCONFIRMED
      And the process point 3 criteria met are DRUG_PROBLEM and PPO_UNCONFIRMED
      And the process point 3 criteria not yet determined are PPO
      And the current point is process point 4
      And the Substance Misuse Team will tell the PPO Liaison Point of the possible PPO, with no time set in the guidance

    @ENG-COC-PP3-04
    Scenario: A prisoner who says they are a PPO and is flagged on LIDS needs no confirmation
      Given the prisoner said at 10:20 on Monday 11 May 2026 that they are a PPO
      And LIDS, checked at 10:25 on Monday 11 May 2026, flags the prisoner as a PPO
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the process point 3 answer is PPO
      And the decision does not require that the Substance Misuse Team will tell the PPO Liaison Point of the possible PPO
      And the decision does not require that the PPO Liaison Point will confirm the prisoner's PPO status
      And the decision carries no notice PPO_UNCONFIRMED

  Rule: The PPO Liaison Point is responsible for notifying the Substance Misuse Team of PPO arrivals

    @ENG-COC-PP3-03 @TC-13
    Scenario Outline: A PPO's arrival: the notice is <status>
      Given LIDS, checked at 10:15 on Monday 11 May 2026, flags the prisoner as a PPO
      And <notice>
      And it is 12:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the PPO Liaison Point will notify the Substance Misuse Team of the PPO's arrival, with no time set in the guidance
      And that action is <status>
      And it is owned by the "PPO Liaison Point", as "PPO Liaison Point"

      Examples:
        | notice                                                                                      | status |
        | it is 11:00 on Monday 11 May 2026                                                           | OPEN   |
        | the PPO Liaison Point notified the Substance Misuse Team at 11:30 on Monday 11 May 2026 of the PPO's arrival | DONE |

    @ENG-COC-PP3-03 @ENG-COC-PP3-04
    Scenario: A self-identified PPO not flagged on LIDS: the team told the Liaison Point, which has no arrival to notify the team of
      Given the prisoner said at 10:20 on Monday 11 May 2026 that they are a PPO
      And LIDS, checked at 10:25 on Monday 11 May 2026, does not flag the prisoner as a PPO
      And the Substance Misuse Team told the PPO Liaison Point at 10:40 on Monday 11 May 2026
      And reception found at 09:00 on Tuesday 12 May 2026 that the prisoner is a PPO
      And it is 10:00 on Tuesday 12 May 2026
      When the engine evaluates the case
      Then the decision does not require that the PPO Liaison Point will notify the Substance Misuse Team of the PPO's arrival
      And the Substance Misuse Team will tell the PPO Liaison Point of the possible PPO, with no time set in the guidance
      And that action is DONE

    @ENG-COC-PP3-03
    Scenario: A prisoner who is not a PPO: no notice is required
      Given LIDS, checked at 10:15 on Monday 11 May 2026, does not flag the prisoner as a PPO
      And it is 12:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the decision does not require that the PPO Liaison Point will notify the Substance Misuse Team of the PPO's arrival

  Rule: Substance Misuse Team workers should routinely check new prisoners against LIDS

    @ENG-COC-PP3-05 @TC-13
    Scenario Outline: The LIDS check is <status> when <what>
      Given <check>
      And it is 12:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should check the new prisoner against LIDS, with no time set in the guidance
      And that action is <status>
      And it was triggered by RECEPTION at 10:00 on Monday 11 May 2026

      Examples:
        | what                     | check                                                                            | status |
        | not yet done             | it is 10:10 on Monday 11 May 2026                                                 | OPEN   |
        | LIDS shows a PPO flag    | LIDS, checked at 10:15 on Monday 11 May 2026, flags the prisoner as a PPO          | DONE   |
        | LIDS shows no PPO flag   | LIDS, checked at 10:15 on Monday 11 May 2026, does not flag the prisoner as a PPO  | DONE   |

  Rule: A PPO and/or a problematic drug misuser continues to process point 4; for neither, this guidance asks nothing further

    @ENG-COC-PP3-07 @ENG-COC-RT-05
    Scenario Outline: A prisoner who is <who> goes on to process point 4
      Given <ppo>
      And <drug>
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the current point is process point 4
      And the route taken is:
        | from      | to  | rule IDs                      |
        | RECEPTION | PP1 | ENG-COC-RT-01                 |
        | PP1       | PP3 | ENG-COC-RT-03                 |
        | PP3       | PP4 | ENG-COC-RT-05, ENG-COC-PP3-07 |
      And the routing statement says "Process point 4 (Prisoner has arrived from the community) applies now"

      Examples:
        | who                              | ppo                                                                        | drug                                                                                    |
        | a PPO                            | reception found at 10:20 on Monday 11 May 2026 that the prisoner is a PPO     | reception found at 10:30 on Monday 11 May 2026 that the prisoner is not a problematic drug misuser |
        | a problematic drug misuser       | reception found at 10:20 on Monday 11 May 2026 that the prisoner is not a PPO | reception found at 10:30 on Monday 11 May 2026 that the prisoner is a problematic drug misuser     |
        | both                             | reception found at 10:20 on Monday 11 May 2026 that the prisoner is a PPO     | reception found at 10:30 on Monday 11 May 2026 that the prisoner is a problematic drug misuser     |
        | a PPO, drug misuse not yet known | reception found at 10:20 on Monday 11 May 2026 that the prisoner is a PPO     | it is 10:40 on Monday 11 May 2026                                                        |

    @ENG-COC-RT-06
    Scenario: Neither a PPO nor a problematic drug misuser: this guidance asks nothing further
      Given reception found at 10:20 on Monday 11 May 2026 that the prisoner is not a PPO
      And reception found at 10:30 on Monday 11 May 2026 that the prisoner is not a problematic drug misuser
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the process point 3 answer is NEITHER
      And this guidance asks nothing further
      And the routing statement says "other guidance may still apply"
      And the route taken is:
        | from      | to                | rule IDs      |
        | RECEPTION | PP1               | ENG-COC-RT-01 |
        | PP1       | PP3               | ENG-COC-RT-03 |
        | PP3       | NO_FURTHER_ACTION | ENG-COC-RT-06 |
      And the decision does not require that the Substance Misuse Team (clinical) must ask the prisoner whether they are in contact with their CJIT

    @ENG-COC-RT-05 @ENG-COC-RT-06
    Scenario: Before the answers are known, process point 3 applies and either way is open
      Given reception found at 10:30 on Monday 11 May 2026 that the prisoner is not a problematic drug misuser
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the current point is process point 3
      And the next point is process point 4 or no further action under this guidance
      And the decision does not require that the Substance Misuse Team (clinical) must ask the prisoner whether they are in contact with their CJIT

  Rule: For a prisoner who is both a PPO and a problematic drug misuser, the team should also take account of the NOMS guidance on PPOs

    @ENG-COC-PP3-08
    Scenario: Both: a standing duty from the moment both are established
      Given reception found at 10:20 on Monday 11 May 2026 that the prisoner is a PPO
      And reception found at 10:30 on Monday 11 May 2026 that the prisoner is a problematic drug misuser
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the decision requires that the Substance Misuse Team should take account of the NOMS guidance on PPOs for prison drug strategy staff
      And that action is STANDING
      And the due time is STANDING
      And it was triggered by PPO_AND_DRUG_MISUSER at 10:30 on Monday 11 May 2026
      And it rests on ENG-COC-PP3-08

    @ENG-COC-PP3-08
    Scenario: A PPO who is not a problematic drug misuser: no such duty
      Given reception found at 10:20 on Monday 11 May 2026 that the prisoner is a PPO
      And reception found at 10:30 on Monday 11 May 2026 that the prisoner is not a problematic drug misuser
      And it is 11:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team should take account of the NOMS guidance on PPOs for prison drug strategy staff
