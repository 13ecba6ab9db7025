package org.throughcare.core;

import java.time.LocalDate;

/**
 * The Drug Interventions Record (DIR) on file, if any.
 *
 * @param completedOn the DIR's completion date (the latest full completion; catalogue AMB-48), or null when there is no DIR
 */
public record Dir(LocalDate completedOn) {
    /** @return no DIR on file. */
    public static Dir none() {
        return new Dir(null);
    }

    /** Never prints the values: they are personal data. */
    @Override
    public String toString() {
        return "Dir[redacted]";
    }
}
