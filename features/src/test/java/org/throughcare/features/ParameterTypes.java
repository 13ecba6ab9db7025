package org.throughcare.features;

import io.cucumber.java.ParameterType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.throughcare.core.ActionStatus;
import org.throughcare.core.DueKind;
import org.throughcare.core.Origin;
import org.throughcare.core.calendar.CalendarId;

/** The vocabulary the features share: dates and times in prose, actions, statuses, points. */
public class ParameterTypes {

    /** "16:00 on Thursday 2 April 2026"; the weekday is checked against the date. */
    @ParameterType(Prose.MOMENT_REGEX)
    public ZonedDateTime moment(String text) {
        return Prose.moment(text);
    }

    /** "Thursday 2 April 2026"; the weekday is checked against the date. */
    @ParameterType(Prose.DATE_REGEX)
    public LocalDate date(String text) {
        return Prose.date(text);
    }

    /** "the CJIT must send the DIR to the prison's Substance Misuse Team". */
    @ParameterType(ActionPhrase.REGEX)
    public ActionPhrase action(String text) {
        return ActionPhrase.parse(text);
    }

    @ParameterType("OPEN|PENDING|DONE_LATE|DONE|OVERDUE|TARGET_MISSED|BEST_EFFORT_MISSED|UPCOMING|STANDING|BLOCKED")
    public ActionStatus status(String text) {
        return ActionStatus.valueOf(text);
    }

    @ParameterType("HARD|BEST_EFFORT|TARGET|WINDOW|MIN_FREQUENCY|STANDING|UNSPECIFIED")
    public DueKind dueKind(String text) {
        return DueKind.valueOf(text);
    }

    /** "Part 1" or "process point 2", as the routing names them ("PART_1", "PP2"). */
    @ParameterType("Part 1|process point \\d{1,2}")
    public String point(String text) {
        return text.equals("Part 1") ? "PART_1" : "PP" + text.substring("process point ".length());
    }

    /** Where reception found the prisoner came from (process point 1; AMB-44, AMB-45). */
    @ParameterType("from another prison|from the community via court|from court after being held in another prison"
            + "|from the community by another route")
    public Origin origin(String text) {
        return switch (text) {
            case "from another prison" -> Origin.OTHER_PRISON;
            case "from the community via court" -> Origin.COMMUNITY_VIA_COURT;
            case "from court after being held in another prison" -> Origin.COURT_FROM_OTHER_PRISON;
            case "from the community by another route" -> Origin.OTHER_COMMUNITY;
            default -> throw new IllegalArgumentException(text);
        };
    }

    @ParameterType("HMP [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*")
    public String prison(String text) {
        return text;
    }

    @ParameterType("remanded|sentenced")
    public String custodyVerb(String text) {
        return text;
    }

    /** "tier 1", "tier 2", "tier 3" or "undetermined", as the engine's results. */
    @ParameterType("tier [123]|undetermined")
    public String tier(String text) {
        return text.equals("undetermined") ? "UNDETERMINED" : "TIER_" + text.substring("tier ".length());
    }

    /**
     * A list of catalogue IDs or codes: "ENG-COC-PRE-03, ENG-COC-PRE-04 and ENG-COC-DIR-12", or "none"; codes may
     * name a rule set's priority ("england-2009/ENG_COC_TREATMENT_PRIORITY").
     */
    @ParameterType("none|[A-Za-z0-9_=:/-]+(?:(?:, | and )[A-Za-z0-9_=:/-]+)*")
    public java.util.List<String> ids(String text) {
        return Prose.list(text);
    }

    /** An answer staff have recorded: "yes", "no" or "not yet determined". */
    @ParameterType("yes|no|not yet determined")
    public org.throughcare.core.TriState answer(String text) {
        return switch (text) {
            case "yes" -> org.throughcare.core.TriState.YES;
            case "no" -> org.throughcare.core.TriState.NO;
            default -> org.throughcare.core.TriState.NOT_DETERMINED;
        };
    }

    @ParameterType("England and Wales|Scotland")
    public CalendarId calendarName(String text) {
        return text.equals("Scotland") ? CalendarId.SCOTLAND : CalendarId.ENGLAND_AND_WALES;
    }

    @ParameterType("face to face|by video link|by telephone")
    public org.throughcare.core.MeetingMeans meetingMeans(String text) {
        return switch (text) {
            case "face to face" -> org.throughcare.core.MeetingMeans.FACE_TO_FACE;
            case "by video link" -> org.throughcare.core.MeetingMeans.VIDEO;
            default -> org.throughcare.core.MeetingMeans.TELEPHONE;
        };
    }
}
