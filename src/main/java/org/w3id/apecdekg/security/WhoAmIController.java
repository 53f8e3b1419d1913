package org.w3id.apecdekg.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/whoami}: who the request's credentials are, so a page can check a password before
 * it uploads anything (there are no sessions to sign in to). Anonymous: {@code {"user":null,…}};
 * HTTP Basic or an API key: the name and the roles it has, counting the ones it includes
 * (admin ⊃ editor ⊃ reader). Wrong credentials get 401 from the filters before this runs.
 */
@RestController
class WhoAmIController {

    static final String PATH = "/api/whoami";

    private final RoleHierarchy hierarchy;
    private final Credentials credentials;

    WhoAmIController(RoleHierarchy hierarchy, Credentials credentials) {
        this.hierarchy = hierarchy;
        this.credentials = credentials;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> whoAmI() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(describe(SecurityContextHolder.getContext().getAuthentication()));
    }

    /** {@code {"user","roles","mayWrite","writesEnabled"}} for an authentication (null: anonymous). */
    Map<String, Object> describe(Authentication auth) {
        boolean anonymous = auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
        Set<String> roles = anonymous ? Set.of() : hierarchy.getReachableGrantedAuthorities(auth.getAuthorities())
                .stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", anonymous ? null : auth.getName());
        body.put("roles", List.of(Roles.ADMIN, Roles.EDITOR, Roles.READER).stream()
                .map(r -> r.toLowerCase(Locale.ROOT)).filter(roles::contains).toList());
        body.put("mayWrite", roles.contains("editor"));
        body.put("writesEnabled", !credentials.none());
        return body;
    }
}
