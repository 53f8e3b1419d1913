/**
 * Reading Word documents (DOCX) with Apache POI: opening under zip-bomb limits
 * ({@link org.w3id.apecdekg.intake.docx.DocxPackage}), the body in reading order
 * ({@link org.w3id.apecdekg.intake.docx.BodyWriter}) with headings from styles, list numbering,
 * merged table cells and footnotes written after the body.
 */
package org.w3id.apecdekg.intake.docx;
