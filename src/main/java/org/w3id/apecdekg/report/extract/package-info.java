/**
 * One extractor per fact family (report header, meetings and attendance, projects, policies,
 * agreements, people and roles), sharing an {@link org.w3id.apecdekg.report.extract.ExtractionContext}.
 */
package org.w3id.apecdekg.report.extract;
