package org.w3id.apecdekg.report;

import java.util.List;
import java.util.Objects;
import org.w3id.apecdekg.report.extract.AgreementExtractor;
import org.w3id.apecdekg.report.extract.ExtractionContext;
import org.w3id.apecdekg.report.extract.HeaderExtractor;
import org.w3id.apecdekg.report.extract.MeetingExtractor;
import org.w3id.apecdekg.report.extract.MetadataWriter;
import org.w3id.apecdekg.report.extract.OrganizationExtractor;
import org.w3id.apecdekg.report.extract.PeopleExtractor;
import org.w3id.apecdekg.report.extract.PolicyExtractor;
import org.w3id.apecdekg.report.extract.ProjectRegistry;
import org.w3id.apecdekg.report.extract.ProjectTableReader;
import org.w3id.apecdekg.report.extract.ProjectTextReader;
import org.w3id.apecdekg.report.extract.ReportInfo;
import org.w3id.apecdekg.report.rdf.FactWriter;
import org.w3id.apecdekg.report.table.Table;
import org.w3id.apecdekg.report.table.TableFinder;
import org.w3id.apecdekg.report.text.LineModel;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.Paragraphs;
import org.w3id.apecdekg.report.text.ReportLine;
import org.w3id.apecdekg.vocab.Ids;

/** Extracts the facts of one report. Stateless apart from its dictionaries; safe to reuse. */
public final class ReportExtractor {

    private final Dictionaries dictionaries;

    public ReportExtractor(Dictionaries d) {
        this.dictionaries = Objects.requireNonNull(d, "dictionaries");
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    public Extraction extract(ReportDocument doc) {
        List<ReportLine> lines = LineModel.parse(doc.text());
        List<Paragraph> paragraphs = Paragraphs.of(lines);
        List<Table> tables = TableFinder.find(lines);
        FactWriter writer = new FactWriter(doc);
        ExtractionContext ctx = new ExtractionContext(doc, dictionaries, lines, paragraphs, tables, writer);
        ReportInfo info = HeaderExtractor.extract(ctx);
        ctx.setInfo(info);

        MeetingExtractor meetings = new MeetingExtractor(ctx);
        meetings.extract();

        ProjectRegistry projects = new ProjectRegistry(ctx);
        ProjectTableReader tableReader = new ProjectTableReader(ctx);
        for (Table t : tables) {
            projects.addAll(tableReader.read(t));
        }
        projects.addAll(new ProjectTextReader(ctx).read(paragraphs));
        projects.write();

        new PolicyExtractor(ctx).extract();
        new AgreementExtractor(ctx).extract();
        new PeopleExtractor(ctx, meetings).extract();
        new OrganizationExtractor(ctx).extract();

        var metadata = MetadataWriter.write(ctx, meetings.mainMeeting());
        return new Extraction(Ids.report(doc.slug()), Ids.reportGraph(doc.slug()), writer.model(), metadata,
                List.copyOf(writer.warnings()));
    }
}
