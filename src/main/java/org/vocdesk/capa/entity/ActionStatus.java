package org.vocdesk.capa.entity;

public enum ActionStatus {
    OPEN, DONE
}
