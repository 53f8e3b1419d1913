package org.w3id.apecdekg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the {@code #+} header of a query file: the leading comment lines that start with
 * {@code #+}, without that prefix, form a YAML document ({@code summary}, {@code description},
 * {@code tags}, {@code params}, {@code view}). The file stays valid SPARQL.
 */
final class QueryHeader {

    static final List<String> VIEWS = List.of("table", "bar", "network", "timeline", "map");

    private QueryHeader() {}

    /** The header's YAML keys and values; throws IllegalArgumentException on malformed YAML. */
    static Map<String, Object> read(String text) {
        StringBuilder yaml = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#+")) {
                yaml.append(line.substring(line.startsWith("#+ ") ? 3 : 2)).append('\n');
            } else if (!line.isBlank() && !line.startsWith("#")) {
                break;
            }
        }
        try {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.toString());
            if (doc == null) {
                return Map.of();
            }
            if (!(doc instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("the #+ header is not a set of 'key: value' lines");
            }
            Map<String, Object> header = new LinkedHashMap<>();
            map.forEach((k, v) -> header.put(String.valueOf(k), v));
            return header;
        } catch (YAMLException e) {
            throw new IllegalArgumentException("malformed #+ header: " + e.getMessage());
        }
    }

    static String string(Map<String, Object> header, String key, String fallback) {
        Object v = header.get(key);
        return v == null ? fallback : String.valueOf(v).trim();
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            for (String s : String.valueOf(value).split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    /** Parameters declared under {@code params:} as {@code name: {type, default, enum, description}}. */
    static List<QueryParameter> parameters(Map<String, Object> header) {
        Object params = header.get("params");
        List<QueryParameter> out = new ArrayList<>();
        if (params == null) {
            return out;
        }
        if (!(params instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("'params' must map parameter names to {type, default, enum}");
        }
        map.forEach((name, spec) -> {
            if (!(spec instanceof Map<?, ?> s)) {
                throw new IllegalArgumentException("parameter '" + name + "' must be {type: ..., default: ...}");
            }
            ParameterType type = ParameterType.byLabel(String.valueOf(s.containsKey("type") ? s.get("type") : "string"));
            Object def = s.get("default");
            out.add(new QueryParameter(String.valueOf(name), type, def == null ? null : String.valueOf(def),
                    strings(s.get("enum")), s.get("description") == null ? "" : String.valueOf(s.get("description"))));
        });
        return out;
    }
}
