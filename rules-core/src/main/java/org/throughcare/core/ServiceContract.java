package org.throughcare.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A service contract in force at one prison, given to the engine at start-up (catalogue XDOC-01, AMB-75): a rule set
 * bound to a contract (Service 4) applies to a person only where the prison they are in (the custody's
 * {@code establishment}) holds such a contract, on the dates it runs, and counts its working days on the contract's
 * calendar.
 *
 * <pre>{@code
 * ThroughcareEngine.builder()
 *     .serviceContract(new ServiceContract("service-4", "HMP Example", LocalDate.of(2025, 4, 1), null, null))
 *     .build();
 * }</pre>
 *
 * @param contract      the contract a rule set names ({@code "contract"} in {@code rulesets.json}), e.g. "service-4"
 * @param establishment the prison, exactly as snapshots name it in {@code custody.establishment}
 * @param from          the first day the contract runs
 * @param to            the day it ends (exclusive: the contract runs before it), or null while it runs
 * @param calendar      the code of the calendar the contract sets ("england-and-wales", "scotland"), or null for the
 *                      calendar of the prison's location (its jurisdiction; AMB-75's default)
 */
public record ServiceContract(String contract, String establishment, LocalDate from, LocalDate to, String calendar) {
    public ServiceContract {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(establishment, "establishment");
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("a contract's end (" + to + ") must come after its start (" + from + ")");
        }
    }

    /** @return whether the contract runs on this day */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
