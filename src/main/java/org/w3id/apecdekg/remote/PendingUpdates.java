package org.w3id.apecdekg.remote;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * The writes of one transaction, in order, as SPARQL Update operations: runs of added quads become one
 * {@code INSERT DATA}, runs of deleted quads one {@code DELETE DATA}, pattern deletes a
 * {@code DELETE WHERE}, dropped graphs {@code DROP SILENT GRAPH}.
 */
final class PendingUpdates {

    private final List<Update> updates = new ArrayList<>();
    private List<Quad> inserts;
    private List<Quad> deletes;

    void insert(Quad quad) {
        if (inserts == null) {
            inserts = new ArrayList<>();
            deletes = null;
            updates.add(new UpdateDataInsert(new QuadDataAcc(inserts)));
        }
        inserts.add(quad);
    }

    void delete(Quad quad) {
        if (deletes == null) {
            deletes = new ArrayList<>();
            inserts = null;
            updates.add(new UpdateDataDelete(new QuadDataAcc(deletes)));
        }
        deletes.add(quad);
    }

    /** Deletes what matches; {@code null} or {@code Node.ANY} in any position matches anything. */
    void deleteMatching(Node g, Node s, Node p, Node o) {
        QuadAcc pattern = new QuadAcc();
        pattern.addQuad(Quad.create(
                concrete(g) ? g : Var.alloc("g"), concrete(s) ? s : Var.alloc("s"),
                concrete(p) ? p : Var.alloc("p"), concrete(o) ? o : Var.alloc("o")));
        add(new UpdateDeleteWhere(pattern));
    }

    void dropGraph(Node graph) {
        add(new UpdateDrop(graph, true));
    }

    void dropAll() {
        add(new UpdateDrop(Target.ALL, true));
    }

    /** Any other update operation (e.g. from a SPARQL Update request), kept in order. */
    void add(Update update) {
        inserts = null;
        deletes = null;
        updates.add(update);
    }

    boolean isEmpty() {
        return updates.isEmpty();
    }

    UpdateRequest request() {
        UpdateRequest request = new UpdateRequest();
        updates.forEach(request::add);
        return request;
    }

    static boolean concrete(Node n) {
        return n != null && n.isConcrete();
    }
}
