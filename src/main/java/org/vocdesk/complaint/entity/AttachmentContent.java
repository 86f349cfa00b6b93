package org.vocdesk.complaint.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, in their own table so listing attachments never loads them. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(nullable = false, columnDefinition = "bytea")
    private byte[] data;

    protected AttachmentContent() {
    }

    public AttachmentContent(Long attachmentId, byte[] data) {
        this.attachmentId = attachmentId;
        this.data = data;
    }

    public byte[] data() {
        return data;
    }
}
