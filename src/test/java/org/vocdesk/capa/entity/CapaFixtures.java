package org.vocdesk.capa.entity;

import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.IntakeDetails;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A triaged complaint of the production department, its people, and an 8D report filled step by step. */
final class CapaFixtures {

    static final Instant NOW = Instant.parse("2025-05-09T03:00:00Z");
    static final EffectivenessSchedule THREE_MONTHS = new EffectivenessSchedule(Period.ofMonths(3), ZoneId.of("Asia/Shanghai"));

    final Department production = withId(new Department("PROD", "生产部"), 1L);
    final AppUser handlerUser = user("wang", 10L, production, Role.HANDLER);
    final AppUser managerUser = user("sun", 11L, production, Role.DEPARTMENT_MANAGER);
    final AppUser qualityUser = user("zhao", 12L, null, Role.QUALITY_MANAGER);
    final Actor handler = new Actor("wang", EnumSet.of(Role.HANDLER), 1L);
    final Actor manager = new Actor("sun", EnumSet.of(Role.DEPARTMENT_MANAGER), 1L);
    final Actor otherManager = new Actor("qian", EnumSet.of(Role.DEPARTMENT_MANAGER), 2L);
    final Actor quality = new Actor("zhao", EnumSet.of(Role.QUALITY_MANAGER), 3L);
    final Actor auditor = new Actor("audit", EnumSet.of(Role.AUDITOR), null);
    final Complaint complaint;
    final EightDReport report;
    private Instant clock = NOW;

    CapaFixtures() {
        Category category = new Category("PRODUCT_QUALITY", "Product quality", "产品质量", 10);
        complaint = new Complaint("CF2025050001", new IntakeDetails(Channel.PHONE, FeedbackType.COMPLAINT, 1L, null, false, "Li", null,
                null, "Housing H-200", null, "B2405", 12, "外壳开裂 cracked housing", null, Urgency.HIGH, NOW.minusSeconds(3600), Set.of()),
                category, null, "li", NOW);
        complaint.planDeadlines("CN", NOW.plusSeconds(3600 * 48), NOW.plusSeconds(3600 * 72), "li", NOW);
        complaint.triageAsValid(quality, Urgency.HIGH, Set.of(), production, handlerUser, null, NOW);
        Map<Discipline, Instant> due = new EnumMap<>(Discipline.class);
        for (Discipline d : Discipline.values()) {
            due.put(d, NOW.plus(Duration.ofDays(d.ordinal() + 1L)));
        }
        report = new EightDReport(complaint, due, handlerUser, "zhao", NOW);
    }

    /** A moment later than every earlier one, as a real clock would give. */
    Instant later() {
        clock = clock.plusSeconds(60);
        return clock;
    }

    void fillD1() {
        report.describeTeam(handler, List.of(new TeamMember("王工", "质量工程师", true), new TeamMember("孙经理", "生产经理", false)));
    }

    void fillD2() {
        report.describeProblem(handler, new ProblemDescription("外壳开裂", "客户装配线停线", "2025-05-08 夜班", "客户装配线工位3",
                "客户来料检验员", "拧紧螺钉时开裂", "12 / 500"));
    }

    void fillD3() {
        report.contain(handler, "冻结库存，100%挑选", List.of(new SuspectStock("本厂成品仓", 300, 300, 2), new SuspectStock("客户仓", 200, 200, 5)));
    }

    void fillD4() {
        report.addWhyChain(handler, ChainKind.OCCURRENCE, "外壳开裂", List.of("壁厚不足", "模具磨损", "保养周期过长"));
        report.addWhyChain(handler, ChainKind.ESCAPE, "未检出", List.of("抽检未测壁厚", "控制计划缺少该特性"));
        FishboneCause cause = report.addCause(handler, FiveM.MACHINE, "模具磨损");
        report.judgeCause(handler, cause, CauseStatus.VERIFIED, "模具测量报告 M-17");
    }

    void completeUpTo(Discipline last) {
        for (Discipline d : Discipline.values()) {
            switch (d) {
                case D1 -> fillD1();
                case D2 -> fillD2();
                case D3 -> fillD3();
                case D4 -> fillD4();
                case D5 -> {
                    approve(ApprovalSubject.ANALYSIS);
                    addCorrective();
                    report.recordPermanentVerification(handler, "试产200件，壁厚全部合格");
                }
                case D6 -> {
                    approve(ApprovalSubject.MEASURES);
                    for (CapaAction a : report.getCapa().currentActions()) {
                        finish(a);
                    }
                    report.recordImplementationValidation(handler, "连续三批无不良");
                }
                case D7 -> report.recordDocuments(handler, List.of(new DocumentUpdate(DocumentType.FMEA, "PFMEA-H200", "C"),
                        new DocumentUpdate(DocumentType.CONTROL_PLAN, "CP-H200", "D")));
                case D8 -> report.recognize(handler, "表彰8D小组");
            }
            report.complete(handler, d, later());
            if (d == last) {
                return;
            }
        }
    }

    void approve(ApprovalSubject subject) {
        report.decide(manager, subject, ApprovalStage.DEPARTMENT_SIGN, true, null, null, later());
        report.decide(quality, subject, ApprovalStage.QUALITY_REVIEW, true, null, null, later());
    }

    CapaAction addCorrective() {
        return addCorrectiveAs(handler);
    }

    CapaAction addCorrectiveAs(Actor actor) {
        return report.addAction(actor, ActionKind.CORRECTIVE, "模具保养周期改为每5000模次", handlerUser, NOW.plus(Duration.ofDays(20)), NOW);
    }

    void finish(CapaAction action) {
        action.attach("record.pdf", "application/pdf", 100, "ab".repeat(32), "wang", later());
        report.getCapa().completeAction(action, "已完成", handler, later(), THREE_MONTHS);
    }

    LocalDate today() {
        return LocalDate.of(2025, 5, 9);
    }

    static AppUser user(String username, Long id, Department department, Role role) {
        AppUser user = withId(new AppUser(username, username, null, "hash"), id);
        user.grant(EnumSet.of(role));
        if (department != null) {
            user.assignTo(department);
        }
        return user;
    }

    static <T> T withId(T entity, Long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
