package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.Settings;

class SharesInformationCellTest {

    private final List<String> errors = new ArrayList<>();

    private SharesInformationCell read(String cell) {
        return SharesInformationCell.read(new RowCells("t.csv", 5, Map.of("shares_information", cell), errors));
    }

    @Test
    @DisplayName("yes, no and monitoring (de-personalised data: shares nothing identifiable)")
    void plain() {
        assertThat(read("yes")).isEqualTo(new SharesInformationCell(true, null, false));
        assertThat(read("no")).isEqualTo(new SharesInformationCell(false, null, false));
        assertThat(read("monitoring")).isEqualTo(new SharesInformationCell(false, null, true));
        assertThat(errors).isEmpty();
    }

    @Test
    @DisplayName("'yes when <setting>=<value>' shares under that reading of a known setting")
    void conditional() {
        SharesInformationCell cell = read("yes when caratFileConsent = EXCEPTION_ONLY");
        assertThat(cell).isEqualTo(new SharesInformationCell(true,
                new ActionRow.SharesWhen("caratFileConsent", "EXCEPTION_ONLY"), false));
        assertThat(Settings.setting(cell.when().setting())).isSameAs(Settings.CARAT_FILE_CONSENT);
        assertThat(errors).isEmpty();
    }

    @Test
    @DisplayName("Anything else is an error with file, line and column")
    void errors() {
        assertThat(read("maybe").shares()).isFalse();
        assertThat(read("").shares()).isFalse();
        assertThat(read("yes when caratFileConsent").when()).isNull();
        assertThat(read("yes when caratFile=EXCEPTION_ONLY").when()).isNull();
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).isEqualTo("t.csv:5: column shares_information: 'maybe' must be yes or no");
        assertThat(errors.get(1)).isEqualTo("t.csv:5: column shares_information: is required");
        assertThat(errors.get(2)).isEqualTo("t.csv:5: column shares_information: 'yes when caratFileConsent' must be"
                + " yes, no or 'yes when <setting>=<value>'");
        assertThat(errors.get(3)).startsWith("t.csv:5: column shares_information: unknown setting 'caratFile'");
    }
}
