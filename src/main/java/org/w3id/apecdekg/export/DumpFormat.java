package org.w3id.apecdekg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.rdf4j.rio.RDFFormat;

/** The dump formats, each with its file extension, Rio format and whether it keeps named graphs. */
public enum DumpFormat {
    TURTLE("ttl", RDFFormat.TURTLE, false, "turtle"),
    NTRIPLES("nt", RDFFormat.NTRIPLES, false, "ntriples", "n-triples"),
    NQUADS("nq", RDFFormat.NQUADS, true, "nquads", "n-quads"),
    TRIG("trig", RDFFormat.TRIG, true),
    RDFXML("rdf", RDFFormat.RDFXML, false, "rdfxml", "rdf/xml", "xml", "owl"),
    JSONLD("jsonld", RDFFormat.JSONLD, false, "json-ld", "json");

    private final String extension;
    private final RDFFormat rio;
    private final boolean quads;
    private final String[] aliases;

    DumpFormat(String extension, RDFFormat rio, boolean quads, String... aliases) {
        this.extension = extension;
        this.rio = rio;
        this.quads = quads;
        this.aliases = aliases;
    }

    public String extension() { return extension; }
    public RDFFormat rio()     { return rio; }
    /** True for N-Quads and TriG, which keep the named graphs; the others write the union of the graphs. */
    public boolean quads()     { return quads; }
    public String mediaType()  { return rio.getDefaultMIMEType(); }

    /** By extension ({@code ttl}) or name ({@code turtle}, {@code n-triples}...), case-insensitive. */
    public static Optional<DumpFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)
                        || Arrays.asList(f.aliases).contains(n))
                .findFirst();
    }

    /** By media type ({@code text/turtle}, {@code application/ld+json}...), parameters ignored. */
    public static Optional<DumpFormat> byMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String m = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.rio.getMIMETypes().contains(m)).findFirst();
    }
}
