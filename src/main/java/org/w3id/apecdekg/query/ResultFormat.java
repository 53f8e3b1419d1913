package org.w3id.apecdekg.query;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.springframework.http.MediaType;

/** The formats of {@code /api/queries/{name}}, chosen by {@code format=} or {@code Accept}. */
public enum ResultFormat {

    SPARQL_JSON("sparql-json", "application/sparql-results+json", ResultSetLang.RS_JSON),
    JSON("json", "application/json", null),
    CSV("csv", "text/csv", ResultSetLang.RS_CSV),
    TSV("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV);

    private final String key;
    private final String mediaType;
    private final Lang lang;
    private final MediaType contentType;

    ResultFormat(String key, String mediaType, Lang lang) {
        this.key = key;
        this.mediaType = mediaType;
        this.lang = lang;
        this.contentType = MediaType.parseMediaType(mediaType + ";charset=UTF-8");
    }

    public String mediaType() {
        return mediaType;
    }

    /** The media type of answers in this format, with {@code charset=UTF-8}. */
    public MediaType contentType() {
        return contentType;
    }

    /** From {@code format=} if given, else the first acceptable type of {@code Accept}, else SPARQL JSON. */
    public static ResultFormat choose(String format, String accept) {
        if (format != null) {
            for (ResultFormat f : values()) {
                if (f.key.equals(format.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new BadParameterException("format must be one of sparql-json, json, csv, tsv");
        }
        if (accept != null) {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                for (ResultFormat f : values()) {
                    if (type.getType().equals("*")) {
                        return SPARQL_JSON;
                    }
                    if (f.contentType.isCompatibleWith(type) && !type.isWildcardSubtype()) {
                        return f;
                    }
                }
            }
        }
        return SPARQL_JSON;
    }

    /** True for plain JSON rows, which the web layer serialises with its JSON mapper. */
    public boolean isPlainJson() {
        return lang == null;
    }

    /** Writes the results in a SPARQL results format (not for {@link #JSON}). */
    public byte[] write(QueryResults results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, ResultSet.adapt(results.rowSet()), lang);
        return out.toByteArray();
    }

    /** Rows as maps: variable → IRI string or literal value (numbers and booleans typed). */
    public static List<Map<String, Object>> rows(QueryResults results) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Binding row : results.rows()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Var v : results.variables()) {
                Node n = row.get(v);
                if (n != null) {
                    map.put(v.getVarName(), value(n));
                }
            }
            out.add(map);
        }
        return out;
    }

    private static Object value(Node n) {
        if (n.isLiteral()) {
            Object v = n.getLiteralValue();
            if (v instanceof Number num && !(v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
                return num;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            return n.getLiteralLexicalForm();
        }
        return n.isURI() ? n.getURI() : "_:" + n.getBlankNodeLabel();
    }
}
