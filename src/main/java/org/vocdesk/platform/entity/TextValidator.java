package org.vocdesk.platform.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class TextValidator implements ConstraintValidator<Text, CharSequence> {

    private int max;
    private boolean required;
    private String requiredMessage;

    @Override
    public void initialize(Text text) {
        this.max = text.max();
        this.required = text.required();
        this.requiredMessage = text.requiredMessage();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return report(!required, context, requiredMessage);
        }
        return value.length() <= max;
    }

    private static boolean report(boolean valid, ConstraintValidatorContext context, String template) {
        if (!valid) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        }
        return valid;
    }
}
