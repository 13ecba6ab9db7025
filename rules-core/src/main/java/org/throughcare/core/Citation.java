package org.throughcare.core;

/**
 * Where an obligation rests in the guidance.
 *
 * @param document the guidance document, e.g. "Drug Misusing Offenders: ensuring the continuity-of-care between prison and community (June 2009)"
 * @param section  the part, process point or annex, e.g. "Part 1, Definition and significance (Note)"
 */
public record Citation(String document, String section) {
}
