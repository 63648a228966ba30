package dev.roster.problems;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The pages' side of {@link ProblemMapper}: a refusal a service decided becomes a Faces
 * message, and the request is marked as failed so that a dialog stays open. A broken field rule
 * is said in plain words ({@link #plainWords}: "Enter an email address", not
 * {@code email: is required}) beside its field, where the form shows the field's messages (a
 * {@code p:message} for the input whose id is the field's name in camelCase, or whose
 * {@code field} attribute names it), else with the form's other messages. Successes are
 * information messages, which the layout shows as toasts. Page beans run every service call that
 * may be refused through {@link #attempt}.
 */
public final class FacesProblems {

    /** The names of the API's fields as the pages label them; others are their own name, spaced. */
    private static final Map<String, String> LABELS = Map.of("email", "email address", "display_name", "display name",
            "expires_at", "expiry date", "to", "“To” time", "from", "“From” time");

    /** Rules whose plain sentence is not the label and the rule's words. */
    private static final Map<String, String> SENTENCES = Map.of("to: must be later than from", "“To” must be later than “From”");

    private FacesProblems() {
    }

    /** Runs {@code action}; a refusal becomes messages. Whether it went through. */
    public static boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Runs {@code action} and gives its result; a refusal becomes messages and an empty result. */
    public static <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (InvalidInputException e) {
            e.errors().forEach(FacesProblems::fieldError);
        } catch (BusinessException e) {
            error(e.getMessage());
        } catch (EJBAccessException e) {
            // e.g. an administrator demoted by another while their page was open
            error(Problems.ADMIN_REQUIRED);
        }
        return Optional.empty();
    }

    /** A refusal the page itself decides (two passwords that differ), shown like the services' refusals. */
    public static void error(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    private static void fieldError(FieldError error) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIInput field = fieldShowingMessages(context, error.field());
        // The message alone, not setValid(false): an input marked invalid keeps the mark, and its typed value, in the view.
        context.addMessage(field == null ? null : field.getClientId(context),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, plainWords(error), null));
        context.validationFailed();
    }

    /** A broken field rule as a sentence: "Enter an email address", "The display name must be at most 100 characters". */
    static String plainWords(FieldError error) {
        String sentence = SENTENCES.get(error.toString());
        if (sentence != null) {
            return sentence;
        }
        String label = LABELS.getOrDefault(error.field(), error.field().replace('_', ' '));
        if (error.message().equals("is required") || error.message().equals("must not be empty")) {
            return "Enter " + (label.matches("(?i)^[aeiou].*") ? "an " : "a ") + label;
        }
        if (error.message().startsWith("must be a valid ")) {
            return "Enter a valid " + label;
        }
        return "The " + label + " " + error.message();
    }

    /**
     * The input of the submitting form that has a {@code p:message} and stands for the API's
     * {@code field}, or null: then the message goes with the form's others.
     */
    private static UIInput fieldShowingMessages(FacesContext context, String field) {
        String source = context.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        if (source == null) {
            return null;
        }
        UIComponent form = context.getViewRoot().findComponent(source.split(String.valueOf(
                UINamingContainer.getSeparatorChar(context)), 2)[0]);
        if (form == null) {
            return null;
        }
        String id = camelCase(field);
        UIInput[] found = new UIInput[1];
        form.visitTree(VisitContext.createVisitContext(context, null, Set.of(VisitHint.SKIP_ITERATION, VisitHint.SKIP_UNRENDERED)),
                (visit, component) -> {
                    if (component instanceof UIMessage message && message.findComponent(message.getFor()) instanceof UIInput input
                            && (id.equals(input.getId()) || field.equals(input.getAttributes().get("field")))) {
                        found[0] = input;
                        return VisitResult.COMPLETE;
                    }
                    return VisitResult.ACCEPT;
                });
        return found[0];
    }

    private static String camelCase(String field) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** Whether a password was typed the same twice; if not, says so. */
    public static boolean confirmed(String password, String confirmation) {
        if (password != null && password.equals(confirmation)) {
            return true;
        }
        error("The passwords do not match");
        return false;
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }
}
