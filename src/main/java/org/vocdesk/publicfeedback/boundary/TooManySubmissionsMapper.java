package org.vocdesk.publicfeedback.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.vocdesk.platform.boundary.Problem;
import org.vocdesk.platform.boundary.RequestLocale;
import org.vocdesk.platform.control.Messages;

import java.util.List;
import java.util.Locale;

/** 429 Too Many Requests as a problem document, with Retry-After in seconds. */
@Provider
public class TooManySubmissionsMapper implements ExceptionMapper<TooManySubmissions> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TooManySubmissions e) {
        Locale locale = RequestLocale.of(headers);
        Problem problem = new Problem("urn:vocdesk:problem:public.error.rateLimited", "Too Many Requests", 429,
                Messages.get(locale, "public.error.rateLimited", e.retryAfterMinutes()), List.of());
        return Response.status(Response.Status.TOO_MANY_REQUESTS).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds()).entity(problem).build();
    }
}
