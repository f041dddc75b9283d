package org.percorsi.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.shared.web.RequestIds;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Styled error pages: 404 for unknown or hidden things, 403, 400 saying what was wrong when we know it
 * ({@link BadInput}), 503 while the database is unreachable
 * ({@link DatabaseUnavailablePage}), and a generic one for the rest. Asked for by address, {@code /error} is a page that
 * does not exist.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = request.getDispatcherType() != DispatcherType.ERROR ? 404 : code instanceof Integer i ? i : 500;
        response.setStatus(status);
        String kind = switch (status) {
            case 404, 405 -> "notFound";
            case 403 -> "forbidden";
            case 400 -> "badRequest";
            case 413 -> "tooLarge";
            case 429 -> "tooMany";
            case 503 -> "unavailable";
            default -> "serverError";
        };
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute(
                "reason",
                request.getAttribute(BadInput.ATTRIBUTE) instanceof BadInput why
                        ? why.messageKey
                        : "error." + kind + ".text");
        // a reference people can quote to the office, found in the log lines of the request
        model.addAttribute("reference", status >= 500 ? RequestIds.of(request) : null);
        return "web/error";
    }
}
