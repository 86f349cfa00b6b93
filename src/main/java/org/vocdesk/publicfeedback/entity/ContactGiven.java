package org.vocdesk.publicfeedback.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Unless the feedback is anonymous, we need to know whom to answer (a name or a company) and how
 * (a phone number or an e-mail address). The errors name the fields {@code name} and {@code phone}.
 */
@Documented
@Constraint(validatedBy = ContactGivenValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ContactGiven {

    String message() default "{public.error.contactRequired}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
