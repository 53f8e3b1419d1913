package org.w3id.apecdekg.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The published JSON-LD context ({@code classpath:publish/context.jsonld}, served at
 * {@code /context.jsonld}): the one list of prefixes, in a fixed order, used by every export format.
 */
public final class PublishedContext {

    public static final String RESOURCE = "publish/context.jsonld";

    private static final PublishedContext INSTANCE = load();

    private final String json;
    private final JsonObject context;
    private final Map<String, String> prefixes;

    private PublishedContext(String json, JsonObject context, Map<String, String> prefixes) {
        this.json = json;
        this.context = context;
        this.prefixes = prefixes;
    }

    public static PublishedContext get() {
        return INSTANCE;
    }

    /** The document as served, {@code {"@context": {...}}}. */
    public String json() { return json; }

    /** The value of {@code @context}. */
    public JsonObject context() { return context; }

    /** Prefix → namespace IRI, in the document's order. */
    public Map<String, String> prefixes() { return prefixes; }

    private static PublishedContext load() {
        try (InputStream in = PublishedContext.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (JsonReader reader = Json.createReader(new java.io.StringReader(json))) {
                JsonObject context = reader.readObject().getJsonObject("@context");
                Map<String, String> prefixes = new LinkedHashMap<>();
                context.forEach((k, v) -> prefixes.put(k, ((JsonString) v).getString()));
                return new PublishedContext(json, context, Collections.unmodifiableMap(prefixes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
