package org.throughcare.core;

import java.time.ZonedDateTime;

/**
 * What started an action.
 *
 * @param event       the event type or fact that triggered it (e.g. "CJIT_AWARE_OF_DESTINATION", "RECEPTION")
 * @param at          when (Europe/London); null for a PENDING action whose trigger has not happened
 * @param description a plain-English account of the trigger or, for PENDING, of the condition awaited
 */
public record Trigger(String event, ZonedDateTime at, String description) {
}
