package org.vocdesk.audit.entity;

/** One field of a record before and after a revision (null: empty). */
public record FieldChange(String field, String before, String after) {

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
