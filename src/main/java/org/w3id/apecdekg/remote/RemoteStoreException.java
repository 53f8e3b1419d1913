package org.w3id.apecdekg.remote;

/** The remote store did not answer, or refused a query or an update; the message says which and why. */
public final class RemoteStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RemoteStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
