package org.vocdesk.capa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an evidence file, in their own table so listing evidence never loads them. */
@Entity
@Table(name = "capa_evidence_content")
public class EvidenceContent {

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(nullable = false, columnDefinition = "bytea")
    private byte[] data;

    protected EvidenceContent() {
    }

    public EvidenceContent(Long evidenceId, byte[] data) {
        this.evidenceId = evidenceId;
        this.data = data;
    }

    public byte[] data() {
        return data;
    }
}
