package org.w3id.apecdekg.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.report.extract.ProjectNumber;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Reads a project list as the APEC Project Database exports it (CSV, UTF-8, a header row with
 * {@code Project No., Project Title, Proposing Economy, Co-Sponsoring Economies, Sponsoring Forum,
 * Committee, Fund Account, Sub-fund, Project Status, Expected Start Date, Expected Completion Date};
 * co-sponsors separated by semicolons; dates DD/MM/YYYY). Project numbers are normalised as the
 * report loader does ({@link ProjectNumber}), so both mint the same project IRI. Names of economies,
 * fora, funds and statuses are resolved against the reference data; every name that is not found
 * is reported as {@code FILE:ROW: unknown economy 'X' in column Proposing Economy} (ROW = record
 * number, the header being 1) and the whole file is rejected. The Committee column is checked but
 * not stored (the committee of a forum is reference data: {@code org:subOrganizationOf}).
 * Values are matched as the database writes them, ignoring case, spacing and punctuation
 * ("Completed Project", "completed  project"); the forum codes of project numbers come from the
 * reference data (the project-number code register and the forum acronyms). A Sub-fund of
 * {@code None} (the database's word for "no sub-fund") or a blank one adds no triple.
 */
final class ProjectCsvReader {

    static final String NUMBER = "Project No.";
    static final String TITLE = "Project Title";
    static final String PROPOSER = "Proposing Economy";
    static final String CO_SPONSORS = "Co-Sponsoring Economies";
    static final String FORUM = "Sponsoring Forum";
    static final String COMMITTEE = "Committee";
    static final String FUND = "Fund Account";
    static final String SUB_FUND = "Sub-fund";
    static final String STATUS = "Project Status";
    static final String START = "Expected Start Date";
    static final String END = "Expected Completion Date";

    /** The Sub-fund value by which the APEC Project Database says "no sub-fund" (as a {@link ReferenceIndex#key}). */
    private static final String NO_SUB_FUND = "none";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ReferenceIndex reference;

    ProjectCsvReader(ReferenceIndex reference) {
        this.reference = reference;
    }

    Graph read(String fileName, byte[] content) {
        String text = decode(fileName, content);
        Graph graph = GraphFactory.createDefaultGraph();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(text))) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(fileName, record);
                    continue;
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                new Row(fileName, record, columns, problems, graph).read();
            }
            if (columns == null) {
                throw new ImportException(ImportException.Kind.BAD_REQUEST, fileName + ": empty file, no header row");
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportException(ImportException.Kind.SYNTAX, fileName + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ImportException(ImportException.Kind.UNKNOWN_NAMES,
                    fileName + ": rejected, " + problems.size() + " problem(s); nothing was imported", problems);
        }
        return graph;
    }

    private static Map<String, Integer> header(String fileName, CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            columns.put(name, i);
            // the database's record form writes "Proposing Economy(ies)"
            columns.putIfAbsent(name.replace("(ies)", "").replace("(s)", "").strip(), i);
        }
        for (String required : List.of(NUMBER, TITLE)) {
            if (!columns.containsKey(required.toLowerCase(Locale.ROOT))) {
                throw new ImportException(ImportException.Kind.BAD_REQUEST, fileName + ":1: missing column '"
                        + required + "' (expected the APEC project database layout: " + String.join(", ",
                        List.of(NUMBER, TITLE, PROPOSER, CO_SPONSORS, FORUM, COMMITTEE, FUND, SUB_FUND, STATUS, START, END))
                        + ")");
            }
        }
        return columns;
    }

    private static String decode(String fileName, byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException(ImportException.Kind.SYNTAX, fileName + ": not UTF-8 text");
        }
    }

    /** One data row. */
    private final class Row {
        private final String where;
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final List<String> problems;
        private final Graph graph;

        Row(String fileName, CSVRecord record, Map<String, Integer> columns, List<String> problems, Graph graph) {
            this.where = fileName + ":" + record.getRecordNumber() + ": ";
            this.record = record;
            this.columns = columns;
            this.problems = problems;
            this.graph = graph;
        }

        void read() {
            String written = cell(NUMBER);
            String canonical = written.isEmpty() ? null : ProjectNumber.normalise(written, reference.forumNotations());
            if (canonical == null) {
                if (written.isEmpty()) {
                    problems.add(where + "missing project number in column " + NUMBER);
                } else {
                    List<ProjectNumber> shaped = ProjectNumber.find(written, null);
                    problems.add(where + (shaped.isEmpty()
                            ? "project number '" + written + "' in column " + NUMBER
                                    + " is not of the form FORUM NN YYYY[S|A|T] with a known forum"
                            : "unknown forum code '" + shaped.get(0).forum() + "' of project number '" + written
                                    + "' in column " + NUMBER));
                }
                return;
            }
            Node project = NodeFactory.createURI(Ids.project(canonical));
            add(project, RDF.type.asNode(), DEKG.Project.asNode());
            add(project, DEKG.projectNumber.asNode(), NodeFactory.createLiteralString(canonical));
            add(project, SKOS.notation.asNode(), NodeFactory.createLiteralString(canonical));
            if (!written.equals(canonical)) {
                add(project, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(written));
            }
            String title = cell(TITLE);
            if (title.isEmpty()) {
                problems.add(where + "missing project title in column " + TITLE);
            } else {
                add(project, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(title,
                        title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                                ? "zh-Hant" : "en"));
            }
            resolve(PROPOSER, "economy", reference::economy).ifPresent(e -> add(project, DEKG.proposedBy.asNode(), e));
            for (String name : cell(CO_SPONSORS).split("[;；]")) {
                if (!name.isBlank()) {
                    resolveName(name.strip(), CO_SPONSORS, "economy", reference::economy)
                            .ifPresent(e -> add(project, DEKG.coSponsoredBy.asNode(), e));
                }
            }
            resolve(FORUM, "forum", reference::forum).ifPresent(f -> add(project, DEKG.forum.asNode(), f));
            resolve(COMMITTEE, "committee", reference::forum);
            resolve(FUND, "fund account", reference::fundingSource).ifPresent(f -> add(project, DEKG.fundingSource.asNode(), f));
            if (!NO_SUB_FUND.equals(ReferenceIndex.key(cell(SUB_FUND)))) {
                resolve(SUB_FUND, "sub-fund", reference::fundingSource).ifPresent(f -> add(project, DEKG.fundingSource.asNode(), f));
            }
            resolve(STATUS, "project status", reference::status).ifPresent(s -> add(project, DEKG.status.asNode(), s));
            date(START).ifPresent(d -> add(project, DEKG.startDate.asNode(), d));
            date(END).ifPresent(d -> add(project, DEKG.endDate.asNode(), d));
        }

        private Optional<Node> resolve(String column, String what, Function<String, Optional<Node>> lookup) {
            String value = cell(column);
            return value.isEmpty() ? Optional.empty() : resolveName(value, column, what, lookup);
        }

        private Optional<Node> resolveName(String name, String column, String what,
                                           Function<String, Optional<Node>> lookup) {
            Optional<Node> hit = lookup.apply(name);
            if (hit.isEmpty()) {
                problems.add(where + "unknown " + what + " '" + name + "' in column " + column);
            }
            return hit;
        }

        private Optional<Node> date(String column) {
            String value = cell(column);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                LocalDate d = LocalDate.parse(value, DATE);
                return Optional.of(NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate));
            } catch (DateTimeParseException e) {
                problems.add(where + "'" + column + "' is not a date DD/MM/YYYY: '" + value + "'");
                return Optional.empty();
            }
        }

        private String cell(String column) {
            Integer i = columns.get(column.toLowerCase(Locale.ROOT));
            return i == null || i >= record.size() ? "" : record.get(i).strip();
        }

        private void add(Node s, Node p, Node o) {
            graph.add(s, p, o);
        }
    }
}
