package org.throughcare.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The personal-data policy, in one place.
 *
 * <ul>
 *   <li><b>Personal values</b> are the date of birth, names and every free-text field. They never appear in a
 *       decision, a log line, a problem message, an exception or a {@code toString}; a snapshot's {@code toString}
 *       prints only its pseudonymous id.</li>
 *   <li><b>Operational values</b> are custody and planned dates, establishment codes, statuses and roles. They may
 *       appear in decisions and in error reports, which go to the caller. Log lines carry only the snapshot id, codes
 *       and counts.</li>
 *   <li><b>A rejected value is never echoed</b>, whatever its field: a name typed into the wrong field is still a
 *       name. A problem's JSON Pointer says where, its message what was expected. An id that is not a valid
 *       pseudonymous id is never repeated as the snapshot's id.</li>
 *   <li>Rules may read age and sex.</li>
 * </ul>
 *
 * The fuzz suite of the knowledge base checks every message against the personal values of its inputs.
 */
public final class PersonalData {

    /**
     * The JSON Pointers of the snapshot's personal fields: a value read there is never repeated in any message.
     * {@code {i}} stands for any index of a list.
     */
    public static final List<String> POINTERS = List.of("/person/dateOfBirth", "/consent/exceptions/otherLawfulException",
            "/consent/exceptions/{i}/reason", "/goingStraightContract/targets/{i}/target",
            "/goingStraightContract/targets/{i}/how");

    /** {@link #POINTERS} as patterns, {@code {i}} matching any index. */
    private static final List<Pattern> PATTERNS = POINTERS.stream()
            .map(p -> Pattern.compile(Pattern.quote(p).replace("{i}", "\\E[0-9]+\\Q"))).toList();

    private PersonalData() {
    }

    /** @return true when the field at this JSON Pointer holds a personal value */
    public static boolean isPersonal(String pointer) {
        return POINTERS.contains(pointer) || PATTERNS.stream().anyMatch(p -> p.matcher(pointer).matches());
    }
}
