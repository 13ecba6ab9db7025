package org.throughcare.examples.caseload;

import java.time.ZonedDateTime;

/**
 * Tells one made-up person's story: who they are, the chapters of one {@link Scenario} and, now and then, an earlier
 * custody period.
 */
final class StoryTeller {
    private StoryTeller() {
    }

    static Story tell(Dice d) {
        Moments m = new Moments(d);
        Story s = new Story();
        PersonChapter.tell(s, d);
        ZonedDateTime start = m.start();
        switch (Scenario.pick(d)) {
            case CJIT_TRACKING -> CommunityChapter.tell(s, d, m, start);
            case COMMUNITY_ARRIVAL -> ReceptionChapter.fromCommunity(s, d, m, start);
            case TRANSFER -> TransferChapter.tell(s, d, m, start);
            case ORIGIN_PENDING -> {
                received(s, d, m, start);
                ReceptionChapter.leaveOriginPending(s, d);
            }
            case RELEASED -> {
                received(s, d, m, start);
                ReleaseChapter.tell(s, d, m);
            }
        }
        if (d.chance(0.12)) {
            PreviousPeriodChapter.tell(s, d, m);
        }
        return s;
    }

    private static void received(Story s, Dice d, Moments m, ZonedDateTime start) {
        if (d.chance(0.45)) {
            ReceptionChapter.fromCommunity(s, d, m, start);
        } else {
            TransferChapter.tell(s, d, m, start);
        }
    }
}
