package org.throughcare.core;

import java.util.List;

/**
 * One edge taken through the continuity-of-care journey.
 *
 * @param from    the point left ("RECEPTION", "PP1", ...)
 * @param to      the point entered
 * @param ruleIds the routing rules (e.g. ENG-COC-RT-02)
 * @param reason  why this edge was taken
 */
public record RouteStep(String from, String to, List<String> ruleIds, String reason) {
    public RouteStep {
        ruleIds = List.copyOf(ruleIds);
    }
}
