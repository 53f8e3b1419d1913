package org.w3id.apecdekg.query;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * A parameter of a library query: the variable {@code ?_name} in the query, its type, an optional
 * default and an optional enumeration of allowed values.
 */
public record QueryParameter(String name, ParameterType type, String defaultValue, List<String> enumeration,
        String description) {

    public QueryParameter {
        enumeration = List.copyOf(enumeration);
    }

    /** The SPARQL variable name this parameter binds. */
    public String variable() {
        return "_" + name;
    }

    /** The RDF term for a request value; throws {@link BadParameterException} naming the parameter. */
    public Node bind(String value) {
        if (!enumeration.isEmpty() && !enumeration.contains(value)) {
            throw new BadParameterException("parameter '" + name + "': '" + value + "' is not one of " + enumeration);
        }
        try {
            return type.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("parameter '" + name + "' (" + type.label() + "): '" + value + "' is "
                    + e.getMessage());
        }
    }
}
