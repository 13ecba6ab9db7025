package org.throughcare.features;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature in package {@code org.throughcare.features} (src/test/resources/org/throughcare/features) on the
 * JUnit Platform. Plugins and glue are set in src/test/resources/junit-platform.properties; narrow a run with
 * {@code -Dcucumber.filter.tags=@ENG-COC-PP2-09}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("org.throughcare.features")
public class RunCucumberTest {
}
