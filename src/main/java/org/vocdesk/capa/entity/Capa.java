package org.vocdesk.capa.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The corrective and preventive action record (纠正预防措施报告) of one complaint. Its state machine: actions
 * are added and done while OPEN; when every action of the round is done the effectiveness check is scheduled
 * (VERIFICATION_PENDING); the quality department then finds it EFFECTIVE, or not effective, which opens
 * the next round. An action added while the check waits means the work is not finished: back to OPEN.
 * Changed only through its 8D report, whose version guards concurrent edits.
 */
@Audited
@Entity
@Table(name = "capa_plan")
public class Capa {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CapaStatus status = CapaStatus.OPEN;

    @Column(name = "round_no", nullable = false)
    private int round = 1;

    @Column(name = "fixed_at")
    private Instant fixedAt;

    @Column(name = "verification_due")
    private Instant verificationDue;

    @OneToMany(mappedBy = "capa", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CapaAction> actions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "capa_verification", joinColumns = @JoinColumn(name = "capa_id"))
    @OrderColumn(name = "seq")
    private List<Verification> verifications = new ArrayList<>();

    public CapaAction addAction(ActionKind kind, String description, AppUser owner, Instant dueAt, Instant now) {
        if (status == CapaStatus.EFFECTIVE) {
            throw BusinessException.conflict("capa.status.closed");
        }
        CapaAction action = new CapaAction(this, round, kind, description, owner, dueAt, now);
        actions.add(action);
        status = CapaStatus.OPEN;
        fixedAt = null;
        verificationDue = null;
        return action;
    }

    /** Marks an action done; the last open action of the round schedules the effectiveness check. */
    public void completeAction(CapaAction action, String result, Actor actor, Instant now, EffectivenessSchedule schedule) {
        if (!actions.contains(action)) {
            throw BusinessException.notFound("capa.action.notFound", action.getId());
        }
        boolean owner = action.getOwner().getUsername().equals(actor.username());
        if (!owner && !actor.hasAny(Role.DEPARTMENT_MANAGER, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER)) {
            throw BusinessException.forbidden("capa.action.notOwner");
        }
        action.markDone(result, actor.username(), now);
        if (currentActions().stream().allMatch(CapaAction::isDone)) {
            status = CapaStatus.VERIFICATION_PENDING;
            fixedAt = now;
            verificationDue = schedule.dueAfter(now);
        }
    }

    /** The quality department's verdict: effective closes the CAPA, not effective opens the next round. */
    public void verify(boolean effective, String verdict, Actor actor, Instant now) {
        if (!actor.hasAny(Role.QUALITY_MANAGER, Role.GENERAL_MANAGER)) {
            throw BusinessException.forbidden("capa.verify.notAllowed");
        }
        if (status != CapaStatus.VERIFICATION_PENDING) {
            throw BusinessException.conflict("capa.verify.notPending", status);
        }
        String why = Texts.required(verdict, "verdict", "capa.verify.verdictRequired");
        verifications.add(new Verification(round, effective, why, now, actor.username()));
        if (effective) {
            status = CapaStatus.EFFECTIVE;
        } else {
            status = CapaStatus.OPEN;
            round++;
            fixedAt = null;
            verificationDue = null;
        }
    }

    public CapaAction action(long actionId) {
        return actions.stream().filter(a -> a.getId() != null && a.getId() == actionId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("capa.action.notFound", actionId));
    }

    /** The actions of the round being worked on (earlier rounds stay as history). */
    public List<CapaAction> currentActions() {
        return actions.stream().filter(a -> a.getRound() == round).toList();
    }

    public boolean hasCurrent(ActionKind kind) {
        return currentActions().stream().anyMatch(a -> a.getKind() == kind);
    }

    public boolean allCurrentDone(ActionKind kind) {
        return currentActions().stream().filter(a -> a.getKind() == kind).allMatch(CapaAction::isDone);
    }

    public Long getId() { return id; }

    public CapaStatus getStatus() { return status; }

    public int getRound() { return round; }

    public Instant getFixedAt() { return fixedAt; }

    public Instant getVerificationDue() { return verificationDue; }

    public List<CapaAction> getActions() { return List.copyOf(actions); }

    public List<Verification> getVerifications() { return List.copyOf(verifications); }
}
