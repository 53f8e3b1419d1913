/**
 * Report extraction: reads an APEC trip report or summary record (Markdown-ish text with tables)
 * and turns it into RDF facts with evidence. The front door is {@link
 * org.w3id.apecdekg.report.ReportReader} (strict reading), {@link
 * org.w3id.apecdekg.report.Dictionaries} (CSV word lists in {@code data/dictionaries/}) and
 * {@link org.w3id.apecdekg.report.ReportExtractor}; internals live in {@code text/} (lines,
 * headings, sentences, dates), {@code table/} (tab, pipe and HTML tables), {@code lexicon/}
 * (name gazetteers), {@code extract/} (one extractor per fact family) and {@code rdf/}
 * (triples, evidence and issues). No Spring, no store access.
 */
package org.w3id.apecdekg.report;
