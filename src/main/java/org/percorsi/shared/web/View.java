package org.percorsi.shared.web;

import gg.jte.Content;
import gg.jte.html.escape.Escape;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.percorsi.shared.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every template needs from the current request: translated text, the
 * language, the CSRF token, who is signed in. Templates import these statically
 * ({@code @import static org.percorsi.shared.web.View.*}); all state comes from the
 * request being rendered, none is kept here.
 */
public final class View {

    private View() {}

    /** The message for {@code key} in the visitor's language. */
    public static String t(String key, Object... args) {
        return messages().getMessage(key, args, locale());
    }

    /**
     * The message for {@code key} with its text arguments (names, titles people wrote) each isolated in a
     * {@code <bdi>}, so that a nickname in Arabic inside an Italian sentence, or the reverse, keeps both in order.
     * Everything is escaped; other arguments (numbers, dates) are formatted as in {@link #t}.
     */
    public static Content tIsolated(String key, Object... args) {
        Object[] marked = args.clone();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] instanceof String) {
                marked[i] = String.valueOf(ISOLATE_START) + i + ISOLATE_END;
            }
        }
        String message = t(key, marked);
        return output -> {
            var m = ISOLATED.matcher(message);
            int written = 0;
            while (m.find()) {
                Escape.htmlContent(message.substring(written, m.start()), output);
                output.writeContent("<bdi>");
                Escape.htmlContent((String) args[Integer.parseInt(m.group(1))], output);
                output.writeContent("</bdi>");
                written = m.end();
            }
            Escape.htmlContent(message.substring(written), output);
        };
    }

    private static final char ISOLATE_START = '\uE000';
    private static final char ISOLATE_END = '\uE001';
    private static final Pattern ISOLATED = Pattern.compile(ISOLATE_START + "(\\d+)" + ISOLATE_END);

    /** A validation error's message in the visitor's language. */
    public static String resolve(MessageSourceResolvable resolvable) {
        return messages().getMessage(resolvable, locale());
    }

    public static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** The page's language (Italian when the locale is somehow none of ours). */
    public static Language language() {
        return Language.ofLocale(locale()).orElse(Language.ITALIAN);
    }

    /** BCP 47 tag of the page's language, for {@code <html lang>}: it, en, zh-Hans, ar… */
    public static String lang() {
        return language().tag();
    }

    /** {@code ltr} or {@code rtl}, for {@code <html dir>}. */
    public static String dir() {
        return language().direction();
    }

    public static String date(LocalDate date) {
        return date == null
                ? ""
                : isolated(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale())
                        .format(date));
    }

    public static String shortDate(LocalDate date) {
        return date == null
                ? ""
                : isolated(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date));
    }

    /**
     * On a right-to-left page, a date or an amount set apart from the text around it (Unicode's first strong
     * isolate … pop directional isolate): beside a name in Latin letters its digits and slashes stay in order.
     * Left-to-right pages get the text as it is.
     */
    private static String isolated(String text) {
        return language().rightToLeft() ? "\u2068" + text + "\u2069" : text;
    }

    /** A moment as people in Italy read it (date and time in Europe/Rome). */
    public static String dateTime(Instant instant) {
        return instant == null
                ? ""
                : isolated(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())
                        .withZone(ZoneId.of("Europe/Rome"))
                        .format(instant));
    }

    /**
     * The value of a {@code datetime-local} field: to the minute, as the field writes it (HTML allows at most
     * three digits of a second's fraction; a time saved with more would make the field invalid).
     */
    public static String dateTimeField(LocalDateTime value) {
        return value == null ? "" : value.format(DATE_TIME_FIELD);
    }

    private static final DateTimeFormatter DATE_TIME_FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** An amount in euro as the page's language writes it ("1.250,00 €" in Italian, "€1,250.00" in English). */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        var format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance("EUR"));
        return isolated(format.format(amount));
    }

    /** A number in the page's language; a dash when there is none. */
    public static String number(BigDecimal value) {
        return value == null ? "–" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    /** The first words of a text, up to about {@code max} characters, cut after a whole word (the whole text if short). */
    public static String beginning(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int space = text.lastIndexOf(' ', max);
        return text.substring(0, space > max / 2 ? space : max).strip();
    }

    /** From start to end; on one day, the day is written once ("5 set 2020, 09:30–12:00"). */
    public static String timeSpan(Instant start, Instant end) {
        var rome = ZoneId.of("Europe/Rome");
        if (start.atZone(rome).toLocalDate().equals(end.atZone(rome).toLocalDate())) {
            return dateTime(start) + "–"
                    + isolated(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                            .withLocale(locale())
                            .withZone(rome)
                            .format(end));
        }
        return dateTime(start) + " – " + dateTime(end);
    }

    public static String csrfParameter() {
        CsrfToken token = csrfToken();
        return token == null ? "_csrf" : token.getParameterName();
    }

    public static String csrfValue() {
        if (PersonalParts.sharing()) {
            return PersonalParts.hole("csrf", ""); // each person's own token, filled in when the page is sent
        }
        CsrfToken token = csrfToken();
        return token == null ? "" : token.getToken();
    }

    public static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal());
    }

    public static boolean isAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return signedIn() && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    public static String userName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return signedIn() ? auth.getName() : "";
    }

    /** Path of the page being rendered (without query), to mark the current menu item. */
    public static String path() {
        HttpServletRequest request = request();
        return request == null ? "/" : request.getRequestURI();
    }

    /** The current URL with one query parameter set (pagination, language switch), others kept. */
    public static String withParam(String name, Object value) {
        HttpServletRequest request = request();
        if (request == null) {
            return "?" + name + "=" + value;
        }
        String query = request.getQueryString();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam(name, value)
                .build()
                .encode()
                .toUriString();
    }

    /** The confirmation left by the form that redirected here, translated, or null. */
    /** A refusal carried across a redirect (see {@link Flash#refusal}), or null. */
    public static String flashRefusal() {
        HttpServletRequest request = request();
        var flash = request == null ? null : RequestContextUtils.getInputFlashMap(request);
        Object message = flash == null ? null : flash.get(Flash.REFUSAL);
        if (message != null) {
            PersonalParts.onlyForThisPerson();
        }
        return message == null ? null : message.toString();
    }

    public static String flash() {
        HttpServletRequest request = request();
        if (request == null) {
            return null;
        }
        var flash = RequestContextUtils.getInputFlashMap(request);
        Object key = flash == null ? null : flash.get(Flash.ATTRIBUTE);
        if (key != null) {
            PersonalParts.onlyForThisPerson();
        }
        return key == null ? null : t(key.toString());
    }

    private static CsrfToken csrfToken() {
        HttpServletRequest request = request();
        return request == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    private static MessageSource messages() {
        HttpServletRequest request = request();
        if (request == null) {
            throw new IllegalStateException("Templates are rendered within a request");
        }
        return RequestContextUtils.findWebApplicationContext(request);
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
