@process-point-13
Feature: Process point 13 - prisoner is released from court where a CJIT worker is present
  Part 4, process point 13. Court workers identify, from the list of people due to appear, any prisoner previously
  known to the CJIT, and make contact with the prisoner in the court cells prior to the hearing, and attempt to arrange
  an appointment at the local CJIT in the event of release. Should release be likely and the prisoner request a
  pick-up, the court worker should make every effort to arrange one. If the prisoner is released, the CJIT should inform
  the "sending" Substance Misuse Team within 24 hours of release using the Alert Form (followed up by a telephone call);
  after successful contact, notify it of the contact within 24 hours of it; obtain relevant information, including the
  DIR if less than six months old; and must take the client onto its active caseload and send an Activity Form. The
  Substance Misuse Team should use local systems (such as LIDS) to establish non-returns from court, and must close down
  the caseload and send an Activity Form within 7 days of establishing one. A prisoner sent to a court outside the area
  of their CJIT: the prisoner's CJIT should contact the CJIT where the court is.

  Readings applied: "known to the CJIT" is the prisoner in contact with a CJIT. The 24 hours have no weekend relief
  (AMB-31, AMB-51). The DIR's age is judged on the day the CJIT asks the prison for information, or before it asks, on
  the day of the decision; a DIR exactly six months old is not less than six months old (TC-08, AMB-48). "7 days" are
  calendar days to the end of the seventh day (AMB-33). Released by the court, the person leaves the Substance Misuse
  Team's caseload; the CJIT holds the case once it has made contact (RT-20). The CJIT's own systems (ENG-COC-PP13-01)
  and a protocol with voluntary-sector providers (PP13-12, a MAY) concern no one person and are not encoded.

  Background:
    Given the prison is in England
    And the prisoner was received into HMP Example at 10:00 on Wednesday 8 April 2026
    And reception established at 10:05 on Wednesday 8 April 2026 that the prisoner came from another prison
    And the client gave informed consent to sharing on Monday 6 April 2026
    And the prisoner said at 10:10 on Wednesday 8 April 2026 that they are in contact with their CJIT
    And it became known at 10:00 on Tuesday 12 May 2026 that the prisoner is due at Example Crown Court, where CJIT court workers are present

  Rule: Before the hearing, the court worker looks out for a prisoner known to the CJIT

    @ENG-COC-PP13-02 @ENG-COC-PP13-03 @ENG-COC-PP13-04
    Scenario: Due at a court with CJIT court workers: the court list, the cells and an appointment
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And a CJIT court worker saw the prisoner in the court cells at 09:40 on Thursday 14 May 2026
      And it is 10:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the court worker should check the court list for prisoners known to the CJIT, as a standing duty
      And the court worker should make contact with the prisoner in the court cells before the hearing, with no time set in the guidance
      And that action is DONE
      And it was done at 09:40 on Thursday 14 May 2026
      And the court worker should try to arrange an appointment at the local CJIT in case of release, with no time set in the guidance
      And that action is OPEN

    @ENG-COC-PP13-04
    Scenario: The appointment arranged before the hearing
      Given the court worker arranged an appointment at the local CJIT at 09:50 on Thursday 14 May 2026
      And it is 10:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the court worker should try to arrange an appointment at the local CJIT in case of release, with no time set in the guidance
      And that action is DONE

    @ENG-COC-PP13-03
    Scenario: A prisoner not known to the CJIT: the court worker has no one to look out for
      Given the prisoner said at 10:00 on Monday 11 May 2026 that they are not in contact with a CJIT
      And it is 10:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the decision does not require that the court worker should make contact with the prisoner in the court cells before the hearing
      And the decision does not require that the court worker should check the court list for prisoners known to the CJIT

    @ENG-COC-PP13-05
    Scenario: The prisoner asks at court to be picked up: the court worker makes every effort to arrange it
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And the prisoner asked at 09:45 on Thursday 14 May 2026 to be picked up from court
      And it is 10:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the court worker should arrange a pick-up from court through the local CJIT, with no time set in the guidance
      And that action is OPEN
      And it was triggered by PICK_UP_REQUESTED at 09:45 on Thursday 14 May 2026

  Rule: Released by the court with a court worker present: the CJIT tells the sending team, makes contact and takes the case on

    @ENG-COC-RT-16 @ENG-COC-RT-20 @ENG-COC-PP13-06 @ENG-COC-ALERT-09 @ENG-COC-ALERT-11 @AMB-51
    Scenario: Released on a Friday afternoon: the CJIT's Alert Form is due 24 hours later, on the Saturday
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Friday 15 May 2026
      And the movement record shows the prisoner released by the court at 15:00 on Friday 15 May 2026, with a CJIT court worker present
      And it is 16:00 on Friday 15 May 2026
      When the engine evaluates the case
      Then the CJIT should tell the sending Substance Misuse Team of the release by Alert Form and telephone by 15:00 on Saturday 16 May 2026
      And that action is OPEN
      And it was triggered by RELEASED at 15:00 on Friday 15 May 2026
      And its Alert Form ticks box 5, "Change of release status"
      And the Alert Form goes from "the CJIT" to "the prison's Substance Misuse Team"
      And the Alert Form is "followed up by a telephone call"
      And the Alert Form fills "Change of release status" with "Released"
      And the Alert Form fills "Client Criminal Justice Status" with "Released"
      And the step from PP10 to PP13 was taken because "the court released the prisoner into the community, with a CJIT court worker present"
      And the step from PP13 to LEFT_CUSTODY was taken because "no one holds the case yet: the CJIT takes it on once it has made contact"
      And the routing statement says "the person has left prison and the Substance Misuse Team's caseload"

    @ENG-COC-PP13-06
    Scenario Outline: The CJIT's release Alert Form is <status> when <what>
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Friday 15 May 2026
      And the movement record shows the prisoner released by the court at 15:00 on Friday 15 May 2026, with a CJIT court worker present
      And <step>
      And it is 10:00 on Monday 18 May 2026
      When the engine evaluates the case
      Then the CJIT should tell the sending Substance Misuse Team of the release by Alert Form and telephone by 15:00 on Saturday 16 May 2026
      And that action is <status>

      Examples:
        | what                                         | step                                                                                                        | status        |
        | not sent                                     | it is 16:00 on Friday 15 May 2026                                                                           | TARGET_MISSED |
        | sent Friday, but no telephone call followed  | the CJIT sent the Substance Misuse Team an Alert Form at 17:00 on Friday 15 May 2026 ticking RELEASE_STATUS | TARGET_MISSED |

    @ENG-COC-PP13-06
    Scenario: The Alert Form and the telephone call on the Friday evening: done within 24 hours
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Friday 15 May 2026
      And the movement record shows the prisoner released by the court at 15:00 on Friday 15 May 2026, with a CJIT court worker present
      And the CJIT sent the Substance Misuse Team an Alert Form at 17:00 on Friday 15 May 2026 ticking RELEASE_STATUS
      And the CJIT followed up its Alert Form by telephone at 17:10 on Friday 15 May 2026
      And it is 10:00 on Monday 18 May 2026
      When the engine evaluates the case
      Then the CJIT should tell the sending Substance Misuse Team of the release by Alert Form and telephone by 15:00 on Saturday 16 May 2026
      And that action is DONE
      And it was done at 17:10 on Friday 15 May 2026

    @ENG-COC-PP13-07 @ENG-COC-PP13-09 @ENG-COC-PP13-08 @ENG-COC-RT-20
    Scenario: Contact made the next morning: the notice within 24 hours of it, the caseload, the information
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 15:00 on Thursday 14 May 2026, with a CJIT court worker present
      And the CJIT made contact with the client at 11:00 on Friday 15 May 2026
      And it is 12:00 on Friday 15 May 2026
      When the engine evaluates the case
      Then the CJIT should notify the Substance Misuse Team of its contact with the client released at court by 11:00 on Saturday 16 May 2026
      And that action is OPEN
      And the Alert Form is "no telephone call is asked for"
      And the CJIT must take the client released at court onto its active caseload and send an Activity Form, with no time set in the guidance
      And that action is OPEN
      And it is not blocked
      And the CJIT should ask the prison's Substance Misuse Team for relevant information on the client, with no time set in the guidance
      And the step from PP13 to LEFT_CUSTODY was taken because "the CJIT made contact and holds the case now"

    @ENG-COC-PP13-09 @ENG-COC-ACT-09
    Scenario: The CJIT's Activity Form takes the client on
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 15:00 on Thursday 14 May 2026, with a CJIT court worker present
      And the CJIT made contact with the client at 11:00 on Friday 15 May 2026
      And the CJIT took the prisoner onto its caseload at 14:00 on Friday 15 May 2026
      And it is 15:00 on Friday 15 May 2026
      When the engine evaluates the case
      Then the CJIT must take the client released at court onto its active caseload and send an Activity Form, with no time set in the guidance
      And that action is DONE

  Rule: The DIR is asked for only while it is less than six months old

    @ENG-COC-PP13-08 @ENG-COC-DIR-02 @TC-08 @AMB-48
    Scenario Outline: A DIR completed on <completed>, asked for on Thursday 14 May 2026: <outcome>
      Given the DIR on file was completed on <completed>
      And the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 15:00 on Thursday 14 May 2026, with a CJIT court worker present
      And the CJIT made contact with the client at 16:00 on Thursday 14 May 2026
      And the CJIT asked the prison's Substance Misuse Team for information on the client at 17:00 on Thursday 14 May 2026
      And it is 18:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the decision <required> that the CJIT should ask the prison for the DIR while it is less than six months old

      Examples:
        | completed                   | outcome                                   | required         |
        | Saturday 15 November 2025     | a day under six months old, asked for     | requires         |
        | Friday 14 November 2025   | exactly six months old, not asked for     | does not require |

    @ENG-COC-DIR-02 @ENG-COC-PP13-08
    Scenario: A DIR exactly six months old on the day of the request: the decision says it is too old
      Given the DIR on file was completed on Friday 14 November 2025
      And the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 15:00 on Thursday 14 May 2026, with a CJIT court worker present
      And the CJIT made contact with the client at 16:00 on Thursday 14 May 2026
      And the CJIT asked the prison's Substance Misuse Team for information on the client at 17:00 on Thursday 14 May 2026
      And it is 18:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the decision carries the notice DIR_TOO_OLD
      And the CJIT should ask the prison's Substance Misuse Team for relevant information on the client, with no time set in the guidance
      And that action is DONE

  Rule: The Substance Misuse Team establishes a non-return and closes its caseload within 7 days

    @ENG-COC-PP13-10
    Scenario: At court: the Substance Misuse Team checks LIDS daily for a non-return, as a standing duty
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And it is 18:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team should use local systems such as LIDS to establish a non-return from court, as a standing duty
      And it was triggered by PRODUCED_AT_COURT at 09:00 on Thursday 14 May 2026

    @ENG-COC-PP13-10
    Scenario: Back from court, the standing check ends
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner returned from court to HMP Example at 16:00 on Thursday 14 May 2026
      And it is 18:00 on Thursday 14 May 2026
      When the engine evaluates the case
      Then the decision does not require that the Substance Misuse Team should use local systems such as LIDS to establish a non-return from court

    @ENG-COC-PP13-11 @ENG-COC-PP13-10 @AMB-33
    Scenario: The CJIT's Alert Form of the release establishes the non-return: the 7 days run from it
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 15:00 on Thursday 14 May 2026, with a CJIT court worker present
      And the CJIT sent the Substance Misuse Team an Alert Form at 17:00 on Friday 15 May 2026 ticking RELEASE_STATUS
      And it is 10:00 on Monday 18 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must close down its caseload and send an Activity Form after a non-return from court by the end of Friday 22 May 2026
      And that action is OPEN
      And it was triggered by ALERT_FORM_SENT at 17:00 on Friday 15 May 2026
      And the decision does not require that the Substance Misuse Team should use local systems such as LIDS to establish a non-return from court

    @ENG-COC-PP13-11 @ENG-COC-ACT-10 @ENG-COC-PP13-10 @AMB-33 @TC-03
    Scenario: A non-return established on a Friday: the caseload closed by the end of the next Friday
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 15:00 on Thursday 14 May 2026, with a CJIT court worker present
      And the Substance Misuse Team established at 11:00 on Friday 15 May 2026 that the prisoner did not return from court
      And it is 12:00 on Friday 15 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must close down its caseload and send an Activity Form after a non-return from court by the end of Friday 22 May 2026
      And that action is OPEN
      And it was triggered by NON_RETURN_FROM_COURT_ESTABLISHED at 11:00 on Friday 15 May 2026
      And the decision does not require that the Substance Misuse Team should use local systems such as LIDS to establish a non-return from court

    @ENG-COC-PP13-11
    Scenario Outline: The close-down after a non-return is <status> when <what>
      Given the movement record shows the prisoner taken from HMP Example to Example Crown Court at 09:00 on Thursday 14 May 2026
      And the movement record shows the prisoner released by the court at 15:00 on Thursday 14 May 2026, with a CJIT court worker present
      And the Substance Misuse Team established at 11:00 on Friday 15 May 2026 that the prisoner did not return from court
      And <step>
      And it is 09:00 on Saturday 23 May 2026
      When the engine evaluates the case
      Then the Substance Misuse Team must close down its caseload and send an Activity Form after a non-return from court by the end of Friday 22 May 2026
      And that action is <status>

      Examples:
        | what                       | step                                                                                                    | status  |
        | not done in the 7 days     | it is 09:00 on Saturday 23 May 2026                                                                     | OVERDUE |
        | done on the seventh day    | the Substance Misuse Team closed its caseload and sent an Activity Form at 16:00 on Friday 22 May 2026  | DONE    |

  Rule: A court outside the area of the prisoner's CJIT

    @ENG-COC-PP13-13
    Scenario Outline: The home CJIT contacts the CJIT where the court is: <status> when <what>
      Given it became known at 11:00 on Tuesday 12 May 2026 that the court is outside the area of the prisoner's CJIT
      And <step>
      And it is 10:00 on Wednesday 13 May 2026
      When the engine evaluates the case
      Then the home CJIT should contact the CJIT where the court is located, with no time set in the guidance
      And that action is <status>
      And it was triggered by COURT_OUTSIDE_HOME_CJIT_AREA at 11:00 on Tuesday 12 May 2026

      Examples:
        | what          | step                                                                           | status |
        | not yet       | it is 12:00 on Tuesday 12 May 2026                                             | OPEN   |
        | contacted     | the home CJIT contacted the CJIT where the court is at 15:00 on Tuesday 12 May 2026 | DONE   |
