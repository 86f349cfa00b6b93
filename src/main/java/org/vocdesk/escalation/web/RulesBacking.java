package org.vocdesk.escalation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.escalation.boundary.RuleChains;
import org.vocdesk.escalation.entity.ChainInput;
import org.vocdesk.escalation.entity.DeadlineKinds;
import org.vocdesk.escalation.entity.EscalationLevel;
import org.vocdesk.escalation.entity.RuleChain;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;

/**
 * The escalation rules page: every chain (kind of deadline and priority) in a table; the administrator edits
 * one in the form below, the auditor only reads.
 */
@Named
@ViewScoped
public class RulesBacking implements Serializable {

    @Inject
    RuleChains chains;

    private List<RuleChains.ChainView> list;
    private boolean editing;
    private String stamp = "";
    private String kind = DeadlineKinds.RESPONSE;
    private String priority = "ANY";
    private ChainInput.WarningMode warnMode = ChainInput.WarningMode.PERCENT;
    private String warnValue = "80";
    private String handlerDelay = "0h";
    private String departmentManagerDelay = "4h";
    private String qualityManagerDelay = "1d";
    private String generalManagerDelay = "2d";

    @PostConstruct
    void init() {
        list = chains.list();
    }

    public void edit(String chainKind, String chainPriority) {
        RuleChains.ChainView view = chains.get(chainKind, chainPriority);
        RuleChain chain = view.chain();
        editing = true;
        stamp = view.stamp();
        kind = chain.getKind();
        priority = chain.getPriority();
        warnMode = chain.getWarnMode();
        warnValue = chain.getWarnValue();
        handlerDelay = chain.delay(EscalationLevel.HANDLER);
        departmentManagerDelay = chain.delay(EscalationLevel.DEPARTMENT_MANAGER);
        qualityManagerDelay = chain.delay(EscalationLevel.QUALITY_MANAGER);
        generalManagerDelay = chain.delay(EscalationLevel.GENERAL_MANAGER);
    }

    public void startNew() {
        editing = false;
        stamp = "";
        kind = DeadlineKinds.RESPONSE;
        priority = "ANY";
    }

    public void save() {
        RuleChains.ChainView saved = chains.save(new ChainInput(kind, priority, warnMode, warnValue, handlerDelay,
                departmentManagerDelay, qualityManagerDelay, generalManagerDelay), stamp);
        FacesMessages.info("escalation.rules.saved");
        list = chains.list();
        edit(saved.chain().getKind(), saved.chain().getPriority());
    }

    /** "4h" or "—" for a level left out, for the table. */
    public String delay(RuleChains.ChainView view, String level) {
        String delay = view.chain().delay(EscalationLevel.valueOf(level));
        return delay.isEmpty() ? "—" : delay;
    }

    public boolean isCanChange() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMINISTRATOR.name());
    }

    /** The kinds watched today and any others that have rules, for the form. */
    public List<String> getKinds() {
        TreeSet<String> kinds = new TreeSet<>(List.of(DeadlineKinds.FIRST_REPLY, DeadlineKinds.RESPONSE, DeadlineKinds.MAJOR_COMPLAINT));
        list.forEach(c -> kinds.add(c.chain().getKind()));
        return List.copyOf(kinds);
    }

    public List<String> getPriorities() { return List.of("ANY", "HIGH", "MEDIUM", "LOW"); }

    public ChainInput.WarningMode[] getWarnModes() { return ChainInput.WarningMode.values(); }

    public List<RuleChains.ChainView> getList() { return list; }

    public boolean isEditing() { return editing; }

    public String getKind() { return kind; }

    public void setKind(String kind) { this.kind = kind; }

    public String getPriority() { return priority; }

    public void setPriority(String priority) { this.priority = priority; }

    public ChainInput.WarningMode getWarnMode() { return warnMode; }

    public void setWarnMode(ChainInput.WarningMode warnMode) { this.warnMode = warnMode; }

    public String getWarnValue() { return warnValue; }

    public void setWarnValue(String warnValue) { this.warnValue = warnValue; }

    public String getHandlerDelay() { return handlerDelay; }

    public void setHandlerDelay(String v) { this.handlerDelay = v; }

    public String getDepartmentManagerDelay() { return departmentManagerDelay; }

    public void setDepartmentManagerDelay(String v) { this.departmentManagerDelay = v; }

    public String getQualityManagerDelay() { return qualityManagerDelay; }

    public void setQualityManagerDelay(String v) { this.qualityManagerDelay = v; }

    public String getGeneralManagerDelay() { return generalManagerDelay; }

    public void setGeneralManagerDelay(String v) { this.generalManagerDelay = v; }
}
