package org.throughcare.core.fact;

/** Outcome fact: the journey takes the edge {@code from → to}. Immutable. */
public final class RouteEdge {
    private final String from;
    private final String to;
    private final String reason;
    private final boolean upcoming;

    /**
     * @param from     the point left ("RECEPTION", "PP1", ...)
     * @param to       the point entered
     * @param reason   why, in plain English
     * @param upcoming true when the edge will be taken once something that has not happened yet happens (for
     *                 example reception): {@code to} is then the next point, not a point reached
     */
    public RouteEdge(String from, String to, String reason, boolean upcoming) {
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.upcoming = upcoming;
    }

    /** An edge taken now. */
    public static RouteEdge taken(String from, String to, String reason) {
        return new RouteEdge(from, to, reason, false);
    }

    /** An edge that will be taken when its condition happens. */
    public static RouteEdge upcoming(String from, String to, String reason) {
        return new RouteEdge(from, to, reason, true);
    }

    public boolean isUpcoming() { return upcoming; }

    public String getFrom() { return from; }

    public String getTo() { return to; }

    public String getReason() { return reason; }

    @Override
    public String toString() {
        return "RouteEdge[" + from + " -> " + to + "]";
    }
}
