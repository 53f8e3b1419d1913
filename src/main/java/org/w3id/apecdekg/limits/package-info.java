/**
 * Limits that keep the public endpoint serving: body sizes ({@link org.w3id.apecdekg.limits.BodySizeLimitFilter}),
 * and for every query ({@code /sparql}, {@code /api/queries/*}) the gate
 * ({@link org.w3id.apecdekg.limits.QueryGateFilter}): refusal of LOAD from non-http sources and of
 * SERVICE in updates, the anonymous page cap of the library, admission control (503 + Retry-After)
 * and a watchdog that answers 503 when a query overruns its timeout even if the query itself ignores
 * the timeout. What {@code /sparql} enforces on the parsed query (SERVICE refused, anonymous row cap)
 * is {@link org.w3id.apecdekg.limits.QueryRules}, applied by the SPARQL query processor after its one parse.
 */
package org.w3id.apecdekg.limits;
