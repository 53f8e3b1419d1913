package org.w3id.apecdekg.remote;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineBase;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * Evaluates a query over a {@link RemoteDatasetGraph} by sending it to the remote service: the
 * query's algebra (its pattern and solution modifiers, after any substitution of parameters) goes
 * back to SPARQL with its {@code FROM}/{@code FROM NAMED} clauses, and the solutions come back as
 * rows. Jena then forms the result as for a local store (CONSTRUCT templates, DESCRIBE,
 * serialisation), and applies timeouts to the iteration.
 */
final class RemoteQueryEngine extends QueryEngineBase {

    private final RemoteDatasetGraph remote;
    private final DatasetDescription description;

    private RemoteQueryEngine(Query query, RemoteDatasetGraph remote, Binding input, Context context) {
        super(query, remote, input, context);
        this.remote = remote;
        this.description = query.hasDatasetDescription() ? query.getDatasetDescription() : null;
    }

    private RemoteQueryEngine(Op op, RemoteDatasetGraph remote, Binding input, Context context) {
        super(op, remote, input, context);
        this.remote = remote;
        this.description = null;
    }

    /** The service evaluates the query as written: no local rewriting for local indexes. */
    @Override
    protected Op modifyOp(Op op) {
        return op;
    }

    /** {@code FROM} and {@code FROM NAMED} are left to the service. */
    @Override
    protected DatasetGraph dynamicDataset(DatasetDescription dsDesc, DatasetGraph dataset, boolean unionDftGraph) {
        return dataset;
    }

    @Override
    protected QueryIterator eval(Op op, DatasetGraph dsg, Binding input, Context context) {
        Op bound = input == null || input.isEmpty() ? op : Substitute.substitute(op, input);
        Query remoteQuery = OpAsQuery.asQuery(Transformer.transform(new TransformCopy(), BOUND_CONSTANT, bound));
        if (description != null) {
            description.getDefaultGraphURIs().forEach(remoteQuery::addGraphURI);
            description.getNamedGraphURIs().forEach(remoteQuery::addNamedGraphURI);
        }
        List<Binding> rows = new ArrayList<>();
        for (Binding row : remote.select(remoteQuery)) {
            rows.add(input == null || input.isEmpty() ? row : BindingFactory.builder(input).addAll(row).build());
        }
        return QueryIterPlainWrapper.create(rows.iterator(), ExecutionContext.create(dsg, context));
    }

    /**
     * Substituting a parameter turns {@code BOUND(?param)} into {@code BOUND("value")}, which Jena
     * evaluates (as true) but is not SPARQL: it is written as {@code true} for the service.
     */
    private static final ExprTransform BOUND_CONSTANT = new ExprTransformCopy() {
        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            if (func instanceof E_Bound && arg.isConstant()) {
                return NodeValue.TRUE;
            }
            return super.transform(func, arg);
        }
    };

    static RemoteDatasetGraph remoteOf(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        return d instanceof RemoteDatasetGraph r ? r : null;
    }

    private static final QueryEngineFactory FACTORY = new QueryEngineFactory() {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return remoteOf(dataset) != null;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return new RemoteQueryEngine(query, remoteOf(dataset), input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return remoteOf(dataset) != null;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return new RemoteQueryEngine(op, remoteOf(dataset), input, context).getPlan();
        }
    };

    private static boolean registered;

    static synchronized void register() {
        if (!registered) {
            QueryEngineRegistry.addFactory(FACTORY);
            registered = true;
        }
    }
}
