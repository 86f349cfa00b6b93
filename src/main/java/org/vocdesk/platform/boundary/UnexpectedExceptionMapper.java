package org.vocdesk.platform.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else becomes a problem document too: JAX-RS errors keep their status, access denied is 403,
 * EJB-wrapped business and validation errors are unwrapped, and anything unexpected is logged with an
 * incident id that the caller sees instead of a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception exception) {
        var locale = RequestLocale.of(headers);
        Throwable e = unwrap(exception);
        if (e instanceof BusinessException business) {
            return BusinessExceptionMapper.problem(business, locale).toResponse();
        }
        if (e instanceof ConstraintViolationException violations) {
            ConstraintViolationMapper mapper = new ConstraintViolationMapper();
            mapper.headers = headers;
            return mapper.toResponse(violations);
        }
        // a no-interface (local) EJB refuses callers with AccessLocalException, which is no EJBAccessException
        if (e instanceof EJBAccessException || e instanceof jakarta.ejb.AccessLocalException
                || e instanceof jakarta.ws.rs.ForbiddenException) {
            return Problem.of(Response.Status.FORBIDDEN, Messages.get(locale, "platform.error.forbidden")).toResponse();
        }
        if (e instanceof OptimisticLockException) {
            return Problem.of(Response.Status.CONFLICT, Messages.get(locale, "platform.error.concurrentChange")).toResponse();
        }
        if (e instanceof jakarta.ws.rs.ProcessingException && e.getCause() instanceof jakarta.json.bind.JsonbException json) {
            return Problem.of(Response.Status.BAD_REQUEST,
                    Messages.get(locale, "platform.error.unreadableJson", reason(json))).toResponse();
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String key = switch (status) {
                case 401 -> "platform.error.unauthorized";
                case 404 -> "platform.error.notFound";
                case 405 -> "platform.error.methodNotAllowed";
                case 406, 415 -> "platform.error.mediaType";
                default -> status < 500 ? "platform.error.badRequest" : "platform.error.unexpected";
            };
            var problem = new Problem("about:blank", Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), status, Messages.get(locale, key), java.util.List.of());
            Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
            web.getResponse().getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(v -> response.header(name, v));
                }
            });
            return response.build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                Messages.get(locale, "platform.error.unexpectedIncident", incident)).toResponse();
    }

    /** The innermost message names the property and value that could not be read, never code. */
    private static String reason(Throwable json) {
        Throwable innermost = json;
        while (innermost.getCause() != null && innermost.getCause().getMessage() != null) {
            innermost = innermost.getCause();
        }
        String text = String.valueOf(innermost.getMessage());
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current instanceof jakarta.transaction.RollbackException
                || current instanceof jakarta.persistence.PersistenceException && current.getCause() instanceof OptimisticLockException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
