package org.vocdesk.capa.entity;

/** What is signed: the analysis (D4, root cause) or the measures (D5, permanent actions). */
public enum ApprovalSubject {
    ANALYSIS(Discipline.D4), MEASURES(Discipline.D5);

    private final Discipline step;

    ApprovalSubject(Discipline step) {
        this.step = step;
    }

    public Discipline step() {
        return step;
    }
}
