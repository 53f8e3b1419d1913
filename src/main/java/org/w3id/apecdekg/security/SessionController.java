package org.w3id.apecdekg.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Browser sign-in for the review pages: {@code POST /api/session} with {@code {"user","password"}} (a
 * configured user) starts a session (an HTTP-only, same-site cookie) and answers who signed in and the
 * session's CSRF token; every later write in that session must send it as {@code X-CSRF-TOKEN}.
 * {@code GET /api/session} says who is signed in (and the token); {@code DELETE /api/session} signs out.
 * HTTP Basic and API keys work as before, without a session and without the token.
 */
@RestController
class SessionController {

    static final String PATH = "/api/session";

    private final AuthenticationManager authentication;
    private final CsrfTokenRepository csrf;
    private final WhoAmIController whoAmI;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionController(SessionSupport support, WhoAmIController whoAmI) {
        this.authentication = support.authenticationManager();
        this.csrf = support.csrfTokens();
        this.whoAmI = whoAmI;
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> signIn(@RequestBody(required = false) Map<String, Object> body,
            HttpServletRequest request, HttpServletResponse response) {
        Object user = body == null ? null : body.get("user");
        Object password = body == null ? null : body.get("password");
        if (!(user instanceof String u) || u.isBlank() || !(password instanceof String p)) {
            return error(HttpStatus.BAD_REQUEST, "give {\"user\": …, \"password\": …}");
        }
        Authentication result;
        try {
            result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(u.strip(), p));
        } catch (AuthenticationException e) {
            return error(HttpStatus.UNAUTHORIZED, "wrong user name or password");
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        CsrfToken token = csrf.generateToken(request);
        csrf.saveToken(token, request, response);
        return body(whoAmI.describe(result), token);
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> current(HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        CsrfToken token = null;
        if (request.getSession(false) != null) {
            token = csrf.loadToken(request);
            if (token == null) {
                token = csrf.generateToken(request);
                csrf.saveToken(token, request, response);
            }
        }
        return body(whoAmI.describe(auth), token);
    }

    @DeleteMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return body(whoAmI.describe(null), null);
    }

    private static ResponseEntity<Map<String, Object>> body(Map<String, Object> who, CsrfToken token) {
        Map<String, Object> b = new LinkedHashMap<>(who);
        b.put("csrfToken", token == null ? null : token.getToken());
        b.put("csrfHeader", token == null ? null : token.getHeaderName());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(b);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .body(Map.of("status", status.value(), "error", message));
    }
}
