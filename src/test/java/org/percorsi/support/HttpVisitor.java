package org.percorsi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone visiting the running platform over real HTTP without JavaScript: keeps
 * the session cookie like a browser, follows no redirect by itself. Safe to share
 * between threads (one person's simultaneous clicks).
 */
public final class HttpVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private volatile String session;

    public HttpVisitor(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A download (a zip, a file) as bytes, with the visitor's session. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form with the CSRF token of the page it comes from, as a browser would. */
    public HttpResponse<String> post(String path, String csrfToken, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "_csrf=" + encode(csrfToken) + (form.isEmpty() ? "" : "&" + form))));
    }

    /** Posts a multipart form (text fields only) with the CSRF token, as a browser posts a form with files. */
    public HttpResponse<String> postMultipart(String path, String csrfToken, Map<String, String> fields) {
        return postMultipart(path, csrfToken, fields, null, null, null);
    }

    /** Posts a multipart form with text fields and one file, with the CSRF token. */
    public HttpResponse<String> postMultipart(
            String path,
            String csrfToken,
            Map<String, String> fields,
            String fileField,
            String filename,
            byte[] content) {
        String boundary = "----percorsi" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        var all = new LinkedHashMap<String, String>();
        all.put("_csrf", csrfToken);
        all.putAll(fields);
        all.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        if (fileField != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public HttpVisitor signIn(String email, String password) {
        String token = csrfOf(get("/login").body());
        var answer = post("/login", token, "email=" + encode(email) + "&password=" + encode(password));
        assertThat(answer.headers().firstValue("Location"))
                .as("signed in")
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return this;
    }

    /** The session cookie's value, for requests written by hand. */
    public String sessionCookie() {
        return session;
    }

    public static String csrfOf(String html) {
        var m = CSRF.matcher(html);
        assertThat(m.find()).as("the page has a form").isTrue();
        return m.group(1);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        String current = session;
        if (current != null) {
            request.header("Cookie", "SESSION=" + current);
        }
        try {
            var response = HTTP.send(request.build(), body);
            response.headers().allValues("Set-Cookie").stream()
                    .map(SESSION::matcher)
                    .filter(Matcher::find)
                    .findFirst()
                    .ifPresent(m -> session = m.group(1));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
