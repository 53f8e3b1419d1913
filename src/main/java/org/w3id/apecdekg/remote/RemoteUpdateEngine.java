package org.w3id.apecdekg.remote;

import org.apache.jena.sparql.core.DatasetGraph;
import java.util.HashMap;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.Sink;
import org.apache.jena.sparql.core.Quad;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateSink;
import org.apache.jena.sparql.modify.request.QuadDataAccSink;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.Update;

/**
 * Executes SPARQL Update over a {@link RemoteDatasetGraph}: each operation of the request (with any
 * parameters substituted) joins the current write transaction and goes to the service, with the
 * transaction's other writes, in one request at commit.
 */
final class RemoteUpdateEngine implements UpdateEngine {

    private final RemoteDatasetGraph remote;
    private final Binding input;

    private RemoteUpdateEngine(RemoteDatasetGraph remote, Binding input) {
        this.remote = remote;
        this.input = input;
    }

    @Override
    public void startRequest() {}

    @Override
    public void finishRequest() {}

    @Override
    public UpdateSink getUpdateSink() {
        return new UpdateSink() {
            @Override
            public void send(Update update) {
                remote.addUpdate(input == null || input.isEmpty() ? update
                        : UpdateTransformOps.transform(update, substitutions(input)));
            }

            @Override
            public QuadDataAccSink createInsertDataSink() {
                return new QuadDataAccSink(sink(remote::add));
            }

            @Override
            public QuadDataAccSink createDeleteDataSink() {
                return new QuadDataAccSink(sink(remote::delete));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }

    private static Sink<Quad> sink(Consumer<Quad> action) {
        return new Sink<>() {
            @Override
            public void send(Quad quad) {
                action.accept(quad);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }

    private static Map<Var, Node> substitutions(Binding binding) {
        Map<Var, Node> map = new HashMap<>();
        binding.forEach(map::put);
        return map;
    }

    private static final UpdateEngineFactory FACTORY = new UpdateEngineFactory() {
        @Override
        public boolean accept(DatasetGraph dataset, org.apache.jena.sparql.util.Context context) {
            return RemoteQueryEngine.remoteOf(dataset) != null;
        }

        @Override
        public UpdateEngine create(DatasetGraph dataset, Binding input, org.apache.jena.sparql.util.Context context) {
            return new RemoteUpdateEngine(RemoteQueryEngine.remoteOf(dataset), input);
        }
    };

    private static boolean registered;

    static synchronized void register() {
        if (!registered) {
            UpdateEngineRegistry.addFactory(FACTORY);
            registered = true;
        }
    }
}
