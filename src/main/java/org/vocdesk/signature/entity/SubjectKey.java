package org.vocdesk.signature.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The columns naming a signed subject's revision, shared by the stored content and its signatures. */
@Embeddable
public class SubjectKey {

    @Column(name = "subject_type", nullable = false, length = 40, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(nullable = false, updatable = false)
    private int revision;

    protected SubjectKey() {
    }

    SubjectKey(SignedSubject subject) {
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.revision = subject.revision();
    }

    public SignedSubject subject() {
        return new SignedSubject(subjectType, subjectId, revision);
    }
}
