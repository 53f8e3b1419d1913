package org.w3id.apecdekg.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request seen with one parameter replaced ({@code pageSize=…}) or with its body replayed (a SPARQL
 * body already read).
 */
final class TextRequest extends HttpServletRequestWrapper {

    private final String param;
    private final String value;
    private final byte[] body;

    private TextRequest(HttpServletRequest request, String param, String value, byte[] body) {
        super(request);
        this.param = param;
        this.value = value;
        this.body = body;
    }

    /** {@code request} with parameter {@code name} set to {@code value}. */
    static TextRequest withParameter(HttpServletRequest request, String name, String value) {
        return new TextRequest(request, name, value, null);
    }

    /**
     * The SPARQL text of a request: the body when its type is {@code bodyType} (then the returned
     * request replays it), else the parameter {@code param}. Null text when there is none.
     */
    record Sparql(String text, HttpServletRequest request) {}

    static Sparql read(HttpServletRequest request, String param, String bodyType, long max) throws IOException {
        String type = request.getContentType();
        if (request.getMethod().equals("POST") && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith(bodyType)) {
            byte[] bytes = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
            if (bytes.length > max) {
                throw new TooLarge(max);
            }
            return new Sparql(new String(bytes, StandardCharsets.UTF_8), new TextRequest(request, null, null, bytes));
        }
        String text = request.getParameter(param);
        if (text != null && text.length() > max) {
            throw new TooLarge(max);
        }
        return new Sparql(text, request);
    }

    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("the SPARQL text is larger than the limit of " + max + " bytes");
        }
    }

    @Override
    public String getParameter(String name) {
        return param != null && param.equals(name) ? value : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return param != null && param.equals(name) ? new String[] {value} : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (param == null) {
            return super.getParameterMap();
        }
        Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
        map.put(param, new String[] {value});
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            return super.getInputStream();
        }
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override public int read() { return in.read(); }
            @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return body == null ? super.getReader()
                : new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
        return body == null ? super.getContentLength() : body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body == null ? super.getContentLengthLong() : body.length;
    }

    @Override
    public String getCharacterEncoding() {
        return body == null ? super.getCharacterEncoding() : "UTF-8";
    }
}
