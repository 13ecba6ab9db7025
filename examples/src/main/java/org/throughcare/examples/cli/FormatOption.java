package org.throughcare.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option, mixed into every command that prints a result. */
final class FormatOption {

    /** Null when the option was not given (the command's default applies: table, or JSON Lines for a batch). */
    @Option(names = "--format", paramLabel = "table|json",
            description = "Output format: table (for people; the default) or json (for programs).")
    OutputFormat format;

    /** @return true when JSON was asked for */
    boolean json() {
        return format == OutputFormat.JSON;
    }
}
