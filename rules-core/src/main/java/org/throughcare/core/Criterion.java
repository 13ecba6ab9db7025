package org.throughcare.core;

/**
 * One criterion of a priority or eligibility answer.
 *
 * @param code        a stable code, e.g. "PPO"
 * @param description what the criterion is, in plain English
 */
public record Criterion(String code, String description) {
}
