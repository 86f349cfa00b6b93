package org.vocdesk.capa.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * What each 8D step needs before it can be completed, as message keys (empty: ready). The analysis and
 * the measures must also be signed and reviewed before the step that builds on them.
 */
public final class EightDGates {

    private EightDGates() {
    }

    public static List<String> missing(EightDReport r, Discipline discipline) {
        List<String> missing = new ArrayList<>();
        Capa capa = r.getCapa();
        switch (discipline) {
            case D1 -> {
                need(missing, r.getTeam().size() >= 2, "capa.gate.teamSize");
                need(missing, r.getTeam().stream().anyMatch(TeamMember::isLeader), "capa.gate.teamLeader");
            }
            case D2 -> need(missing, r.getProblem().isComplete(), "capa.gate.problem");
            case D3 -> {
                need(missing, r.getContainmentActions() != null, "capa.gate.containmentActions");
                need(missing, !r.getSuspectStock().isEmpty(), "capa.gate.suspectStock");
                need(missing, r.getSuspectStock().stream().allMatch(SuspectStock::isSorted), "capa.gate.sorting");
            }
            case D4 -> {
                need(missing, r.getWhyChains().stream().anyMatch(c -> c.getKind() == ChainKind.OCCURRENCE), "capa.gate.occurrenceChain");
                need(missing, r.getWhyChains().stream().anyMatch(c -> c.getKind() == ChainKind.ESCAPE), "capa.gate.escapeChain");
                need(missing, r.getCauses().stream().anyMatch(c -> c.getStatus() == CauseStatus.VERIFIED), "capa.gate.verifiedCause");
                need(missing, r.getMeetings().stream().allMatch(ReviewMeeting::isAgreed), "capa.gate.meetingUnsigned");
            }
            case D5 -> {
                need(missing, r.isFullyApproved(ApprovalSubject.ANALYSIS), "capa.gate.analysisApproval");
                need(missing, capa.hasCurrent(ActionKind.CORRECTIVE), "capa.gate.correctiveAction");
                need(missing, r.getPermanentVerification() != null, "capa.gate.permanentVerification");
            }
            case D6 -> {
                need(missing, r.isFullyApproved(ApprovalSubject.MEASURES), "capa.gate.measuresApproval");
                need(missing, capa.allCurrentDone(ActionKind.CORRECTIVE), "capa.gate.correctiveDone");
                need(missing, r.getImplementationValidation() != null, "capa.gate.validation");
            }
            case D7 -> {
                need(missing, !r.getDocuments().isEmpty(), "capa.gate.documents");
                need(missing, capa.allCurrentDone(ActionKind.PREVENTIVE), "capa.gate.preventiveDone");
            }
            case D8 -> need(missing, r.getRecognition() != null, "capa.gate.recognition");
        }
        return missing;
    }

    private static void need(List<String> missing, boolean present, String key) {
        if (!present) {
            missing.add(key);
        }
    }
}
