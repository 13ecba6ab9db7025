package org.throughcare.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SnapshotValidator.isPseudonymousId accepts exactly the ids its regular expression describes")
class PseudonymousIdTest {

    /** The rule as it was written before the character loop replaced it. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    private static boolean byPattern(String id) {
        return id != null && !id.isEmpty() && id.length() <= SnapshotValidator.MAX_ID_LENGTH
                && ID.matcher(id).matches();
    }

    @Test
    @DisplayName("on 200,000 seeded strings over letters, digits, punctuation, spaces and non-ASCII letters and digits")
    void sameAsPattern() {
        String alphabet = "aZz09AM._:-/ \t|@\u00e9\u0660\uff10\u212a\u0130";
        SplittableRandom r = new SplittableRandom(20261202);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            int length = i % 50 == 0 ? r.nextInt(120, 140) : r.nextInt(0, 8);
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < length; k++) {
                // mostly characters the rule accepts, so that long valid ids are common too
                b.append(r.nextInt(4) > 0 ? "aZ09._:-".charAt(r.nextInt(8)) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String id = b.toString();
            assertThat(SnapshotValidator.isPseudonymousId(id)).as("'%s'", id).isEqualTo(byPattern(id));
            accepted += byPattern(id) ? 1 : 0;
        }
        assertThat(accepted).as("both kinds were tried").isBetween(10_000, 190_000);
    }

    @Test
    @DisplayName("at the edges: null, empty, a leading punctuation mark, the longest allowed and one more")
    void edges() {
        for (String id : new String[] {null, "", ".a", "-", "a", "a.", "A-1:b_c.d", "x".repeat(128), "x".repeat(129),
            "caf\u00e9", "\u0660", "ab c", "ab\n"}) {
            assertThat(SnapshotValidator.isPseudonymousId(id)).as("'%s'", id).isEqualTo(byPattern(id));
        }
    }
}
