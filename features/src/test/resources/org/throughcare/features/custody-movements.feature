@custody-movements
Feature: Custody as movements - where the prisoner came from, and where the prisoner is
  Process point 1 asks the Substance Misuse Team (clinical) in reception to establish the prisoner's immediate
  origin: from the community via court, or a "transfer" from another prison; one way is to check the paperwork
  the prisoner escort service provides on the origin of each prisoner. Part 4 describes where a prisoner goes on
  leaving a prison: to a new prison directly (process point 8), to court (process point 10), from court to a new
  prison (process point 11, which follows process point 1 at the receiving prison), from court back to the
  original prison (process point 12, where the team resumes the prisoner's continuity of care), or released
  (process points 9, 13 and 14).

  A prison's movement record lists these movements, each dated: a reception, a transfer out, a production at
  court, a return from court, a release at the gate or at court. The decision derives from them the custody
  period (it starts at the latest reception; a return from court to the same prison is not a new reception), the
  prisoner's origin (stated by reception staff; otherwise the kind of the reception; otherwise the movement that
  led to it) and where the prisoner is now. Information the CJIT sends while the person is on the way belongs to
  the custody period it leads into. In these scenarios custody states no reception time and no origin: the
  movements alone say them.

  Readings applied (catalogue): a prisoner who comes from court after being held in another prison goes to
  process point 2, as a transfer (AMB-44); any other arrival from the community, such as a recall without a
  court, goes to process point 3 (AMB-45).

  Background:
    Given the prison is in England

  Rule: A transfer from another prison is a reception at the receiving prison, which follows process point 1 and then process point 2

    @ENG-COC-PP1-01 @ENG-COC-RT-01 @ENG-COC-RT-02 @ENG-COC-RT-04 @ENG-COC-PP2-12 @ENG-COC-PP2-01
    Scenario: The prisoner left another prison on transfer and was received here: origin another prison, process point 2
      Given the movement record shows the prisoner left HMP Alpha at 08:00 on Wednesday 8 April 2026 on transfer to HMP Example
      And the movement record shows the prisoner received into HMP Example at 14:00 on Wednesday 8 April 2026
      And it is 14:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the custody period began with the reception at 14:00 on Wednesday 8 April 2026
      And the prisoner arrived from another prison, as the movement before the reception shows
      And the prisoner is in prison at HMP Example
      And the current point is process point 6
      And the route taken is:
        | from      | to  | rule IDs                         |
        | RECEPTION | PP1 | ENG-COC-RT-01                    |
        | PP1       | PP2 | ENG-COC-RT-02                    |
        | PP2       | PP5 | ENG-COC-RT-04 and ENG-COC-PP2-12 |
        | PP5       | PP6 | ENG-COC-RT-08                    |
      And reception must ask the transferred prisoner the two questions, with no time set in the guidance
      And it was triggered by RECEPTION at 14:00 on Wednesday 8 April 2026
      And reception must establish whether the prisoner came from the community via court or from another prison, with no time set in the guidance
      And that action is DONE
      And it was done at 14:00 on Wednesday 8 April 2026

    @ENG-COC-RT-01 @ENG-COC-RT-02
    Scenario: On the way between prisons, the prisoner is still in the custody period of the sending prison
      Given the movement record shows the prisoner received into HMP Alpha at 10:00 on Wednesday 1 April 2026 from court after time in the community
      And the movement record shows the prisoner left HMP Alpha at 08:00 on Wednesday 8 April 2026 on transfer to HMP Example
      And it is 10:00 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the prisoner is on transfer to HMP Example
      And the custody period began with the reception at 10:00 on Wednesday 1 April 2026
      And the journey statement says "On transfer between prisons, to HMP Example since 2026-04-08T08:00:00+01:00."

  Rule: A court production and a return to the same prison resume the journey: the return is not a new reception

    Background:
      Given the movement record shows the prisoner received into HMP Example at 10:00 on Wednesday 8 April 2026 from court after time in the community
      And the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Tuesday 14 April 2026

    @ENG-COC-RT-01 @ENG-COC-RT-03
    Scenario: At court, the prisoner is still in the custody period that began at the reception
      Given it is 11:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the prisoner is at court at Example Crown Court
      And the custody period began with the reception at 10:00 on Wednesday 8 April 2026
      And the journey statement says "At court (Example Crown Court), produced from prison; no outcome is recorded yet"

    @ENG-COC-RT-01 @ENG-COC-RT-03 @ENG-COC-GEN-07
    Scenario: Back from court, the same custody period goes on and no reception duty arises again
      Given the movement record shows the prisoner returned from court to HMP Example at 16:00 on Tuesday 14 April 2026
      And it is 17:00 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the prisoner is in prison at HMP Example
      And the custody period began with the reception at 10:00 on Wednesday 8 April 2026
      And the prisoner arrived from the community via court, as the kind of the reception says
      And reception must ask the prisoner whether they are a problematic drug misuser, with no time set in the guidance
      And it was triggered by RECEPTION at 10:00 on Wednesday 8 April 2026
      And no action is triggered at 16:00 on Tuesday 14 April 2026
      And the route taken is:
        | from      | to  | rule IDs      |
        | RECEPTION | PP1 | ENG-COC-RT-01 |
        | PP1       | PP3 | ENG-COC-RT-03 |

  Rule: From court to a new prison is a reception there: the receiving team follows process point 1

    @ENG-COC-RT-01 @ENG-COC-RT-02 @AMB-44
    Scenario: Produced at court from another prison, then received here: from court after being held in another prison
      Given the movement record shows the prisoner taken from HMP Alpha to Example Crown Court at 09:00 on Tuesday 14 April 2026
      And the movement record shows the prisoner received into HMP Example at 17:00 on Tuesday 14 April 2026
      And it is 17:30 on Tuesday 14 April 2026
      When the engine evaluates the case
      Then the custody period began with the reception at 17:00 on Tuesday 14 April 2026
      And the prisoner arrived from court after being held in another prison, as the movement before the reception shows
      And the current point is process point 6
      And the next point cannot be known yet

  Rule: A recall from the community without a court is an arrival from the community

    @ENG-COC-RT-01 @ENG-COC-RT-03 @AMB-45
    Scenario: Released at the gate, then recalled on licence and returned by the police: process point 3
      Given the movement record shows the prisoner released at the gate at 09:00 on Monday 2 March 2026
      And the movement record shows the prisoner received into HMP Example at 18:00 on Wednesday 8 April 2026 on recall, without a court
      And it is 18:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the custody period began with the reception at 18:00 on Wednesday 8 April 2026
      And the prisoner arrived from the community by another route, as the kind of the reception says
      And the current point is process point 3
      And the route taken is:
        | from      | to  | rule IDs      |
        | RECEPTION | PP1 | ENG-COC-RT-01 |
        | PP1       | PP3 | ENG-COC-RT-03 |
      And the decision does not require that reception must ask the transferred prisoner the two questions

  Rule: The kind of the reception says the origin when the earlier movements are not recorded

    @ENG-COC-PP1-01 @ENG-COC-RT-01 @ENG-COC-RT-02 @ENG-COC-RT-03 @AMB-44 @AMB-45
    Scenario Outline: Received <kind>: <origin>, then <current>
      Given the movement record shows the prisoner received into HMP Example at 10:00 on Wednesday 8 April 2026 <kind>
      And it is 10:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then the prisoner arrived <origin>, as the kind of the reception says
      And the current point is <current>
      And <next>
      And reception must establish whether the prisoner came from the community via court or from another prison, with no time set in the guidance
      And that action is DONE
      And it was done at 10:00 on Wednesday 8 April 2026

      Examples:
        | kind                                    | origin                                        | current         | next                                                         |
        | from court after time in the community  | from the community via court                  | process point 3 | the next point is process point 4 or no further action under this guidance |
        | from court after time in another prison | from court after being held in another prison | process point 6 | the next point cannot be known yet                           |
        | on transfer from another prison         | from another prison                           | process point 6 | the next point cannot be known yet                           |
        | on recall, without a court              | from the community by another route           | process point 3 | the next point is process point 4 or no further action under this guidance |
        | as another arrival from the community   | from the community by another route           | process point 3 | the next point is process point 4 or no further action under this guidance |

    @ENG-COC-PP1-01 @ENG-COC-RT-01
    Scenario: A reception with no kind and no earlier movement leaves the origin for reception to establish
      Given the movement record shows the prisoner received into HMP Example at 10:00 on Wednesday 8 April 2026
      And it is 10:30 on Wednesday 8 April 2026
      When the engine evaluates the case
      Then where the prisoner arrived from is not established yet
      And the current point is process point 1
      And the next point cannot be known yet
      And reception must establish whether the prisoner came from the community via court or from another prison, with no time set in the guidance
      And that action is OPEN

  Rule: A DIR or information the CJIT sends while the person is on the way belongs to the custody period it leads into

    Background:
      Given the client gave informed consent to sharing on Monday 2 March 2026
      And the movement record shows the prisoner released at the gate at 09:00 on Monday 2 March 2026

    @ENG-COC-GEN-07 @ENG-COC-PRE-03
    Scenario: The DIR reached the prison while the prisoner was on the way from court: no contact about a missing DIR
      Given the court remanded the offender to custody at 11:00 on Tuesday 14 April 2026
      And the CJIT learns at 13:00 on Tuesday 14 April 2026 that the offender has been remanded to HMP Example
      And the CJIT sent the DIR to the prison's Substance Misuse Team at 15:00 on Tuesday 14 April 2026
      And the prison received the DIR at 15:30 on Tuesday 14 April 2026
      And the movement record shows the prisoner received into HMP Example at 18:00 on Tuesday 14 April 2026 from court after time in the community
      And reception found at 18:30 on Tuesday 14 April 2026 that the prisoner is a problematic drug misuser
      And the clinical needs assessment was completed at 10:00 on Wednesday 15 April 2026
      And it is 11:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the custody period began with the reception at 18:00 on Tuesday 14 April 2026
      And the CJIT must send the DIR to the prison's Substance Misuse Team by 13:00 on Wednesday 15 April 2026
      And that action is DONE
      And the decision does not require that the Substance Misuse Team (clinical) should contact the CJIT at once about the missing DIR

    @ENG-COC-GEN-07
    Scenario: A DIR the prison received before the earlier release belongs to that earlier period
      Given the prison received the DIR at 10:00 on Monday 2 February 2026
      And the movement record shows the prisoner received into HMP Example at 18:00 on Tuesday 14 April 2026 from court after time in the community
      And reception found at 18:30 on Tuesday 14 April 2026 that the prisoner is a problematic drug misuser
      And the clinical needs assessment was completed at 10:00 on Wednesday 15 April 2026
      And it is 11:00 on Wednesday 15 April 2026
      When the engine evaluates the case
      Then the Substance Misuse Team (clinical) should contact the CJIT at once about the missing DIR, with no time set in the guidance
      And that action is OPEN
