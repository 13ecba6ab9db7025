package org.throughcare.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.util.List;
import org.throughcare.core.validation.Problem;
import org.throughcare.core.validation.ProblemCodes;

/**
 * Says in words what is wrong with a document the JSON parser refused: where (line and column) and what, never the
 * parser's own terms (its classes, features or limits) and never the offending text itself.
 */
final class ParseErrors {

    /** A start of the parser's message and what it means, in the order checked. */
    private record Reason(String starts, String contains, String words) {
    }

    private static final List<Reason> REASONS = List.of(
            new Reason("Unexpected end-of-input", "", "the document ends too early: an object, array or string is "
                    + "not closed (was it cut short?)"),
            new Reason("Trailing token", "", "there is more text after the snapshot: a document holds one JSON "
                    + "object (for many snapshots, use one line each with the batch command)"),
            new Reason("Document nesting depth", "", "values are nested more than " + JsonFormat.MAX_NESTING_DEPTH
                    + " levels deep; a snapshot needs no more than four"),
            new Reason("Unrecognized token", "", "a bare word that is not a JSON value: text needs double quotes, "
                    + "and the only bare words are true, false and null"),
            new Reason("Illegal unquoted character", "", "a control character (a line break or a tab, say) inside "
                    + "a string: write it as an escape such as \\n or \\t"),
            new Reason("Unrecognized character escape", "", "an unknown escape after a backslash inside a string"),
            new Reason("Illegal character", "", "a character that is not allowed here"),
            new Reason("Unexpected close marker", "", "a closing bracket or brace that does not match the one that "
                    + "opened"),
            new Reason("Invalid numeric value", "", "a number that JSON does not allow (leading zeros, a sign or "
                    + "point in the wrong place)"),
            new Reason("Number value length", "", "a number with far too many digits"),
            new Reason("Non-standard token", "", "NaN and Infinity are not JSON numbers"),
            new Reason("Leading zeroes", "", "a number with leading zeros"),
            new Reason("String value length", "", "a string far longer than any field allows"),
            new Reason("Name length", "", "a field name far longer than any the format defines"),
            new Reason("Unexpected character", "double-quote to start field name", "expected a field name in double "
                    + "quotes (or the end of the object); a trailing comma is not allowed"),
            new Reason("Unexpected character", "comma to separate Object entries", "expected a comma between two "
                    + "fields, or the closing brace of the object"),
            new Reason("Unexpected character", "comma to separate Array entries", "expected a comma between two "
                    + "values, or the closing bracket of the array"),
            new Reason("Unexpected character", "colon to separate field name and value", "expected a colon between "
                    + "the field name and its value"),
            new Reason("Unexpected character", "expected a valid value", "expected a value (a string in double "
                    + "quotes, a number, an object, an array, true, false or null)"),
            new Reason("Unexpected character", "", "a character that is not allowed here"));

    private ParseErrors() {
    }

    /** @return the problem describing the parser's refusal, in words. */
    static Problem describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + ", column "
                + loc.getColumnNr();
        if (original.startsWith("Duplicate field") && e instanceof StreamReadException sre
                && sre.getProcessor() != null) {
            JsonParser parser = sre.getProcessor();
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            if (pointer.length() > 200 && parser.getParsingContext().getParent() != null) {
                pointer = parser.getParsingContext().getParent().pathAsPointer().toString(); // the object holding it
            }
            return new Problem(pointer, ProblemCodes.DUPLICATE_FIELD,
                    "the field is given twice" + where + ": each field may appear once in an object");
        }
        String words = "the text is not valid JSON here";
        for (Reason r : REASONS) {
            if (original.startsWith(r.starts()) && original.contains(r.contains())) {
                words = r.words();
                break;
            }
        }
        return new Problem("", ProblemCodes.MALFORMED_JSON, "malformed JSON" + where + ": " + words);
    }
}
