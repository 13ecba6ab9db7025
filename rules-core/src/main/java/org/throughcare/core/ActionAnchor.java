package org.throughcare.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date an action's due time is counted from when it is not the trigger: for example the release date the
 * release plan is due six weeks before (catalogue TC-06).
 *
 * @param date        the anchor date
 * @param description what the date is, in words ("the approved Home Detention Curfew release date")
 * @param shortNotice true when the counted due time had already passed when the trigger happened (the date became
 *                    known too late for it), so the action is due as soon as practicable and before the anchor date
 *                    (catalogue AMB-47 for the release plan); the decision then carries a notice saying so
 */
public record ActionAnchor(LocalDate date, String description, boolean shortNotice) {
    public ActionAnchor {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(description, "description");
    }
}
