package org.throughcare.examples.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CaseloadGenerator: reproducible, lazy, one line of JSON per snapshot")
class CaseloadGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("the same seed gives byte-identical lines, however many generators make them")
    void sameSeedSameBytes() throws IOException {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        new CaseloadGenerator(7).write(500, first);
        new CaseloadGenerator(7).write(500, second);

        assertThat(first.toString()).isEqualTo(second.toString());
        assertThat(first.toString().lines()).hasSize(500);
    }

    @Test
    @DisplayName("different seeds give different caseloads, not just different ids")
    void differentSeedsDiffer() {
        List<String> seven = new CaseloadGenerator(7).lines(200).toList();
        List<String> eight = new CaseloadGenerator(8).lines(200).map(l -> l.replace("\"gen-8-", "\"gen-7-")).toList();

        long same = IntStream.range(0, 200).filter(i -> seven.get(i).equals(eight.get(i))).count();
        assertThat(same).isZero();
    }

    @Test
    @DisplayName("snapshot(i) is line i of lines(n), of next() called i+1 times and of write(n)")
    void everyWayGivesTheSameLines() throws IOException {
        CaseloadGenerator g = new CaseloadGenerator(2026);
        List<String> lines = g.lines(300).toList();
        StringWriter written = new StringWriter();
        g.write(300, written);
        List<String> nexts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            nexts.add(g.next());
        }

        for (int i : new int[] {0, 1, 2, 57, 123, 299}) {
            assertThat(g.snapshot(i)).as("line %d", i).isEqualTo(lines.get(i));
        }
        assertThat(nexts).isEqualTo(lines);
        assertThat(written.toString()).isEqualTo(String.join("\n", lines) + "\n");
        assertThat(g.next()).as("next() carries on after line 299").isEqualTo(g.snapshot(300));
    }

    @Test
    @DisplayName("an index range, or a parallel stream, gives exactly the lines of the sequential caseload")
    void rangesAndParallelStreams() {
        CaseloadGenerator g = new CaseloadGenerator(-3);
        List<String> all = g.lines(400).toList();

        assertThat(g.lines(150, 100).toList()).isEqualTo(all.subList(150, 250));
        assertThat(g.lines(400).parallel().collect(Collectors.toList())).isEqualTo(all);
        assertThat(new CaseloadGenerator(-3).snapshot(399)).isEqualTo(all.get(399));
    }

    @Test
    @DisplayName("lines are made lazily: a stream of Long.MAX_VALUE lines gives its first three at once")
    void lazyStream() {
        List<String> three = new CaseloadGenerator(1).lines(Long.MAX_VALUE).limit(3).toList();

        assertThat(three).isEqualTo(new CaseloadGenerator(1).lines(3).toList());
    }

    @Test
    @DisplayName("write streams: each line reaches the output before the next is made")
    void writeStreams() {
        List<String> seen = new ArrayList<>();
        Appendable failsOnTheFourthLine = new Appendable() {
            @Override
            public Appendable append(CharSequence s) throws IOException {
                if (seen.size() == 3) {
                    throw new IOException("full");
                }
                seen.add(s.toString());
                return this;
            }

            @Override
            public Appendable append(CharSequence s, int start, int end) throws IOException {
                return append(s.subSequence(start, end));
            }

            @Override
            public Appendable append(char c) {
                return this;
            }
        };

        assertThatThrownBy(() -> new CaseloadGenerator(5).write(Long.MAX_VALUE, failsOnTheFourthLine))
                .isInstanceOf(IOException.class);
        assertThat(seen).isEqualTo(new CaseloadGenerator(5).lines(3).toList());
    }

    @Test
    @DisplayName("each line is one JSON object with no line break, and its id is gen-<seed>-<index>")
    void oneCompactObjectPerLine() throws IOException {
        CaseloadGenerator g = new CaseloadGenerator(-5);
        for (int i = 0; i < 200; i++) {
            String line = g.snapshot(i);

            assertThat(line).startsWith("{").endsWith("}").doesNotContain("\n").doesNotContain("\r")
                    .doesNotContain(": ").doesNotContain(", \"");
            assertThat(JSON.readTree(line).path("id").asText()).isEqualTo("gen--5-" + i);
        }
    }

    @Test
    @DisplayName("a negative index or count, or an invalid rate outside 0 to 1, is refused")
    void badArguments() {
        CaseloadGenerator g = new CaseloadGenerator(1);

        assertThatThrownBy(() -> g.snapshot(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.isInvalid(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.lines(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.lines(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.lines(Long.MAX_VALUE, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.write(-1, new StringWriter())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseloadGenerator(1, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseloadGenerator(1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseloadGenerator(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CaseloadGenerator(1, 1.0).invalidRate()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("toString names the seed and rate only")
    void toStringHasNoData() {
        assertThat(new CaseloadGenerator(9, 0.25)).hasToString("CaseloadGenerator[seed=9, invalidRate=0.25]");
    }
}
