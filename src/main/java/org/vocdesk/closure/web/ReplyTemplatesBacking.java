package org.vocdesk.closure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.closure.boundary.CustomerReplies;
import org.vocdesk.closure.entity.ReplyTemplate;
import org.vocdesk.platform.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** The reply templates page (/app/reply-templates.xhtml): read by staff, edited by the quality manager or the administrator. */
@Named
@ViewScoped
public class ReplyTemplatesBacking implements Serializable {

    @Inject
    CustomerReplies replies;

    private List<ReplyTemplate> templates;
    private Long id;
    private long version;
    private String subject;
    private String body;

    @PostConstruct
    void load() {
        templates = replies.templates();
    }

    public void edit(ReplyTemplate template) {
        id = template.getId();
        version = template.getVersion();
        subject = template.getSubject();
        body = template.getBody();
    }

    public void save() {
        replies.editTemplate(id, subject, body, version);
        FacesMessages.info("closure.action.done");
        id = null;
        load();
    }

    public boolean isEditing() { return id != null; }

    public List<ReplyTemplate> getTemplates() { return templates; }

    public String getSubject() { return subject; }

    public void setSubject(String subject) { this.subject = subject; }

    public String getBody() { return body; }

    public void setBody(String body) { this.body = body; }
}
