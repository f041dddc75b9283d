package org.percorsi.api.queries;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Where a page of a list starts and how long it is. The cursor is opaque to clients: the base64 of the last key
 * of the previous page ({@code k:<id>}); anything else is refused (400), as is a limit outside 1..200.
 */
public record PageRequest(long after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private static final Pattern KEY = Pattern.compile("k:(\\d{1,18})");

    public static PageRequest of(String cursor, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ApiBadRequest("badLimit");
        }
        return new PageRequest(decode(cursor), size);
    }

    static String encode(long key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + key).getBytes(StandardCharsets.US_ASCII));
    }

    private static long decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            var matcher = KEY.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
            if (matcher.matches()) {
                return Long.parseLong(matcher.group(1));
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below
        }
        throw new ApiBadRequest("badCursor");
    }

    /** One more than the page, to know whether a next page exists without counting. */
    public int fetch() {
        return limit + 1;
    }
}
