package org.throughcare.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who the person is, pseudonymously: no name, no prison number. These fields are personal data:
 * {@link #toString()} never prints them and the library never logs them.
 *
 * @param sex         sex as recorded; never null ({@link Sex#NOT_RECORDED} when unknown)
 * @param dateOfBirth date of birth, or null when not supplied (no rule of the England 2009 thread reads it)
 */
public record Person(Sex sex, LocalDate dateOfBirth) {

    public Person {
        Objects.requireNonNull(sex, "sex");
    }

    /** @return a person with nothing recorded. */
    public static Person unrecorded() {
        return new Person(Sex.NOT_RECORDED, null);
    }

    @Override
    public String toString() {
        return "Person[redacted]";
    }

    /** @return a person with this sex and date of birth (personal: never logged or printed) */
    public static Person of(Sex sex, LocalDate dateOfBirth) {
        return new Person(sex, dateOfBirth);
    }
}
