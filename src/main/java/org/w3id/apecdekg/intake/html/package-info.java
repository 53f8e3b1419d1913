/**
 * Reading saved web pages and HTML exports with jsoup: the main content
 * ({@link org.w3id.apecdekg.intake.html.MainContent}) without boilerplate
 * ({@link org.w3id.apecdekg.intake.html.Boilerplate}), footnote marks taken out of sentences
 * ({@link org.w3id.apecdekg.intake.html.Footnotes}), blocks and tables written in reading order
 * ({@link org.w3id.apecdekg.intake.html.BlockWriter}).
 */
package org.w3id.apecdekg.intake.html;
