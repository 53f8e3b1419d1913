package org.w3id.apecdekg.bundle;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A server that cannot start because a configured path is missing or unusable reports it in Spring
 * Boot's "APPLICATION FAILED TO START" block, naming the path, without a stack trace (registered in
 * {@code META-INF/spring.factories}).
 */
public final class BadPathFailureAnalyzer extends AbstractFailureAnalyzer<BadPathException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BadPathException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the path, or leave dekg.data, dekg.ontology and dekg.queries unset to use ./data, "
                        + "./ontology/dekg.ttl and ./queries, or the copies bundled in the jar when those do not exist.",
                cause);
    }
}
