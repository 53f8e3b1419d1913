// SPARQL over the app's own endpoint (/sparql, default graph = union of all named graphs).

export const BASE = 'https://w3id.org/apec-dekg/';

export const PREFIXES = `PREFIX dekg:    <https://w3id.org/apec-dekg/ontology#>
PREFIX id:      <https://w3id.org/apec-dekg/id/>
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
PREFIX org:     <http://www.w3.org/ns/org#>
`;

/**
 * Runs a SELECT query and returns the SPARQL JSON results. The views' queries are public reads: they go
 * without the browser's cookies, so a review session (/ui/review) never changes what they get — a POST
 * in a signed-in session would otherwise need the session's CSRF token.
 */
export async function select(query, { signal } = {}) {
  const response = await fetch('/sparql', {
    method: 'POST',
    credentials: 'omit',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
      Accept: 'application/sparql-results+json',
    },
    body: new URLSearchParams({ query }),
    signal,
  });
  if (!response.ok) {
    throw new Error(`SPARQL query failed (${response.status}): ${(await response.text()).slice(0, 500)}`);
  }
  return response.json();
}

/** SPARQL JSON results as plain objects: variable → lexical value (unbound variables absent). */
export function rows(results) {
  return results.results.bindings.map((binding) => {
    const row = {};
    for (const [name, term] of Object.entries(binding)) {
      row[name] = term.value;
    }
    return row;
  });
}

/** Runs a SELECT query and returns its rows as plain objects. */
export async function selectRows(query, options) {
  return rows(await select(query, options));
}

/** A SPARQL string literal for any text (quotes, backslashes and line breaks escaped). */
export function literal(text) {
  const escaped = String(text).replace(/[\\"\n\r\t]/g, (c) => ({
    '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t',
  })[c]);
  return `"${escaped}"`;
}

/** The local path of one of our IRIs (…/id/forum/DESG → /id/forum/DESG); other IRIs as they are. */
export function localHref(iri) {
  return iri && iri.startsWith(BASE) ? `/${iri.slice(BASE.length)}` : iri;
}

/** The URL of the Query page that opens a SPARQL text in the editor. */
export function queryPageHref(query) {
  return `/ui/query?${new URLSearchParams({ sparql: query })}`;
}

/**
 * The CSRF header of the browser's review session ({} when not signed in), for requests that must
 * carry the session's cookie, such as the SPARQL editor's (YASGUI sends cookies with every query).
 */
export async function sessionCsrfHeaders() {
  try {
    const response = await fetch('/api/session', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    const session = response.ok ? await response.json() : null;
    return session?.csrfToken ? { [session.csrfHeader || 'X-CSRF-TOKEN']: session.csrfToken } : {};
  } catch {
    return {};
  }
}
