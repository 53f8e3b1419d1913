package org.w3id.apecdekg.review;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Makes a query's default graph the curated one. The store's default graph is the union of its named
 * graphs; a triple withdrawn by reviews in every graph that states it must not match there. So each
 * triple pattern of the default graph (not inside {@code GRAPH}) that could match such a triple gets a
 * filter in its group: {@code dekgfn:visible(s, p, o)} for the embedded store (a set lookup), or, for a
 * remote store, which does not know that function, {@code !(sameTerm(…) && … || …)} over the candidate
 * triples. Patterns that cannot match a withdrawn triple (their constants differ) are left alone, and a
 * query is returned unchanged when nothing is withdrawn or when it names its own dataset
 * ({@code FROM}/{@code FROM NAMED}). {@code GRAPH ?g { … }} still reaches every report's raw extraction.
 *
 * <p>Not covered: property paths longer than one step and patterns with blank nodes match the union as
 * it is stored.
 */
public final class CuratedQuery {

    private final CurationState state;
    private final boolean functionForm;
    private final boolean namedGraphs;

    private CuratedQuery(CurationState state, boolean functionForm, boolean namedGraphs) {
        this.state = state;
        this.functionForm = functionForm;
        this.namedGraphs = namedGraphs;
    }

    /**
     * The curated form of {@code query} (a copy; the original is not changed), or {@code query} itself when
     * nothing needs filtering. {@code embedded}: true for the TDB2 store, where the filter functions run.
     * Named graphs ({@code GRAPH}) keep the raw extraction.
     */
    public static Query curate(Query query, CurationState state, boolean embedded) {
        return curate(query, state, embedded, false);
    }

    /**
     * As {@link #curate(Query, CurationState, boolean)}; with {@code namedGraphsToo}, a statement withdrawn in a
     * report's graph does not match {@code GRAPH} patterns either (the query library: its answers are curated
     * even where a query compares what each report says).
     */
    public static Query curate(Query query, CurationState state, boolean embedded, boolean namedGraphsToo) {
        if (state.withdrawn().isEmpty() || query.hasDatasetDescription() || query.getQueryPattern() == null) {
            return query;
        }
        CuratedQuery c = new CuratedQuery(state, embedded, namedGraphsToo);
        Element pattern = c.element(query.getQueryPattern(), null);
        if (pattern == query.getQueryPattern()) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setQueryPattern(pattern);
        return copy;
    }

    /** The element with filters added, or the same element when nothing in it needed one. */
    private Element element(Element el, Node graph) {
        if (el instanceof ElementGroup g) {
            ElementGroup out = new ElementGroup();
            boolean changed = false;
            List<Expr> filters = new ArrayList<>();
            for (Element child : g.getElements()) {
                boolean block = child instanceof ElementPathBlock || child instanceof ElementTriplesBlock;
                Element c = block ? child : element(child, graph);
                changed |= c != child;
                out.addElement(c);
                blockFilters(child, graph, filters);
            }
            for (Expr f : filters) {
                out.addElementFilter(new ElementFilter(f));
            }
            return changed || !filters.isEmpty() ? out : g;
        }
        if (el instanceof ElementPathBlock || el instanceof ElementTriplesBlock) {
            ElementGroup wrap = new ElementGroup();
            wrap.addElement(el);
            Element w = element(wrap, graph);
            return w == wrap ? el : w;
        }
        if (el instanceof ElementOptional o) {
            Element inner = element(o.getOptionalElement(), graph);
            return inner == o.getOptionalElement() ? el : new ElementOptional(inner);
        }
        if (el instanceof ElementUnion u) {
            ElementUnion out = new ElementUnion();
            boolean changed = false;
            for (Element child : u.getElements()) {
                Element c = element(child, graph);
                changed |= c != child;
                out.addElement(c);
            }
            return changed ? out : el;
        }
        if (el instanceof ElementMinus m) {
            Element inner = element(m.getMinusElement(), graph);
            return inner == m.getMinusElement() ? el : new ElementMinus(inner);
        }
        if (el instanceof ElementLateral l) {
            Element inner = element(l.getLateralElement(), graph);
            return inner == l.getLateralElement() ? el : new ElementLateral(inner);
        }
        if (el instanceof ElementSubQuery sq) {
            Query sub = sq.getQuery();
            Element inner = sub.getQueryPattern() == null ? null : element(sub.getQueryPattern(), graph);
            if (inner == null || inner == sub.getQueryPattern()) {
                return el;
            }
            Query copy = sub.cloneQuery();
            copy.setQueryPattern(inner);
            return new ElementSubQuery(copy);
        }
        if (el instanceof ElementFilter f) {
            Expr e = expr(f.getExpr(), graph);
            return e == f.getExpr() ? el : new ElementFilter(e);
        }
        if (el instanceof ElementNamedGraph ng && namedGraphs) {
            Node name = ng.getGraphNameNode();
            if (!Var.isVar(name)) {
                Element inner = element(ng.getElement(), name);
                return inner == ng.getElement() ? el : new ElementNamedGraph(name, inner);
            }
            // GRAPH ?g: ?g is bound only outside the pattern, so the filters go after it (its top-level
            // triple patterns; patterns nested deeper inside GRAPH ?g are matched as stored)
            List<Expr> filters = new ArrayList<>();
            Element inner = ng.getElement();
            List<Element> blocks = inner instanceof ElementGroup g ? g.getElements() : List.of(inner);
            blocks.forEach(b -> blockFilters(b, name, filters));
            if (filters.isEmpty()) {
                return el;
            }
            ElementGroup out = new ElementGroup();
            out.addElement(el);
            filters.forEach(f -> out.addElementFilter(new ElementFilter(f)));
            return out;
        }
        // GRAPH on /sparql (the raw named graphs), BIND, VALUES, SERVICE: as written
        return el;
    }

