package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.FactWriter;
import org.w3id.apecdekg.report.table.Table;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.ReportLine;

/** What the extractors of one report share: the document, its parsed form, dictionaries and the writer. */
public final class ExtractionContext {

    private final ReportDocument doc;
    private final Dictionaries dict;
    private final List<ReportLine> lines;
    private final List<Paragraph> paragraphs;
    private final List<Table> tables;
    private final FactWriter writer;
    private ReportInfo info;
    /** The document's organisation finder, built on first use (it reads the whole document once). */
    private OrganizationNames organizationNames;

    public ExtractionContext(ReportDocument doc, Dictionaries dict, List<ReportLine> lines,
                             List<Paragraph> paragraphs, List<Table> tables, FactWriter writer) {
        this.doc = doc;
        this.dict = dict;
        this.lines = lines;
        this.paragraphs = paragraphs;
        this.tables = tables;
        this.writer = writer;
    }

    public ReportDocument doc()          { return doc; }
    public Dictionaries dict()           { return dict; }
    public List<ReportLine> lines()      { return lines; }
    public List<Paragraph> paragraphs()  { return paragraphs; }
    public List<Table> tables()          { return tables; }
    public FactWriter writer()           { return writer; }
    public ReportInfo info()             { return info; }

    /** One finder of organisation names per document, shared by the extractors that need it. */
    OrganizationNames organizationNames() {
        if (organizationNames == null) {
            organizationNames = new OrganizationNames(this);
        }
        return organizationNames;
    }

    public void setInfo(ReportInfo info) {
        this.info = info;
    }

    /** The language tag of Chinese text in this report: its own (zh-Hans, zh-Hant), else zh-Hant. */
    public String chineseTag() {
        return info != null && info.language() != null && info.language().startsWith("zh") ? info.language() : "zh-Hant";
    }

    public int defaultYear() {
        return info == null ? 2000 : info.defaultYear();
    }

    /** Economy mentions (ISO2 values; self-references resolved to the reporting economy, else dropped). */
    public List<Mention<String>> economies(String text) {
        List<Mention<String>> out = new ArrayList<>();
        String self = info == null ? null : info.economy();
        for (Mention<String> m : dict.economies().find(text)) {
            if (Dictionaries.SELF.equals(m.value())) {
                if (self != null) {
                    out.add(new Mention<>(m.from(), m.to(), m.surface(), self));
                }
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Economy mentions for list parsing: like {@link #economies(String)}, but a self-reference that
     * cannot be resolved (no reporting economy) stays in place with the value
     * {@link Dictionaries#SELF}, so a list "A、B 及我方" is still read as one list.
     */
    public List<Mention<String>> listEconomies(String text) {
        String self = info == null ? null : info.economy();
        List<Mention<String>> out = new ArrayList<>();
        for (Mention<String> m : dict.economies().find(text)) {
            boolean resolvable = !Dictionaries.SELF.equals(m.value()) || self == null;
            out.add(resolvable ? m : new Mention<>(m.from(), m.to(), m.surface(), self));
        }
        return out;
    }

    public List<Mention<String>> forums(String text) {
        return dict.forums().find(text);
    }

    public List<Mention<String>> organizations(String text) {
        return dict.organizations().find(text);
    }

    /** True if any cue of {@code file} with {@code value} (any value if null) occurs in {@code text}. */
    public boolean hasCue(String file, String value, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Cue c : dict.cues(file)) {
            if ((value == null || c.value().equalsIgnoreCase(value))
                    && Dictionaries.containsWord(lower, c.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
