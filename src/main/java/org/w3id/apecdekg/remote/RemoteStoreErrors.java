package org.w3id.apecdekg.remote;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A failure of the remote store behind an API call is a {@code 502 Bad Gateway} with its reason. */
@RestControllerAdvice
class RemoteStoreErrors {

    @ExceptionHandler(RemoteStoreException.class)
    ResponseEntity<Map<String, String>> remoteStoreFailed(RemoteStoreException e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "502", "error", e.getMessage()));
    }
}
