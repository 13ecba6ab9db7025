package org.throughcare.core.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The one way the library reads the tables policy teams edit (the action table, the determinations table): a header
 * row, cells trimmed, blank lines skipped, lines starting with {@code #} as comments. Each row is a map from column
 * to cell; the caller checks the header and the cells, naming file and line.
 */
public final class CsvTables {
    private static final ObjectReader READER;

    static {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
        READER = mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader().withComments());
    }

    private CsvTables() {
    }

    /** @return the table's rows; {@code getCurrentLocation().getLineNr()} before each row gives its line */
    public static MappingIterator<Map<String, String>> rows(InputStream in) throws IOException {
        return READER.readValues(in);
    }
}
