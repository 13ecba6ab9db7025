@annex-a
Feature: Annex A - Legal framework on information sharing and consent
  Information needed for continuity of drug treatment should, with the client's informed consent, be shared
  between Substance Misuse Teams and partners such as CJITs. Information may only be shared with informed consent
  (NB exceptions apply in line with existing confidentiality arrangements, e.g. where the client may be likely to
  harm themselves or another person, and in relation to Required Assessment and Restriction on Bail). Once consent
  has been given and not withdrawn, workers can share DIR information between the agencies both ways without
  further consent.

  In this release the actions that share identifiable information are the CJIT's DIR to the prison (Part 1) and
  its follow-up phone call. A refusal or withdrawal, with no exception, blocks them; the block says why and since
  when. With no consent decision recorded (and no exception) they are held until one is, never overdue meanwhile.
  A share made before consent was given, or with none recorded, is done but flagged. Actions that share nothing (tracking the client, closing the case, assessments, referrals) go ahead
  (AMB-60). The list of exceptions is open ("e.g."), so any other exception under existing confidentiality
  arrangements counts, with its reason recorded. A Restriction on Bail counts only where the CJIT oversees bail
  conditions, so never for someone remanded in custody. Sharing already done before a withdrawal stays done.

  Background:
    Given the prison is in England
    And the CJIT learns at 10:00 on Tuesday 14 April 2026 that the offender has been remanded to HMP Example

  Rule: With informed consent given and not withdrawn, the DIR is shared, and the consent covers sharing both ways

    @ENG-COC-CONS-04 @ENG-COC-CONS-10 @ENG-COC-PRE-07
    Scenario: Consent given: the CJIT sends the DIR on the basis of that consent
      Given the client gave informed consent to sharing on Monday 13 April 2026
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is OPEN
      And it is not blocked
      And it may share information on the basis "CONSENT_GIVEN"

    @ENG-COC-CONS-04 @ENG-COC-CONS-10 @ENG-COC-PRE-08
    Scenario: Consent given: the DIR sent and the phone call made both rest on the same consent
      Given the client gave informed consent to sharing on Monday 13 April 2026
      And the CJIT sent the DIR to the prison's Substance Misuse Team at 11:00 on Tuesday 14 April 2026
      And it is 11:30 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is DONE
      And it may share information on the basis "CONSENT_GIVEN"
      And the CJIT should phone the Substance Misuse Team to say the offender is on the way, with no time set in the guidance
      And that action is OPEN
      And it may share information on the basis "CONSENT_GIVEN"

  Rule: Information may only be shared with informed consent: a refusal blocks sharing, but not the work that shares nothing

    @ENG-COC-CONS-06 @ENG-COC-PRE-07 @AMB-60
    Scenario: Consent refused: the DIR may not be sent, and the action says why
      Given the client refused consent to sharing on Monday 13 April 2026
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And it is blocked because consent was refused on Monday 13 April 2026
      And the block rests on ENG-COC-CONS-06
      And the status explanation says "consent was refused on 2026-04-13"

    @ENG-COC-CONS-06
    Scenario: A blocked share does not fall overdue when its 24 hours pass
      Given the client refused consent to sharing on Monday 13 April 2026
      And it is 12:00 on Thursday 16 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is BLOCKED

    @ENG-COC-CONS-06 @ENG-COC-PRE-02 @AMB-60
    Scenario: Consent refused: tracking the client shares nothing and goes ahead
      Given the court remanded the offender to custody at 09:00 on Tuesday 14 April 2026
      And the client refused consent to sharing on Monday 13 April 2026
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT must make every effort to track the client to the prison they are sent to, with no time set in the guidance
      And that action is DONE
      And it shares no identifiable information

    @ENG-COC-CONS-06
    Scenario: No consent decision recorded yet: the share is held until consent, or an exception, is recorded
      Given it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is held because no consent decision is recorded
      And it may share information on the basis "CONSENT_NOT_RECORDED"
      And the status explanation says "informed consent (or an exception under existing confidentiality arrangements) is needed first"

    @ENG-COC-CONS-06
    Scenario: No consent decision recorded and the due time has passed: the share is still held, never overdue
      Given it is 12:00 on Thursday 16 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is held because no consent decision is recorded
      And the status explanation says "Its due time (2026-04-15T10:00:00+01:00) has passed"

    @ENG-COC-CONS-06 @ENG-COC-PRE-07
    Scenario: A DIR sent with no consent decision recorded is done, and the decision says it was shared without consent
      Given the CJIT sent the DIR to the prison's Substance Misuse Team at 15:00 on Tuesday 14 April 2026
      And it is 10:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is DONE
      And the decision carries the notice SHARED_WITHOUT_CONSENT
      And the notice says "with no consent decision recorded"

    @ENG-COC-CONS-04 @ENG-COC-PRE-07
    Scenario: A DIR sent before the client gave consent is done, and the decision says it was shared before consent
      Given the CJIT sent the DIR to the prison's Substance Misuse Team at 15:00 on Tuesday 14 April 2026
      And the client gave informed consent to sharing on Wednesday 15 April 2026
      And it is 10:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is DONE
      And the decision carries the notice SHARED_WITHOUT_CONSENT
      And the notice says "before consent was given (2026-04-15)"

  Rule: Exceptions apply in line with existing confidentiality arrangements

    @ENG-COC-CONS-07 @ENG-COC-PRE-07
    Scenario Outline: Consent refused, but <exception>: the DIR may still be sent
      Given the client refused consent to sharing on Monday 13 April 2026
      And <exception step>
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is OPEN
      And it is not blocked
      And it may share information on the basis "<basis>"

      Examples:
        | exception                                 | exception step                                                                                                   | basis                              |
        | a risk of harm                            | the client may be likely to harm themselves or another person                                                    | EXCEPTION: RISK_OF_HARM            |
        | a Required Assessment                     | a Required Assessment applies                                                                                    | EXCEPTION: REQUIRED_ASSESSMENT     |
        | another exception with its reason         | another exception under existing confidentiality arrangements applies: "disclosure required by a court order"   | EXCEPTION: OTHER_LAWFUL_EXCEPTION  |

    @ENG-COC-CONS-07 @ENG-COC-CONS-06
    Scenario: A Restriction on Bail does not apply to someone remanded in custody: the DIR stays blocked
      Given the client refused consent to sharing on Monday 13 April 2026
      And a Restriction on Bail applies and the CJIT is responsible for its conditions
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And it is blocked because consent was refused on Monday 13 April 2026

    @ENG-COC-CONS-07 @ENG-COC-CONS-11
    Scenario: Consent withdrawn, but the client may be likely to harm themselves: the DIR may still be sent
      Given the client withdrew consent to sharing on Tuesday 14 April 2026
      And the client may be likely to harm themselves or another person
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is OPEN
      And it may share information on the basis "EXCEPTION: RISK_OF_HARM"

    @ENG-COC-CONS-06 @ENG-COC-PRE-07
    Scenario: A DIR sent on the day consent was refused is done, and the decision says it was shared without consent
      Given the client refused consent to sharing on Tuesday 14 April 2026
      And the CJIT sent the DIR to the prison's Substance Misuse Team at 15:00 on Tuesday 14 April 2026
      And it is 10:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is DONE
      And the decision carries the notice SHARED_WITHOUT_CONSENT
      And the notice rests on ENG-COC-CONS-06

  Rule: A withdrawal ends the authority to share from the moment of withdrawal

    @ENG-COC-CONS-11 @ENG-COC-CONS-06
    Scenario: Consent withdrawn before the DIR was sent: the DIR may no longer be sent
      Given the client withdrew consent to sharing on Tuesday 14 April 2026
      And it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And it is blocked because consent was withdrawn on Tuesday 14 April 2026
      And the block rests on ENG-COC-CONS-11 and ENG-COC-CONS-06
      And the status explanation says "withdrawn"

    @ENG-COC-CONS-11 @ENG-COC-CONS-04
    Scenario: The DIR sent before consent was withdrawn stays done; the phone call not yet made is blocked
      Given the CJIT sent the DIR to the prison's Substance Misuse Team at 15:00 on Tuesday 14 April 2026
      And the client withdrew consent to sharing on Wednesday 15 April 2026
      And it is 10:00 on Thursday 16 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is DONE
      And it was done at 15:00 on Tuesday 14 April 2026
      And it is not blocked
      And the CJIT should phone the Substance Misuse Team to say the offender is on the way, with no time set in the guidance
      And it is blocked because consent was withdrawn on Wednesday 15 April 2026

  Rule: Consent is a timeline: each share is judged at its own instant, against the decision and the exceptions in force then

    @ENG-COC-CONS-11 @ENG-COC-CONS-04 @ENG-COC-CONS-06
    Scenario: Consent given, withdrawn and given again: the DIR sent in between is flagged, and sharing may go ahead now
      Given the client gave informed consent to sharing at 09:00 on Monday 13 April 2026
      And the client withdrew consent to sharing at 12:00 on Tuesday 14 April 2026
      And the CJIT sent the DIR to the prison's Substance Misuse Team at 15:00 on Tuesday 14 April 2026
      And the client gave informed consent to sharing at 09:30 on Wednesday 15 April 2026
      And it is 10:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is DONE
      And the decision carries the notice SHARED_WITHOUT_CONSENT
      And the notice says "after consent was withdrawn (2026-04-14)"
      And the CJIT should phone the Substance Misuse Team to say the offender is on the way, with no time set in the guidance
      And it is not blocked
      And it may share information on the basis "CONSENT_GIVEN"

    @ENG-COC-CONS-11 @ENG-COC-CONS-04
    Scenario: The DIR sent an hour before consent was withdrawn on the same day stays done, with no flag
      Given the client gave informed consent to sharing at 09:00 on Monday 13 April 2026
      And the CJIT sent the DIR to the prison's Substance Misuse Team at 11:00 on Tuesday 14 April 2026
      And the client withdrew consent to sharing at 12:00 on Tuesday 14 April 2026
      And it is 10:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is DONE
      And the decision carries no notice SHARED_WITHOUT_CONSENT
      And the CJIT should phone the Substance Misuse Team to say the offender is on the way, with no time set in the guidance
      And it is blocked because consent was withdrawn on Tuesday 14 April 2026

    @ENG-COC-CONS-07 @ENG-COC-CONS-06
    Scenario: A DIR sent after a refusal and before a risk of harm arose is flagged; sharing may go ahead once it has
      Given the client refused consent to sharing at 09:00 on Monday 13 April 2026
      And the CJIT sent the DIR to the prison's Substance Misuse Team at 11:00 on Tuesday 14 April 2026
      And from 16:00 on Tuesday 14 April 2026 the client may be likely to harm themselves or another person
      And it is 10:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is DONE
      And the decision carries the notice SHARED_WITHOUT_CONSENT
      And the notice says "after consent was refused (2026-04-13)"
      And the CJIT should phone the Substance Misuse Team to say the offender is on the way, with no time set in the guidance
      And it is not blocked
      And it may share information on the basis "EXCEPTION: RISK_OF_HARM"

    @ENG-COC-CONS-07 @ENG-COC-CONS-06
    Scenario: An exception that has ended covers the share made while it applied, but no longer covers sharing now
      Given the client refused consent to sharing at 09:00 on Monday 13 April 2026
      And from 09:00 on Tuesday 14 April 2026 the client may be likely to harm themselves or another person, until 09:00 on Wednesday 15 April 2026
      And the CJIT sent the DIR to the prison's Substance Misuse Team at 15:00 on Tuesday 14 April 2026
      And it is 10:00 on Thursday 16 April 2026
      When the engine evaluates the case
      Then the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And that action is DONE
      And the decision carries no notice SHARED_WITHOUT_CONSENT
      And the CJIT should phone the Substance Misuse Team to say the offender is on the way, with no time set in the guidance
      And it is blocked because consent was refused on Monday 13 April 2026

  Rule: Each exception allows sharing only in relation to itself

    @ENG-COC-CONS-07 @ENG-COC-CONS-06 @ENG-COC-PP5-02
    Scenario Outline: Consent refused and <exception>: the DIR may go, but telling the CJIT the release date <release date>
      Given the client refused consent to sharing on Monday 13 April 2026
      And <exception step>
      And the prisoner was received into HMP Example at 10:00 on Wednesday 15 April 2026
      And reception established at 10:05 on Wednesday 15 April 2026 that the prisoner came from another prison
      And the prisoner's expected release date is Friday 2 October 2026
      And it is 11:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team will tell the prisoner's CJIT the expected date of release, with no time set in the guidance
      And that action is <status>
      And the status explanation says "<explanation>"

      Examples:
        | exception                         | exception step                                                                                                 | release date                          | status  | explanation                                                    |
        | a risk of harm                    | the client may be likely to harm themselves or another person                                                  | is not about that risk and is blocked | BLOCKED | The exception that applies (RISK_OF_HARM) allows sharing only in relation to itself |
        | a Required Assessment             | a Required Assessment applies                                                                                  | is not about it and is blocked        | BLOCKED | The exception that applies (REQUIRED_ASSESSMENT) allows sharing only in relation to itself |
        | another exception with its reason | another exception under existing confidentiality arrangements applies: "disclosure required by a court order" | rests on that exception               | OPEN    | Open |

  Rule: If consent is refused, the referral is still made and the client is told treatment or support may be delayed

    @ENG-COC-CONS-12 @AMB-60
    Scenario: Consent refused: the client is to be told of the possible delay, and the referral to CARATs is still required
      Given the client refused consent to sharing on Monday 13 April 2026
      And the prisoner was received into HMP Example at 10:00 on Wednesday 15 April 2026
      And reception established at 10:05 on Wednesday 15 April 2026 that the prisoner came from another prison
      And the clinical needs assessment completed at 15:00 on Wednesday 15 April 2026 found a substance misuse need
      And it is 16:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the worker should tell the client that treatment or support may be delayed, with no time set in the guidance
      And that action is OPEN
      And it was triggered by CONSENT_REFUSED at 00:00 on Monday 13 April 2026
      And the Substance Misuse Team (clinical) will refer the prisoner to CARATs, with no time set in the guidance
      And that action is OPEN
      And it shares no identifiable information

    @ENG-COC-CONS-12 @ENG-COC-CONS-04
    Scenario: Consent refused and then given: no delay to tell of, and sharing may go ahead
      Given the client refused consent to sharing at 09:00 on Monday 13 April 2026
      And the client gave informed consent to sharing at 09:00 on Thursday 16 April 2026
      And it is 10:00 on Thursday 16 April 2026
      When the engine evaluates the case
      Then the decision does not require that the worker should tell the client that treatment or support may be delayed
      And the CJIT must send the DIR to the prison's Substance Misuse Team by 10:00 on Wednesday 15 April 2026
      And it is not blocked
      And it may share information on the basis "CONSENT_GIVEN"

    @ENG-COC-CONS-12
    Scenario: The client was told of the possible delay
      Given the client refused consent to sharing on Monday 13 April 2026
      And the worker told the client at 11:00 on Tuesday 14 April 2026 that treatment or support may be delayed
      And it is 12:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the worker should tell the client that treatment or support may be delayed, with no time set in the guidance
      And that action is DONE

    @ENG-COC-CONS-12
    Scenario: Advice given in the community, right after the refusal, counts once the client is received into prison
      Given the client refused consent to sharing at 09:00 on Monday 13 April 2026
      And the worker told the client at 09:30 on Monday 13 April 2026 that treatment or support may be delayed
      And the prisoner was received into HMP Example at 10:00 on Wednesday 15 April 2026
      And reception established at 10:05 on Wednesday 15 April 2026 that the prisoner came from the community via court
      And it is 12:00 on Thursday 16 April 2026
      When the engine evaluates the case
      Then the worker should tell the client that treatment or support may be delayed, with no time set in the guidance
      And that action is DONE
      And it was done at 09:30 on Monday 13 April 2026
      And it was triggered by CONSENT_REFUSED at 09:00 on Monday 13 April 2026

  Rule: The client is told early in the assessment how the information will be used and when it may be shared without consent

    The client must understand the uses of the information before agreeing and signing the DIR's consent form
    (principle 2), as early in the assessment as possible, and prison healthcare starts the DIR with the prisoner's
    consent at reception screening (Annex D): so the duty arises at the reception, for a prisoner whose journey goes on
    under this guidance (from another prison, or from the community as a PPO or a problematic drug misuser).

    @ENG-COC-CONS-08 @ENG-COC-CONS-14
    Scenario: On reception from another prison the client is to be told how the information will be used
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 15 April 2026
      And reception established at 10:05 on Wednesday 15 April 2026 that the prisoner came from another prison
      And it is 16:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the worker must tell the client how the information will be used and when it may be shared without consent, with no time set in the guidance
      And that action is OPEN
      And it was triggered by RECEPTION at 10:00 on Wednesday 15 April 2026

    @ENG-COC-CONS-08 @ENG-COC-CONS-14
    Scenario: A problematic drug misuser from the community is told at reception, not only once in the main prison days later
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 15 April 2026
      And reception established at 10:05 on Wednesday 15 April 2026 that the prisoner came from the community via court
      And reception found at 10:20 on Wednesday 15 April 2026 that the prisoner is a problematic drug misuser
      And it is 16:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the worker must tell the client how the information will be used and when it may be shared without consent, with no time set in the guidance
      And that action is OPEN
      And it was triggered by RECEPTION at 10:00 on Wednesday 15 April 2026

    @ENG-COC-CONS-08 @ENG-COC-CONS-14 @ENG-COC-RT-06
    Scenario: A prisoner from the community who is neither a PPO nor a problematic drug misuser: this guidance asks nothing further
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 15 April 2026
      And reception established at 10:05 on Wednesday 15 April 2026 that the prisoner came from the community via court
      And reception found at 10:20 on Wednesday 15 April 2026 that the prisoner is not a problematic drug misuser
      And reception found at 10:25 on Wednesday 15 April 2026 that the prisoner is not a PPO
      And it is 16:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the decision does not require that the worker must tell the client how the information will be used and when it may be shared without consent

    @ENG-COC-CONS-08 @ENG-COC-CONS-14
    Scenario: The worker explained early in the assessment how the information is used and when it may be shared
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 15 April 2026
      And reception established at 10:05 on Wednesday 15 April 2026 that the prisoner came from another prison
      And the worker explained to the client at 11:00 on Wednesday 15 April 2026 how information is used and when it may be shared
      And it is 16:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the worker must tell the client how the information will be used and when it may be shared without consent, with no time set in the guidance
      And that action is DONE

  Rule: For a prisoner who agreed to sharing with the CJIT, the other prison departments and the Offender Manager play their part

    @ENG-COC-CONS-18 @ENG-COC-CONS-19
    Scenario: Consent given: CARATs tell the other prison departments, and the Offender Manager keeps CARATs informed
      Given the client gave informed consent to sharing on Monday 13 April 2026
      And the prisoner was received into HMP Example at 10:00 on Wednesday 15 April 2026
      And reception established at 10:05 on Wednesday 15 April 2026 that the prisoner came from another prison
      And it is 16:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then CARATs will tell the other prison departments that the prisoner agreed to sharing with the CJIT, with no time set in the guidance
      And that action is OPEN
      And it was triggered by MAIN_PRISON at 10:00 on Wednesday 15 April 2026
      And the Offender Manager will keep the CARAT team informed of the prisoner's progress, as a standing duty

    @ENG-COC-CONS-18 @ENG-COC-CONS-19 @ENG-COC-CONS-11
    Scenario: Consent withdrawn in the middle of custody: no duty rests on a consent that no longer stands
      Given the client gave informed consent to sharing on Monday 13 April 2026
      And the prisoner was received into HMP Example at 10:00 on Wednesday 15 April 2026
      And reception established at 10:05 on Wednesday 15 April 2026 that the prisoner came from another prison
      And the client withdrew consent to sharing on Monday 4 May 2026
      And it is 16:00 on Monday 4 May 2026
      When the engine evaluates the case
      Then the decision does not require that CARATs will tell the other prison departments that the prisoner agreed to sharing with the CJIT
      And the decision does not require that the Offender Manager will keep the CARAT team informed of the prisoner's progress

  Rule: Monitoring data that are de-personalised need no consent, and the decision says so

    @ENG-COC-PRE-09 @AMB-60
    Scenario: Consent refused: the CJIT's Activity Form goes ahead, as de-personalised monitoring data
      Given the offender is on the CJIT's caseload
      And the client refused consent to sharing on Monday 13 April 2026
      And the prisoner was received into HMP Example at 10:00 on Wednesday 15 April 2026
      And it is 11:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the CJIT must close its case and send an Activity Form to the regional Data Team, with no time set in the guidance
      And that action is OPEN
      And it may share information on the basis "NOT_NEEDED: de-personalised monitoring data"
