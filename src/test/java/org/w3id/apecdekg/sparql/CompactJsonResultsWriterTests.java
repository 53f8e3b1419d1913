package org.w3id.apecdekg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Test;

/**
 * {@link CompactJsonResultsWriter} against Jena: Jena's JSON results reader must read our bytes back to
 * the input, and to the same results as it reads from Jena's own (pretty-printed) writer.
 */
class CompactJsonResultsWriterTests {

    static final Var S = Var.alloc("s");
    static final Var O = Var.alloc("o");

    static final RowSetWriter OURS = CompactJsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON);
    static final RowSetWriter JENAS = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node str(String lex) {
        return NodeFactory.createLiteralString(lex);
    }

    static Node typed(String lex, String datatype) {
        return NodeFactory.createLiteralDT(lex, new BaseDatatype(datatype));
    }

    /** Rows of (?s, ?o); a null node leaves its variable unbound. */
    static List<Binding> rows(Node... pairs) {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            var b = BindingFactory.builder();
            if (pairs[i] != null) {
                b.add(S, pairs[i]);
            }
            if (pairs[i + 1] != null) {
                b.add(O, pairs[i + 1]);
            }
            rows.add(b.build());
        }
        return rows;
    }

    static RowSet rowSet(List<Binding> rows) {
        return RowSetStream.create(List.of(S, O), rows.iterator());
    }

    static byte[] write(RowSetWriter writer, List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, rowSet(rows), null);
        return out.toByteArray();
    }

    static RowSet read(byte[] json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
        return RowSetMem.create(RowSet.adapt(rs));
    }

    /** Ours reads back equal, term by term and in order, to the input and to what Jena's writer gives. */
    static void assertRoundTrip(List<Binding> rows) {
        byte[] ours = write(OURS, rows);
        assertThat(ResultSetCompare.equalsByTermAndOrder(read(ours), rowSet(rows)))
                .as("read back from %s", new String(ours, StandardCharsets.UTF_8)).isTrue();
        assertThat(ResultSetCompare.equalsByTermAndOrder(read(ours), read(write(JENAS, rows)))).isTrue();
        assertCompact(ours);
    }

    static void assertCompact(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n");
        assertThat(text.substring(0, text.length() - 1)).doesNotContain("\n").doesNotContain("\r").doesNotContain(": ");
    }

    @Test
    void exactCompactTextOfASmallResult() {
        byte[] json = write(OURS, rows(iri("http://e/a"), null, iri("http://e/b"), str("x")));
        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"head\":{\"vars\":[\"s\",\"o\"]},"
                + "\"results\":{\"bindings\":[{\"s\":{\"type\":\"uri\",\"value\":\"http://e/a\"}},"
                + "{\"s\":{\"type\":\"uri\",\"value\":\"http://e/b\"},\"o\":{\"type\":\"literal\",\"value\":\"x\"}}]}}\n");
    }

    @Test
    void exactTextOfAsk() {
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OURS.write(out, answer, null);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"head\":{},\"boolean\":" + answer + "}\n");
            assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON))
                    .isEqualTo(answer);
        }
    }

    @Test
    void iris() {
        assertRoundTrip(rows(iri("http://e/a"), iri("https://w3id.org/apec-dekg/id/economy/PE"),
                iri("urn:x:y"), iri("http://e/\u4E2D\u6587?q=\"a\"&b=\\")));
    }

    @Test
    void plainLangAndTypedLiterals() {
        List<Binding> rows = rows(
                iri("http://e/1"), str("plain"),
                iri("http://e/2"), NodeFactory.createLiteralLang("chat", "fr"),
                iri("http://e/3"), NodeFactory.createLiteralLang("colour", "en-GB"),
                iri("http://e/4"), NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
                iri("http://e/5"), NodeFactory.createLiteralDT("2024-05-01T12:00:00Z", XSDDatatype.XSDdateTime),
                iri("http://e/6"), typed("anything", "http://e/myDatatype"),
                iri("http://e/7"), NodeFactory.createLiteralDT("s", XSDDatatype.XSDstring),
                iri("http://e/8"), str(""),
                iri("http://e/9"), NodeFactory.createLiteralDirLang("\u0645\u0631\u062D\u0628\u0627", "ar", "rtl"));
        assertRoundTrip(rows);
        String text = new String(write(OURS, rows), StandardCharsets.UTF_8);
        assertThat(text).contains("{\"type\":\"literal\",\"xml:lang\":\"fr\",\"value\":\"chat\"}")
                .contains("{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\",\"value\":\"42\"}")
                .contains("{\"type\":\"literal\",\"value\":\"s\"}") // xsd:string: no datatype, as Jena
                .contains("\"xml:lang\":\"ar\",\"its:dir\":\"rtl\",")
                .doesNotContain("XMLSchema#string");
    }

    @Test
    void unboundVariablesAreOmitted() {
        List<Binding> rows = rows(iri("http://e/a"), null, null, str("only o"), null, null);
        assertRoundTrip(rows);
        assertThat(new String(write(OURS, rows), StandardCharsets.UTF_8))
                .contains("[{\"s\":{\"type\":\"uri\",\"value\":\"http://e/a\"}},{\"o\":{\"type\":\"literal\",\"value\":\"only o\"}},{}]");
    }

    @Test
    void emptyResult() {
        assertRoundTrip(List.of());
        assertThat(new String(write(OURS, List.of()), StandardCharsets.UTF_8))
                .isEqualTo("{\"head\":{\"vars\":[\"s\",\"o\"]},\"results\":{\"bindings\":[]}}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OURS.write(out, RowSetStream.create(List.of(), List.<Binding>of().iterator()), null);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}}\n");
    }

    @Test
    void stringsThatNeedEscaping() {
        String nasty = "q\"uote b\\ack nl\n cr\r tab\t bs\b ff\f one\u0001 us\u001F del\u007F ls\u2028 ps\u2029 "
                + "smile\uD83D\uDE00 cjk\u4E2D\u6587 e\u00E9 slash/ end";
        List<Binding> rows = rows(iri("http://e/a"), str(nasty), iri("http://e/b"), NodeFactory.createLiteralLang(nasty, "zh"),
                iri("http://e/c"), typed(nasty, "http://e/dt"), iri("http://e/\uD83D\uDE00"), str("\uD83D\uDE00"));
        assertRoundTrip(rows);
        byte[] json = write(OURS, rows);
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).contains("q\\\"uote b\\\\ack nl\\n cr\\r tab\\t bs\\b ff\\f one\\u0001 us\\u001f del\u007F "
                + "ls\\u2028 ps\\u2029 smile\uD83D\uDE00 cjk\u4E2D\u6587 e\u00E9 slash/ end");
        // Non-ASCII is raw UTF-8: 😀 is F0 9F 98 80, 中 is E4 B8 AD.
        assertThat(indexOf(json, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80})).isPositive();
        assertThat(indexOf(json, new byte[] {(byte) 0xE4, (byte) 0xB8, (byte) 0xAD})).isPositive();
        assertThat(new String(json, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void loneSurrogatesAreEscapedNotMangled() {
        String lone = "high\uD83D low\uDE00 end";
        byte[] json = write(OURS, rows(iri("http://e/a"), str(lone)));
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("high\\ud83d low\\ude00 end");
        assertThat(ResultSetCompare.equalsByTerm(read(json), rowSet(rows(iri("http://e/a"), str(lone))))).isTrue();
    }

    @Test
    void blankNodesHaveOneLabelPerNodeWithinADocument() {
        Node b1 = NodeFactory.createBlankNode();
        Node b2 = NodeFactory.createBlankNode();
        List<Binding> rows = rows(b1, str("first"), b2, b1, b1, str("again"));
        byte[] ours = write(OURS, rows);
        assertThat(new String(ours, StandardCharsets.UTF_8))
                .contains("{\"s\":{\"type\":\"bnode\",\"value\":\"b0\"},\"o\":{\"type\":\"literal\",\"value\":\"first\"}}")
                .contains("{\"s\":{\"type\":\"bnode\",\"value\":\"b1\"},\"o\":{\"type\":\"bnode\",\"value\":\"b0\"}}")
                .contains("{\"s\":{\"type\":\"bnode\",\"value\":\"b0\"},\"o\":{\"type\":\"literal\",\"value\":\"again\"}}");
        assertThat(ResultSetCompare.isomorphic(read(ours), rowSet(rows))).isTrue();
        assertThat(ResultSetCompare.isomorphic(read(ours), read(write(JENAS, rows)))).isTrue();
        List<Binding> back = new ArrayList<>();
        read(ours).forEachRemaining(back::add);
        assertThat(back.get(0).get(S)).isEqualTo(back.get(1).get(O)).isEqualTo(back.get(2).get(S))
                .isNotEqualTo(back.get(1).get(S));
        // A second document numbers its blank nodes afresh.
        assertThat(write(OURS, rows)).isEqualTo(ours);
    }

    @Test
    void tripleTerms() {
        Node triple = NodeFactory.createTripleTerm(iri("http://e/a"), iri("http://e/p"), NodeFactory.createLiteralLang("x", "en"));
        Node nested = NodeFactory.createTripleTerm(iri("http://e/b"), iri("http://e/q"), triple);
        List<Binding> rows = rows(triple, nested);
        assertRoundTrip(rows);
        assertThat(new String(write(OURS, rows), StandardCharsets.UTF_8)).contains("{\"s\":{\"type\":\"triple\",\"value\":{"
                + "\"subject\":{\"type\":\"uri\",\"value\":\"http://e/a\"},\"predicate\":{\"type\":\"uri\",\"value\":\"http://e/p\"},"
                + "\"object\":{\"type\":\"literal\",\"xml:lang\":\"en\",\"value\":\"x\"}}}");
    }

    @Test
    void resultsOfARealQuery() {
        var dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("""
                <http://e/a> <http://e/label> "A"@en , "\u4E2D\u6587"@zh ; <http://e/n> 7 ; <http://e/rel> _:x .
                _:x <http://e/label> "line\\nbreak" .
                """, Lang.TURTLE).parse(dsg);
        String query = "SELECT ?s ?o { ?s ?p ?o } ORDER BY ?s ?p ?o";
        byte[] ours = write(OURS, rowsOf(dsg, query));
        try (var exec = QueryExec.dataset(dsg).query(query).build()) {
            assertThat(ResultSetCompare.isomorphic(read(ours), exec.select())).isTrue();
        }
        assertThat(ResultSetCompare.isomorphic(read(ours), read(write(JENAS, rowsOf(dsg, query))))).isTrue();
        assertCompact(ours);
    }

    static List<Binding> rowsOf(DatasetGraph dsg, String query) {
        try (var exec = QueryExec.dataset(dsg).query(query).build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void documentsLargerThanTheBufferKeepSurrogatePairsAndEscapesWhole() {
        // Pairs (2 chars) and \\u escapes (6 chars) land on every position of the 4096-char buffer.
        List<Binding> rows = new ArrayList<>();
        for (int prefix = 0; prefix < 12; prefix++) {
            rows.add(BindingFactory.binding(S, iri("http://e/" + prefix),
                    O, str("a".repeat(prefix) + "\uD83D\uDE00\u0001\"\u4E2D\u00E9".repeat(3000))));
        }
        assertRoundTrip(rows);
        byte[] json = write(OURS, rows);
        assertThat(new String(json, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void writerVariantWritesTheSameText() {
        Node b = NodeFactory.createBlankNode();
        List<Binding> rows = rows(b, str("\uD83D\uDE00 \u4E2D\u6587 \"q\" \n"), iri("http://e/a"), b);
        StringWriter chars = new StringWriter();
        OURS.write(chars, rowSet(rows), null);
        assertThat(chars.toString()).isEqualTo(new String(write(OURS, rows), StandardCharsets.UTF_8));
    }

    @Test
    void outputStreamIsFlushedNotClosed() {
        boolean[] state = new boolean[2]; // flushed, closed
        ByteArrayOutputStream sink = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                state[0] = true;
            }

            @Override
            public void close() {
                state[1] = true;
            }
        };
        OURS.write(sink, rowSet(rows(iri("http://e/a"), null)), null);
        assertThat(state[0]).isTrue();
        assertThat(state[1]).isFalse();
        assertThat(sink.toString(StandardCharsets.UTF_8)).startsWith("{\"head\"");
    }

    @Test
    void rowsAreStreamedNotMaterialised() {
        // Bytes must reach the caller's stream while rows are still being produced.
        int total = 5_000;
        int[] produced = {0};
        int[] producedAtFirstWrite = {-1};
        var it = new Iterator<Binding>() {
            @Override
            public boolean hasNext() {
                return produced[0] < total;
            }

            @Override
            public Binding next() {
                return BindingFactory.binding(S, iri("http://e/" + produced[0]++), O, str("row"));
            }
        };
        ByteArrayOutputStream sink = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                if (producedAtFirstWrite[0] < 0) {
                    producedAtFirstWrite[0] = produced[0];
                }
                super.write(b, off, len);
            }
        };
        OURS.write(sink, RowSetStream.create(List.of(S, O), it), null);
        assertThat(producedAtFirstWrite[0]).isBetween(1, total / 10);
        assertThat(produced[0]).isEqualTo(total);
        assertThat(ResultSetCompare.equalsByTermAndOrder(read(sink.toByteArray()), read(write(JENAS, rowsUpTo(total))))).isTrue();
    }

    static List<Binding> rowsUpTo(int total) {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            rows.add(BindingFactory.binding(S, iri("http://e/" + i), O, str("row")));
        }
        return rows;
    }

    @Test
    void installReplacesJenasWriterForJsonResults() {
        CompactJsonResultsWriter.install();
        assertThat(RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON)).isSameAs(CompactJsonResultsWriter.FACTORY);
        // What Fuseki's responses and ResultSetMgr go through:
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(out, rowSet(rows(iri("http://e/a"), null)));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "{\"head\":{\"vars\":[\"s\",\"o\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"uri\",\"value\":\"http://e/a\"}}]}}\n");
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
