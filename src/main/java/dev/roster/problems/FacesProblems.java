package dev.roster.problems;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The pages' side of {@link ProblemMapper}: a refusal a service decided becomes a Faces
 * message with the very sentence the API puts in a problem's {@code detail} (one message per
 * broken field rule), and the request is marked as failed so that a dialog stays open. Page
 * beans run every service call that may be refused through {@link #attempt}.
 */
public final class FacesProblems {

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
            e.errors().forEach(error -> error(error.toString()));
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
