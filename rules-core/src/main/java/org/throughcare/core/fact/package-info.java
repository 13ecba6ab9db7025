/**
 * Fact types that rule files match and insert. This package is the contract between rules-core and the rule
 * files in rules-kb: rules match {@link org.throughcare.core.fact.CaseFacts} and
 * {@link org.throughcare.core.fact.CaseEvent} (and, when the snapshot states a Going Straight Contract,
 * {@link org.throughcare.core.fact.GoingStraightContractFacts}, {@link org.throughcare.core.fact.ContractTarget} and
 * {@link org.throughcare.core.fact.ContractAmendment}, which carry no free text), and each rule inserts its own outcome fact
 * ({@link org.throughcare.core.fact.RaisedAction}, {@link org.throughcare.core.fact.RouteEdge},
 * {@link org.throughcare.core.fact.Classification}). Outcome facts are never modified after insertion, so no rule
 * re-fires and no rule joins a shared accumulator (see TOOLCHAIN.md on what makes rules slow). The engine
 * attributes each outcome to the rule that inserted it and reads that rule's metadata ({@code @ruleIds},
 * {@code @action}, {@code @section}). Embedders do not need this package.
 */
package org.throughcare.core.fact;
