package org.vocdesk.capa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A document changed to prevent recurrence (D7): its type, its reference (number) and the new revision. */
@Embeddable
public class DocumentUpdate {

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 30)
    private DocumentType type;

    @Column(name = "doc_ref", nullable = false, length = 200)
    private String reference;

    @Column(length = 30)
    private String revision;

    protected DocumentUpdate() {
    }

    public DocumentUpdate(DocumentType type, String reference, String revision) {
        if (type == null) {
            throw org.vocdesk.platform.entity.BusinessException.invalidField("type", "capa.document.typeRequired");
        }
        this.type = type;
        this.reference = Texts.required(reference, "reference", "capa.document.referenceRequired");
        this.revision = Texts.trimmed(revision);
    }

    public DocumentType getType() { return type; }

    public String getReference() { return reference; }

    public String getRevision() { return revision; }
}
