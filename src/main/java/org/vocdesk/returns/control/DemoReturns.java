package org.vocdesk.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.returns.entity.Analysis;
import org.vocdesk.returns.entity.AnalysisMethod;
import org.vocdesk.returns.entity.AnalysisResult;
import org.vocdesk.returns.entity.CompensationClaim;
import org.vocdesk.returns.entity.Disposition;
import org.vocdesk.returns.entity.NewReturn;
import org.vocdesk.returns.entity.ReturnRequest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Demo returns and compensation on the newest product-quality complaints, one of each stage: requested,
 * received, analysed (defect, no trouble found), completed, out of warranty; claims approved by the clerk
 * and the general manager, and one above the clerk's limit awaiting a manager. Done by the demo users of
 * the demo package (clerk, handler.qa, manager.prod, gm).
 */
@Dependent
public class DemoReturns {

    private static final int COMPLAINTS = 6;

    @Inject
    ReturnsSettings settings;

    @Inject
    @ConfigProperty(name = "vocdesk.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** Returns how many return requests were written. */
    public int addTo(EntityManager em, Instant now) {
        List<Object[]> complaints = em.createQuery("select c.id, c.product, c.receivedAt from Complaint c where c.category.code = 'PRODUCT_QUALITY'"
                + " and c.product is not null order by c.receivedAt desc, c.id desc", Object[].class).setMaxResults(COMPLAINTS).getResultList();
        for (int i = 0; i < complaints.size(); i++) {
            long complaintId = (Long) complaints.get(i)[0];
            String product = (String) complaints.get(i)[1];
            Instant received = (Instant) complaints.get(i)[2];
            em.persist(returnRequest(i, complaintId, product, received, now));
            em.persist(claim(i, complaintId, received, now));
        }
        return complaints.size();
    }

    private ReturnRequest returnRequest(int stage, long complaintId, String product, Instant received, Instant now) {
        var complainedOn = received.atZone(ZoneId.of(zone)).toLocalDate();
        var deliveredOn = complainedOn.minusDays(stage == 5 ? 400 : 30L + stage * 40L);
        Disposition disposition = Disposition.values()[stage % Disposition.values().length];
        ReturnRequest request = new ReturnRequest(complaintId, new NewReturn(product, 4 + stage * 2, disposition, deliveredOn,
                "顾客退回不良品 defective parts returned"), complainedOn, settings.warrantyMonths(), "clerk", later(received, 1, now));
        if (stage >= 1) {
            request.receive(3 + stage * 2, "clerk", later(received, 3, now));
        }
        if (stage == 2 || stage == 4 || stage == 5) {
            request.analyse(new Analysis(AnalysisMethod.LAB, AnalysisResult.DEFECT_CONFIRMED, 3 + stage, new BigDecimal(180 * stage + ".00"), "CNY",
                    "实验室确认:螺丝柱根部裂纹 lab: crack at the screw boss"), "handler.qa", later(received, 5, now));
        }
        if (stage == 3) {
            request.analyse(new Analysis(AnalysisMethod.FIELD, AnalysisResult.NO_TROUBLE_FOUND, 0, null, null,
                    "现场复测功能正常 field re-test: works as specified"), "handler.qa", later(received, 5, now));
        }
        if (stage == 4) {
            request.complete("已换新并寄出 replacements shipped", "clerk", later(received, 8, now));
        }
        return request;
    }

    private CompensationClaim claim(int stage, long complaintId, Instant received, Instant now) {
        int units = switch (stage % 3) {
            case 0 -> 6;
            case 1 -> 30;
            default -> 60;
        };
        CompensationClaim claim = new CompensationClaim(complaintId, units, "补偿顾客停线损失 compensation for the line stop", "clerk",
                later(received, 2, now));
        AuthorityLimits limits = settings.limits();
        if (units == 6) {
            claim.approve(limits.require("clerk", List.of(Role.CLERK)), Role.CLERK, "现场补货 6 件", later(received, 2, now));
        } else if (units == 60) {
            claim.approve(limits.require("gm", List.of(Role.GENERAL_MANAGER)), Role.GENERAL_MANAGER, null, later(received, 4, now));
        }
        return claim;
    }

    private static Instant later(Instant received, int days, Instant now) {
        Instant at = received.plus(Duration.ofDays(days));
        return at.isAfter(now) ? now : at;
    }
}
