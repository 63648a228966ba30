package dev.roster.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.constraints.CodePointLength;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation of the values that the API, the pages and the command line hand to the
 * services: a bean's broken constraints become {@link FieldErrors}, which the API answers
 * with 422 and the pages show as messages.
 *
 * <p>One validator, built here rather than taken from the container, so that the command line
 * (which has no container) and the unit tests check exactly as the server does. Messages are
 * the constraints' own English sentences with their parameters filled in ({@code {max}}),
 * which needs no expression language. Each field reports one problem: the most basic one
 * (missing, then too long, then malformed), as a person would fix them.
 */
public final class Constraints {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private static final List<Class<? extends Annotation>> MOST_BASIC_FIRST = List.of(NotNull.class, NotEmpty.class, CodePointLength.class);

    private Constraints() {
    }

    /** Records each broken constraint of {@code bean} in {@code errors}, under its field's wire name. */
    public static void check(Object bean, FieldErrors errors) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(bean);
        Map<String, String> messages = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()).thenComparing(Constraints::rank))
                .forEach(v -> messages.putIfAbsent(wireName(v.getPropertyPath().toString()), v.getMessage()));
        messages.forEach(errors::add);
    }

    private static int rank(ConstraintViolation<?> violation) {
        int rank = MOST_BASIC_FIRST.indexOf(violation.getConstraintDescriptor().getAnnotation().annotationType());
        return rank < 0 ? MOST_BASIC_FIRST.size() : rank;
    }

    /** {@code displayName} as the wire spells it: {@code display_name}. */
    static String wireName(String property) {
        return property.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
