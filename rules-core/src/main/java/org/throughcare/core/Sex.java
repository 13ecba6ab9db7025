package org.throughcare.core;

/** Sex as recorded by the prison; some Scottish priority rules read it. */
public enum Sex {
    FEMALE,
    MALE,
    /** Not recorded, or recorded otherwise. */
    NOT_RECORDED
}
