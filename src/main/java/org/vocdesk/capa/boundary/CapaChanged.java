package org.vocdesk.capa.boundary;

/** An 8D report or its CAPA changed: its deadlines are planned again after the commit. */
public record CapaChanged(long reportId) {
}
