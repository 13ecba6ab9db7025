package org.throughcare.examples.cli;

/**
 * An error the user can fix (a bad argument, an unreadable file or unwritable output, an unknown jurisdiction):
 * reported as one line, or as {@code {"error": {"code": ..., "message": ...}}} under {@code --format json}, with exit
 * status 2. Never used for internal failures, which exit with 1.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Arguments that do not make sense (an option's value, a combination of options). */
    static final String USAGE = "USAGE";
    /** An input file (or standard input) that cannot be read. */
    static final String UNREADABLE_INPUT = "UNREADABLE_INPUT";
    /** A jurisdiction code no calendar has. */
    static final String UNKNOWN_JURISDICTION = "UNKNOWN_JURISDICTION";
    /** A {@code --setting} that {@code Settings.with} rejects. */
    static final String INVALID_SETTING = "INVALID_SETTING";
    /** A date, time or number outside what the calendars support. */
    static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    /** An output file (or standard output) that cannot be written. */
    static final String UNWRITABLE_OUTPUT = "UNWRITABLE_OUTPUT";
    /** A holiday data file that cannot be used. */
    static final String INVALID_CALENDAR_DATA = "INVALID_CALENDAR_DATA";

    private final String code;

    CliException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** @return the stable error code written in JSON errors */
    String code() {
        return code;
    }
}
