package org.vocdesk.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.vocdesk.identity.boundary.SingleSignOn;
import org.vocdesk.identity.boundary.VocDeskAuthentication;
import org.vocdesk.identity.control.LoginTargets;
import org.vocdesk.identity.control.OidcSettings;

import java.io.IOException;

/**
 * Where single sign-on ends. The authentication mechanism has done the work before this runs (sent the browser to
 * the provider, or verified its answer and logged the user in); this only sends the browser on: to the page it came
 * from once logged in, else back to the login page.
 */
@WebServlet({OidcSettings.LOGIN_PATH, OidcSettings.CALLBACK_PATH})
public class OidcLoginServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getUserPrincipal() == null) {
            boolean callback = request.getRequestURI().endsWith(OidcSettings.CALLBACK_PATH);
            response.sendRedirect(request.getContextPath() + VocDeskAuthentication.LOGIN_PAGE + (callback ? "?sso=failed" : ""));
            return;
        }
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(SingleSignOn.TARGET);
        if (session != null) {
            session.removeAttribute(SingleSignOn.TARGET);
        }
        response.sendRedirect(request.getContextPath() + LoginTargets.inside(target == null ? null : target.toString()));
    }
}
