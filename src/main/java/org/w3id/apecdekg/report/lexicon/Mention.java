package org.w3id.apecdekg.report.lexicon;

/** A name found in text: character span, the text as written and what it stands for. */
public record Mention<V>(int from, int to, String surface, V value) {}
