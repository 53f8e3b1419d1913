package org.w3id.apecdekg.query;

/** A query file that cannot be served: bad SPARQL or a bad header, with file and position. */
public class QueryLibraryException extends RuntimeException {

    public QueryLibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    public QueryLibraryException(String message) {
        super(message);
    }
}
