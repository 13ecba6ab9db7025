package org.throughcare.examples.cli;

/** How a command writes its result. */
enum OutputFormat {
    /** Text for people: aligned tables and labelled lines. */
    TABLE,
    /** JSON for programs: the library's own JSON contract, or a documented shape for calendar answers. */
    JSON
}
