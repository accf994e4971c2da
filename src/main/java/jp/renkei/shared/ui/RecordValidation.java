package jp.renkei.shared.ui;

import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * Shows a form's Bean Validation errors next to the fields, in the user's language. The constraints live
 * once, on the request record the service also validates; their messages are message-bundle keys in braces.
 */
public final class RecordValidation {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private RecordValidation() {
    }

    /**
     * @param fields form fields by the record component they fill
     * @return true when the record is valid; otherwise the offending fields show their messages
     */
    public static boolean validate(Component form, Object record, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(record);
        for (ConstraintViolation<Object> violation : violations) {
            HasValidation field = fields.get(violation.getPropertyPath().toString());
            if (field != null) {
                field.setErrorMessage(translate(form, violation));
                field.setInvalid(true);
            }
        }
        return violations.isEmpty();
    }

    private static String translate(Component form, ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")) {
            return form.getTranslation(template.substring(1, template.length() - 1));
        }
        return violation.getMessage();
    }
}
