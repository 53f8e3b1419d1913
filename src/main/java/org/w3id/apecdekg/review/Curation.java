package org.w3id.apecdekg.review;

import java.util.Objects;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.w3id.apecdekg.store.DekgStore;

/**
 * The reviews' effect on one store, worked out again whenever the store's version changes (any write,
 * review or load through this process) and kept until the next change. Put in the store dataset's
 * context under {@link #SYMBOL}, where the query function {@link VisibleFunction} finds it.
 */
public final class Curation {

    public static final Symbol SYMBOL = Symbol.create("https://w3id.org/apec-dekg/ontology#curation");

    private final DekgStore store;
    private volatile CurationState state = CurationState.EMPTY;

    private Curation(DekgStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The curation of {@code store}, created once and kept in its dataset's context. */
    public static Curation of(DekgStore store) {
        var context = store.dataset().getContext();
        synchronized (context) {
            Object existing = context.get(SYMBOL);
            if (existing instanceof Curation c && c.store == store) {
                return c;
            }
            Curation c = new Curation(store);
            context.set(SYMBOL, c);
            VisibleFunction.register();
            return c;
        }
    }

    public DekgStore store() {
        return store;
    }

    /** The state at the store's current version (computed in a read transaction when it changed). */
    public CurationState current() {
        long v = store.version();
        CurationState s = state;
        if (s.version() == v) {
            return s;
        }
        synchronized (this) {
            s = state;
            if (s.version() != v) {
                s = Txn.calculateRead(store.dataset(), () -> CurationState.compute(store.dataset(), v));
                state = s;
            }
            return s;
        }
    }
}
