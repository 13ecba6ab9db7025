package org.throughcare.core.internal;

/**
 * An outcome fact a rule inserted, with the metadata of that rule.
 *
 * @param fact the fact
 * @param rule the rule that inserted it
 * @param <T>  the fact's type
 */
record Outcome<T>(T fact, RuleMeta rule) {
}
