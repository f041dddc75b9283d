package org.percorsi.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.validation.BindingResult;

/**
 * The usual life of a submitted form: if it binds and validates, run the use
 * case; a refusal of the use case becomes an error on the form, and the form is
 * shown again with status 422 and everything the person typed.
 */
public final class Forms {

    public static final int UNPROCESSABLE = 422;

    private Forms() {
    }

    /** Runs the use case if the form is valid; empty when the form must be shown again. */
    public static <T> Optional<T> attempt(BindingResult result, HttpServletResponse response, Supplier<T> useCase) {
        if (!result.hasErrors()) {
            try {
                return Optional.of(useCase.get());
            } catch (RuleViolation refusal) {
                refusal.addTo(result);
            }
        }
        response.setStatus(UNPROCESSABLE);
        return Optional.empty();
    }

    /**
     * Runs an action that has no form (publish, delete, support): empty when it was
     * done, else the refusal, with the response already marked 422.
     */
    public static Optional<RuleViolation> refusalOf(HttpServletResponse response, Runnable action) {
        try {
            action.run();
            return Optional.empty();
        } catch (RuleViolation refusal) {
            response.setStatus(UNPROCESSABLE);
            return Optional.of(refusal);
        }
    }

    public static boolean attempt(BindingResult result, HttpServletResponse response, Runnable useCase) {
        return attempt(result, response, () -> {
            useCase.run();
            return Boolean.TRUE;
        }).isPresent();
    }
}
