package org.throughcare.core;

import java.time.ZonedDateTime;
import org.throughcare.core.calendar.Derivation;

/**
 * When an action is due and why.
 *
 * @param at         the due instant (Europe/London); null when {@code kind} is UNSPECIFIED
 * @param kind       the kind of due time (catalogue TC-15)
 * @param text       the guidance's own time phrase, paraphrased (e.g. "within 24 hours", "at reception")
 * @param derivation how {@code at} was computed; null when UNSPECIFIED
 */
public record Due(ZonedDateTime at, DueKind kind, String text, Derivation derivation) {
}
