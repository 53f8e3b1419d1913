package org.w3id.apecdekg.intake;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.w3id.apecdekg.intake.pdf.PageTextCollector;
import org.w3id.apecdekg.intake.pdf.PdfPageText;
import org.w3id.apecdekg.intake.pdf.TaggedLayout;
import org.w3id.apecdekg.intake.pdf.UntaggedLayout;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;

/**
 * Reads PDF reports with PDFBox. A tagged PDF (Chromium, Word and LibreOffice tag theirs) is read
 * through its structure tree: headings, paragraphs, list items and tables whose wrapped cells stay
 * whole ({@link TaggedLayout}); an untagged one as lines of running text without running headers,
 * footers and page numbers, column by column on two-column pages ({@link UntaggedLayout}). Every
 * line's location is its page and its line on the page (the rank from the top of the first line
 * it comes from, lines counted as PDFBox's PDFTextStripper writes them, sorted by position).
 *
 * <p>Refused, each with a one-line reason: a file cut short or corrupt, one that needs a password,
 * more than {@value #MAX_PAGES} pages, no text layer (a scan) and text that is not text (fonts
 * without a Unicode map, see {@link PdfTextCheck}).
 */
public final class PdfDocumentReader implements DocumentReader {

    /** More pages than this are refused (a report is tens of pages; the bound keeps a request short). */
    public static final int MAX_PAGES = 2000;
    /** The tag tree must reach this share of the words, else the untagged layout is used. */
    static final double MIN_TAG_COVERAGE = 0.5;
    /** {@code %%EOF} must be within this many bytes of the end. */
    private static final int EOF_WINDOW = 1024;

    @Override
    public SourceFormat format() {
        return SourceFormat.PDF;
    }

    @Override
    public ReportDocument read(SourceFile file) {
        String name = file.name();
        if (!endsWithEof(file.bytes())) {
            throw new ReportFormatException(name, 0, "truncated or corrupt PDF: no %%EOF marker at the end of the file");
        }
        try (PDDocument document = Loader.loadPDF(file.bytes())) {
            int n = document.getNumberOfPages();
            if (n > MAX_PAGES) {
                throw new ReportFormatException(name, 0, "PDF has " + n + " pages, more than the limit of " + MAX_PAGES);
            }
            if (n == 0) {
                throw new ReportFormatException(name, 0, "truncated or corrupt PDF: it has no pages");
            }
            List<PdfPageText> pages = PageTextCollector.collect(document);
            PdfTextCheck.check(name, pages);
            DocumentBuilder out = new DocumentBuilder();
            if (!TaggedLayout.isTagged(document) || TaggedLayout.write(document, pages, out) < MIN_TAG_COVERAGE
                    || out.isEmpty()) {
                out = new DocumentBuilder();
                UntaggedLayout.write(pages, out);
            }
            return out.build(name, file.sha256(), SourceFormat.PDF);
        } catch (InvalidPasswordException e) {
            throw new ReportFormatException(name, 0, "encrypted PDF: it needs a password to open");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReportFormatException r) {
                throw r;
            }
            throw new ReportFormatException(name, 0, "truncated or corrupt PDF: " + oneLine(e));
        } catch (StackOverflowError e) {
            throw new ReportFormatException(name, 0, "truncated or corrupt PDF: its objects are nested too deeply");
        }
    }

    private static boolean endsWithEof(byte[] b) {
        byte[] marker = {'%', '%', 'E', 'O', 'F'};
        for (int i = b.length - marker.length; i >= Math.max(0, b.length - EOF_WINDOW); i--) {
            boolean match = true;
            for (int j = 0; j < marker.length && match; j++) {
                match = b[i + j] == marker[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
