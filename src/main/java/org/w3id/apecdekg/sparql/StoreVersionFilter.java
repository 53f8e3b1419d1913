package org.w3id.apecdekg.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.w3id.apecdekg.store.DekgStore;

/**
 * Bumps the store version after a successful write through {@code /update} or {@code /data}, so
 * that caches keyed on it see the change. Who may write is decided earlier, by Spring Security
 * ({@code org.w3id.apecdekg.security}).
 */
@Component
@Order(FusekiConfiguration.ORDER - 10)
class StoreVersionFilter extends OncePerRequestFilter {

    private final DekgStore store;

    StoreVersionFilter(DekgStore store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(SparqlPaths.UPDATE)) {
            return false;
        }
        return !(path.equals(SparqlPaths.DATA) && !isRead(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() < 300) {
                store.markChanged();
            }
        }
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }
}
