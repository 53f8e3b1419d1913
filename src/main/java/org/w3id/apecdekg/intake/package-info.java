/**
 * Intake of report files: detects a file's type by its content ({@link FormatDetector}) and reads
 * it with one small reader per format ({@link DocumentReader}) into the one document model the
 * extractor reads: lines of text with Markdown headings and pipe tables, each line mapped to where
 * it sits in the source file ({@link SourceLocation}: page and line for PDF, paragraph or table
 * and row for DOCX and HTML, the line itself for text). {@link Intake} is the front door.
 */
package org.w3id.apecdekg.intake;
