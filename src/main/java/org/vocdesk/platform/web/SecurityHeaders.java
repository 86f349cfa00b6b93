package org.vocdesk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;

/**
 * Security headers on every response, set before the response can be committed. The policy for scripts is
 * PrimeFaces' own (primefaces.CSP in web.xml: a fresh nonce per page); this header adds what holds for
 * everything: no framing (clickjacking), no plugins, no foreign form targets or base URLs. REST answers and
 * downloads (an uploaded file could be HTML in disguise) may run nothing at all. HSTS only over HTTPS, since
 * browsers ignore it on plain HTTP and a proxy that terminates TLS should set it itself.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String BASE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String API_POLICY = "default-src 'none'; " + BASE_POLICY + "; sandbox";
    private static final long HSTS_SECONDS = ConfigProvider.getConfig()
            .getOptionalValue("vocdesk.security.hsts-seconds", Long.class).orElse(31_536_000L);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Also called by the authentication mechanism for the answers it gives itself (redirect to the login
     * page, 401/403), which the container sends before any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : BASE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // customer links carry their token in the URL: never hand it to another site
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure() && HSTS_SECONDS > 0) {
            response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_SECONDS + "; includeSubDomains");
        }
    }
}
