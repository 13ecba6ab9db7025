package org.throughcare.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.throughcare.core.Times;
import org.throughcare.core.calendar.CalendarId;

/**
 * The two shared, configured Jackson mappers: one that reads (strict: no comments, no duplicate fields, no trailing
 * tokens) and one that writes deterministically. Both are immutable once built and safe to share between threads.
 */
final class JsonFormat {

    /** The deepest nesting a snapshot document may have (the format itself needs 4 levels). */
    static final int MAX_NESTING_DEPTH = 64;

    /** The reading mapper. */
    static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectMapper WRITER_MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModules(accessors())
            .addModule(new SimpleModule("throughcare")
                    .addSerializer(ZonedDateTime.class, new InstantSerializer())
                    .addSerializer(LocalDate.class, new DateSerializer())
                    .addSerializer(CalendarId.class, new CalendarIdSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** The writing mapper's writer: nulls omitted, maps sorted, pretty-printed with 2-space indent and "\n". */
    static final ObjectWriter WRITER = WRITER_MAPPER.writer(prettyPrinter());

    /** The writing mapper's compact writer: the same as {@link #WRITER}, on one line (for JSON Lines). */
    static final ObjectWriter COMPACT = WRITER_MAPPER.writer();

    private JsonFormat() {
    }

    /** @return the JSON of {@code value} on one line, without a line end. */
    static String writeCompact(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** @return the pretty-printed JSON of {@code value} with a trailing newline. */
    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            // Only library-built values are written here: a failure is a bug, not user error.
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * @return the instant in Europe/London in the written form
     * @throws IllegalArgumentException when it lies outside the library's date range ({@link Times#MIN_DATE} to
     *                                  {@link Times#MAX_DATE}): the reader would refuse what was written
     */
    static String instant(ZonedDateTime t) {
        if (!Times.inRange(t)) {
            throw new IllegalArgumentException("an instant outside the date range " + Times.rangeText()
                    + " cannot be written");
        }
        return Times.format(t);
    }

    /**
     * @return the date in the written form, ISO 8601
     * @throws IllegalArgumentException when it lies outside the library's date range
     */
    static String date(LocalDate d) {
        if (!Times.inRange(d)) {
            throw new IllegalArgumentException("a date outside the date range " + Times.rangeText()
                    + " cannot be written");
        }
        return d.toString();
    }

    /**
     * @return Blackbird, which writes through generated accessors, when this library is on the class path; nothing
     *         when it is a named module on the module path. There Blackbird would need to read this module and to
     *         export its own internal packages to it (its generated accessors implement them), which no library can
     *         arrange, so Jackson's reflection writes the same JSON instead (see docs/module-path.md).
     */
    private static List<Module> accessors() {
        return JsonFormat.class.getModule().isNamed() ? List.of() : List.of(new BlackbirdModule());
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static final class InstantSerializer extends JsonSerializer<ZonedDateTime> {
        @Override
        public void serialize(ZonedDateTime value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(instant(value));
        }
    }

    private static final class DateSerializer extends JsonSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(date(value));
        }
    }

    private static final class CalendarIdSerializer extends JsonSerializer<CalendarId> {
        @Override
        public void serialize(CalendarId value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.code());
        }
    }
}
