package org.vocdesk.publicfeedback.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ContactGiven}; one error per missing piece, on the field where the customer can fix it. */
public class ContactGivenValidator implements ConstraintValidator<ContactGiven, FeedbackForm> {

    @Override
    public boolean isValid(FeedbackForm form, ConstraintValidatorContext context) {
        if (form == null || form.anonymous()) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (FeedbackForm.stripped(form.name()) == null && FeedbackForm.stripped(form.company()) == null) {
            context.buildConstraintViolationWithTemplate("{public.error.nameRequired}").addPropertyNode("name").addConstraintViolation();
            valid = false;
        }
        if (FeedbackForm.stripped(form.phone()) == null && FeedbackForm.stripped(form.email()) == null) {
            context.buildConstraintViolationWithTemplate("{public.error.contactRequired}").addPropertyNode("phone").addConstraintViolation();
            valid = false;
        }
        return valid;
    }
}
