package org.w3id.apecdekg.report.extract;

import java.util.List;
import org.w3id.apecdekg.report.text.ReportLine;
import org.w3id.apecdekg.report.text.Sentence;

/**
 * People named in the labelled fields of a record, as project-database pages and completion reports
 * write them: "Project Overseer: Ir Dr Kelvin Lau, Chief Engineer, Electrical and Mechanical Services
 * Department (EMSD), Hong Kong, China", a two-cell table row or a definition list. The label is a
 * {@code field} cue of person-cues.csv; the person is the first name of the value and the
 * organisation the one its appositive names ({@link Affiliations}). The field gives no role
 * (role-cues.csv), so the person is written as a member of that organisation only.
 */
final class FieldPeople {

    /** How far into a field's value the name may start (honorifics before it). */
    static final int NAME_START = 16;

    private final ExtractionContext ctx;
    private final PersonNames names;
    private final Affiliations affiliations;
    private final OrganizationWriter organizations;

    FieldPeople(ExtractionContext ctx) {
        this.ctx = ctx;
        this.names = new PersonNames(ctx);
        this.affiliations = new Affiliations(ctx);
        this.organizations = new OrganizationWriter(ctx);
    }

    void extract(PersonWriter writer) {
        List<String> labels = ctx.dict().cueTexts("person-cues", "field");
        if (labels.isEmpty()) {
            return;
        }
        String previous = null;
        for (ReportLine l : ctx.lines()) {
            String raw = l.raw() == null ? "" : l.raw();
            ProjectFieldReader.Field f = ProjectFieldReader.field(raw, previous);
            if (!raw.isBlank()) {
                previous = raw;
            }
            if (f == null || !isPersonField(f.label(), labels)) {
                continue;
            }
            String value = f.value();
            List<PersonNames.Found> found = names.find(value);
            if (found.isEmpty() || found.get(0).from() > NAME_START) {
                continue;
            }
            PersonNames.Found name = found.get(0);
            Affiliations.Affiliation a = affiliations.find(value, name.to(), value.length());
            if (a == null) {
                continue;
            }
            Sentence s = new Sentence(value, l.number(), l.number(), l.pathString(), null);
            writer.member(name, organizations.write(a), s);
        }
    }

    /** The label is one of the field cues, compared without case, a trailing number or a colon ("Project Proponent 2"). */
    private static boolean isPersonField(String label, List<String> cues) {
        String l = label.replaceAll("[*_]", "").replaceAll("\\s*\\d+\\s*$", "").replaceAll("[:：]\\s*$", "").strip();
        return cues.stream().anyMatch(c -> c.equalsIgnoreCase(l));
    }
}
