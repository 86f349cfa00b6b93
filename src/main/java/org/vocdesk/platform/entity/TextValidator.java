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
        if (value.length() > max) {
            return false;
        }
        return report(!hasControlCharacters(value), context, "{platform.validation.controlCharacters}");
    }

    /**
     * NUL, escape sequences and the like have no place in a person's text; they break exports, terminals and
     * other systems that read the data later. Tab and line breaks are text.
     */
    static boolean hasControlCharacters(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static boolean report(boolean valid, ConstraintValidatorContext context, String template) {
        if (!valid) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        }
        return valid;
    }
}
