package org.w3id.apecdekg.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.store.DekgStore;

/**
 * Keeps {@code /update} and writes to {@code /data} closed to the network: by default only
 * requests from the loopback interface may write ({@code dekg.sparql.writes=loopback}), or nobody
 * ({@code off}). Reads of {@code /data} stay public. A write that succeeds bumps the store version.
 */
@Component
@Order(FusekiConfiguration.ORDER - 10)
class WriteEndpointGuard extends OncePerRequestFilter {

    private final DekgProperties.Writes mode;
    private final DekgStore store;

    WriteEndpointGuard(DekgProperties properties, DekgStore store) {
        this.mode = properties.getSparql().getWrites();
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
        if (mode == DekgProperties.Writes.OFF) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Writes are disabled (dekg.sparql.writes=off)");
            return;
        }
        if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "Writes are accepted from the loopback interface only (dekg.sparql.writes=loopback)");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() < 300) {
            store.markChanged();
        }
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }
}
