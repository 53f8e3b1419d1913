/**
 * APEC Digital Economy Knowledge Graph: the command line front door ({@link org.w3id.apecdekg.ApecDekg})
 * and the Spring Boot application ({@link org.w3id.apecdekg.DekgApplication}).
 * Features live in sub-packages: {@code vocab}, {@code store}, {@code ingest}, {@code report},
 * {@code evaluate}, {@code sparql}, {@code web}, {@code cli}.
 */
package org.w3id.apecdekg;
