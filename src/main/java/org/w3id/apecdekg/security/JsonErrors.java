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
 * for missing or wrong credentials, 403 for a role too low, and 403 for every write when no users
 * or keys are configured at all (so no password can open them).
 */
final class JsonErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String WRITES_OFF = "writes are disabled: no users or API keys are configured"
            + " (set dekg.security.users[0].name/password-hash/roles or dekg.security.api-keys[0].key-hash/roles)";

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
        response.setHeader("WWW-Authenticate", "Basic realm=\"apec-dekg\"");
        String reason = request.getHeader("Authorization") == null
                ? "authentication required: HTTP Basic or Authorization: Bearer <api-key>"
                : "bad credentials";
        write(response, HttpServletResponse.SC_UNAUTHORIZED, reason);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
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
