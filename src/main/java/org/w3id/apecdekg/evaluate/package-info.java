/**
 * Evaluation of the report extractor against hand-written expected facts
 * ({@code src/test/resources/reports/*.expected.tsv}): reading the expectations, projecting an
 * extraction onto the same fact tuples (SPARQL), matching per fact type and formatting the scores.
 * Entry point: {@link org.w3id.apecdekg.evaluate.Evaluator#evaluate}.
 */
package org.w3id.apecdekg.evaluate;
