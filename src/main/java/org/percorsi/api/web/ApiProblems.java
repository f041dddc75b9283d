package org.percorsi.api.web;

import jakarta.servlet.http.HttpServletRequest;
import org.percorsi.api.access.ApiProblemWriter;
import org.percorsi.api.queries.ApiBadRequest;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the API's controllers as RFC 9457 problems ({@code application/problem+json}), never HTML pages. */
@RestControllerAdvice(assignableTypes = {ApiController.class, ApiNotFound.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final ApiProblemWriter problems;

    ApiProblems(ApiProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "notFound");
    }

    @ExceptionHandler(ApiBadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(ApiBadRequest bad, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, bad.kind());
    }

    /** The address is answered, but not in a type the client accepts: the problem is sent as JSON all the same. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_ACCEPTABLE, "notAcceptable");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "badFilter");
    }

    private ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpStatus status, String kind) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(status, kind, LocaleContextHolder.getLocale(), request.getRequestURI()));
    }
}
