/**
 * Analysts' reviews of the graph: every extracted statement has a stable identifier ({@code Ids.factId});
 * editors confirm, reject, correct or add facts; each review is a record in the reviews graph and every
 * asserted statement is in the curation graph. {@link org.w3id.apecdekg.review.Curation} keeps what the
 * reviews mean for the store (which statements are rejected, which reviews lost their fact), and
 * {@link org.w3id.apecdekg.review.CuratedQuery} makes the default graph of queries the curated one:
 * extraction + additions + corrections − rejections.
 */
package org.w3id.apecdekg.review;
