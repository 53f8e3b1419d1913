package org.w3id.apecdekg.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What the generator produced that the request mix needs: IRIs to look up and project numbers,
 * plus the number of quads written.
 */
final class Catalog {

    final List<String> entityIris = new ArrayList<>();
    final List<String> projectNumbers = new ArrayList<>();
    long quads;
    int reports;
    int projects;

    @Override
    public String toString() {
        return quads + " quads, " + reports + " report graphs, " + projects + " projects, "
                + entityIris.size() + " lookup IRIs";
    }
}
