package dev.roster.users.control;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.roster.kernel.Limits;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.hibernate.validator.constraints.CodePointLength;

/** A normalised email that fits its column and is a mailbox people use ({@link UserRules#isMailbox}); null is valid. */
@Documented
@CodePointLength(max = Limits.EMAIL_MAX, message = "must be at most {max} characters")
@Constraint(validatedBy = Email.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Email {

    String message() default "must be a valid email address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Email, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || UserRules.isMailbox(value);
        }
    }
}
