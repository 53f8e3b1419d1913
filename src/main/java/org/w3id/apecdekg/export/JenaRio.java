package org.w3id.apecdekg.export;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Converts RDF terms between Apache Jena and Eclipse RDF4J, both ways. */
public final class JenaRio {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private JenaRio() {}

    /** A Jena quad as a Rio statement; the default graph becomes the null context. */
    public static Statement statement(Quad quad) {
        Resource context = quad.isDefaultGraph() ? null : (Resource) value(quad.getGraph());
        return VF.createStatement((Resource) value(quad.getSubject()), (IRI) value(quad.getPredicate()),
                value(quad.getObject()), context);
    }

    public static Value value(Node node) {
        if (node.isURI()) {
            return VF.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return VF.createBNode(node.getBlankNodeLabel());
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return VF.createLiteral(node.getLiteralLexicalForm(), lang);
            }
            return VF.createLiteral(node.getLiteralLexicalForm(), VF.createIRI(node.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("Not exportable as RDF 1.1: " + node);
    }

    /** A Rio statement as a Jena quad; no context becomes the default graph. */
    public static Quad quad(Statement st) {
        Node g = st.getContext() == null ? Quad.defaultGraphIRI : node(st.getContext());
        return Quad.create(g, node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
    }

    public static Node node(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode b) {
            return NodeFactory.createBlankNode(b.getID());
        }
        Literal lit = (Literal) value;
        if (lit.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(lit.getLabel(), lit.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(lit.getLabel(),
                TypeMapper.getInstance().getSafeTypeByName(lit.getDatatype().stringValue()));
    }
}
