/**
 * Operations: one structured log line per HTTP request on the SLF4J logger {@code dekg.requests}
 * ({@link org.w3id.apecdekg.ops.RequestLogFilter}).
 */
package org.w3id.apecdekg.ops;
