package org.w3id.apecdekg.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.w3id.apecdekg.intake.html.BlockWriter;
import org.w3id.apecdekg.intake.html.Boilerplate;
import org.w3id.apecdekg.intake.html.Footnotes;
import org.w3id.apecdekg.intake.html.HtmlLimits;
import org.w3id.apecdekg.intake.html.HtmlRefusedException;
import org.w3id.apecdekg.intake.html.MainContent;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;

/**
 * Reads a saved web page or an HTML export with jsoup. The charset is the one named, else the
 * byte order mark's, else the page's {@code <meta charset>}, else UTF-8. Only the main content is
 * read ({@code <main>}, {@code <article>}, {@code [role=main]}, else the body), without navigation,
 * headers, footers, asides, scripts, forms and boilerplate by class or id; footnote marks are taken
 * out of sentences and the notes written after the body. Lines are located by block or by table
 * and row. Pages past the {@link HtmlLimits} or without text in the main content are refused.
 */
public final class HtmlDocumentReader implements DocumentReader {

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML;
    }

    @Override
    public ReportDocument read(SourceFile file) {
        String name = file.name();
        DocumentBuilder out = new DocumentBuilder();
        try {
            Parser parser = Parser.htmlParser().setMaxDepth(HtmlLimits.MAX_DEPTH + 64);
            String charset = file.encoding() == null ? null : file.encoding().name();
            Document doc = Jsoup.parse(new ByteArrayInputStream(file.bytes()), charset, "", parser);
            MainContent.Root root = MainContent.of(doc);
            List<Element> notes = Footnotes.extract(doc, root.element());
            Boilerplate.prune(root.element(), root.isBody());
            new BlockWriter(out).write(root.element(), notes);
        } catch (HtmlRefusedException e) {
            throw new ReportFormatException(name, 0, "HTML refused: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReportFormatException rfe) {
                throw rfe;
            }
            throw new ReportFormatException(name, 0, "unreadable HTML: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage().strip().split("\\R", 2)[0]));
        } catch (StackOverflowError e) {
            throw new ReportFormatException(name, 0, "HTML refused: markup nested too deeply to read");
        }
        if (out.isEmpty()) {
            throw new ReportFormatException(name, 0, "HTML page has no text in its main content");
        }
        return out.build(name, file.sha256(), SourceFormat.HTML);
    }
}
