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

/** A count that cannot be below zero (instead of @PositiveOrZero; see {@link Text} for why). */
@Documented
@Constraint(validatedBy = NotNegativeValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface NotNegative {

    String message() default "{platform.validation.notNegative}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
