package org.vocdesk.platform.entity;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A rule of the business was broken. Carries a message key (resolved in the user's language) and its
 * arguments; rolls back the transaction so nothing half-done is stored.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, BUSY }

    private final Kind kind;
    private final String key;
    private final transient Object[] arguments;
    private final String field;

    public BusinessException(String key, Object... arguments) {
        this(Kind.INVALID, null, key, arguments);
    }

    private BusinessException(Kind kind, String field, String key, Object... arguments) {
        super(key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.kind = kind;
        this.field = field;
        this.key = key;
        this.arguments = arguments;
    }

    public static BusinessException invalid(String key, Object... arguments) {
        return new BusinessException(Kind.INVALID, null, key, arguments);
    }

    /** A rule broken by one input field; REST reports it with the field's name. */
    public static BusinessException invalidField(String field, String key, Object... arguments) {
        return new BusinessException(Kind.INVALID, field, key, arguments);
    }

    public static BusinessException notFound(String key, Object... arguments) {
        return new BusinessException(Kind.NOT_FOUND, null, key, arguments);
    }

    public static BusinessException conflict(String key, Object... arguments) {
        return new BusinessException(Kind.CONFLICT, null, key, arguments);
    }

    public static BusinessException forbidden(String key, Object... arguments) {
        return new BusinessException(Kind.FORBIDDEN, null, key, arguments);
    }

    /** The server cannot take this now; nothing was done and the same request may be sent again shortly. */
    public static BusinessException busy(String key, Object... arguments) {
        return new BusinessException(Kind.BUSY, null, key, arguments);
    }

    public Kind kind() { return kind; }

    public String key() { return key; }

    public Object[] arguments() { return arguments == null ? new Object[0] : arguments.clone(); }

    public String field() { return field; }
}
