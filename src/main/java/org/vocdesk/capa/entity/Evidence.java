package org.vocdesk.capa.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file that shows an action was carried out. Its bytes live in {@link EvidenceContent}. */
@Audited
@Entity
@Table(name = "capa_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    private CapaAction action;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    protected Evidence() {
    }

    Evidence(CapaAction action, String fileName, String contentType, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
        this.action = action;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() { return id; }

    public CapaAction getAction() { return action; }

    public String getFileName() { return fileName; }

    public String getContentType() { return contentType; }

    public long getSizeBytes() { return sizeBytes; }

    public String getSha256() { return sha256; }

    public Instant getUploadedAt() { return uploadedAt; }

    public String getUploadedBy() { return uploadedBy; }
}
