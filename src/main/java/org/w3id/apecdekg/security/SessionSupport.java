package org.w3id.apecdekg.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What browser sessions need: the authentication of a user name and password, the session's CSRF token
 * store, and the rule of which requests must carry the token — writes authenticated by a session cookie
 * (not those that send their own {@code Authorization} header, which a cross-site page cannot add).
 */
final class SessionSupport {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AuthenticationManager authenticationManager;
    private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

    SessionSupport(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        this.authenticationManager = new ProviderManager(provider);
    }

    AuthenticationManager authenticationManager() {
        return authenticationManager;
    }

    CsrfTokenRepository csrfTokens() {
        return csrfTokens;
    }

    /**
     * Writes in a signed-in session without their own credentials: these must carry the CSRF token.
     * {@code POST /sparql} is a query (SPARQL Update is refused there), so it needs none.
     */
    RequestMatcher needsCsrfToken() {
        return (HttpServletRequest request) -> {
            if (SAFE.contains(request.getMethod()) || request.getHeader("Authorization") != null) {
                return false;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.equals("/sparql")) {
                return false;
            }
            HttpSession session = request.getSession(false);
            return session != null && session.getAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
        };
    }
}
