package org.throughcare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.EventAttribute;

class InstancesCellTest {

    private final List<String> errors = new ArrayList<>();

    private ActionRow.Instances read(String cell) {
        return InstancesCell.read(new RowCells("t.csv", 9, Map.of("instances", cell), errors));
    }

    @Test
    @DisplayName("Blank, attribute:<name> and target")
    void read() {
        assertThat(read("")).isEqualTo(ActionRow.Instances.NONE);
        assertThat(read("attribute:change"))
                .isEqualTo(new ActionRow.Instances(ActionRow.Instances.Kind.ATTRIBUTE, EventAttribute.CHANGE));
        assertThat(read("target")).isEqualTo(new ActionRow.Instances(ActionRow.Instances.Kind.TARGET, null));
        assertThat(errors).isEmpty();
    }

    @Test
    @DisplayName("An unknown attribute or form is an error, read as no instances")
    void errors() {
        assertThat(read("attribute:colour")).isEqualTo(ActionRow.Instances.NONE);
        assertThat(read("targets")).isEqualTo(ActionRow.Instances.NONE);
        assertThat(errors).containsExactly("t.csv:9: column instances: 'attribute:colour' names no event attribute",
                "t.csv:9: column instances: 'targets' is not blank, 'attribute:<name>' (an event attribute) or"
                        + " 'target'");
    }
}
