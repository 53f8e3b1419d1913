package org.w3id.apecdekg.report.lexicon;

/** A dictionary word and what it means (a status, a role, a kind, a position...). */
public record Cue(String text, String value) {}
