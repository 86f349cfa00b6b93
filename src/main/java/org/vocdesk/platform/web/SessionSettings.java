package org.vocdesk.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The configurable parts of the session (web.xml fixes HttpOnly and SameSite=Lax):
 * {@code vocdesk.session.idle-minutes} (30) ends idle sessions, {@code vocdesk.session.cookie-secure} marks
 * the cookie Secure. The container marks it Secure by itself on HTTPS requests; the setting is for servers
 * behind a proxy that terminates TLS, where the application only sees plain HTTP.
 */
@WebListener
public class SessionSettings implements ServletContextListener, HttpSessionListener {

    private volatile int idleSeconds = 30 * 60;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        idleSeconds = Math.max(1, config.getOptionalValue("vocdesk.session.idle-minutes", Integer.class).orElse(30)) * 60;
        if (config.getOptionalValue("vocdesk.session.cookie-secure", Boolean.class).orElse(false)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleSeconds);
    }
}
