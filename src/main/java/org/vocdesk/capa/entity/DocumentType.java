package org.vocdesk.capa.entity;

/** Documents updated to prevent recurrence (D7). */
public enum DocumentType {
    FMEA, CONTROL_PLAN, WORK_INSTRUCTION, OTHER
}
