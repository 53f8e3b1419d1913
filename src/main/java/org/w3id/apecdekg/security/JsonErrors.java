package org.w3id.apecdekg.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The answers of refused requests, as {@code {"status":…,"error":…}}: 401 with a Basic challenge
 * for missing or wrong credentials (without the challenge for a page's script, see {@link #fromScript}),
 * 403 for a role too low, and 403 for every write when no users or keys are configured at all (so no
 * password can open them).
 */
final class JsonErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String WRITES_OFF = "writes are disabled: no users or API keys are configured"
            + " (set dekg.security.users[0].name/password-hash/roles or dekg.security.api-keys[0].key-hash/roles)";

    /** The header by which a page's script marks its requests (see {@link #fromScript}). */
    static final String REQUESTED_WITH = "X-Requested-With";

    private final boolean noCredentials;

    JsonErrors(boolean noCredentials) {
        this.noCredentials = noCredentials;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (noCredentials) {
            write(response, HttpServletResponse.SC_FORBIDDEN, WRITES_OFF);
            return;
        }
        if (!fromScript(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"apec-dekg\"");
        }
        String reason = request.getHeader("Authorization") == null
                ? "authentication required: HTTP Basic or Authorization: Bearer <api-key>"
                : "bad credentials";
        write(response, HttpServletResponse.SC_UNAUTHORIZED, reason);
    }

    /**
     * True for requests a page's script sends ({@code X-Requested-With} set, e.g. {@code fetch} or
     * {@code XMLHttpRequest}): they get their 401 without the Basic challenge, so the browser does not
     * open its own password dialog over the page's sign-in form.
     */
    static boolean fromScript(HttpServletRequest request) {
        String with = request.getHeader(REQUESTED_WITH);
        return with != null && !with.isBlank();
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof org.springframework.security.web.csrf.CsrfException) {
            write(response, HttpServletResponse.SC_FORBIDDEN, "missing or invalid CSRF token: a write in a signed-in"
                    + " session sends the token from /api/session as X-CSRF-TOKEN");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String role = path.startsWith("/admin") ? "admin" : "editor";
        write(response, HttpServletResponse.SC_FORBIDDEN, "this operation needs the " + role + " role");
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        String json = "{\"status\":" + status + ",\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
