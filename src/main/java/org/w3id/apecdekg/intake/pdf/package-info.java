/**
 * The PDF reader's parts (PDFBox 3): text lines with glyph positions and marked-content ids per
 * page ({@link org.w3id.apecdekg.intake.pdf.PageTextCollector}), the tag tree walk for tagged PDFs
 * ({@link org.w3id.apecdekg.intake.pdf.TaggedLayout}) and the line layout for untagged ones
 * ({@link org.w3id.apecdekg.intake.pdf.UntaggedLayout}: running headers and footers, two columns,
 * hyphenation, paragraph gaps). The entry point is {@link org.w3id.apecdekg.intake.PdfDocumentReader}.
 */
package org.w3id.apecdekg.intake.pdf;
