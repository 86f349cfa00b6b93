package org.vocdesk.complaint.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.complaint.boundary.Categories;
import org.vocdesk.complaint.boundary.CategoryInput;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** Categories and their deadlines: the administrator edits one at a time in a form below the list. */
@Named
@ViewScoped
public class CategoriesBacking implements Serializable {

    @Inject
    Categories categories;

    private List<Category> list;
    private Long editingId;
    private String code;
    private String nameEn;
    private String nameZh;
    private String firstReplyWithin = "2d";
    private String responseHighWithin = "3d";
    private String responseMediumWithin = "5d";
    private String responseLowWithin = "10d";
    private boolean active = true;
    private boolean requires8d;

    @PostConstruct
    void init() {
        list = categories.list();
    }

    public void edit(Category category) {
        editingId = category.getId();
        code = category.getCode();
        nameEn = category.getNameEn();
        nameZh = category.getNameZh();
        firstReplyWithin = category.getFirstReplyWithin();
        responseHighWithin = category.getResponseHighWithin();
        responseMediumWithin = category.getResponseMediumWithin();
        responseLowWithin = category.getResponseLowWithin();
        active = category.isActive();
        requires8d = category.isRequires8d();
    }

    public void startNew() {
        editingId = null;
        code = null;
        nameEn = null;
        nameZh = null;
        firstReplyWithin = "2d";
        responseHighWithin = "3d";
        responseMediumWithin = "5d";
        responseLowWithin = "10d";
        active = true;
        requires8d = false;
    }

    public void save() {
        CategoryInput input = new CategoryInput(code, nameEn, nameZh, firstReplyWithin, responseHighWithin,
                responseMediumWithin, responseLowWithin, active, requires8d);
        if (editingId == null) {
            editingId = categories.create(input).getId();
        } else {
            categories.update(editingId, input);
        }
        FacesMessages.info("complaint.category.saved");
        list = categories.list();
    }

    public boolean isCanChange() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMINISTRATOR.name());
    }

    public boolean isEditing() { return editingId != null; }

    public List<Category> getList() { return list; }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getNameEn() { return nameEn; }

    public void setNameEn(String nameEn) { this.nameEn = nameEn; }

    public String getNameZh() { return nameZh; }

    public void setNameZh(String nameZh) { this.nameZh = nameZh; }

    public String getFirstReplyWithin() { return firstReplyWithin; }

    public void setFirstReplyWithin(String v) { this.firstReplyWithin = v; }

    public String getResponseHighWithin() { return responseHighWithin; }

    public void setResponseHighWithin(String v) { this.responseHighWithin = v; }

    public String getResponseMediumWithin() { return responseMediumWithin; }

    public void setResponseMediumWithin(String v) { this.responseMediumWithin = v; }

    public String getResponseLowWithin() { return responseLowWithin; }

    public void setResponseLowWithin(String v) { this.responseLowWithin = v; }

    public boolean isActive() { return active; }

    public void setActive(boolean active) { this.active = active; }

    public boolean isRequires8d() { return requires8d; }

    public void setRequires8d(boolean requires8d) { this.requires8d = requires8d; }
}
