package org.w3id.apecdekg.publish;

import java.util.List;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.w3id.apecdekg.export.DumpFormat;

/**
 * Picks a representation: {@code ?format=} (an extension such as {@code ttl}, or {@code html}) wins;
 * otherwise the {@code Accept} header by quality and specificity. HTML when nothing RDF is preferred.
 */
final class Negotiation {

    /** A chosen representation: {@link #rdf} empty means HTML; {@link #acceptable} false means 406. */
    record Choice(Optional<DumpFormat> rdf, boolean acceptable) {
        static Choice html() { return new Choice(Optional.empty(), true); }
        static Choice of(DumpFormat f) { return new Choice(Optional.of(f), true); }
        boolean isHtml() { return rdf.isEmpty(); }
    }

    private final DumpFormat fallback;

    /** {@code fallback}: the format for {@code *}{@code /*}, or null for HTML. */
    Negotiation(DumpFormat fallback) {
        this.fallback = fallback;
    }

    Choice choose(String formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            if (formatParameter.equalsIgnoreCase("html")) {
                return Choice.html();
            }
            return DumpFormat.byName(formatParameter).map(Choice::of).orElse(new Choice(Optional.empty(), false));
        }
        if (accept == null || accept.isBlank()) {
            return defaultChoice();
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return defaultChoice();
        }
        types = new java.util.ArrayList<>(types);
        types.sort(java.util.Comparator.comparingDouble((MediaType t) -> -t.getQualityValue())
                .thenComparingInt(t -> (t.isWildcardType() ? 2 : 0) + (t.isWildcardSubtype() ? 1 : 0)));
        for (MediaType t : types) {
            if (t.getQualityValue() == 0) {
                continue;
            }
            if (t.isWildcardType()) {
                return defaultChoice();
            }
            if (t.isCompatibleWith(MediaType.TEXT_HTML) || t.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)) {
                if (!t.isWildcardSubtype() || fallback == null) {
                    return Choice.html();
                }
            }
            Optional<DumpFormat> f = DumpFormat.byMediaType(t.getType() + "/" + t.getSubtype());
            if (f.isPresent()) {
                return Choice.of(f.get());
            }
            if (t.equals(MediaType.APPLICATION_JSON) || t.getSubtype().equals("xml")) {
                return Choice.of(t.getSubtype().equals("xml") ? DumpFormat.RDFXML : DumpFormat.JSONLD);
            }
        }
        return new Choice(Optional.empty(), false);
    }

    private Choice defaultChoice() {
        return fallback == null ? Choice.html() : Choice.of(fallback);
    }
}
