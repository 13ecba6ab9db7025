package org.throughcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@DisplayName("The CLI's logging configuration (logback.xml)")
class LoggingConfigurationTest {

    @Test
    @DisplayName("sets Drools, KIE and everything else to WARN")
    void levels() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(ctx.getLogger("org.drools").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(ctx.getLogger("org.kie").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(ctx.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
        assertThat(ctx.getLogger("org.throughcare.core.ThroughcareEngine").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @Test
    @DisplayName("writes to standard error, so that standard output holds only results")
    void stderr() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");

        assertThat(appender).isInstanceOf(ConsoleAppender.class);
        assertThat(((ConsoleAppender<?>) appender).getTarget()).isEqualTo("System.err");
    }
}
