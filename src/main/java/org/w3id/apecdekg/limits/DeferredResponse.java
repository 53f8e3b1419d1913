package org.w3id.apecdekg.limits;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response that holds back its body (up to {@code bufferLimit} bytes) so that a watchdog on
 * another thread can still answer in its place. Exactly one side wins: the request thread, when it
 * finishes or its body outgrows the buffer ({@link #finish()}, commit), or the watchdog
 * ({@link #timeOut(int, String)}). Every touch of the real response happens under one lock and
 * only while the winner is undecided or by the winner; the loser's output is dropped.
 */
final class DeferredResponse extends HttpServletResponseWrapper {

    private enum State { PENDING, COMMITTED, TIMED_OUT }

    private final HttpServletResponse real;
    private final int bufferLimit;
    private final Object lock = new Object();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private volatile State state = State.PENDING;
    private ServletOutputStream out;
    private PrintWriter writer;

    DeferredResponse(HttpServletResponse real, int bufferLimit) {
        super(real);
        this.real = real;
        this.bufferLimit = bufferLimit;
    }

    boolean timedOut() {
        return state == State.TIMED_OUT;
    }

    /** Called by the watchdog: answers {@code status} itself unless the request thread has begun to answer. */
    boolean timeOut(int status, String message) {
        synchronized (lock) {
            if (state != State.PENDING || real.isCommitted()) {
                return false;
            }
            state = State.TIMED_OUT;
            try {
                real.reset();
                real.setHeader("Connection", "close");
                Refusal.send(real, status, message);
            } catch (IOException | IllegalStateException e) {
                // the client went away: nothing more to do
            }
            return true;
        }
    }

    /** Called by the request thread when the chain returned: sends what was held back. */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        commit();
    }

    private void commit() throws IOException {
        byte[] held;
        synchronized (lock) {
            if (state != State.PENDING) {
                return;
            }
            held = takeHeld();
        }
        if (held.length > 0) {
            real.getOutputStream().write(held);
        }
    }

    private boolean pending() {
        return state == State.PENDING;
    }

    // --- headers and status: through to the real response while nobody has won, dropped after a time-out

    private void guarded(Runnable action) {
        synchronized (lock) {
            if (state != State.TIMED_OUT) {
                action.run();
            }
        }
    }

    @Override public void setStatus(int sc) { guarded(() -> real.setStatus(sc)); }
    @Override public void setHeader(String name, String value) { guarded(() -> real.setHeader(name, value)); }
    @Override public void addHeader(String name, String value) { guarded(() -> real.addHeader(name, value)); }
    @Override public void setIntHeader(String name, int value) { guarded(() -> real.setIntHeader(name, value)); }
    @Override public void addIntHeader(String name, int value) { guarded(() -> real.addIntHeader(name, value)); }
    @Override public void setDateHeader(String name, long date) { guarded(() -> real.setDateHeader(name, date)); }
    @Override public void addDateHeader(String name, long date) { guarded(() -> real.addDateHeader(name, date)); }
    @Override public void setContentType(String type) { guarded(() -> real.setContentType(type)); }
    @Override public void setCharacterEncoding(String charset) { guarded(() -> real.setCharacterEncoding(charset)); }
    @Override public void setContentLength(int len) { guarded(() -> real.setContentLength(len)); }
    @Override public void setContentLengthLong(long len) { guarded(() -> real.setContentLengthLong(len)); }
    @Override public void setLocale(java.util.Locale loc) { guarded(() -> real.setLocale(loc)); }
    @Override public void setBufferSize(int size) { }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        synchronized (lock) {
            if (state == State.PENDING) {
                state = State.COMMITTED;
                buffer.reset();
                real.sendError(sc, msg);
            }
        }
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        synchronized (lock) {
            if (state == State.PENDING) {
                state = State.COMMITTED;
                buffer.reset();
                real.sendRedirect(location);
            }
        }
    }

    @Override
    public boolean isCommitted() {
        return !pending() || real.isCommitted();
    }

    @Override
    public void reset() {
        synchronized (lock) {
            if (state != State.PENDING) {
                throw new IllegalStateException("response already committed");
            }
            buffer.reset();
            real.reset();
        }
    }

    @Override
    public void resetBuffer() {
        synchronized (lock) {
            if (state != State.PENDING) {
                throw new IllegalStateException("response already committed");
            }
            buffer.reset();
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        commit();
        if (state == State.COMMITTED) {
            real.flushBuffer();
        }
    }

    // --- body

    @Override
    public ServletOutputStream getOutputStream() {
        if (out == null) {
            out = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    byte[] held = null;
                    if (state == State.PENDING) {
                        synchronized (lock) {
                            if (state == State.PENDING) {
                                buffer.write(b, off, len);
                                if (buffer.size() <= bufferLimit) {
                                    return;
                                }
                                held = takeHeld();
                            }
                        }
                    }
                    if (held != null) {
                        real.getOutputStream().write(held);
                        return;
                    }
                    if (state == State.TIMED_OUT) {
                        throw new IOException("query abandoned: the watchdog has answered for it");
                    }
                    real.getOutputStream().write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    if (state == State.COMMITTED) {
                        real.getOutputStream().flush();
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("non-blocking output is not supported here");
                }
            };
        }
        return out;
    }

    /** Under the lock: the request thread wins (body complete or outgrew the buffer); returns what was held. */
    private byte[] takeHeld() {
        state = State.COMMITTED;
        byte[] held = buffer.toByteArray();
        buffer.reset();
        return held;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String enc = real.getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.ISO_8859_1 : Charset.forName(enc);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs));
        }
        return writer;
    }
}
