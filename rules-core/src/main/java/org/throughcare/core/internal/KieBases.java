package org.throughcare.core.internal;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;

/** Opening the kjar's KieBases for {@link RuleSetLoader}, with the configuration every one of them gets. */
final class KieBases {
    private KieBases() {
    }

    /**
     * Opens a KieBase of the kjar. Beta-node sharing is off: with it on, Drools 10.2's executable model merged the
     * join of one England rule (process point 2's pending 24-hour assessment) with another rule's, so the rule never
     * fired once the rule set grew (process points 5 to 7). Every rule then fires on its own conditions; the feature
     * "While stability at the reception screen is not recorded ..." is the regression test.
     */
    static KieBase open(KieContainer container, String name) {
        org.kie.api.KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setProperty("drools.shareBetaNodes", "false");
        return container.newKieBase(name, conf);
    }

    /**
     * Opens the KieBase for a person not yet received ({@code kbaseBeforeReception}): it must be defined, and every
     * rule it holds must be one of the whole KieBase's, whose metadata attributes its outcomes.
     *
     * @return the KieBase, or null after adding an error
     */
    static KieBase openBeforeReception(RuleSetDescriptor d, KieBase whole, KieContainer container, String where,
                                               List<String> errors) {
        String name = d.kbaseBeforeReception();
        if (!container.getKieBaseNames().contains(name)) {
            errors.add(where + ": kbaseBeforeReception: KieBase '" + name + "' is not defined in any kmodule.xml");
            return null;
        }
        KieBase part;
        try {
            part = open(container, name);
        } catch (RuntimeException e) {
            errors.add(where + ": kbaseBeforeReception: KieBase '" + name + "' cannot be opened: " + causes(e));
            return null;
        }
        int before = errors.size();
        for (KiePackage p : part.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                if (whole.getRule(p.getName(), r.getName()) == null) {
                    errors.add(where + ": kbaseBeforeReception: KieBase '" + name + "' holds rule '" + r.getName()
                            + "' (package " + p.getName() + "), which the rule set's KieBase '" + d.kbase()
                            + "' does not: the part for a person not yet received may hold only the whole's rules");
                }
            }
        }
        if (part.getKiePackages().stream().allMatch(p -> p.getRules().isEmpty())) {
            errors.add(where + ": kbaseBeforeReception: KieBase '" + name + "' holds no rules (check its packages in"
                    + " kmodule.xml)");
        }
        return errors.size() > before ? null : part;
    }

    /** @return the messages of a throwable and its causes, for an error that must say what went wrong. */
    static String causes(Throwable t) {
        StringBuilder sb = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(c.getClass().getSimpleName());
            if (c.getMessage() != null) {
                sb.append(": ").append(c.getMessage());
            }
        }
        return sb.toString();
    }
}
