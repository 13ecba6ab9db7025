package org.throughcare.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.throughcare.core.Modality;

/**
 * The required actions as the features name them, in the guidance's words: "the CJIT must send the DIR to the
 * prison's Substance Misuse Team". A phrase is an actor, a modal verb and a duty. The glue checks all three against
 * the engine's action: the actor against its owner, the modal verb against its modality (so a scenario that says
 * "must" for a duty the guidance words as "should" fails), the duty picks the action code.
 *
 * @param actor    who, as written
 * @param modal    the modal words, as written
 * @param duty     what, as written
 * @param code     the engine's action code
 * @param agency   the owner's agency the actor stands for
 * @param roleHint a phrase the owner's role must contain
 * @param modality the modality the modal words stand for
 */
record ActionPhrase(String actor, String modal, String duty, String code, String agency, String roleHint, Modality modality) {

    /** Actors as written, with the owner agency and a fragment of the owner role each stands for. */
    private static final Map<String, String[]> ACTORS = Map.of(
            "the CJIT", new String[] {"CJIT", "CJIT"},
            "reception", new String[] {"Prison Substance Misuse Team", "SMT (clinical) at reception"},
            "the Substance Misuse Team (clinical)", new String[] {"Prison Substance Misuse Team", "SMT (clinical)"},
            "CARATs", new String[] {"Prison Substance Misuse Team", "SMT (CARATs)"},
            "the sending CARAT team", new String[] {"Prison Substance Misuse Team", "SMT (CARATs) at the sending prison"});

    /** Modal words as written, with the modality each stands for. */
    private static final Map<String, Modality> MODALS = Map.of(
            "must make every effort to", Modality.MUST_BEST_EFFORT,
            "must", Modality.MUST,
            "should", Modality.SHOULD,
            "will", Modality.WILL_MUST);

    /** Duties as written (after actor and modal), with the action code. */
    private static final Map<String, String> DUTIES = new LinkedHashMap<>();

    static {
        DUTIES.put("complete a DIR for the new DIP referral", "CJIT_COMPLETE_DIR");
        DUTIES.put("track the client to the prison they are sent to", "CJIT_TRACK_DESTINATION");
        DUTIES.put("send the DIR to the prison's Substance Misuse Team", "CJIT_SEND_DIR_TO_PRISON");
        DUTIES.put("phone the Substance Misuse Team to say the offender is on the way", "CJIT_PHONE_SMT");
        DUTIES.put("close its case and send an Activity Form to the regional Data Team", "CJIT_CLOSE_CASE");
        DUTIES.put("ask the prisoner whether they are a problematic drug misuser", "SMT_ASK_DRUG_MISUSE");
        DUTIES.put("contact the CJIT at once about the missing DIR", "SMT_CONTACT_CJIT_FOR_MISSING_DIR");
        DUTIES.put("establish whether the prisoner came from the community via court or from another prison",
                "SMT_ESTABLISH_ORIGIN");
        DUTIES.put("ask the transferred prisoner the two questions", "SMT_ASK_TRANSFER_QUESTIONS");
        DUTIES.put("retrieve the clinical and CARAT files from the escort documents", "SMT_RETRIEVE_ESCORT_FILES");
        DUTIES.put("assess the prisoner's clinical needs", "SMT_ASSESS_CLINICAL_NEEDS");
        DUTIES.put("assess the prisoner's clinical needs once they are stable", "SMT_ASSESS_CLINICAL_NEEDS_WHEN_STABLE");
        DUTIES.put("refer the prisoner to CARATs", "SMT_REFER_TO_CARATS");
        DUTIES.put("engage with the prisoner", "CARATS_ENGAGE_PRISONER");
        DUTIES.put("ask the sending CARAT team for the CARAT file", "CARATS_REQUEST_CARAT_FILE");
        DUTIES.put("forward the CARAT file to the receiving team", "SENDING_CARATS_FORWARD_FILE");
    }

    /**
     * The Cucumber parameter regex: an actor, a modal, then a duty (checked against the list when parsed). The
     * duty is matched lazily and cannot hold a comma, so that "..., with no time set" and "... by 09:00 on ..."
     * end it.
     */
    static final String REGEX = "(?:the CJIT|reception|the Substance Misuse Team \\(clinical\\)|CARATs|the sending CARAT team)"
            + " (?:must make every effort to|must|should|will) [^,]+?";

    private static final Pattern PARTS = Pattern.compile("(the CJIT|reception|the Substance Misuse Team \\(clinical\\)"
            + "|CARATs|the sending CARAT team) (must make every effort to|must|should|will) (.+)");

    static ActionPhrase parse(String text) {
        Matcher m = PARTS.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an action phrase: '" + text + "'");
        }
        String duty = m.group(3);
        String code = DUTIES.get(duty);
        if (code == null) {
            List<String> known = new ArrayList<>(DUTIES.keySet());
            throw new IllegalArgumentException("unknown duty '" + duty + "' in '" + text + "'; the features know: "
                    + known);
        }
        String[] owner = ACTORS.get(m.group(1));
        return new ActionPhrase(m.group(1), m.group(2), duty, code, owner[0], owner[1], MODALS.get(m.group(2)));
    }

    /** @return the action codes the features can name. */
    static Set<String> knownCodes() {
        return Set.copyOf(DUTIES.values());
    }

    @Override
    public String toString() {
        return actor + " " + modal + " " + duty + " (" + code + ")";
    }
}
