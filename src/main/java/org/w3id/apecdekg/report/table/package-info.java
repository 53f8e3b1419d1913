/**
 * Tables inside reports: tab-separated rows, Markdown pipe tables and HTML {@code <table>}
 * fragments (jsoup; rowspan and colspan expanded), with page-break continuation rows merged.
 */
package org.w3id.apecdekg.report.table;
