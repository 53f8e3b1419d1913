package org.w3id.apecdekg.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses XML uploads (RDF/XML to {@code /data} or {@code /api/imports}) that declare a DOCTYPE:
 * entity declarations are how "billion laughs" and external-entity (XXE) attacks work, and RDF/XML
 * never needs them. Looks only at the prologue (the first 64 KB), then replays the body untouched.
 */
final class XmlDoctypeFilter extends OncePerRequestFilter {

    private static final int PROLOGUE = 64 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!(method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(path.startsWith("/data") || path.startsWith("/api/imports"))) {
            return true;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        String name = request.getQueryString() == null ? "" : request.getQueryString().toLowerCase(Locale.ROOT);
        return !(type.contains("xml") || type.startsWith("multipart/") || name.matches(".*\\.(rdf|owl|xml)(&.*)?$"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            // parts are parsed and kept by the container, so reading them here leaves them for the handler
            for (Part part : request.getParts()) {
                try (InputStream in = part.getInputStream()) {
                    if (declaresDoctype(in.readNBytes(PROLOGUE))) {
                        refuse(response);
                        return;
                    }
                }
            }
            chain.doFilter(request, response);
            return;
        }
        InputStream in = request.getInputStream();
        byte[] head = in.readNBytes(PROLOGUE);
        if (declaresDoctype(head)) {
            refuse(response);
            return;
        }
        chain.doFilter(new Replayed(request, new SequenceInputStream(new ByteArrayInputStream(head), in)), response);
    }

    private static boolean declaresDoctype(byte[] head) {
        return new String(head, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT).contains("<!DOCTYPE");
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST,
                "XML with a DOCTYPE declaration is refused (no DTDs or entities in RDF/XML uploads)");
    }

    private static final class Replayed extends HttpServletRequestWrapper {
        private final InputStream body;

        Replayed(HttpServletRequest request, InputStream body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = body.read(buf, off, len);
                    finished = n < 0;
                    return n;
                }

                @Override public boolean isFinished() { return finished; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String enc = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    enc == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(enc)));
        }
    }
}
