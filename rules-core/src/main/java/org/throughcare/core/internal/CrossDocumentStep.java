package org.throughcare.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.throughcare.core.FiredRule;
import org.throughcare.core.Notice;
import org.throughcare.core.PriorityKey;
import org.throughcare.core.PriorityOrder;
import org.throughcare.core.fact.CaseFacts;
import org.throughcare.core.fact.Flag;
import org.throughcare.core.fact.PriorityChain;
import org.throughcare.core.fact.RuleSetAnswer;
import org.throughcare.core.fact.SettingsFact;

/**
 * The step after the sessions (catalogue section 6): the cross-document rules run once, over what every applicable
 * rule set's session answered (which rule sets apply and are in force, their priority and eligibility answers) and
 * the case facts. Its rules decide which ordering applies (a {@link PriorityChain}) and what the reader must know
 * about precedence between the documents (a {@link Flag}); this class turns the chain into the decision's
 * {@link PriorityOrder}, ranking each answer by the order its rule set declares, and each flag into a notice. Like
 * every rule set, its rules carry their own dates, applied here at the evaluation day.
 */
final class CrossDocumentStep {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private CrossDocumentStep() {
    }

    /**
     * Runs the step and adds its outcomes to the parts.
     *
     * @param step     the cross-document rule set
     * @param byId     every loaded rule set by id (for the priority orders they declare)
     * @param caseFacts the case facts the sessions matched
     */
    static void run(LoadedRuleSet step, Map<String, LoadedRuleSet> byId, CaseFacts caseFacts, SettingsFact settings,
                    LocalDate evaluationDay, boolean explain, RuleSetRun.Parts parts, List<FiredRule> fired) {
        List<Object> facts = new ArrayList<>(parts.crossDocumentFacts.size() + 2);
        facts.add(caseFacts);
        facts.add(settings);
        facts.addAll(parts.crossDocumentFacts);
        SessionRunner.Run run = SessionRunner.run(step, facts, true, explain);
        fired.addAll(run.fired);
        for (Outcome<PriorityChain> o : run.only(PriorityChain.class)) {
            if (o.rule().inForceOn(evaluationDay) && parts.priorityOrder == null) {
                parts.priorityOrder = order(o, byId, caseFacts, parts.crossDocumentFacts);
            }
        }
        for (Outcome<Flag> o : run.only(Flag.class)) {
            if (o.rule().inForceOn(evaluationDay)) {
                parts.notices.add(new Notice(o.fact().getCode(), o.fact().getMessage(), o.rule().ruleIds()));
            }
        }
    }

    private static PriorityOrder order(Outcome<PriorityChain> o, Map<String, LoadedRuleSet> byId, CaseFacts caseFacts,
                                       List<Object> answers) {
        List<PriorityKey> keys = new ArrayList<>();
        for (String key : o.fact().getKeys()) {
            keys.add(PriorityChain.EARLIEST_RELEASE.equals(key) ? release(caseFacts) : ranked(key, byId, answers));
        }
        StringBuilder by = new StringBuilder();
        StringBuilder here = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            String name = keyName(keys.get(i), byId);
            by.append(i == 0 ? (keys.size() == 1 ? "by " : "first by ") : i == keys.size() - 1 ? " and then by "
                    : ", then by ").append(name);
            here.append(i == 0 ? "" : "; ").append(keys.get(i).explanation());
        }
        return new PriorityOrder(o.rule().ruleIds(), "The documents that apply order people " + by + ". This person: "
                + here + ".", keys);
    }

    private static PriorityKey release(CaseFacts caseFacts) {
        LocalDate date = caseFacts.getEarliestRelease();
        String words = date == null ? "no release date known yet, so after everyone whose release date is known"
                : "earliest release " + DAY.format(date) + " (" + caseFacts.getEarliestReleaseDescription() + ")";
        return new PriorityKey(PriorityChain.EARLIEST_RELEASE, null, null, null, null, null, date, words);
    }

    private static PriorityKey ranked(String key, Map<String, LoadedRuleSet> byId, List<Object> answers) {
        int slash = key.indexOf('/');
        String ruleSet = key.substring(0, slash);
        String code = key.substring(slash + 1);
        // Checked at start-up (RuleNames.checkCrossDocument): the rule set is declared and declares this ranking. An
        // engine built without it has no answer from it: the key then ranks nobody.
        LoadedRuleSet rs = byId.get(ruleSet);
        RuleSetDescriptor.Ranking ranking = rs == null ? new RuleSetDescriptor.Ranking(ruleSet + " " + words(code),
                List.of()) : rs.descriptor().priorityOrder(code);
        String result = null;
        for (Object a : answers) {
            if (a instanceof RuleSetAnswer r && r.getRuleSet().equals(ruleSet) && r.getCode().equals(code)
                    && "PRIORITY".equals(r.getKind())) {
                result = r.getResult();
                break;
            }
        }
        int at = result == null ? -1 : ranking.order().indexOf(result);
        Integer rank = at < 0 ? null : at + 1;
        Integer of = ranking.order().isEmpty() ? null : ranking.order().size();
        String words = result == null
                ? ranking.name() + ": no answer, so after everyone with one"
                : rank == null
                ? ranking.name() + ": " + words(result) + ", so after everyone ranked"
                : ranking.name() + ": " + words(result) + " (rank " + rank + " of " + of + ")";
        return new PriorityKey(key, ruleSet, code, result, rank, of, null, words);
    }

    private static String keyName(PriorityKey k, Map<String, LoadedRuleSet> byId) {
        LoadedRuleSet rs = k.ruleSet() == null ? null : byId.get(k.ruleSet());
        return k.ruleSet() == null ? "the earliest release date"
                : rs == null ? k.ruleSet() + " " + words(k.code()) : "the " + rs.descriptor().priorityOrder(k.code()).name();
    }

    /** @return a result code in words: "TIER_1" is "tier 1", "NOT_LINKED" is "not linked" */
    static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
