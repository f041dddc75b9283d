package org.percorsi.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An answer the page caches render, held while it is written so that it can be kept: only a page may be kept
 * (see {@link SharedPages#shareable}), so any other answer (a dataset's CSV or JSON, a feed, a PDF) goes straight
 * to the client as it is written and is never held whole in memory; so does a page that grows past what may be
 * kept, when the cache is told it may let it go ({@code letLargePagesGo}: not when the page's holes are still to
 * be filled). {@code notKeeping} is told once the answer goes through, so that nobody waits for it.
 */
final class PageCapture extends ContentCachingResponseWrapper {

    private final boolean letLargePagesGo;
    private final Runnable notKeeping;
    private boolean passing;
    private ServletOutputStream stream;
    private PrintWriter writer;

    PageCapture(HttpServletResponse response, boolean letLargePagesGo, Runnable notKeeping) {
        super(response);
        this.letLargePagesGo = letLargePagesGo;
        this.notKeeping = notKeeping;
    }

    /** Whether the answer went (or is going) straight to the client: it is not kept. */
    boolean passedThrough() {
        return passing;
    }

    /** A complete page that may be kept (see {@link SharedPages#shareable}). */
    boolean keepable() {
        return !passing && SharedPages.shareable(this);
    }

    /** Not a page, by the type the answer declared so far: it will not be kept. */
    private boolean notAPage() {
        String type = getContentType();
        return type != null && !type.startsWith("text/html");
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
            if (notAPage()) {
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
            if (notAPage()) {
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

    // the length of an answer going straight through is the client's to know; a held page's is set when copied

    @Override
    public void setContentLength(int len) {
        if (passing || notAPage()) {
            getResponse().setContentLength(len);
        } else {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (passing || notAPage()) {
            getResponse().setContentLengthLong(len);
        } else {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && (passing || notAPage())) {
            ((HttpServletResponse) getResponse()).setHeader(name, value);
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && (passing || notAPage())) {
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
            if (!passing && letLargePagesGo && getContentSize() + more > SharedPages.MAX_PAGE_BYTES) {
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
