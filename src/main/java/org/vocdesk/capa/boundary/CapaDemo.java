package org.vocdesk.capa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.capa.control.StepDeadlines;
import org.vocdesk.capa.entity.ActionKind;
import org.vocdesk.capa.entity.CauseStatus;
import org.vocdesk.capa.entity.ChainKind;
import org.vocdesk.capa.entity.Discipline;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.capa.entity.FishboneCause;
import org.vocdesk.capa.entity.FiveM;
import org.vocdesk.capa.entity.ProblemDescription;
import org.vocdesk.capa.entity.SuspectStock;
import org.vocdesk.capa.entity.TeamMember;
import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.identity.entity.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Demo 8D reports for the newest product complaints under investigation, at different stages: one with its
 * analysis done and a corrective action running, one contained, one just described. Sign-offs are left to
 * the demo users, since a signature needs the signer's password.
 */
@Stateless
@PermitAll
public class CapaDemo {

    private static final Actor QUALITY = new Actor("quality", EnumSet.of(Role.QUALITY_MANAGER), null);

    @PersistenceContext
    EntityManager em;

    @Inject
    StepDeadlines deadlines;

    @Inject
    Event<CapaChanged> changed;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int load(Instant now) {
        List<Complaint> candidates = em.createQuery("select c from Complaint c where c.status = :s and c.handler is not null"
                        + " and c.department is not null and c.category.code = 'PRODUCT_QUALITY'"
                        + " and not exists (select r from EightDReport r where r.complaint = c) order by c.receivedAt desc", Complaint.class)
                .setParameter("s", ComplaintStatus.INVESTIGATING).setMaxResults(3).getResultList();
        for (int i = 0; i < candidates.size(); i++) {
            Complaint c = candidates.get(i);
            Instant opened = c.getReceivedAt().plus(Duration.ofHours(4)).isBefore(now) ? c.getReceivedAt().plus(Duration.ofHours(4)) : now;
            EightDReport r = new EightDReport(c, deadlines.plan(c, opened), c.getHandler(), QUALITY.username(), opened);
            describe(r, c, opened, i);
            em.persist(r);
            em.flush();
            changed.fire(new CapaChanged(r.getId()));
        }
        return candidates.size();
    }

    private void describe(EightDReport r, Complaint c, Instant opened, int stage) {
        r.describeTeam(QUALITY, List.of(new TeamMember(c.getHandler().getDisplayName(), "处理人 Handler", true),
                new TeamMember("品管部 Quality", "质量工程师 Quality engineer", false)));
        r.complete(QUALITY, Discipline.D1, opened.plusSeconds(600));
        r.describeProblem(QUALITY, new ProblemDescription(shorten(c.getCustomerWords()), "影响客户装配 Customer assembly affected",
                "批次 Batch " + (c.getBatchNo() == null ? "—" : c.getBatchNo()), "客户来料检验 Incoming inspection", "客户 Customer",
                "目视与功能检查 Visual and function check", c.getQuantityAffected() == null ? "—" : c.getQuantityAffected().toString()));
        r.complete(QUALITY, Discipline.D2, opened.plusSeconds(1200));
        if (stage == 2) {
            return;
        }
        r.contain(QUALITY, "冻结库存，100%挑选 Stock frozen, 100% sorting",
                List.of(new SuspectStock("成品仓 Finished goods", 400, 400, 3), new SuspectStock("在途 In transit", 120, 120, 0)));
        r.complete(QUALITY, Discipline.D3, opened.plusSeconds(1800));
        if (stage == 1) {
            return;
        }
        r.addWhyChain(QUALITY, ChainKind.OCCURRENCE, "尺寸超差 Out of tolerance",
                List.of("模具磨损 Mould worn", "保养周期过长 Maintenance interval too long", "保养计划未按模次 Plan not by shot count"));
        r.addWhyChain(QUALITY, ChainKind.ESCAPE, "未检出 Not detected",
                List.of("抽检未测该尺寸 Sampling skipped this dimension", "控制计划缺少该特性 Control plan lacks the characteristic"));
        FishboneCause mould = r.addCause(QUALITY, FiveM.MACHINE, "模具磨损 Mould worn");
        r.judgeCause(QUALITY, mould, CauseStatus.VERIFIED, "模具测量报告 M-17 Mould measurement report M-17");
        FishboneCause operator = r.addCause(QUALITY, FiveM.MAN, "新员工 New operator");
        r.judgeCause(QUALITY, operator, CauseStatus.RULED_OUT, "培训记录齐全 Training records complete");
        r.addCause(QUALITY, FiveM.MATERIAL, "原料批次 Resin lot");
        r.complete(QUALITY, Discipline.D4, opened.plusSeconds(3600));
        r.addAction(QUALITY, ActionKind.CORRECTIVE, "模具保养改为每5000模次 Maintain the mould every 5000 shots", c.getHandler(),
                opened.plus(Duration.ofDays(14)), opened);
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
