package org.vocdesk.capa.entity;

/** Corrective removes the cause of this problem (纠正措施); preventive keeps it from happening elsewhere (预防措施). */
public enum ActionKind {
    CORRECTIVE, PREVENTIVE
}
