package org.throughcare.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@DisplayName("The embedding examples run")
@ResourceLock(Resources.SYSTEM_OUT)
class EmbeddingExamplesTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void capture() {
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
    }

    private String output() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("EmbedQuickStart prints each action of its Easter snapshot, the DIR due at 09:00 on 7 April")
    void quickStart() {
        EmbedQuickStart.main(new String[0]);

        assertThat(output()).contains("Snapshot quickstart-0001")
                .contains("- CJIT_SEND_DIR_TO_PRISON [OPEN] owner: CJIT / CJIT worker")
                .contains("due: 2026-04-07T09:00+01:00")
                .contains("- CJIT_COMPLETE_DIR [DONE]")
                .contains("authority: ENG-COC-PRE-03");
    }

    @Test
    @DisplayName("EmbedBatch evaluates in parallel and counts the statuses, invalid snapshots apart")
    void batch() {
        EmbedBatch.main(new String[] {"200"});

        assertThat(output()).contains("Evaluated 200 snapshots").contains("180 valid, 20 invalid")
                .contains("OPEN: ").contains("DONE: ").contains("BEST_EFFORT_MISSED: ");
    }

    @Test
    @DisplayName("EmbedJsonLines streams a generated caseload and counts the outcomes, one result per line")
    void jsonLinesBatch() {
        EmbedJsonLines.main(new String[] {"300"});

        assertThat(output()).contains("{\"line\":1,\"outcome\":").contains("{\"line\":3,")
                .containsPattern("Lines: 300; outcomes: \\{DECIDED=2[5-9][0-9], REJECTED=[1-4][0-9]}");
    }

    @Test
    @DisplayName("EmbedCustomCalendar moves the DIR's due time to 8 April with its bundled extra holiday")
    void customCalendar() {
        EmbedCustomCalendar.main(new String[0]);

        assertThat(output()).contains("bundled calendars (").contains(": 2026-04-07T09:00+01:00")
                .contains("with extra data   (").contains("+extra-holidays.csv@example-1): 2026-04-08T09:00+01:00")
                .contains("CJIT_SEND_DIR_TO_PRISON due 2026-04-07T09:00+01:00 [BEST_EFFORT_MISSED]")
                .contains("CJIT_SEND_DIR_TO_PRISON due 2026-04-08T09:00+01:00 [OPEN]");
    }

    @Test
    @DisplayName("EmbedCustomCalendar also takes a holiday file of the caller's own")
    void customCalendarFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "calendar,date,change,name,source\nboth,2026-04-07,ADD,My holiday,test\n");

        EmbedCustomCalendar.main(new String[] {file.toString()});

        assertThat(output()).contains("+mine.csv): 2026-04-08T09:00+01:00");
    }
}
