@drug-interventions-record
Feature: The Drug Interventions Record (DIR) at the prison
  The DIR is the tool the CJIT and the prison's Substance Misuse Team share. Process point 4: the team keeps the DIR,
  received from the CJIT or raised by the prison, until the prisoner is eligible to leave prison (process point 7).
  Annex A: the worker and the individual must sign the consent form attached to the DIR. Annex D: CARAT teams use the
  DIR as the minimum basis for referring out to CJITs, and mark the front of the CARAT file "DIP" for every offender
  who agreed to information being shared with the local CJIT. Process point 7: if the DIR is less than six months old,
  its information should be used to inform the release plan.

  Readings applied (catalogue): a DIR is less than six months old on a date when that date is before its completion
  date plus six calendar months, month ends clamping, so a DIR exactly six months old is too old (TC-08, AMB-48); it is
  judged on the day the release plan was agreed or, before that, on the day of the decision. The prisoner is
  eligible to leave prison once the release date is known (AMB-49), which ends the duty to keep the DIR.

  Background:
    Given the prison is in England

  Rule: A DIR under six months old informs the release plan; one exactly six months old is too old

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And the prisoner's expected release date is Friday 2 October 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 4 May 2026

    @ENG-COC-PP7-07 @ENG-COC-DIR-02 @TC-08 @AMB-48 @boundary
    Scenario Outline: A DIR completed on Monday 10 November 2025, relied on <when>: <outcome>
      Given the DIR on file was completed on Monday 10 November 2025
      And it is <now>
      When the engine evaluates the case
      Then the decision <required> that CARATs should use the DIR's information in the release plan
      And the decision carries the notice <notice>

      Examples:
        | when                                   | now                            | required         | notice      | outcome                    |
        | a day before it is six months old      | 12:00 on Saturday 9 May 2026   | requires         | DIR_AGE     | it is used                 |
        | on the day it is exactly six months old | 00:00 on Sunday 10 May 2026    | does not require | DIR_TOO_OLD | it is too old              |

    @ENG-COC-PP7-07 @ENG-COC-DIR-02 @TC-08
    Scenario: The duty to use a DIR under six months old: a SHOULD, done with the agreed plan
      Given the DIR on file was completed on Monday 10 November 2025
      And a release-plan meeting at 14:00 on Saturday 9 May 2026 agreed the release plan
      And it is 10:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then CARATs should use the DIR's information in the release plan, with no time set in the guidance
      And that action is DONE
      And it was triggered by RELEASE_DATE_KNOWN at 10:00 on Monday 4 May 2026
      And it rests on ENG-COC-PP7-07 and ENG-COC-DIR-02
      And it cites "Process point 7, Required actions"
      And the decision carries no notice DIR_TOO_OLD

    @ENG-COC-PP7-07 @ENG-COC-DIR-02 @TC-08 @boundary
    Scenario Outline: A plan agreed on <day>, when the DIR is <age>
      Given the DIR on file was completed on Monday 10 November 2025
      And a release-plan meeting at 14:00 on <day> agreed the release plan
      And it is 10:00 on Tuesday 12 May 2026
      When the engine evaluates the case
      Then the decision <required> that CARATs should use the DIR's information in the release plan

      Examples:
        | day                  | age                           | required         |
        | Saturday 9 May 2026  | a day under six months old    | requires         |
        | Sunday 10 May 2026   | exactly six months old        | does not require |

    @ENG-COC-DIR-02 @TC-08
    Scenario Outline: Month ends clamp: a DIR completed on 31 March is six months old on 30 September (<now>)
      Given the DIR on file was completed on Tuesday 31 March 2026
      And it is <now>
      When the engine evaluates the case
      Then the decision <required> that CARATs should use the DIR's information in the release plan

      Examples:
        | now                                 | required         |
        | 23:59 on Tuesday 29 September 2026  | requires         |
        | 00:00 on Wednesday 30 September 2026 | does not require |

    @ENG-COC-PP7-07
    Scenario: With no DIR on file, nothing is asked of the release plan about it
      Given it is 10:00 on Monday 11 May 2026
      When the engine evaluates the case
      Then the decision does not require that CARATs should use the DIR's information in the release plan
      And the decision carries no notice DIR_TOO_OLD

  Rule: The Substance Misuse Team keeps the DIR until the prisoner is eligible to leave prison, and the decision says who raised it

    Background:
      Given the prisoner was received into HMP Example at 14:00 on Friday 22 May 2026
      And reception established at 14:05 on Friday 22 May 2026 that the prisoner came from the community via court
      And reception found at 14:10 on Friday 22 May 2026 that the prisoner is a problematic drug misuser

    @ENG-COC-DIR-03 @ENG-COC-PP4-03 @AMB-49
    Scenario: A DIR received from the CJIT is kept: a standing duty
      Given the prison received the DIR at 09:00 on Saturday 23 May 2026
      And it is 10:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the decision requires that the Substance Misuse Team should keep the DIR until the prisoner is eligible to leave prison
      And that action is STANDING
      And it was triggered by DIR_HELD at 09:00 on Saturday 23 May 2026
      And the decision carries the notice DIR_FROM_CJIT
      And the decision carries no notice DIR_RAISED_BY_PRISON

    @ENG-COC-DIR-03 @ENG-COC-PP4-04 @ENG-COC-PP4-13
    Scenario: A DIR the prison raised is kept too, and the decision says the prison raised it
      Given the Substance Misuse Team opened a new DIR at 15:00 on Saturday 23 May 2026
      And it is 10:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the decision requires that the Substance Misuse Team should keep the DIR until the prisoner is eligible to leave prison
      And that action is STANDING
      And it was triggered by DIR_HELD at 15:00 on Saturday 23 May 2026
      And the decision carries the notice DIR_RAISED_BY_PRISON
      And the notice says "raised by the prison's Substance Misuse Team"

    @ENG-COC-DIR-03 @AMB-49
    Scenario: Once the release date is known the prisoner is eligible to leave, and the duty to keep the DIR ends
      Given the prison received the DIR at 09:00 on Saturday 23 May 2026
      And the Substance Misuse Team learnt the prisoner's release date at 10:00 on Monday 1 June 2026
      And it is 10:00 on Tuesday 2 June 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team should keep the DIR until the prisoner is eligible to leave prison

    @ENG-COC-DIR-03 @AMB-49 @ENG-COC-RT-07
    Scenario: A release date recorded without the team learning it: the DIR is still kept before the prisoner enters the main prison
      Given the prison received the DIR at 09:00 on Saturday 23 May 2026
      And the prisoner's expected release date is Friday 4 December 2026
      And it is 23:59 on Monday 25 May 2026
      When the engine evaluates the case
      Then the decision requires that the Substance Misuse Team should keep the DIR until the prisoner is eligible to leave prison
      And that action is STANDING

    @ENG-COC-DIR-03 @AMB-49 @ENG-COC-RT-07
    Scenario: A release date recorded without the team learning it is known from the entry into the main prison, which ends the duty to keep the DIR
      Given the prison received the DIR at 09:00 on Saturday 23 May 2026
      And the prisoner's expected release date is Friday 4 December 2026
      And it is 00:00 on Tuesday 26 May 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team should keep the DIR until the prisoner is eligible to leave prison

    @ENG-COC-DIR-03
    Scenario: With no DIR held there is nothing to keep
      Given it is 10:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team should keep the DIR until the prisoner is eligible to leave prison

  Rule: A new DIR raised by the prison: the CJIT gets a copy, and the worker and the prisoner sign the consent form attached to it

    Background:
      Given the prisoner was received into HMP Example at 14:00 on Friday 22 May 2026
      And reception established at 14:05 on Friday 22 May 2026 that the prisoner came from the community via court
      And reception found at 14:10 on Friday 22 May 2026 that the prisoner is a problematic drug misuser
      And the Substance Misuse Team opened a new DIR at 15:00 on Saturday 23 May 2026

    @ENG-COC-DIR-06 @TC-13
    Scenario Outline: The copy of the DIR for the CJIT is <status> when <what>
      Given the client gave informed consent to sharing on Saturday 23 May 2026
      And <step>
      And it is 10:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should send the CJIT a copy of the DIR it raised, with no time set in the guidance
      And that action is <status>
      And it rests on ENG-COC-DIR-06, ENG-COC-PP4-13 and ENG-COC-PP4-04

      Examples:
        | what          | step                                                                               | status |
        | not yet sent  | it is 16:00 on Saturday 23 May 2026                                                | OPEN   |
        | sent          | the Substance Misuse Team sent the CJIT a copy of the DIR at 09:00 on Monday 25 May 2026 | DONE |

    @ENG-COC-DIR-06
    Scenario: The copy discloses the prisoner to the CJIT: withheld while no consent decision is recorded
      Given it is 10:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should send the CJIT a copy of the DIR it raised, with no time set in the guidance
      And that action is held because no consent decision is recorded

    @ENG-COC-DIR-08 @ENG-COC-CONS-09 @TC-13
    Scenario Outline: The consent form attached to the DIR is <status> when <what>
      Given <consent>
      And <step>
      And it is 10:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must sign the consent form attached to the DIR with the prisoner, with no time set in the guidance
      And that action is <status>
      And it was triggered by DIR_RAISED_BY_PRISON at 15:00 on Saturday 23 May 2026
      And it is owned by the "Prison Substance Misuse Team", as "the worker who raised the DIR, with the prisoner"

      Examples:
        | what                         | consent                                                         | step                                                                                          | status |
        | not yet signed               | it is 16:00 on Saturday 23 May 2026                              | it is 17:00 on Saturday 23 May 2026                                                           | OPEN   |
        | signed                       | the client gave informed consent to sharing on Saturday 23 May 2026 | the worker and the prisoner signed the consent form attached to the DIR at 15:30 on Saturday 23 May 2026 | DONE |

    @ENG-COC-DIR-08 @ENG-COC-CONS-09
    Scenario Outline: A prisoner who <decision> consent signs no consent form
      Given the client gave informed consent to sharing on Saturday 23 May 2026
      And the client <decision> consent to sharing on Sunday 24 May 2026
      And it is 10:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team must sign the consent form attached to the DIR with the prisoner

      Examples:
        | decision |
        | refused  |
        | withdrew |

  Rule: CARAT teams use the DIR as the minimum basis for referring out to CJITs, and mark the CARAT file DIP for those who agreed to sharing with the CJIT

    Background:
      Given the prisoner was received into HMP Example at 14:00 on Friday 22 May 2026
      And reception established at 14:05 on Friday 22 May 2026 that the prisoner came from the community via court
      And reception found at 14:10 on Friday 22 May 2026 that the prisoner is a problematic drug misuser

    @ENG-COC-DIR-10
    Scenario: A prisoner whose DIR the prison holds: the DIR is the basis for referring out, a standing duty
      Given the client gave informed consent to sharing on Friday 22 May 2026
      And the prison received the DIR at 09:00 on Saturday 23 May 2026
      And it is 10:00 on Monday 25 May 2026
      When the engine evaluates the case
      Then the decision requires that CARATs will use the DIR as the minimum basis for referring out to CJITs
      And that action is STANDING
      And it rests on ENG-COC-DIR-10

    @ENG-COC-DIR-10
    Scenario: With no DIR held, there is no DIR to refer out on
      Given it is 10:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the decision does not require that CARATs will use the DIR as the minimum basis for referring out to CJITs

    @ENG-COC-DIR-11 @TC-13
    Scenario Outline: Consent to sharing with the CJIT: marking the CARAT file DIP is <status>
      Given the client gave informed consent to sharing at 16:00 on Friday 22 May 2026
      And <step>
      And it is 10:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then CARATs will mark the CARAT file DIP, with no time set in the guidance
      And that action is <status>
      And it was triggered by CONSENT_GIVEN at 16:00 on Friday 22 May 2026

      Examples:
        | step                                                          | status |
        | it is 17:00 on Friday 22 May 2026                             | OPEN   |
        | CARATs marked the CARAT file DIP at 09:00 on Saturday 23 May 2026 | DONE |

    @ENG-COC-DIR-11
    Scenario Outline: Without consent given (<decision>), the file is not marked DIP
      Given <decision>
      And it is 10:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the decision does not require that CARATs will mark the CARAT file DIP

      Examples:
        | decision                                                     |
        | it is 09:00 on Saturday 23 May 2026                          |
        | the client refused consent to sharing on Friday 22 May 2026  |

  Rule: The CARAT file is marked DIP for all those who agreed to sharing with the CJIT, whichever way they came into this prison

    @ENG-COC-DIR-11 @TC-13
    Scenario: A prisoner transferred from another prison who agreed to sharing with the CJIT: CARATs mark the CARAT file DIP
      Given the client gave informed consent to sharing on Monday 6 April 2026
      And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And it is 12:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then CARATs will mark the CARAT file DIP, with no time set in the guidance
      And that action is OPEN
      And it was triggered by CONSENT_GIVEN at 10:00 on Wednesday 8 April 2026
