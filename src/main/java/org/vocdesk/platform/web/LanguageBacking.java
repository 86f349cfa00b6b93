package org.vocdesk.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.vocdesk.identity.boundary.Users;
import org.vocdesk.platform.control.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages. Chosen by the user (kept in a cookie for a year and on their account);
 * until then the browser's preference decides.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    static final String COOKIE = "vocdesk-lang";

    @Inject
    Users users;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            locale = Arrays.stream(request.getCookies() == null ? new Cookie[0] : request.getCookies())
                    .filter(c -> COOKIE.equals(c.getName())).findFirst()
                    .map(c -> Messages.supported(Locale.forLanguageTag(c.getValue())))
                    .orElseGet(() -> Messages.supported(request.getLocale()));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isChinese() {
        return "zh".equals(getLanguage());
    }

    public void choose(String tag) {
        locale = Messages.supported(Locale.forLanguageTag(tag));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        faces.getExternalContext().addResponseCookie(COOKIE, locale.toLanguageTag(),
                Map.of("maxAge", 31_536_000, "path", "/", "httpOnly", Boolean.TRUE, "SameSite", "Lax"));
        if (faces.getExternalContext().getUserPrincipal() != null) {
            users.preferLocale(locale.getLanguage().equals("en") ? "en" : "zh-CN");
        }
    }
}
