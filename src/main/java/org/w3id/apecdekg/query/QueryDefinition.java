package org.w3id.apecdekg.query;

import java.util.List;
import org.apache.jena.query.Query;

/** One query of the library: its header and its parsed SPARQL. */
public record QueryDefinition(String name, String summary, String description, List<String> tags,
        List<QueryParameter> parameters, String view, String sparql, Query query) {

    public QueryDefinition {
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
    }

    public QueryParameter parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new BadParameterException("unknown parameter '" + name + "' for query '"
                        + this.name + "'; known: " + parameters.stream().map(QueryParameter::name).toList()));
    }
}