    /** FILTER [NOT] EXISTS over the default graph sees the curated graph too. */
    private Expr expr(Expr e, Node graph) {
        if (e instanceof E_Exists ex) {
            Element inner = element(ex.getElement(), graph);
            return inner == ex.getElement() ? e : new E_Exists(inner);
        }
        if (e instanceof E_NotExists ne) {
            Element inner = element(ne.getElement(), graph);
            return inner == ne.getElement() ? e : new E_NotExists(inner);
        }
        if (e instanceof E_LogicalNot n) {
            Expr inner = expr(n.getArg(), graph);
            return inner == n.getArg() ? e : new E_LogicalNot(inner);
        }
        if (e instanceof E_LogicalAnd a) {
            Expr l = expr(a.getArg1(), graph);
            Expr r = expr(a.getArg2(), graph);
            return l == a.getArg1() && r == a.getArg2() ? e : new E_LogicalAnd(l, r);
        }
        if (e instanceof E_LogicalOr o) {
            Expr l = expr(o.getArg1(), graph);
            Expr r = expr(o.getArg2(), graph);
            return l == o.getArg1() && r == o.getArg2() ? e : new E_LogicalOr(l, r);
        }
        return e;
    }

    /** The filters the triple patterns of a basic pattern block need (none for other elements). */
    private void blockFilters(Element element, Node graph, List<Expr> filters) {
        if (element instanceof ElementPathBlock pb) {
            pb.getPattern().getList().stream().filter(TriplePath::isTriple)
                    .forEach(tp -> addFilter(tp.asTriple(), graph, filters));
        } else if (element instanceof ElementTriplesBlock tb) {
            tb.getPattern().getList().forEach(t -> addFilter(t, graph, filters));
        }
    }

    private void addFilter(Triple pattern, Node graph, List<Expr> filters) {
        Node s = pattern.getSubject();
        Node p = pattern.getPredicate();
        Node o = pattern.getObject();
        if (blank(s) || blank(p) || blank(o) || (graph != null && blank(graph))) {
            return;
        }
        if (graph == null) {
            var candidates = state.hiddenMatching(s, p, o);
            if (!candidates.isEmpty()) {
                filters.add(functionForm ? call(VisibleFunction.IRI, s, p, o) : notAny(candidates.stream()
                        .map(t -> List.of(s, t.getSubject(), p, t.getPredicate(), o, t.getObject())).toList()));
            }
            return;
        }
        var candidates = state.withdrawnMatching(graph, s, p, o);
        if (!candidates.isEmpty()) {
            filters.add(functionForm ? call(VisibleFunction.IN_GRAPH_IRI, graph, s, p, o) : notAny(candidates.stream()
                    .map(q -> List.of(graph, q.getGraph(), s, q.getSubject(), p, q.getPredicate(), o, q.getObject()))
                    .toList()));
        }
    }

    private static Expr call(String function, Node... args) {
        List<Expr> exprs = new ArrayList<>();
        for (Node n : args) {
            exprs.add(term(n));
        }
        return new E_Function(function, new ExprList(exprs));
    }

    /** {@code !(m1 || m2 …)}, each m the conjunction of sameTerm(patternTerm, value) over (patternTerm, value) pairs. */
    private static Expr notAny(List<List<Node>> matches) {
        Expr any = null;
        for (List<Node> pairs : matches) {
            Expr match = null;
            for (int i = 0; i < pairs.size(); i += 2) {
                match = and(match, pairs.get(i), pairs.get(i + 1));
            }
            if (match == null) {
                match = NodeValue.TRUE;
            }
            any = any == null ? match : new E_LogicalOr(any, match);
        }
        return new E_LogicalNot(any);
    }

    private static Expr and(Expr sofar, Node patternTerm, Node value) {
        if (!Var.isVar(patternTerm)) {
            return sofar;
        }
        Expr eq = new E_SameTerm(new ExprVar(Var.alloc(patternTerm)), NodeValue.makeNode(value));
        return sofar == null ? eq : new E_LogicalAnd(sofar, eq);
    }

    private static Expr term(Node n) {
        return Var.isVar(n) ? new ExprVar(Var.alloc(n)) : NodeValue.makeNode(n);
    }

    private static boolean blank(Node n) {
        return n.isBlank() || (Var.isVar(n) && Var.isBlankNodeVar(n));
    }
}
