package org.vocdesk.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Lets the error pages render under the Content Security Policy when the failed request was a form post
 * whose view could not be restored (an expired session, or a forged post without a real view state).
 * PrimeFaces then takes the nonce from the request, finds none (PrimeFaces' own pages always send one)
 * and fails with "Missing CSP nonce": the user would get a bare 500 instead of the friendly page. A fresh
 * nonce is given to the error page alone. An unrestorable view, or a post without its page's nonce (which
 * PrimeFaces' own forms always send), is the client's fault: 400, not 500.
 */
@WebFilter(filterName = "errorPageNonce", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageNonce extends HttpFilter {

    private static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isViewExpired(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        if (request.getParameter(NONCE) == null) {
            chain.doFilter(new WithNonce(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isViewExpired(Object error) {
        for (Throwable e = error instanceof Throwable t ? t : null; e != null; e = e.getCause()) {
            if (e instanceof ViewExpiredException || e instanceof org.primefaces.csp.CspException) {
                return true;
            }
        }
        return false;
    }

    private static final class WithNonce extends HttpServletRequestWrapper {

        private final String nonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

        WithNonce(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return NONCE.equals(name) ? nonce : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new HashMap<>(super.getParameterMap());
            map.put(NONCE, new String[]{nonce});
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return NONCE.equals(name) ? new String[]{nonce} : super.getParameterValues(name);
        }
    }
}
