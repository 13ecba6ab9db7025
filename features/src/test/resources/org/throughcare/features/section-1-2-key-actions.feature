@section-1-2
Feature: Section 1.2(a) - the two key actions that MUST be undertaken
  The guidance (§1.2(a)) singles out two key actions. Key action 1: CJITs must track the prison a client is sent
  to after remand or sentence, then forward the DIR and any other relevant information to that prison (set out
  in Part 1). Key action 2: the Substance Misuse Team asks prisoners on reception whether they are problematic
  drug misusers, so that those whose DIR can be expected from the community are flagged; if that information is
  not available at the point of assessment, the team should contact the CJIT immediately.

  "Immediately" gives no number of hours, so the contact has no due time and is never overdue (TC-13). A DIR is
  expected from a CJIT only for a prisoner arriving from the community, so the contact concerns that route. The
  contact is the same act as process point 4's contact with the prisoner's CJIT for the DIR: it discloses the
  prisoner to the CJIT, so consent governs it in the same way (Annex A, AMB-60).

  Background:
    Given the prison is in England

  Rule: Key action 1 - the CJIT tracks the client's prison and forwards the DIR to it

    @ENG-COC-GEN-06 @ENG-COC-PRE-02 @ENG-COC-PRE-03 @ENG-COC-PRE-07 @ENG-COC-DIR-12
    Scenario: The CJIT tracks a remanded client to the prison and sends the DIR on the same day
      Given the court remanded the offender to custody at 11:00 on Tuesday 14 April 2026
      And the CJIT learns at 13:00 on Tuesday 14 April 2026 that the offender has been remanded to HMP Example
      And the CJIT sent the DIR to the prison's Substance Misuse Team at 15:00 on Tuesday 14 April 2026
      And it is 16:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the CJIT must make every effort to track the client to the prison they are sent to, with no time set in the guidance
      And that action is DONE
      And the CJIT must send the DIR to the prison's Substance Misuse Team by 13:00 on Wednesday 15 April 2026
      And that action is DONE
      And it was done at 15:00 on Tuesday 14 April 2026

  Rule: Key action 2 - on reception the Substance Misuse Team asks every prisoner whether they are a problematic drug misuser

    @ENG-COC-GEN-07 @ENG-COC-RT-01 @TC-13 @AMB-67
    Scenario Outline: Every reception asks the question, <arrival>
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came <arrival>
      And it is 10:10 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then reception must ask the prisoner whether they are a problematic drug misuser, with no time set in the guidance
      And that action is OPEN
      And it is owned by the "Prison Substance Misuse Team", as "SMT (clinical) at reception"
      And it rests on ENG-COC-GEN-07
      And it was triggered by RECEPTION at 10:00 on Wednesday 8 April 2026

      Examples:
        | arrival                      |
        | from the community via court |
        | from another prison          |

    @ENG-COC-GEN-07
    Scenario: The question is answered at reception
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from the community via court
      And reception found at 10:20 on Wednesday 8 April 2026 that the prisoner is not a problematic drug misuser
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then reception must ask the prisoner whether they are a problematic drug misuser, with no time set in the guidance
      And that action is DONE
      And it was done at 10:20 on Wednesday 8 April 2026
      And it was done by determined:problematicDrugUse

    @ENG-COC-GEN-07
    Scenario Outline: Every reception's question is done when the answer is recorded: <arrival>, answer <answer>
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came <arrival>
      And at 10:30 on Wednesday 8 April 2026 the answer to "is the prisoner a problematic drug misuser?" is <answer>
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then reception must ask the prisoner whether they are a problematic drug misuser, with no time set in the guidance
      And that action is <status>

      Examples:
        | arrival                      | answer             | status |
        | from another prison          | yes                | DONE   |
        | from another prison          | no                 | DONE   |
        | from another prison          | not yet determined | OPEN   |
        | from the community via court | yes                | DONE   |
        | from the community via court | not yet determined | OPEN   |

    @ENG-COC-GEN-07
    Scenario: A transferred prisoner's answer, recorded after the process point 2 questions, completes the question
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
      And the prisoner said at 10:15 on Wednesday 8 April 2026 that they were in contact with the Substance Misuse Team at the previous prison
      And reception found at 10:20 on Wednesday 8 April 2026 that the prisoner is a PPO
      And reception found at 10:40 on Wednesday 8 April 2026 that the prisoner is a problematic drug misuser
      And it is 11:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then reception must ask the prisoner whether they are a problematic drug misuser, with no time set in the guidance
      And that action is DONE
      And it was done at 10:40 on Wednesday 8 April 2026
      And it was done by determined:problematicDrugUse

  Rule: If the DIR from the community is not available when the assessment takes place, the Substance Misuse Team should contact the CJIT immediately

    Background:
      Given the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
      And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from the community via court
      And reception found at 10:20 on Wednesday 8 April 2026 that the prisoner is a problematic drug misuser

    @ENG-COC-GEN-07 @TC-13
    Scenario: The DIR had not arrived when the clinical assessment took place
      Given the client gave informed consent to sharing on Wednesday 8 April 2026
      And the clinical needs assessment was completed at 14:00 on Wednesday 8 April 2026
      And it is 14:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should contact the CJIT at once about the missing DIR, with no time set in the guidance
      And that action is OPEN
      And it rests on ENG-COC-GEN-07
      And it was triggered by CLINICAL_ASSESSMENT_COMPLETED at 14:00 on Wednesday 8 April 2026
      And it may share information on the basis "CONSENT_GIVEN"

    @ENG-COC-GEN-07 @ENG-COC-PP4-06 @ENG-COC-CONS-06 @AMB-60
    Scenario: Contacting the CJIT about the missing DIR discloses the prisoner to it, as process point 4's contact does: consent refused blocks both
      Given the client refused consent to sharing on Wednesday 8 April 2026
      And the prisoner said at 10:30 on Wednesday 8 April 2026 that they are in contact with their CJIT
      And the clinical needs assessment was completed at 14:00 on Wednesday 8 April 2026
      And it is 14:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should contact the CJIT at once about the missing DIR, with no time set in the guidance
      And it is blocked because consent was refused on Wednesday 8 April 2026
      And the Substance Misuse Team (clinical) should contact the prisoner's CJIT for the DIR, with no time set in the guidance
      And it is blocked because consent was refused on Wednesday 8 April 2026

    @ENG-COC-GEN-07 @ENG-COC-CONS-07
    Scenario: Consent refused, but the client may be likely to harm themselves: the CJIT may still be contacted about the missing DIR
      Given the client refused consent to sharing on Wednesday 8 April 2026
      And the client may be likely to harm themselves or another person
      And the clinical needs assessment was completed at 14:00 on Wednesday 8 April 2026
      And it is 14:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should contact the CJIT at once about the missing DIR, with no time set in the guidance
      And that action is OPEN
      And it may share information on the basis "EXCEPTION: RISK_OF_HARM"

    @ENG-COC-GEN-07
    Scenario Outline: The contact is done when <what happened>
      Given the clinical needs assessment was completed at 14:00 on Wednesday 8 April 2026
      And <step>
      And it is 16:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should contact the CJIT at once about the missing DIR, with no time set in the guidance
      And that action is DONE
      And it was done by <done by>

      Examples:
        | what happened                         | step                                                                               | done by                    |
        | the team contacted the CJIT           | the Substance Misuse Team contacted the CJIT about the missing DIR at 14:10 on Wednesday 8 April 2026 | SMT_CONTACTED_CJIT_FOR_DIR |
        | the DIR arrived after the assessment  | the prison received the DIR at 15:00 on Wednesday 8 April 2026                    | DIR_RECEIVED_BY_PRISON     |

    @ENG-COC-GEN-07
    Scenario: A DIR that arrived before the assessment needs no contact
      Given the prison received the DIR at 11:00 on Wednesday 8 April 2026
      And the clinical needs assessment was completed at 14:00 on Wednesday 8 April 2026
      And it is 14:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team (clinical) should contact the CJIT at once about the missing DIR

    @ENG-COC-GEN-07
    Scenario: A DIR that reached the prison before the prisoner did needs no contact
      Given the prison received the DIR at 08:30 on Wednesday 8 April 2026
      And the clinical needs assessment was completed at 14:00 on Wednesday 8 April 2026
      And it is 14:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team (clinical) should contact the CJIT at once about the missing DIR

    @ENG-COC-GEN-07
    Scenario: Before the assessment, the contact is pending on the DIR still missing then
      Given it is 12:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the decision requires that the Substance Misuse Team (clinical) should contact the CJIT at once about the missing DIR
      And it arises only once "the DIR from the community has still not arrived when the clinical assessment takes place"
