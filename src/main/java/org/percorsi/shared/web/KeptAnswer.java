package org.percorsi.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An answer kept to be sent again as it was ({@link AnswerCapture}): its type, the headers its rendering set and
 * its bytes. Headers of the moment are not kept (date, length, cookies), nor those the answer had before it was
 * captured (the request's id, the API's CORS headers): the filters that set them do so again for every request.
 */
public record KeptAnswer(String contentType, List<String[]> headers, byte[] body) {

    private static final Set<String> OF_THE_MOMENT =
            Set.of("set-cookie", "date", "content-length", "transfer-encoding", "content-type");

    public static KeptAnswer of(AnswerCapture captured) {
        List<String[]> headers = new ArrayList<>();
        for (String name : captured.getHeaderNames()) {
            if (!OF_THE_MOMENT.contains(name.toLowerCase(Locale.ROOT)) && !captured.setBefore(name)) {
                for (String value : captured.getHeaders(name)) {
                    headers.add(new String[] {name, value});
                }
            }
        }
        return new KeptAnswer(captured.getContentType(), List.copyOf(headers), captured.getContentAsByteArray());
    }

    /** What the answer weighs in a cache, under a key of {@code keyLength} characters. */
    public int weight(int keyLength) {
        return body.length + keyLength;
    }

    /** Status and headers as kept; the body is the caller's (as kept, or changed to the same length). */
    public void writeHead(HttpServletResponse response, int length) {
        response.setStatus(HttpServletResponse.SC_OK);
        for (String[] header : headers) {
            response.addHeader(header[0], header[1]);
        }
        response.setContentType(contentType);
        response.setContentLength(length);
    }

    public void writeTo(HttpServletResponse response) throws IOException {
        writeHead(response, body.length);
        response.getOutputStream().write(body);
    }
}
