package org.throughcare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.throughcare.core.GoingStraightContract.Achieved;
import org.throughcare.core.GoingStraightContract.Role;
import org.throughcare.core.GoingStraightContract.Target;
import org.throughcare.core.fact.CaseFacts;
import org.throughcare.core.fact.ContractAmendment;
import org.throughcare.core.fact.ContractTarget;
import org.throughcare.core.fact.GoingStraightContractFacts;

@DisplayName("The Going Straight Contract as the rules see it")
class GoingStraightContractFactsTest {

    static final String AIM = "Zebedee Quux reads with his daughter";
    static final String HOW = "Quux goes to the college twice a week";

    static ZonedDateTime at(int mo, int d, int h, int mi) {
        return Times.strictLondon(LocalDateTime.of(2026, mo, d, h, mi));
    }

    static final GoingStraightContract CONTRACT = GoingStraightContract.builder()
            .party(Role.PRISONER, at(5, 20, 14, 5)).party(Role.SUPERVISOR, at(5, 20, 14, 0)).party(Role.HOUSING, null)
            .runs(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 12, 31)).needsAssessedAt(at(5, 18, 11, 0))
            .target(Target.builder("T1", AIM).responsible(Role.PRISONER, Role.TRAINING).how(HOW)
                    .whenBy(LocalDate.of(2026, 9, 30)).achieved(Achieved.NOT_YET, at(6, 12, 10, 0))
                    .endorsedBy(Role.PRISONER))
            .target(Target.builder("T2", AIM))
            .amendment(at(6, 12, 10, 30), Role.SUPERVISOR, Role.PRISONER, Role.HOUSING)
            .amendment(at(6, 13, 9, 0), Role.SUPERVISOR)
            .build();

    static Snapshot snapshot(GoingStraightContract c) {
        return Snapshot.builder("gscf-1", Jurisdiction.SCOTLAND, at(6, 15, 10, 0))
                .custody(Custody.builder(CustodyStatus.SENTENCED)).goingStraightContract(c).build();
    }

    @Test
    @DisplayName("is one contract fact, then one fact per target and per amendment, in the contract's order; none without a contract")
    void factsInOrder() {
        List<Object> facts = GoingStraightContractFacts.of(CONTRACT);
        assertThat(facts).hasSize(5);
        assertThat(facts.get(0)).isInstanceOf(GoingStraightContractFacts.class);
        assertThat(facts.subList(1, 3)).allSatisfy(f -> assertThat(f).isInstanceOf(ContractTarget.class))
                .extracting(f -> ((ContractTarget) f).getKey()).containsExactly("T1", "T2");
        assertThat(facts.subList(3, 5)).allSatisfy(f -> assertThat(f).isInstanceOf(ContractAmendment.class))
                .extracting(f -> ((ContractAmendment) f).getIndex()).containsExactly(0, 1);
        assertThat(GoingStraightContractFacts.of(null)).isEmpty();
        assertThat(new CaseFacts(snapshot(CONTRACT), "PP2").hasGoingStraightContract()).isTrue();
        assertThat(new CaseFacts(snapshot(null), "PP2").hasGoingStraightContract()).isFalse();
    }

    @Test
    @DisplayName("shows the parties, who signed and when, the dates and how many targets and amendments there are")
    void contract() {
        GoingStraightContractFacts f = new GoingStraightContractFacts(CONTRACT);
        assertThat(f.getParties()).containsExactly(Role.PRISONER, Role.SUPERVISOR, Role.HOUSING);
        assertThat(f.party(Role.HOUSING)).isTrue();
        assertThat(f.party(Role.JOBCENTRE_PLUS)).isFalse();
        assertThat(f.signedBy(Role.PRISONER)).isTrue();
        assertThat(f.signedBy(Role.HOUSING)).isFalse();
        assertThat(f.signedAt(Role.SUPERVISOR)).isEqualTo(at(5, 20, 14, 0));
        assertThat(f.signedAt(Role.POLICE)).isNull();
        assertThat(f.isSignedByEveryParty()).isFalse();
        assertThat(f.getFirstSignedAt()).isEqualTo(at(5, 20, 14, 0));
        assertThat(f.getLastSignedAt()).isEqualTo(at(5, 20, 14, 5));
        assertThat(f.getStartsOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(f.getEndsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(f.getNeedsAssessedAt()).isEqualTo(at(5, 18, 11, 0));
        assertThat(f.getTargetKeys()).containsExactly("T1", "T2");
        assertThat(f.getTargetCount()).isEqualTo(2);
        assertThat(f.getAmendmentCount()).isEqualTo(2);

        GoingStraightContractFacts empty = new GoingStraightContractFacts(GoingStraightContract.builder().build());
        assertThat(empty.isSignedByEveryParty()).isFalse();
        assertThat(empty.getFirstSignedAt()).isNull();
        assertThat(new GoingStraightContractFacts(GoingStraightContract.builder().party(Role.PRISONER, at(5, 1, 9, 0))
                .build()).isSignedByEveryParty()).isTrue();
    }

    @Test
    @DisplayName("shows each target's key, who is responsible, whether how is stated, when by, the answer and who endorsed it")
    void targets() {
        List<Object> facts = GoingStraightContractFacts.of(CONTRACT);
        ContractTarget t1 = (ContractTarget) facts.get(1);
        assertThat(t1.getResponsible()).containsExactly(Role.PRISONER, Role.TRAINING);
        assertThat(t1.responsible(Role.TRAINING)).isTrue();
        assertThat(t1.isHowStated()).isTrue();
        assertThat(t1.getWhenBy()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(t1.getAchieved()).isEqualTo(Achieved.NOT_YET);
        assertThat(t1.getReviewedAt()).isEqualTo(at(6, 12, 10, 0));
        assertThat(t1.getEndorsedBy()).containsExactly(Role.PRISONER);
        assertThat(t1.endorsedBy(Role.SUPERVISOR)).isFalse();
        assertThat(t1.getNotEndorsedBy()).containsExactly(Role.SUPERVISOR, Role.HOUSING);
        ContractTarget t2 = (ContractTarget) facts.get(2);
        assertThat(t2.isHowStated()).isFalse();
        assertThat(t2.getWhenBy()).isNull();
        assertThat(t2.getAchieved()).isEqualTo(Achieved.NOT_RECORDED);
        assertThat(t2.getResponsible()).isEmpty();
    }

    @Test
    @DisplayName("shows each amendment's time, who agreed it and which parties did not")
    void amendments() {
        List<Object> facts = GoingStraightContractFacts.of(CONTRACT);
        ContractAmendment all = (ContractAmendment) facts.get(3);
        ContractAmendment one = (ContractAmendment) facts.get(4);
        assertThat(all.getAt()).isEqualTo(at(6, 12, 10, 30));
        assertThat(all.getNotAgreedBy()).isEmpty();
        assertThat(one.agreedBy(Role.SUPERVISOR)).isTrue();
        assertThat(one.getAgreedBy()).containsExactly(Role.SUPERVISOR);
        assertThat(one.getNotAgreedBy()).containsExactly(Role.PRISONER, Role.HOUSING);
    }

    @Test
    @DisplayName("carries no free text: no getter and no toString holds a target's aim or how")
    void noFreeText() throws Exception {
        for (Object fact : GoingStraightContractFacts.of(CONTRACT)) {
            assertThat(fact.toString()).doesNotContainIgnoringCase("quux");
            for (Method m : fact.getClass().getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass() == fact.getClass()) {
                    assertThat(String.valueOf(m.invoke(fact))).as(m.getName()).doesNotContainIgnoringCase("quux");
                }
            }
        }
        assertThat(new CaseFacts(snapshot(CONTRACT), "PP2").toString()).doesNotContainIgnoringCase("quux");
    }
}
