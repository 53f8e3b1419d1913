package org.w3id.apecdekg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * The queries of a directory, by name (file name without {@code .rq}). Loading fails on the first
 * file with a SPARQL syntax error, a malformed header, or parameters that do not match the
 * query's {@code ?_name} variables, naming the file and position.
 */
public final class QueryLibrary {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern PARAM_VAR = Pattern.compile("[?$]_([A-Za-z0-9]+)");

    private final Map<String, QueryDefinition> queries;

    private QueryLibrary(Map<String, QueryDefinition> queries) {
        this.queries = queries;
    }

    public static QueryLibrary load(Path dir) {
        Map<String, QueryDefinition> queries = new LinkedHashMap<>();
        for (Path file : files(dir)) {
            QueryDefinition def = read(file);
            queries.put(def.name(), def);
        }
        return new QueryLibrary(queries);
    }

    public Collection<QueryDefinition> all() {
        return queries.values();
    }

    public Optional<QueryDefinition> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    static QueryDefinition read(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".rq".length());
        if (!NAME.matcher(name).matches()) {
            throw new QueryLibraryException(file + ": query names are kebab-case (a-z, 0-9, '-')");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new QueryLibraryException(file + ":" + position(e) + ": " + e.getMessage(), e);
        }
        if (!query.isSelectType()) {
            throw new QueryLibraryException(file + ": library queries are SELECT queries");
        }
        try {
            Map<String, Object> header = QueryHeader.read(text);
            List<QueryParameter> params = QueryHeader.parameters(header);
            checkParameters(text, params);
            String view = QueryHeader.string(header, "view", "table");
            if (!QueryHeader.VIEWS.contains(view)) {
                throw new IllegalArgumentException("view '" + view + "' is not one of " + QueryHeader.VIEWS);
            }
            String summary = QueryHeader.string(header, "summary", "");
            if (summary.isEmpty()) {
                throw new IllegalArgumentException("the header has no '#+ summary:'");
            }
            return new QueryDefinition(name, summary, QueryHeader.string(header, "description", ""),
                    QueryHeader.strings(header.get("tags")), params, view, text, query);
        } catch (IllegalArgumentException e) {
            throw new QueryLibraryException(file + ": " + e.getMessage(), e);
        }
    }

    /** Where the parser stopped: the position in its message ("at line L, column C") or else its last token. */
    private static String position(QueryParseException e) {
        Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) + ":" + m.group(2) : e.getLine() + ":" + e.getColumn();
    }

    private static void checkParameters(String text, List<QueryParameter> params) {
        Set<String> used = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = PARAM_VAR.matcher(line);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        Set<String> declared = params.stream().map(QueryParameter::name).collect(Collectors.toCollection(TreeSet::new));
        if (!used.equals(declared)) {
            throw new IllegalArgumentException("parameters declared " + declared + " but the query uses ?_ variables "
                    + used);
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
