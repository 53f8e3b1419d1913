package org.w3id.apecdekg.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** HTTP calls of the integration tests (JDK client), with an optional Authorization header. */
public final class TestHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestHttp() {}

    public static HttpResponse<String> get(String url, String accept, String authorization) {
        return send(TestCredentials.auth(HttpRequest.newBuilder(URI.create(url)), authorization)
                .header("Accept", accept).GET().build());
    }

    /** {@code body} null sends none; {@code contentType} null sends no Content-Type. */
    public static HttpResponse<String> send(String method, String url, String contentType, byte[] body,
            String authorization) {
        HttpRequest.Builder b = TestCredentials.auth(HttpRequest.newBuilder(URI.create(url)), authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
