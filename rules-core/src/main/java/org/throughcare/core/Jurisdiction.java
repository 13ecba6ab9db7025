package org.throughcare.core;

/** The legal jurisdiction of the prison holding (or about to receive) the person. */
public enum Jurisdiction {
    /** England: the 2009 continuity-of-care guidance (ENG-COC) applies. */
    ENGLAND,
    /** Wales: no Welsh rule set is encoded. */
    WALES,
    /** Scotland: the TAS (2005) and VA Phase 2 (2004) guidance apply; not encoded yet. */
    SCOTLAND
}
