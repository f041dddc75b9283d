package org.percorsi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;

/**
 * Form binding takes list indexes from the parameter names ({@code kinds[3]}): a name such as
 * {@code themeIds[100000]} would make it build a list that long, or fail in the middle with a 500. Our
 * forms send short lists only, so an index past {@link #MAX_ITEMS} is refused with a 400 before binding,
 * and a name binding cannot follow ({@code themeId[0][1][2]} on a number) is a 400 too.
 */
@ControllerAdvice
class FormBindingLimits {

    /** More items than any list of ours holds (kinds, themes, scopes, attendance). */
    static final int MAX_ITEMS = 100;

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    @InitBinder
    void limitLists(WebDataBinder binder, WebRequest request) {
        binder.setAutoGrowCollectionLimit(MAX_ITEMS);
        for (var names = request.getParameterNames(); names.hasNext(); ) {
            Matcher index = INDEX.matcher(names.next());
            while (index.find()) {
                if (index.group(1).length() > 3 || Integer.parseInt(index.group(1)) >= MAX_ITEMS) {
                    throw new TooManyItems();
                }
            }
        }
    }

    @ExceptionHandler(TooManyItems.class)
    void tooManyItems(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BadInput.TOO_MANY_ITEMS.answer(request, response);
    }

    /** Includes a nested path through a value that is not there ({@code NullValueInNestedPathException}). */
    @ExceptionHandler(InvalidPropertyException.class)
    void unknownField(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BadInput.WRONG_VALUE.answer(request, response);
    }

    static final class TooManyItems extends RuntimeException {
        TooManyItems() {
            super("a list index beyond " + MAX_ITEMS, null, false, false);
        }
    }
}
