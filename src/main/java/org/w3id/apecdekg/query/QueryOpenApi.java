package org.w3id.apecdekg.query;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.w3id.apecdekg.ApecDekg;

/**
 * Adds one OpenAPI operation per library query (summary, description, tags and typed parameters
 * from its {@code #+} header) to the document springdoc generates at {@code /api/openapi.json}.
 */
@Component
class QueryOpenApi implements OpenApiCustomizer {

    private final ObjectProvider<QueryLibrary> library;

    QueryOpenApi(ObjectProvider<QueryLibrary> library) {
        this.library = library;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title("APEC Digital Economy Knowledge Graph — query library")
                .version(ApecDekg.VERSION)
                .description("Each operation runs one SPARQL query of queries/ over the graph."));
        Paths paths = openApi.getPaths() == null ? new Paths() : openApi.getPaths();
        paths.remove("/api/queries/{name}");
        for (QueryDefinition q : library.getObject().all()) {
            Operation op = new Operation().operationId(q.name()).summary(q.summary()).description(q.description())
                    .tags(q.tags().isEmpty() ? List.of("queries") : q.tags())
                    .responses(responses());
            for (QueryParameter p : q.parameters()) {
                Schema<?> schema = p.type().openApiType().equals("integer") ? new IntegerSchema() : new StringSchema();
                if (p.type().openApiFormat() != null) {
                    schema.format(p.type().openApiFormat());
                }
                if (p.defaultValue() != null) {
                    schema.setDefault(p.defaultValue());
                }
                if (!p.enumeration().isEmpty() && schema instanceof StringSchema s) {
                    s.setEnum(p.enumeration());
                }
                op.addParametersItem(new Parameter().in("query").name(p.name()).required(false)
                        .description(p.type().label() + (p.description().isEmpty() ? "" : ": " + p.description()))
                        .schema(schema));
            }
            op.addParametersItem(new Parameter().in("query").name("page").schema(new IntegerSchema()._default(1)));
            op.addParametersItem(new Parameter().in("query").name("pageSize").schema(new IntegerSchema()));
            op.addParametersItem(new Parameter().in("query").name("format")
                    .schema(new StringSchema()._enum(List.of("sparql-json", "json", "csv", "tsv"))));
            paths.addPathItem("/api/queries/" + q.name(), new PathItem().get(op));
        }
        openApi.setPaths(paths);
    }

    private static ApiResponses responses() {
        Content content = new Content();
        for (ResultFormat f : ResultFormat.values()) {
            content.addMediaType(f.mediaType(), new MediaType());
        }
        return new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("results (paged; see the Link header)").content(content))
                .addApiResponse("400", new ApiResponse().description("unknown or ill-typed parameter"));
    }
}
