package org.w3id.apecdekg.report.rdf;

import org.w3id.apecdekg.vocab.PROV;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.sparql.vocabulary.FOAF;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.intake.SourceLocation;
import org.w3id.apecdekg.report.ExtractionWarning;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.text.Hashes;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;
import org.w3id.apecdekg.vocab.OA;

/**
 * Builds the facts model of one report: fact triples each with a {@code dekg:Evidence} node,
 * plain descriptive triples (types, labels), and {@code dekg:ExtractionIssue}s with warnings.
 * Each evidence node says where its quote is: the line of the read text, the place in the source
 * file ({@code dekg:locator}: page and line for PDF, paragraph or table and row for DOCX and HTML),
 * and Web Annotation selectors (the exact quote with prefix and suffix; its start and end in code
 * points of the read text) bound to the source file's SHA-256.
 */
public final class FactWriter {

    private final Model facts = ModelFactory.createDefaultModel();
    private final ReportDocument doc;
    private final String slug;
    private final Resource report;
    private final TextAnchors anchors;
    private final List<ExtractionWarning> warnings = new ArrayList<>();

    public FactWriter(ReportDocument doc) {
        this.doc = doc;
        this.slug = doc.slug();
        this.report = facts.createResource(Ids.report(slug));
        this.anchors = new TextAnchors(doc.text());
        facts.setNsPrefix("dekg", DEKG.NS);
        facts.setNsPrefix("id", Ids.ID);
        facts.setNsPrefix("skos", SKOS.getURI());
        facts.setNsPrefix("dcterms", DCTerms.getURI());
        facts.setNsPrefix("rdfs", RDFS.getURI());
        facts.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        facts.setNsPrefix("org", ORG.NS);
        facts.setNsPrefix("foaf", FOAF.NS);
        facts.setNsPrefix("prov", PROV.NS);
        facts.setNsPrefix("oa", OA.NS);
    }

    public Model model()                       { return facts; }
    public List<ExtractionWarning> warnings()  { return warnings; }
    public String slug()                       { return slug; }
    public Resource report()                   { return report; }

    public Resource resource(String iri) {
        return facts.createResource(iri);
    }

    public Literal lang(String text, String lang) {
        return facts.createLiteral(text, lang);
    }

    public Literal typed(String lexical, XSDDatatype type) {
        return facts.createTypedLiteral(lexical, type);
    }

    /** A descriptive triple (type, label, number) that needs no evidence of its own. */
    public void add(Resource s, Property p, RDFNode o) {
        facts.add(s, p, o);
    }

    /** A descriptive triple with a plain string literal. */
    public void add(Resource s, Property p, String literal) {
        facts.add(s, p, literal);
    }

    /** A fact triple and its evidence node. */
    public void fact(Resource s, Property p, RDFNode o, Evidence ev) {
        facts.add(s, p, o);
        String objectKey = o.isURIResource() ? o.asResource().getURI()
                : o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString();
        String key = s.getURI() + "|" + p.getURI() + "|" + objectKey + "|" + ev.line() + "|" + ev.endLine()
                + "|" + ev.quote();
        Resource e = facts.createResource(Ids.ID + "evidence/" + slug + "-" + Hashes.prefix(key, 16));
        facts.add(e, RDF.type, DEKG.Evidence);
        facts.add(e, RDF.subject, s);
        facts.add(e, RDF.predicate, p);
        facts.add(e, RDF.object, o);
        facts.add(e, PROV.wasDerivedFrom, report);
        facts.add(e, DEKG.fact, facts.createResource(Ids.fact(Ids.factId(s.asNode(), p.asNode(), o.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(Ids.reportGraph(slug))))));
        if (!ev.path().isEmpty()) {
            facts.add(e, DEKG.sectionPath, ev.path());
        }
        facts.add(e, DEKG.lineNumber, facts.createTypedLiteral(String.valueOf(ev.line()), XSDDatatype.XSDinteger));
        if (ev.endLine() > ev.line()) {
            facts.add(e, DEKG.endLineNumber, facts.createTypedLiteral(String.valueOf(ev.endLine()), XSDDatatype.XSDinteger));
        }
        facts.add(e, DEKG.quote, ev.quote());
        facts.add(e, DEKG.sourceSha256, doc.sha256());
        locate(e, ev.line());
        TextAnchors.Anchor a = anchors.anchor(ev.line(), ev.endLine(), ev.quote());
        if (a != null) {
            Resource quote = facts.createResource(e.getURI() + "#quote");
            facts.add(e, OA.hasSelector, quote);
            facts.add(quote, RDF.type, OA.TextQuoteSelector);
            facts.add(quote, OA.exact, a.exact());
            facts.add(quote, OA.prefix, a.prefix());
            facts.add(quote, OA.suffix, a.suffix());
            Resource position = facts.createResource(e.getURI() + "#position");
            facts.add(e, OA.hasSelector, position);
            facts.add(position, RDF.type, OA.TextPositionSelector);
            facts.add(position, OA.start, integer(a.start()));
            facts.add(position, OA.end, integer(a.end()));
        }
    }

    /**
     * Where a line of the read text is in the source file: {@code dekg:locator} ("page 3, line 12",
     * "table 1, row 4", "paragraph 7", "line 12") and the numbers it is made of.
     */
    private void locate(Resource node, int line) {
        SourceLocation at = doc.location(line);
        if (at == null || at.label().isEmpty()) {
            facts.add(node, DEKG.locator, "line " + line);
            return;
        }
        facts.add(node, DEKG.locator, at.label());
        if (at.isPage()) {
            facts.add(node, DEKG.pageNumber, integer(at.page()));
            facts.add(node, DEKG.pageLineNumber, integer(at.pageLine()));
        } else if (at.isTableRow()) {
            facts.add(node, DEKG.tableNumber, integer(at.table()));
            facts.add(node, DEKG.rowNumber, integer(at.row()));
        } else if (at.isParagraph()) {
            facts.add(node, DEKG.paragraphNumber, integer(at.paragraph()));
        }
    }

    private Literal integer(int n) {
        return facts.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    /** Something that could not be placed: a warning and a {@code dekg:ExtractionIssue} node. */
    public void issue(String kind, String mention, int line, String comment) {
        String m = mention == null ? "" : mention.strip();
        String key = kind + "|" + m + "|" + line;
        Resource i = facts.createResource(Ids.ID + "issue/" + slug + "-" + Hashes.prefix(key, 16));
        if (facts.contains(i, RDF.type, DEKG.ExtractionIssue)) {
            return;
        }
        facts.add(i, RDF.type, DEKG.ExtractionIssue);
        facts.add(i, DEKG.issueKind, kind);
        if (!m.isEmpty()) {
            facts.add(i, DEKG.mentionText, m);
        }
        facts.add(i, DEKG.lineNumber, facts.createTypedLiteral(String.valueOf(line), XSDDatatype.XSDinteger));
        if (line >= 1) {
            locate(i, line);
        }
        facts.add(i, RDFS.comment, comment);
        facts.add(i, PROV.wasDerivedFrom, report);
        warnings.add(new ExtractionWarning(line, kind, m, comment));
    }
}
