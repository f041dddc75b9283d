package org.percorsi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;

/**
 * Form binding takes its paths from the parameter names ({@code kinds[3]}, {@code phases[0].title}),
 * and names no form of ours sends used to make it fail in the middle with a 500. Refused with a 400
 * before binding: a list index past {@link #MAX_ITEMS} ({@code themeIds[100000]}, which would build a
 * list that long), and a name going deeper than the form's field ({@code themeId[0][1][2]} on a number,
 * {@code title.x} on a text). Forms are records, filled through their constructor only: binding them
 * again through setters they lack could only fail.
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
        ResolvableType target = binder.getTargetType();
        Class<?> form = target == null ? null : target.resolve();
        if (form != null && form.isRecord()) {
            binder.setDeclarativeBinding(true);
            for (var names = request.getParameterNames(); names.hasNext(); ) {
                if (!fits("." + names.next(), target)) {
                    throw new InvalidPropertyException(form, "", "a parameter name the form has no place for");
                }
            }
        }
    }

    /**
     * Whether binding can follow {@code path} (what is left of a parameter name) into a value of {@code type}:
     * into a list or map through {@code [..]}, into a record through {@code .component}, nowhere from a
     * plain value. Names that match no field are ignored by binding, so they fit.
     */
    private static boolean fits(String path, ResolvableType type) {
        if (path.isEmpty()) {
            return true;
        }
        Class<?> raw = type.toClass();
        if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw.isArray()) {
            int close = path.indexOf(']');
            if (!path.startsWith("[") || close < 0) {
                return false;
            }
            ResolvableType element = raw.isArray()
                    ? type.getComponentType()
                    : Map.class.isAssignableFrom(raw) ? type.getGeneric(1) : type.getGeneric(0);
            return fits(path.substring(close + 1), element);
        }
        if (raw.isRecord()) {
            if (!path.startsWith(".")) {
                return false;
            }
            int end = firstOf(path.substring(1), '.', '[') + 1;
            String name = path.substring(1, end);
            for (RecordComponent component : raw.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return fits(path.substring(end), ResolvableType.forType(component.getGenericType()));
                }
            }
            return true;
        }
        return !BeanUtils.isSimpleValueType(raw) && !MultipartFile.class.isAssignableFrom(raw);
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? (j < 0 ? text.length() : j) : (j < 0 ? i : Math.min(i, j));
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
