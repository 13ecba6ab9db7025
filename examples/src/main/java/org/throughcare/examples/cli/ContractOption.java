package org.throughcare.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.core.ServiceContract;
import picocli.CommandLine.Option;

/**
 * The repeatable {@code --service-contract} option (XDOC-01, AMB-75): a service contract in force at a prison, so
 * that the rule set bound to it (Service 4) applies to people there; and {@code --evaluation-date}, the day whose
 * rules decide eligibility, priority and routing (asOf still sets statuses).
 */
final class ContractOption {

    @Option(names = "--service-contract", paramLabel = "CONTRACT,PRISON,FROM[,TO[,CALENDAR]]",
            description = {"A service contract in force at a prison (repeatable), e.g. "
                + "\"service-4,HMP Example,2025-04-01\" or \"service-4,HMP Example,2025-04-01,,scotland\". TO is the"
                + " day it ends (exclusive; empty while it runs); CALENDAR is england-and-wales or scotland (default:"
                + " the prison's location, AMB-75)."})
    List<String> contracts = new ArrayList<>();

    @Option(names = "--evaluation-date", paramLabel = "YYYY-MM-DD",
            description = {"Judge eligibility, priority and routing by the rules in force on this day (default: the"
                + " snapshot's asOf). Statuses are still as of asOf."})
    String evaluationDate;

    /** @return the contracts given */
    List<ServiceContract> contracts() {
        List<ServiceContract> out = new ArrayList<>();
        for (String c : contracts) {
            String[] p = c.split(",", -1);
            if (p.length < 3 || p.length > 5) {
                throw new CliException(CliException.INVALID_SETTING, "--service-contract must be"
                        + " CONTRACT,PRISON,FROM[,TO[,CALENDAR]], was '" + c + "'");
            }
            try {
                out.add(new ServiceContract(p[0].trim(), p[1].trim(), LocalDate.parse(p[2].trim()),
                        p.length > 3 && !p[3].isBlank() ? LocalDate.parse(p[3].trim()) : null,
                        p.length > 4 && !p[4].isBlank() ? p[4].trim() : null));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new CliException(CliException.INVALID_SETTING, "--service-contract '" + c + "': "
                        + e.getMessage());
            }
        }
        return out;
    }

    /** @return the evaluation date, or null */
    LocalDate evaluationDate() {
        try {
            return evaluationDate == null ? null : LocalDate.parse(evaluationDate);
        } catch (DateTimeParseException e) {
            throw new CliException(CliException.INVALID_SETTING, "--evaluation-date must be YYYY-MM-DD, was '"
                    + evaluationDate + "'");
        }
    }

    /** @return the engine to use: the shared one for these settings, or one built with the contracts given */
    org.throughcare.core.ThroughcareEngine engine(ThroughcareCli root, org.throughcare.core.Settings settings) {
        List<ServiceContract> given = contracts();
        if (given.isEmpty()) {
            return root.engine(settings);
        }
        org.throughcare.core.ThroughcareEngine.Builder b = org.throughcare.core.ThroughcareEngine.builder()
                .settings(settings);
        given.forEach(b::serviceContract);
        try {
            return b.build();
        } catch (org.throughcare.core.RuleSetLoadException e) {
            throw new CliException(CliException.INVALID_SETTING, e.getMessage());
        }
    }
}
