package org.throughcare.kb.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.ThroughcareEngine;
import org.throughcare.core.batch.JsonLinesBatch;
import org.throughcare.core.batch.LineResult;
import org.throughcare.core.batch.LineResult.Outcome;
import org.throughcare.core.json.ThroughcareJson;

@DisplayName("A JSON Lines batch")
class JsonLinesBatchTest {

    private static ThroughcareEngine engine;
    private static List<String> examples;

    @BeforeAll
    static void setUp() throws IOException {
        engine = ThroughcareEngine.builder().build();
        examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "snapshots"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                examples.add(oneLine(Files.readString(p)));
            }
        }
    }

    private static String oneLine(String json) {
        return json.replace("\r", "").replace("\n", " ");
    }

    private static InputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String caseload(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(examples.get(i % examples.size())).append('\n');
        }
        return sb.toString();
    }

    @Test
    @DisplayName("gives one result per line, in input order, whatever the number of threads")
    void ordered() {
        String text = caseload(200);
        List<String> one;
        List<String> four;
        try (Stream<String> s = JsonLinesBatch.builder(engine).threads(1).build().evaluate(input(text),
                ThroughcareJson::writeLineResult)) {
            one = s.toList();
        }
        try (Stream<String> s = JsonLinesBatch.builder(engine).threads(4).window(8).build().evaluate(input(text),
                ThroughcareJson::writeLineResult)) {
            four = s.toList();
        }
        assertThat(one).hasSize(200).isEqualTo(four);
        for (int i = 0; i < 200; i++) {
            assertThat(one.get(i)).startsWith("{\"line\":" + (i + 1) + ",\"outcome\":\"DECIDED\"");
        }
    }

    @Test
    @DisplayName("reports blank, invalid, badly encoded and over-long lines by number, and goes on")
    void everyLine() {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes((examples.get(0) + "\r\n\n   \t\n{\"id\":\"x\"}\n").getBytes(StandardCharsets.UTF_8));
        in.writeBytes(new byte[] {'{', (byte) 0xC0, (byte) 0xAF, '}', '\n'});
        in.writeBytes(("\"" + "x".repeat(ThroughcareJson.MAX_DOCUMENT_BYTES + 10) + "\"\n").getBytes(StandardCharsets.UTF_8));
        in.writeBytes(examples.get(1).getBytes(StandardCharsets.UTF_8)); // the last line has no line end
        List<LineResult> results;
        try (Stream<LineResult> s = JsonLinesBatch.builder(engine).threads(2).build()
                .evaluate(new ByteArrayInputStream(in.toByteArray()))) {
            results = s.toList();
        }
        assertThat(results).extracting(LineResult::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(results).extracting(LineResult::outcome).containsExactly(Outcome.DECIDED, Outcome.BLANK,
                Outcome.BLANK, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.DECIDED);
        assertThat(results.get(3).snapshotId()).isEqualTo("x");
        assertThat(results.get(4).problems().get(0).code()).isEqualTo("INVALID_ENCODING");
        assertThat(results.get(5).problems().get(0).code()).isEqualTo("TOO_LARGE");
        assertThat(results.get(5).problems().get(0).message()).doesNotContain("xxx");
    }

    @Test
    @DisplayName("an empty input gives no result")
    void empty() {
        try (Stream<LineResult> s = JsonLinesBatch.builder(engine).build().evaluate(input(""))) {
            assertThat(s.count()).isZero();
        }
    }

    /** Hands out one line per read call, and counts the lines handed out. */
    private static final class OneLinePerRead extends InputStream {
        private final byte[] bytes;
        private int pos;
        final AtomicLong linesOut = new AtomicLong();

        OneLinePerRead(String text) {
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("the line reader reads blocks");
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n' && end - pos < len - 1) {
                end++;
            }
            int n = Math.min(end + 1, bytes.length) - pos;
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            if (bytes[pos - 1] == '\n') {
                linesOut.incrementAndGet();
            }
            return n;
        }
    }

    @Test
    @DisplayName("never holds more lines than its window, however long the caseload (the reader waits for the caller)")
    void window() {
        int window = 6;
        OneLinePerRead in = new OneLinePerRead(caseload(300));
        JsonLinesBatch batch = JsonLinesBatch.builder(engine).threads(2).window(window).build();
        long taken = 0;
        long mostHeld = 0;
        try (Stream<LineResult> s = batch.evaluate(in)) {
            var it = s.iterator();
            while (it.hasNext()) {
                it.next();
                taken++;
                // lines read and not yet taken; the one being taken counts as held
                mostHeld = Math.max(mostHeld, in.linesOut.get() - taken + 1);
            }
        }
        assertThat(taken).isEqualTo(300);
        assertThat(mostHeld).isLessThanOrEqualTo(window).isGreaterThan(1);
    }

    @Test
    @DisplayName("a finishing function that fails stops the stream with its own exception")
    void finishFails() {
        JsonLinesBatch batch = JsonLinesBatch.builder(engine).threads(2).build();
        assertThatThrownBy(() -> {
            try (Stream<String> s = batch.evaluate(input(caseload(5)), r -> {
                if (r.line() == 3) {
                    throw new IllegalStateException("sink full");
                }
                return "ok";
            })) {
                s.forEach(x -> { });
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("sink full");
    }

    @Test
    @DisplayName("its settings are checked")
    void settings() {
        assertThatThrownBy(() -> JsonLinesBatch.builder(engine).threads(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLinesBatch.builder(engine).threads(4).window(2).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JsonLinesBatch.builder(engine).threads(3).build().window()).isEqualTo(192);
    }
}
