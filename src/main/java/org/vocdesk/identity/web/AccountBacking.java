package org.vocdesk.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.identity.boundary.ApiTokens;
import org.vocdesk.identity.boundary.TokenView;
import org.vocdesk.identity.boundary.Users;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.LanguageBacking;

import java.io.Serializable;
import java.util.List;

/** /app/account: the user's language, password and personal API tokens. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    @Inject
    LanguageBacking languages;

    private String language;
    private String currentPassword;
    private String newPassword;
    private String tokenName;
    /** The secret of the token just created: shown on this page once, never stored. */
    private String issuedToken;
    private List<TokenView> tokenList;

    @PostConstruct
    void load() {
        language = languages.isChinese() ? "zh-CN" : "en";
        tokenList = tokens.mineViews();
    }

    public void saveLanguage() {
        languages.choose(language);
        FacesMessages.info("identity.account.languageChanged");
    }

    public void changePassword() {
        users.changeOwnPassword(currentPassword, newPassword);
        currentPassword = null;
        newPassword = null;
        FacesMessages.info("identity.account.passwordChanged");
    }

    public void issue() {
        issuedToken = tokens.issue(tokenName).token();
        tokenName = null;
        tokenList = tokens.mineViews();
    }

    public void revoke(Long id) {
        tokens.revoke(id);
        issuedToken = null;
        tokenList = tokens.mineViews();
        FacesMessages.info("identity.account.tokenRevoked");
    }

    /** Server time zone, to the minute: enough to recognise a token. */
    public String when(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(instant.atZone(java.time.ZoneId.systemDefault()));
    }

    public List<TokenView> getTokens() { return tokenList; }

    public String getIssuedToken() { return issuedToken; }

    public String getLanguage() { return language; }

    public void setLanguage(String language) { this.language = language; }

    public String getCurrentPassword() { return currentPassword; }

    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }

    public String getNewPassword() { return newPassword; }

    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }

    public String getTokenName() { return tokenName; }

    public void setTokenName(String tokenName) { this.tokenName = tokenName; }
}
