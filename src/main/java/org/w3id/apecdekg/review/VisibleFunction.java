package org.w3id.apecdekg.review;

import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * {@code dekgfn:visible(s, p, o)}: false when the curated default graph leaves the triple out;
 * {@code dekgfn:visibleIn(g, s, p, o)}: false when a review withdrew the statement in graph g. Added by
 * {@link CuratedQuery} to the triple patterns of the default graph that could match a withdrawn triple;
 * it reads the {@link Curation} in the query's context (a set lookup per solution).
 */
public final class VisibleFunction extends FunctionBase {

    public static final String IRI = "https://w3id.org/apec-dekg/fn#visible";
    /** {@code dekgfn:visibleIn(g, s, p, o)}: false when a review withdrew the statement in graph g. */
    public static final String IN_GRAPH_IRI = "https://w3id.org/apec-dekg/fn#visibleIn";

    private static volatile boolean registered;

    static void register() {
        if (!registered) {
            synchronized (VisibleFunction.class) {
                if (!registered) {
                    FunctionRegistry.get().put(IRI, VisibleFunction.class);
                    FunctionRegistry.get().put(IN_GRAPH_IRI, VisibleFunction.class);
                    registered = true;
                }
            }
        }
    }

    @Override
    public void checkBuild(String uri, org.apache.jena.sparql.expr.ExprList args) {
        this.inGraph = IN_GRAPH_IRI.equals(uri);
        if (args.size() != (inGraph ? 4 : 3)) {
            throw new org.apache.jena.query.QueryBuildException(uri + " takes " + (inGraph ? 4 : 3) + " arguments");
        }
    }

    private boolean inGraph;

    @Override
    protected NodeValue exec(List<NodeValue> args, org.apache.jena.sparql.function.FunctionEnv env) {
        Object c = env == null || env.getContext() == null ? null : env.getContext().get(Curation.SYMBOL);
        if (!(c instanceof Curation curation)) {
            return NodeValue.TRUE;
        }
        if (inGraph) {
            org.apache.jena.sparql.core.Quad q = org.apache.jena.sparql.core.Quad.create(args.get(0).asNode(),
                    args.get(1).asNode(), args.get(2).asNode(), args.get(3).asNode());
            return NodeValue.booleanReturn(!curation.current().isWithdrawn(q));
        }
        Triple t = Triple.create(args.get(0).asNode(), args.get(1).asNode(), args.get(2).asNode());
        return NodeValue.booleanReturn(!curation.current().isHidden(t));
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        return NodeValue.TRUE;
    }
}
