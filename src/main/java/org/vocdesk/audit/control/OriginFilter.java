package org.vocdesk.audit.control;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vocdesk.audit.entity.Channel;
import org.vocdesk.publicfeedback.control.ClientAddress;

import java.io.IOException;

/** Notes the channel and client address of every request; reading them costs nothing until a revision is written. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origin;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        origin.note(Channel.ofPath(path), clientAddress.of(request));
        chain.doFilter(request, response);
    }
}
