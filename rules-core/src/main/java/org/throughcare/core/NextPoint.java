package org.throughcare.core;

import java.util.List;

/**
 * One point the journey may go to next. A point may have several (process point 6 leads to pre-release planning and
 * to a transfer to court, ENG-COC-RT-09 and RT-21).
 *
 * @param point   the point's id ("PP7")
 * @param name    its name in the guidance
 * @param encoded whether its rules are encoded
 * @param reason  why it comes next, in plain English (may be null)
 * @param ruleIds the catalogue IDs of the route edge
 */
public record NextPoint(String point, String name, boolean encoded, String reason, List<String> ruleIds) {
    public NextPoint {
        ruleIds = List.copyOf(ruleIds);
    }
}
