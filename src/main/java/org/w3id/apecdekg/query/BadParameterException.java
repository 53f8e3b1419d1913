package org.w3id.apecdekg.query;

/** A request named an unknown parameter or gave a value of the wrong type; answered with 400. */
public class BadParameterException extends RuntimeException {

    public BadParameterException(String message) {
        super(message);
    }
}
