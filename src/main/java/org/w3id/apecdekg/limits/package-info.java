/**
 * Limits that keep the public endpoint serving: body sizes ({@link org.w3id.apecdekg.limits.BodySizeLimitFilter}),
 * and for every query ({@code /sparql}, {@code /api/queries/*}) the gate
 * ({@link org.w3id.apecdekg.limits.QueryGateFilter}): refusal of SERVICE and of LOAD from non-http
 * sources, the anonymous row cap, admission control (503 + Retry-After) and a watchdog that answers
 * 503 when a query overruns its timeout even if the query itself ignores the timeout.
 */
package org.w3id.apecdekg.limits;
