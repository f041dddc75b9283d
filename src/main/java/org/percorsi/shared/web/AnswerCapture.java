package org.percorsi.shared.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An answer held while it is written so that it can be kept and sent again (the page caches' pages, the API's
 * answers): only an answer of a type the cache keeps ({@code keptType}) is held, so any other (a dataset's CSV or
 * JSON, a feed, a PDF, for the page caches) goes straight to the client as it is written and is never held whole
 * in memory; so does one that grows past what may be kept ({@code largest}), when the cache is told it may let it
 * go ({@code letLargeOnesGo}: not when a page's holes are still to be filled). {@code notKeeping} is told once the
 * answer goes through, so that nobody waits for it. What it holds is kept as a {@link KeptAnswer}.
 */
public final class AnswerCapture extends ContentCachingResponseWrapper {

    private final Predicate<String> keptType;
    private final int largest;
    private final boolean letLargeOnesGo;
    private final Runnable notKeeping;
    /** The headers the answer had before it was captured: set anew for every request, not part of what is kept. */
    private final Set<String> setBefore;

    private boolean passing;
    private ServletOutputStream stream;
    private PrintWriter writer;

    public AnswerCapture(
            HttpServletResponse response,
            Predicate<String> keptType,
            int largest,
            boolean letLargeOnesGo,
            Runnable notKeeping) {
        super(response);
        this.keptType = keptType;
        this.largest = largest;
        this.letLargeOnesGo = letLargeOnesGo;
        this.notKeeping = notKeeping;
        this.setBefore = lowerCase(response.getHeaderNames());
    }

    /** Whether the answer went (or is going) straight to the client: it is not kept. */
    public boolean passedThrough() {
        return passing;
    }

    /** A complete answer that may be kept: a 200 of a kept type, held whole, setting no cookie, not too large. */
    public boolean keepable() {
        String type = getContentType();
        return !passing
                && getStatus() == HttpServletResponse.SC_OK
                && type != null
                && keptType.test(type)
                && getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                && getContentSize() <= largest;
    }

    /** Whether a header was on the answer before it was captured (then it is not the answer's own). */
    boolean setBefore(String name) {
        return setBefore.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Not of a type the cache keeps, by the type the answer declared so far: it will not be kept. */
    private boolean notKept() {
        String type = getContentType();
        return type != null && !keptType.test(type);
    }

    private static Set<String> lowerCase(Collection<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private void passThrough() throws IOException {
        if (!passing) {
            passing = true;
            copyBodyToResponse(false); // what was held so far, then the rest as it comes
            notKeeping.run();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called");
        }
        if (stream == null) {
            if (notKept()) {
                passThrough();
            }
            stream = new Held(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() has already been called");
        }
        if (writer == null) {
            if (notKept()) {
                passThrough();
            }
            var held = new Held(super.getOutputStream());
            // flushed at every write, as the wrapper's own writer: what is held is always complete
            writer = new PrintWriter(new OutputStreamWriter(held, getCharacterEncoding())) {
                @Override
                public void write(char[] buf, int off, int len) {
                    super.write(buf, off, len);
                    super.flush();
                }

                @Override
                public void write(String s, int off, int len) {
                    super.write(s, off, len);
                    super.flush();
                }

                @Override
                public void write(int c) {
                    super.write(c);
                    super.flush();
                }
            };
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (passing) {
            getResponse().flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        if (passing) {
            getResponse().resetBuffer();
        } else {
            super.resetBuffer();
        }
    }

    // the length of an answer going straight through is the client's to know; a held one's is set when copied

    @Override
    public void setContentLength(int len) {
        if (passing || notKept()) {
            getResponse().setContentLength(len);
        } else {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (passing || notKept()) {
            getResponse().setContentLengthLong(len);
        } else {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && (passing || notKept())) {
            ((HttpServletResponse) getResponse()).setHeader(name, value);
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && (passing || notKept())) {
            ((HttpServletResponse) getResponse()).addHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }

    /** Holds what is written while the answer may be kept, else sends it on. */
    private final class Held extends ServletOutputStream {

        private final ServletOutputStream held;

        Held(ServletOutputStream held) {
            this.held = held;
        }

        private ServletOutputStream target(int more) throws IOException {
            if (!passing && letLargeOnesGo && getContentSize() + more > largest) {
                passThrough();
            }
            return passing ? getResponse().getOutputStream() : held;
        }

        @Override
        public void write(int b) throws IOException {
            target(1).write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target(len).write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (passing) {
                getResponse().getOutputStream().flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("written synchronously");
        }
    }
}
