package org.throughcare.core;

import java.util.List;
import java.util.Objects;

/**
 * The Alert Form an action asks for (England 2009 section 1.8 and Annex E; catalogue ENG-COC-ALERT-07 to -09 and
 * -11): which tick box, who sends it to whom, whether a telephone call must follow, the header fields the snapshot
 * can fill and the fields left for the sender. Only operational values are filled (the custody status, the prison,
 * the court or prison the change names, the release status); the client's name, date of birth
 * and prisoner number, and every other field the snapshot does not hold, are named in {@code leftForSender} and never
 * enter the decision.
 *
 * @param box           the tick box's number on the form, 1 to 11
 * @param change        the tick box's code ({@link AlertChange}), also the action's instance key
 * @param boxLabel      the tick box's words on the form ("Change of release status")
 * @param from          who sends it, in words ("the prison's Substance Misuse Team")
 * @param to            to whom, in words ("the CJIT")
 * @param telephone     whether a telephone call must follow, as the rule that raises the form says (ALERT-09, AMB-57):
 *                      "followed up by a telephone call", "followed up by a telephone call if necessary" or "no
 *                      telephone call is asked for"
 * @param filled        the form's fields the snapshot fills, in the form's order
 * @param leftForSender the form's fields left for the sender to complete, in the form's order
 */
public record AlertForm(int box, String change, String boxLabel, String from, String to, String telephone,
                        List<Field> filled, List<String> leftForSender) {
    public AlertForm {
        Objects.requireNonNull(change, "change");
        filled = List.copyOf(filled);
        leftForSender = List.copyOf(leftForSender);
    }

    /**
     * One field of the form the snapshot fills.
     *
     * @param field the field's name on the form ("Name of Prison")
     * @param value its value, an operational value in words or an ISO date
     */
    public record Field(String field, String value) {
        public Field {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Whether a telephone call must follow the form: set by the rule that raises it, not by its box (AMB-57). */
    public enum Telephone {
        /** "followed up by a telephone call". */
        REQUIRED("followed up by a telephone call"),
        /** "followed up by a telephone call if necessary". */
        IF_NECESSARY("followed up by a telephone call if necessary"),
        /** The guidance mentions no telephone call. */
        NONE("no telephone call is asked for");

        private final String words;

        Telephone(String words) {
            this.words = words;
        }

        /** @return the guidance's words for it */
        public String words() {
            return words;
        }
    }
}
