package org.throughcare.core;

/** The person's criminal-justice status (as on the Alert Form: remand / sentenced / released). */
public enum CustodyStatus {
    /** Remanded in custody (or being remanded, before reception). */
    REMAND,
    /** Sentenced to custody (or being sentenced, before reception). */
    SENTENCED,
    /** Released from custody. */
    RELEASED
}
