package org.vocdesk.complaint.entity;

/**
 * Fired when an administrator changed a category's deadlines; observed after the commit to recompute the
 * deadlines stored on its open complaints.
 */
public record CategoryDeadlinesChanged(Long categoryId) {
}
