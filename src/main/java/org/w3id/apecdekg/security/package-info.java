/**
 * Who may do what: reads are public; writes ({@code /update}, Graph Store writes to {@code /data},
 * report uploads, imports) and {@code /admin/**} need a configured user (HTTP Basic, bcrypt hash)
 * or API key (bearer, SHA-256 or bcrypt hash) with role editor or admin. Built on Spring Security,
 * stateless: no sessions, no cookies, hence no CSRF tokens.
 */
package org.w3id.apecdekg.security;
