package org.percorsi.api.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problems of the API, titled and explained in the caller's language ({@code api.problem.*}): one
 * builder for the controllers' errors and for those answered before any controller (method, token, rate limit).
 */
@Component
public class ApiProblemWriter {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblemWriter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem of {@code status}, explained by the message {@code api.problem.<kind>}. */
    public ProblemDetail problem(HttpStatus status, String kind, Locale locale, String instance, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(ABOUT_BLANK); // the status says it all: RFC 9457, section 4.2.1
        problem.setTitle(messages.getMessage("api.problem." + kind + ".title", null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage("api.problem." + kind, args, locale));
        problem.setInstance(URI.create(instance));
        return problem;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind)
            throws IOException {
        ProblemDetail problem = problem(status, kind, request.getLocale(), request.getRequestURI());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
