package org.vocdesk.complaint.entity;

/** A file as uploaded, before it is checked. */
public record NewAttachment(String fileName, byte[] content) {
}
