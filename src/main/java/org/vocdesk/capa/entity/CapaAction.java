package org.vocdesk.capa.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A corrective or preventive action of one CAPA round: who does it by when, and the evidence that it was done. */
@Audited
@Entity
@Table(name = "capa_action")
public class CapaAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "capa_id", nullable = false)
    private Capa capa;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionKind kind;

    @Column(nullable = false, length = 2000)
    private String description;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private AppUser owner;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 60)
    private String doneBy;

    @Column(length = 4000)
    private String result;

    @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Evidence> evidence = new ArrayList<>();

    protected CapaAction() {
    }

    CapaAction(Capa capa, int round, ActionKind kind, String description, AppUser owner, Instant dueAt, Instant now) {
        if (kind == null) {
            throw BusinessException.invalidField("kind", "capa.action.kindRequired");
        }
        if (owner == null) {
            throw BusinessException.invalidField("ownerId", "capa.action.ownerRequired");
        }
        if (dueAt == null || dueAt.isBefore(now)) {
            throw BusinessException.invalidField("dueAt", "capa.action.dueInvalid");
        }
        this.capa = capa;
        this.round = round;
        this.kind = kind;
        this.description = Texts.required(description, "description", "capa.action.descriptionRequired");
        this.owner = owner;
        this.dueAt = dueAt;
        this.status = ActionStatus.OPEN;
    }

    public Evidence attach(String fileName, String contentType, long size, String sha256, String by, Instant now) {
        if (status != ActionStatus.OPEN) {
            throw BusinessException.conflict("capa.action.alreadyDone");
        }
        Evidence file = new Evidence(this, fileName, contentType, size, sha256, now, by);
        evidence.add(file);
        return file;
    }

    /** Done needs what was done and at least one piece of evidence (photo, record, new document). */
    void markDone(String what, String by, Instant now) {
        if (status != ActionStatus.OPEN) {
            throw BusinessException.conflict("capa.action.alreadyDone");
        }
        if (evidence.isEmpty()) {
            throw BusinessException.invalidField("evidence", "capa.action.evidenceRequired");
        }
        this.result = Texts.required(what, "result", "capa.action.resultRequired");
        this.status = ActionStatus.DONE;
        this.doneAt = now;
        this.doneBy = by;
    }

    public boolean isDone() {
        return status == ActionStatus.DONE;
    }

    public boolean isOverdue(Instant now) {
        return !isDone() && now.isAfter(dueAt);
    }

    public Long getId() { return id; }

    public Capa getCapa() { return capa; }

    public int getRound() { return round; }

    public ActionKind getKind() { return kind; }

    public String getDescription() { return description; }

    public AppUser getOwner() { return owner; }

    public Instant getDueAt() { return dueAt; }

    public ActionStatus getStatus() { return status; }

    public Instant getDoneAt() { return doneAt; }

    public String getDoneBy() { return doneBy; }

    public String getResult() { return result; }

    public List<Evidence> getEvidence() { return List.copyOf(evidence); }
}
