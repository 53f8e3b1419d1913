/**
 * Text model of a report: normalisation, the line/heading model (Markdown headings and Chinese
 * and Western numbering), paragraphs and sentences with their line spans, dates (Gregorian and
 * Minguo) and hashing.
 */
package org.w3id.apecdekg.report.text;
