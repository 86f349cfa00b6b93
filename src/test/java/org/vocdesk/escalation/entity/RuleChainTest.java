package org.vocdesk.escalation.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.CalendarFixtures;
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vocdesk.calendar.entity.CalendarFixtures.at;
import static org.vocdesk.escalation.entity.ChainInput.WarningMode.*;
import static org.vocdesk.escalation.entity.EscalationLevel.*;

/** What the administrator may enter as an escalation chain, and the messages for what they may not. */
class RuleChainTest {

    static final Duration DAY = Duration.ofHours(8);

    static ChainInput input(ChainInput.WarningMode mode, String warn, String handler, String manager, String quality, String general) {
        return new ChainInput("response", "high", mode, warn, handler, manager, quality, general);
    }

    static void refused(ChainInput input, String key, String field) {
        assertThatThrownBy(() -> RuleChain.of(input, DAY)).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    BusinessException b = (BusinessException) e;
                    assertThat(b.key()).isEqualTo(key);
                    assertThat(b.field()).isEqualTo(field);
                });
    }

    @Test
    void aValidChainKeepsItsLevelsInOrderAndNormalisesKindAndPriority() {
        RuleChain chain = RuleChain.of(input(PERCENT, "80%", "0h", "4h", "1d", "2d"), DAY);
        assertThat(chain.getKind()).isEqualTo("RESPONSE");
        assertThat(chain.getPriority()).isEqualTo("HIGH");
        assertThat(chain.getWarnPercent()).isEqualTo(80);
        assertThat(chain.getWarnBefore()).isNull();
        assertThat(chain.getDelays()).containsOnlyKeys(HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER);
        assertThat(chain.delay(DEPARTMENT_MANAGER)).isEqualTo("4h");
    }

    @Test
    void levelsLeftEmptyAreLeftOutAndTheWarningMayFallHoursBeforeTheDeadline() {
        RuleChain chain = RuleChain.of(input(BEFORE, "4h", "0h", "", null, "2d"), DAY);
        assertThat(chain.getDelays()).containsOnlyKeys(HANDLER, GENERAL_MANAGER);
        assertThat(chain.getWarnMode()).isEqualTo(BEFORE);
        assertThat(chain.getWarnValue()).isEqualTo("4h");
        assertThat(RuleChain.of(input(NONE, "ignored", "0h", null, null, null), DAY).getWarnMode()).isEqualTo(NONE);
    }

    @Test
    void aDelayThatIsNoWorkingTimeIsRefusedNamingTheLevel() {
        refused(input(NONE, null, "0h", "four hours", "1d", "2d"), "escalation.rule.delay", "DEPARTMENT_MANAGER");
        refused(input(NONE, null, "-1h", null, null, null), "escalation.rule.delay", "HANDLER");
    }

    @Test
    void aHigherLevelBeforeALowerOneIsRefused() {
        // 1d = 8 working hours, so a quality manager at 4h would be told before the department manager
        refused(input(NONE, null, "0h", "1d", "4h", "2d"), "escalation.rule.order", "QUALITY_MANAGER");
        // equal is fine, and days compare with hours through the standard working day
        assertThat(RuleChain.of(input(NONE, null, "0h", "8h", "1d", "1d"), DAY).getDelays()).hasSize(4);
    }

    @Test
    void aChainWithoutLevelsIsRefused() {
        refused(input(PERCENT, "80", "", " ", null, null), "escalation.rule.noLevel", "handlerDelay");
    }

    @Test
    void theWarningPercentageMustLieBetween1And99() {
        refused(input(PERCENT, "0", "0h", null, null, null), "escalation.rule.percent", "warnValue");
        refused(input(PERCENT, "100", "0h", null, null, null), "escalation.rule.percent", "warnValue");
        refused(input(PERCENT, "eighty", "0h", null, null, null), "escalation.rule.percent", "warnValue");
        refused(input(PERCENT, null, "0h", null, null, null), "escalation.rule.percent", "warnValue");
    }

    @Test
    void theWarningBeforeTheDeadlineMustBeWorkingHoursOrMinutes() {
        refused(input(BEFORE, "1d", "0h", null, null, null), "escalation.rule.warnBefore", "warnValue");
        refused(input(BEFORE, "0h", "0h", null, null, null), "escalation.rule.warnBefore", "warnValue");
        refused(input(BEFORE, "soon", "0h", null, null, null), "escalation.rule.warnBefore", "warnValue");
        assertThat(RuleChain.of(input(BEFORE, "30m", "0h", null, null, null), DAY).getWarnBefore()).isEqualTo(WorkDuration.ofMinutes(30));
    }

    @Test
    void kindAndPriorityMustBeUsable() {
        refused(new ChainInput(" ", "HIGH", NONE, null, "0h", null, null, null), "escalation.rule.kind", "kind");
        refused(new ChainInput("8D step!", "HIGH", NONE, null, "0h", null, null, null), "escalation.rule.kindFormat", "kind");
        refused(new ChainInput("RESPONSE", "URGENT", NONE, null, "0h", null, null, null), "escalation.rule.priority", "priority");
    }

    @Test
    void theStoredRowsReadBackAsTheChainTheyMake() {
        EscalationRule warning = EscalationRule.warningBefore("RESPONSE", "LOW", WorkDuration.ofHours(4));
        EscalationRule handler = EscalationRule.breach("RESPONSE", "LOW", HANDLER, "0h");
        EscalationRule manager = EscalationRule.breach("RESPONSE", "LOW", DEPARTMENT_MANAGER, "1d");
        manager.deactivate();
        RuleChain chain = RuleChain.of("RESPONSE", "LOW", List.of(warning, handler, manager));
        assertThat(chain.getWarnMode()).isEqualTo(BEFORE);
        assertThat(chain.getDelays()).containsOnlyKeys(HANDLER);
    }

    @Test
    void aWarningHoursBeforeTheDeadlineFallsThatMuchWorkingTimeEarlier() {
        // Monday 08:30 to Tuesday 17:30 = 16 working hours; 4 h before = Tuesday 13:30 (lunch 12:00-13:00 skipped)
        WatchedDeadline deadline = new WatchedDeadline("RESPONSE", "HIGH", at("2025-03-03T08:30"), at("2025-03-04T17:30"), true);
        var rules = List.of(EscalationRule.warningBefore("RESPONSE", "HIGH", WorkDuration.ofHours(4)),
                EscalationRule.breach("RESPONSE", "HIGH", HANDLER, "0h"));
        List<PlannedStep> steps = EscalationPlan.plan(deadline, rules, CalendarFixtures.china(), at("2025-03-03T08:30"));
        assertThat(steps.stream().filter(s -> s.level() == WARNING).findFirst().orElseThrow().dueAt()).isEqualTo(at("2025-03-04T13:30"));
        // less allowed time than the warning's lead: warned at the start
        WatchedDeadline shortOne = new WatchedDeadline("RESPONSE", "HIGH", at("2025-03-04T15:30"), at("2025-03-04T17:30"), true);
        assertThat(EscalationPlan.warningBefore(shortOne, WorkDuration.ofHours(4), CalendarFixtures.china())).contains(at("2025-03-04T15:30"));
    }
}
