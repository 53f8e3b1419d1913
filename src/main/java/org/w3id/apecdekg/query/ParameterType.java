package org.w3id.apecdekg.query;

import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.w3id.apecdekg.vocab.Ids;

/** The types a query parameter may have, each turning a request value into one RDF term. */
public enum ParameterType {

    /** An absolute IRI. */
    IRI("iri", "string", "uri") {
        @Override
        Node parse(String value) {
            try {
                IRIx iri = IRIx.create(value);
                if (!iri.isAbsolute() || value.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
                    throw new IllegalArgumentException("not an absolute IRI");
                }
                return NodeFactory.createURI(value);
            } catch (IRIException e) {
                throw new IllegalArgumentException("not an IRI: " + e.getMessage());
            }
        }
    },
    /** An ISO 3166-1 alpha-2 economy code, bound as the economy's IRI. */
    ECONOMY_CODE("economy-code", "string", null) {
        @Override
        Node parse(String value) {
            if (!ECONOMY.matcher(value).matches()) {
                throw new IllegalArgumentException("not a two-letter economy code such as AU or TW");
            }
            return NodeFactory.createURI(Ids.economy(value));
        }
    },
    /** A plain string literal. */
    STRING("string", "string", null) {
        @Override
        Node parse(String value) {
            return NodeFactory.createLiteralString(value);
        }
    },
    /** An xsd:integer. */
    INTEGER("integer", "integer", null) {
        @Override
        Node parse(String value) {
            if (!INT.matcher(value).matches()) {
                throw new IllegalArgumentException("not an integer");
            }
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
    },
    /** A four-digit year, bound as an xsd:integer. */
    YEAR("year", "integer", null) {
        @Override
        Node parse(String value) {
            if (!YEAR_PATTERN.matcher(value).matches()) {
                throw new IllegalArgumentException("not a four-digit year");
            }
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
    };

    private static final Pattern ECONOMY = Pattern.compile("[A-Z]{2}");
    private static final Pattern INT = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern YEAR_PATTERN = Pattern.compile("[0-9]{4}");

    private final String label;
    private final String openApiType;
    private final String openApiFormat;

    ParameterType(String label, String openApiType, String openApiFormat) {
        this.label = label;
        this.openApiType = openApiType;
        this.openApiFormat = openApiFormat;
    }

    /** Parses a request value; throws IllegalArgumentException saying what was expected. */
    abstract Node parse(String value);

    public String label() {
        return label;
    }

    public String openApiType() {
        return openApiType;
    }

    public String openApiFormat() {
        return openApiFormat;
    }

    static ParameterType byLabel(String label) {
        for (ParameterType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown parameter type '" + label
                + "' (iri, economy-code, string, integer, year)");
    }
}
