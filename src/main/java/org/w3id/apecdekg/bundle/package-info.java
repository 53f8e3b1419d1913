/**
 * The files the application runs on, wherever it is started: the copy of {@code ontology/},
 * {@code data/reference/}, {@code data/dictionaries/}, {@code data/reports/} and {@code queries/} packed
 * into the jar under {@code bundled/} ({@link org.w3id.apecdekg.bundle.Bundle}), unpacked once per
 * content hash into a cache directory and used for every path property left at its default when the
 * default does not exist in the working directory ({@link org.w3id.apecdekg.bundle.BundledDefaults});
 * and the checks that turn a missing or unusable path into one clear error
 * ({@link org.w3id.apecdekg.bundle.PathCheck}, {@link org.w3id.apecdekg.bundle.BadPathException}).
 */
package org.w3id.apecdekg.bundle;
