package org.throughcare.examples.caseload;

/** Where in the journey a generated snapshot catches the person, with how often each is chosen. */
enum Scenario {
    /** England 2009 Part 1: the CJIT is still tracking the client; not yet received into prison. */
    CJIT_TRACKING(22),
    /** Process point 1: received from the community (via court, or another way such as a recall). */
    COMMUNITY_ARRIVAL(26),
    /** Process point 2: received from another prison, or from court after being held in another prison. */
    TRANSFER(28),
    /** Process point 1 with the origin not yet established. */
    ORIGIN_PENDING(9),
    /** Released after a reception from the community or from another prison. */
    RELEASED(15);

    private final int weight;

    Scenario(int weight) {
        this.weight = weight;
    }

    static Scenario pick(Dice d) {
        Scenario[] all = values();
        int[] weights = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            weights[i] = all[i].weight;
        }
        return all[d.weighted(weights)];
    }
}
