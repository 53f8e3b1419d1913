package org.w3id.apecdekg.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.w3id.apecdekg.DekgProperties;

/**
 * Caps request bodies before anything reads them: {@code /sparql} at {@code dekg.limits.max-query-size},
 * {@code /update} at {@code max-update-size}, other writes (Graph Store, reports, imports) at
 * {@code max-upload-size}. A declared length above the cap gets 413 at once; a chunked body stops
 * with an I/O error when it passes the cap.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final DekgProperties.Limits limits;

    BodySizeLimitFilter(DekgProperties.Limits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long cap = capFor(request);
        if (cap < 0) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > cap) {
            Refusal.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "request body of " + declared + " bytes is larger than the limit of " + cap + " bytes");
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Capped(request, cap), response);
    }

    /** The cap of this request's body, or -1 for none (reads). */
    long capFor(HttpServletRequest request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return -1;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/sparql")) {
            return limits.getMaxQuerySize().toBytes();
        }
        if (path.equals("/update")) {
            return limits.getMaxUpdateSize().toBytes();
        }
        if (path.startsWith("/data") || path.startsWith("/api/") || path.startsWith("/admin/")) {
            return limits.getMaxUploadSize().toBytes();
        }
        return -1;
    }

    /** A request whose body stream fails once more than {@code cap} bytes have been read. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long cap;
        private ServletInputStream in;

        Capped(HttpServletRequest request, long cap) {
            super(request);
            this.cap = cap;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                ServletInputStream raw = super.getInputStream();
                in = new ServletInputStream() {
                    long count;

                    @Override
                    public int read() throws IOException {
                        int b = raw.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = raw.read(buf, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        count += n;
                        if (count > cap) {
                            throw new IOException("request body is larger than the limit of " + cap + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return raw.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return raw.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        raw.setReadListener(listener);
                    }
                };
            }
            return in;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }
    }
}
