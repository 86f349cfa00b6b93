package org.vocdesk.customer.entity;

import java.util.List;

/** One broken rule of one input field: the field's name and a message key (with its arguments). */
public record FieldProblem(String field, String key, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String key, Object... arguments) {
        return new FieldProblem(field, key, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
