package org.vocdesk.capa.entity;

import org.hibernate.envers.Audited;
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
import jakarta.persistence.Table;
import org.vocdesk.platform.entity.BusinessException;

/** A possible cause on one bone of the fishbone, suspected until evidence verifies it or rules it out. */
@Audited
@Entity
@Table(name = "capa_cause")
public class FishboneCause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private EightDReport report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FiveM category;

    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CauseStatus status;

    @Column(length = 4000)
    private String evidence;

    protected FishboneCause() {
    }

    FishboneCause(EightDReport report, FiveM category, String description) {
        if (category == null) {
            throw BusinessException.invalidField("category", "capa.cause.categoryRequired");
        }
        this.report = report;
        this.category = category;
        this.description = Texts.required(description, "description", "capa.cause.descriptionRequired");
        this.status = CauseStatus.SUSPECTED;
    }

    /** Verified or ruled out, always with the evidence that decided it. */
    void judge(CauseStatus verdict, String why) {
        if (verdict == null || verdict == CauseStatus.SUSPECTED) {
            throw BusinessException.invalidField("status", "capa.cause.verdictRequired");
        }
        this.evidence = Texts.required(why, "evidence", "capa.cause.evidenceRequired");
        this.status = verdict;
    }

    public Long getId() { return id; }

    public FiveM getCategory() { return category; }

    public String getDescription() { return description; }

    public CauseStatus getStatus() { return status; }

    public String getEvidence() { return evidence; }
}
