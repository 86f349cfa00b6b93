package org.vocdesk.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;

import java.util.List;

@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    /** A busy server is busy for seconds, not minutes (see IntakeTurns). */
    private static final int RETRY_AFTER_SECONDS = 3;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        Response response = problem(e, RequestLocale.of(headers)).toResponse();
        return e.kind() == BusinessException.Kind.BUSY
                ? Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build() : response;
    }

    static Problem problem(BusinessException e, java.util.Locale locale) {
        Response.Status status = switch (e.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case BUSY -> Response.Status.SERVICE_UNAVAILABLE;
        };
        String detail = Messages.get(locale, e.key(), e.arguments());
        List<Problem.FieldError> errors = e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), detail));
        return new Problem("urn:vocdesk:problem:" + e.key(), status.getReasonPhrase(), status.getStatusCode(), detail, errors);
    }
}
