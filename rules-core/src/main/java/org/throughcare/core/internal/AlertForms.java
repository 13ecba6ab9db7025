package org.throughcare.core.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.core.AlertChange;
import org.throughcare.core.AlertForm;
import org.throughcare.core.CustodyStatus;
import org.throughcare.core.Event;
import org.throughcare.core.EventAttribute;
import org.throughcare.core.EventType;
import org.throughcare.core.Snapshot;
import org.throughcare.core.fact.RaisedAction;

/**
 * The details of an Alert Form an action asks for (England 2009 section 1.8 and Annex E), built once for every row
 * the action table declares as an Alert Form (column {@code alert_form}). Only operational values of the snapshot are
 * filled; the personal fields (the client's name, date of birth) and the prisoner number are always left for the
 * sender, and so is every other header field the snapshot does not hold.
 */
final class AlertForms {
    /** The header fields of the form in Annex E, in its order (catalogue ENG-COC-ALERT-07). */
    static final String DATE_COMPLETED = "Date form completed";
    static final String NAME = "Name";
    static final String DATE_OF_BIRTH = "Date of Birth";
    static final String PRISONER_NUMBER = "Prisoner Number";
    static final String STATUS = "Client Criminal Justice Status";
    static final String ORIGINAL_COURT = "Name of original court of appearance";
    static final String ORIGINAL_HEARING = "Date of original court hearing";
    static final String INITIAL_RELEASE = "Initial release date";
    static final String PRISON = "Name of Prison";
    static final String PRISON_CODE = "Prison Code";
    static final String DAT = "Name of DAT";
    static final String DAT_CODE = "DAT code";
    static final String KEY_WORKER = "Name of Prison Key Worker";
    static final String PRISON_SPOC = "Prison SPOC telephone number";
    static final String CASE_WORKER = "Name of Community Case Worker";
    static final String COMMUNITY_SPOC = "Community SPOC telephone number";
    static final String CONTEXT = "One sentence of context";

    private AlertForms() {
    }

    /**
     * @return the Alert Form of a row that declares one, for the action raised; null for other rows, or when neither
     *         the instance key nor the row names a tick box
     */
    static AlertForm of(ActionRow row, RaisedAction raised, Snapshot s, List<Event> period) {
        ActionRow.AlertFormSpec spec = row.alertForm();
        if (spec == null) {
            return null;
        }
        AlertChange change = box(raised.getInstance(), spec.box());
        if (change == null) {
            return null;
        }
        List<AlertForm.Field> filled = new ArrayList<>();
        List<String> left = new ArrayList<>(List.of(DATE_COMPLETED, NAME, DATE_OF_BIRTH, PRISONER_NUMBER));
        if (s.custody().status() != null) {
            filled.add(new AlertForm.Field(STATUS, status(s.custody().status())));
        } else {
            left.add(STATUS);
        }
        left.add(ORIGINAL_COURT);
        left.add(ORIGINAL_HEARING);
        // The initial release date belongs with the court of origin (the date given at the first hearing); the
        // snapshot holds only the release date expected now, which may be the very change the form reports.
        left.add(INITIAL_RELEASE);
        if (s.custody().establishment() != null) {
            filled.add(new AlertForm.Field(PRISON, s.custody().establishment()));
        } else {
            left.add(PRISON);
        }
        left.addAll(List.of(PRISON_CODE, DAT, DAT_CODE, KEY_WORKER, PRISON_SPOC, CASE_WORKER, COMMUNITY_SPOC));
        String detail = detail(change, raised, s, period);
        if (detail != null) {
            filled.add(new AlertForm.Field(change.boxLabel(), detail));
        } else if (change.detail() != null) {
            left.add(change.boxLabel() + ": " + change.detail());
        }
        left.add(CONTEXT);
        return new AlertForm(change.box(), change.name(), change.boxLabel(), spec.from().description(),
                spec.to().description(), spec.telephone().words(), filled, left);
    }

    private static AlertChange box(String instance, AlertChange rowBox) {
        if (instance != null) {
            for (AlertChange c : AlertChange.values()) {
                if (c.name().equals(instance)) {
                    return c;
                }
            }
        }
        return rowBox;
    }

    private static String status(CustodyStatus status) {
        return switch (status) {
            case REMAND -> "Remand";
            case SENTENCED -> "Sentenced";
            case RELEASED -> "Released";
        };
    }

    /** @return the box's detail, when the snapshot holds it (operational values only); else null */
    private static String detail(AlertChange change, RaisedAction raised, Snapshot s, List<Event> period) {
        Event trigger = trigger(raised, period);
        return switch (change) {
            case RELEASE_STATUS -> s.custody().status() == CustodyStatus.RELEASED ? "Released"
                    : s.custody().status() == CustodyStatus.SENTENCED ? "From Remand to Sentenced" : null;
            case RELEASE_OR_COURT_DATE -> s.custody().planned().expectedRelease() == null ? null
                    : "expected release " + s.custody().planned().expectedRelease();
            case COURT_VENUE, OTHER -> trigger != null && trigger.type() == EventType.COURT_PRODUCTION_KNOWN
                    && trigger.attribute(EventAttribute.TO, String.class) != null
                    ? "due at court: " + trigger.attribute(EventAttribute.TO, String.class) : null;
            // The new prison: where the latest movement took the prisoner; for the receiving team's form on an
            // arrival (triggered at the reception) the establishment stated for the custody period says the same.
            case PRISON -> latestPrison(period) != null ? latestPrison(period)
                    : "RECEPTION".equals(raised.getTriggerEvent()) && !raised.isPending()
                    ? s.custody().establishment() : null;
            default -> null;
        };
    }

    private static Event trigger(RaisedAction raised, List<Event> period) {
        ZonedDateTime at = raised.getTriggerAt();
        if (at == null || raised.isPending()) {
            return null;
        }
        for (Event e : period) {
            if (e.type().name().equals(raised.getTriggerEvent()) && e.at().isEqual(at)) {
                return e;
            }
        }
        return null;
    }

    private static String latestPrison(List<Event> period) {
        String to = null;
        for (Event e : period) {
            if (e.type() == EventType.TRANSFERRED_OUT || e.type() == EventType.RECEIVED_INTO_PRISON) {
                String t = e.attribute(EventAttribute.TO, String.class);
                to = t == null ? to : t;
            }
        }
        return to;
    }
}
