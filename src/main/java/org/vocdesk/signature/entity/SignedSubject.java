package org.vocdesk.signature.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.util.regex.Pattern;

/**
 * What is signed: a type chosen by the owning feature (e.g. "COMPLAINT_CLOSURE", "CAPA_8D"), the id of its
 * record and the revision of its content. Content that changes after signing is a new revision.
 */
public record SignedSubject(String type, long id, int revision) {

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public SignedSubject {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Subject type must be UPPER_SNAKE, at most 40 characters: " + type);
        }
        if (revision < 1) {
            throw BusinessException.invalidField("revision", "signature.revision.invalid", revision);
        }
    }

    public String reference() {
        return type + "/" + id + "/r" + revision;
    }
}
