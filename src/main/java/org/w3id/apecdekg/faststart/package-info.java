/**
 * Fast start: the packaged application extracted next to a class cache of the JVM (an AOT cache on
 * JDK 25 and later, a dynamic CDS archive before), trained by one real start, and started in Spring's
 * AOT mode. {@link org.w3id.apecdekg.faststart.FastStartCommand} builds it,
 * {@link org.w3id.apecdekg.faststart.TrainingRun} is the start that trains the cache, and
 * {@link org.w3id.apecdekg.faststart.JvmCache} says which JVM options write and read the cache.
 */
package org.w3id.apecdekg.faststart;
