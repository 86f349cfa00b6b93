package org.vocdesk.platform.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A text input: at most {@code max} characters, and not blank when required. Used on REST and form
 * inputs instead of @NotBlank/@Size, whose presence makes Payara 6's OpenAPI generator fail (the
 * /openapi document then cannot be produced at all).
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Text {

    int max();

    boolean required() default false;

    /** The text when too long (default: "at most {max} characters"). */
    String message() default "{platform.validation.tooLong}";

    /** The text when required and blank (default: "this field is required"). */
    String requiredMessage() default "{platform.validation.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
