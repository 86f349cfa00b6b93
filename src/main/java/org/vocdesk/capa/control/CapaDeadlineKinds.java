package org.vocdesk.capa.control;

/** The capa feature's subject types and deadline kinds for the escalation engine (rules seeded in V600). */
public final class CapaDeadlineKinds {

    public static final String STEP_SUBJECT = "CAPA_STEP";
    public static final String ACTION_SUBJECT = "CAPA_ACTION";
    public static final String REVIEW_SUBJECT = "CAPA_REVIEW";

    public static final String EIGHT_D_STEP = "EIGHT_D_STEP";
    public static final String CAPA_ACTION = "CAPA_ACTION";
    public static final String CAPA_EFFECTIVENESS = "CAPA_EFFECTIVENESS";

    private CapaDeadlineKinds() {
    }

    static String link(long complaintId) {
        return "/app/capa/report.xhtml?complaint=" + complaintId;
    }
}
