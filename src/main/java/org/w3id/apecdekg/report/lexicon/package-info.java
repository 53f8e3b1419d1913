/**
 * Name lookup: CSV dictionary files, cue lists and longest-match gazetteers for economies,
 * fora, organisations and agreements (reference labels plus dictionary aliases).
 */
package org.w3id.apecdekg.report.lexicon;
