package org.vocdesk.capa.entity;

/** The eight disciplines of an 8D report, in the order they are worked through. */
public enum Discipline {
    D1, D2, D3, D4, D5, D6, D7, D8;

    public boolean isFirst() {
        return ordinal() == 0;
    }

    public Discipline previous() {
        return values()[ordinal() - 1];
    }
}
