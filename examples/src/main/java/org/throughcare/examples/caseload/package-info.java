/**
 * A generator of realistic, synthetic caseloads for trying out and load-testing batch evaluation:
 * {@link org.throughcare.examples.caseload.CaseloadGenerator}. Each line is one made-up snapshot in the library's
 * snapshot input format; the same seed always gives the same lines. The package-private classes each do one part:
 * the chapters of a person's story ({@code CommunityChapter}, {@code ReceptionChapter}, {@code TransferChapter},
 * ...), the snapshot known at {@code asOf} ({@code SnapshotAssembler}), its JSON ({@code SnapshotJson}) and the
 * deliberate faults of invalid lines ({@code Corruptor}).
 */
package org.throughcare.examples.caseload;
