/**
 * The analysts' web UI: a single-page application built from {@code src/main/frontend} (Vite) into
 * {@code static/ui/} on the classpath, served at {@code /ui/}; its charts also at {@code /embed/...}.
 * This package only maps the UI's routes to the built {@code index.html}.
 */
package org.w3id.apecdekg.ui;
