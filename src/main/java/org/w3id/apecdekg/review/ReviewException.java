package org.w3id.apecdekg.review;

/** A review request that cannot be carried out: {@code status} is the HTTP status to answer with. */
public final class ReviewException extends RuntimeException {

    private final int status;

    public ReviewException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ReviewException notFound(String message) {
        return new ReviewException(404, message);
    }

    static ReviewException bad(String message) {
        return new ReviewException(400, message);
    }
}
