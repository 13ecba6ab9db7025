/**
 * The JSON contract of the library: {@link org.throughcare.core.json.ThroughcareJson} reads snapshots (strictly,
 * reporting every problem with its JSON Pointer) and writes decisions, explanations, problems and snapshots
 * deterministically. The JSON Schemas of the snapshot and decision formats are published on the class path under
 * {@code org/throughcare/core/schema/}.
 */
package org.throughcare.core.json;
