package org.percorsi.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The usual life of a submitted form: if it binds and validates, run the use
 * case; a refusal of the use case becomes an error on the form, and the form is
 * shown again with status 422 and everything the person typed.
 */
public final class Forms {

    public static final int UNPROCESSABLE = 422;

    private Forms() {}

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

    /**
     * The one way a controller runs an action that has no form (publish, delete, follow, block): done,
     * the success message is flashed and the browser goes to {@code doneUrl}; refused, the page is shown
     * again with status 422, saying why. Permissions are the use case's, not the controller's.
     */
    public static String act(
            Runnable action,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String doneKey,
            String doneUrl,
            Function<RuleViolation, String> pageSayingWhy) {
        return act(
                () -> {
                    action.run();
                    return new Done(doneKey, doneUrl);
                },
                response,
                redirect,
                pageSayingWhy);
    }

    /**
     * The same, for an action done from a page the browser goes back to either way: done, that page shows the
     * success message; refused, it shows why (the refusal flashed across the redirect).
     */
    public static String actFromPage(
            Runnable action,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String doneKey,
            String pageUrl) {
        return act(action, response, redirect, doneKey, pageUrl, refusal -> {
            Flash.refusal(redirect, refusal);
            return "redirect:" + pageUrl;
        });
    }

    /** Where an action ends when it is done: the message to flash and the page to go to. */
    public record Done(String messageKey, String url) {}

    /**
     * The same, for an action whose outcome says where it ends (a new proposal's page; "you are on the waiting
     * list" rather than "registered"): the action returns it.
     */
    public static String act(
            Supplier<Done> action,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Function<RuleViolation, String> pageSayingWhy) {
        return actOr(
                () -> {
                    Done done = action.get();
                    Flash.success(redirect, done.messageKey());
                    return "redirect:" + done.url();
                },
                response,
                pageSayingWhy);
    }

    /**
     * The same, for an action whose page says by itself what was done, from the state it reads (a support: "you
     * support this proposal"): no message is kept in the session for the next request.
     */
    public static String actToldByPage(
            Runnable action,
            HttpServletResponse response,
            String doneUrl,
            Function<RuleViolation, String> pageSayingWhy) {
        return actOr(
                () -> {
                    action.run();
                    return "redirect:" + doneUrl;
                },
                response,
                pageSayingWhy);
    }

    private static String actOr(
            Supplier<String> done, HttpServletResponse response, Function<RuleViolation, String> pageSayingWhy) {
        try {
            return done.get();
        } catch (RuleViolation refusal) {
            response.setStatus(UNPROCESSABLE);
            return pageSayingWhy.apply(refusal);
        }
    }

    /**
     * The one way a controller submits a form whose success leaves the page: valid and accepted, the success
     * message is flashed and the browser goes to {@code doneUrl}; else {@code formAgain} shows the form again
     * (status 422 already set) with what was typed and why it was refused.
     */
    public static String submit(
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Runnable useCase,
            String doneKey,
            String doneUrl,
            Supplier<String> formAgain) {
        if (attempt(result, response, useCase)) {
            Flash.success(redirect, doneKey);
            return "redirect:" + doneUrl;
        }
        return formAgain.get();
    }

    public static boolean attempt(BindingResult result, HttpServletResponse response, Runnable useCase) {
        return attempt(result, response, () -> {
                    useCase.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }
}
