/**
 * The throughcare rules engine: its API, the fact types the rules match, business calendars, the JSON contract and
 * validation. See docs/module-path.md.
 */
module org.throughcare.core {
    requires org.slf4j;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.module.blackbird;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.kie.api;

    exports org.throughcare.core;
    exports org.throughcare.core.batch;
    exports org.throughcare.core.calendar;
    exports org.throughcare.core.fact;
    exports org.throughcare.core.json;
    exports org.throughcare.core.validation;
    exports org.throughcare.core.vocabulary;

    opens org.throughcare.core.json to com.fasterxml.jackson.databind;
    opens org.throughcare.core.internal to com.fasterxml.jackson.databind;
    opens org.throughcare.core.schema;
}
