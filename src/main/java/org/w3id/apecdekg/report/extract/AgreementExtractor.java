package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.Evidence;
import org.w3id.apecdekg.report.rdf.FactWriter;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.Sentence;
import org.w3id.apecdekg.report.text.Text;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Parties to and accession applicants for agreements (agreements.csv): in a clause (Chinese) or
 * sentence (English) with a relation word (agreement-relations.csv), the economies named become
 * parties or applicants of the agreement named there, or of the last one named in the paragraph.
 */
public final class AgreementExtractor {

    private final ExtractionContext ctx;

    public AgreementExtractor(ExtractionContext ctx) {
        this.ctx = ctx;
        for (var c : ctx.dict().cues("agreement-relations")) {
            relations.add(c.text(), c.value());
        }
    }

    private final org.w3id.apecdekg.report.lexicon.Gazetteer<String> relations = new org.w3id.apecdekg.report.lexicon.Gazetteer<>();

    /** "chaired by", 主持: an economy right after it chairs a working group. */
    private static final java.util.regex.Pattern CHAIR = java.util.regex.Pattern.compile("(?:chaired by|led by|主持的?|主席)\\s*(?:the\\s+)?$");

    /** The relation of the cue nearest to an economy's mention (a sentence may name parties and applicants). */
    private static String nearest(List<Mention<String>> cues, Mention<String> e) {
        String best = cues.get(0).value();
        int bestDistance = Integer.MAX_VALUE;
        for (Mention<String> c : cues) {
            int d = c.to() <= e.from() ? e.from() - c.to() : c.from() >= e.to() ? c.from() - e.to() : 0;
            if (d < bestDistance) {
                bestDistance = d;
                best = c.value();
            }
        }
        return best;
    }

    public void extract() {
        FactWriter w = ctx.writer();
        // a document that names one agreement only is about it: a later paragraph's "China's accession" is to it
        Set<String> all = new LinkedHashSet<>();
        for (Paragraph p : ctx.paragraphs()) {
            ctx.dict().agreements().find(p.text()).forEach(m -> all.add(m.value()));
        }
        String only = all.size() == 1 ? all.iterator().next() : null;
        for (Paragraph p : ctx.paragraphs()) {
            String context = null;
            for (Sentence s : p.sentences()) {
                List<Mention<String>> inSentence = ctx.dict().agreements().find(s.text());
                String sentenceAgreement = inSentence.isEmpty() ? context : inSentence.get(0).value();
                for (String clause : clauses(s.text())) {
                    List<Mention<String>> named = ctx.dict().agreements().find(clause);
                    String agreement = named.isEmpty() ? sentenceAgreement : named.get(0).value();
                    List<Mention<String>> cues = relations.find(clause);
                    if (agreement == null && only != null && !cues.isEmpty()
                            && cues.stream().allMatch(c -> c.value().equals("applicant"))) {
                        agreement = only; // accession words alone point at the one agreement the document is about
                    }
                    if (agreement == null || cues.isEmpty()) {
                        continue;
                    }
                    Resource a = w.resource(Ids.agreement(agreement));
                    w.add(a, RDF.type, DEKG.Agreement);
                    label(a, agreement, named.isEmpty() ? inSentence : named);
                    Set<String> written = new LinkedHashSet<>();
                    for (Mention<String> m : ctx.economies(clause)) {
                        if (CHAIR.matcher(clause.substring(0, m.from())).find()) {
                            continue; // "a working group chaired by Chile": the chair, not an applicant
                        }
                        String relation = nearest(cues, m);
                        if (written.add(m.value() + relation)) {
                            w.fact(a, relation.equals("applicant") ? DEKG.accessionApplicant : DEKG.party,
                                    w.resource(Ids.economy(m.value())), Evidence.of(s));
                        }
                    }
                }
                if (!inSentence.isEmpty()) {
                    context = inSentence.get(inSentence.size() - 1).value();
                }
            }
        }
    }

    /**
     * An agreement the reference data does not describe gets the name the report uses as its
     * skos:prefLabel (one per language), so that it is not left nameless.
     */
    private void label(Resource a, String slug, List<Mention<String>> mentions) {
        if (ctx.dict().referenceAgreement(slug)) {
            return;
        }
        for (Mention<String> m : mentions) {
            if (!m.value().equals(slug)) {
                continue;
            }
            String lang = m.surface().codePoints().anyMatch(Text::isCjk) ? "zh-Hant" : "en";
            boolean has = a.getModel().listObjectsOfProperty(a, SKOS.prefLabel).toList().stream()
                    .anyMatch(o -> o.isLiteral() && o.asLiteral().getLanguage().equals(lang));
            if (!has) {
                ctx.writer().add(a, SKOS.prefLabel, ctx.writer().lang(Text.squash(m.surface()), lang));
            }
            return;
        }
    }

    /** Chinese sentences split into comma clauses; English sentences stay whole (commas separate list items). */
    private static List<String> clauses(String sentence) {
        if (Text.cjkShare(sentence) < 0.2) {
            return List.of(sentence);
        }
        List<String> out = new ArrayList<>();
        for (String c : sentence.split("[,;，；]")) {
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }
}
