package org.vocdesk.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.vocdesk.platform.control.Messages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;

/** Bean Validation failures on REST input: 400 with one entry per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        var locale = RequestLocale.of(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), translated(v, locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = Messages.get(locale, "platform.error.validation");
        return new Problem("urn:vocdesk:problem:validation", "Bad Request", 400, detail, errors).toResponse();
    }

    /** The last path node names the field: "create.arg0.title" becomes "title". */
    private static String field(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && !node.getName().startsWith("arg")) {
                field = node.getName();
            }
        }
        return field;
    }

    /**
     * Message templates of our own are keys in our bundles; the others are the validator's, interpolated
     * again in the caller's language (the validator used the server's).
     */
    private static String translated(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}") && Messages.has(template.substring(1, template.length() - 1))) {
            Object max = violation.getConstraintDescriptor().getAttributes().get("max");
            return Messages.get(locale, template.substring(1, template.length() - 1), max == null ? new Object[0] : new Object[]{max});
        }
        MessageInterpolator interpolator = Validation.buildDefaultValidatorFactory().getMessageInterpolator();
        return interpolator.interpolate(template, new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("unsupported");
            }
        }, locale);
    }
}
