// Reviews of facts (confirm, reject, correct): keyboard shortcuts, how terms read, the requests the
// review pages send and how their answers read. No DOM here, so it is unit-tested under Node
// (test/review.test.js).
import { BASE, localHref } from './sparql.js';

/** Marks the pages' own requests (the server then answers 401 without a Basic challenge). */
export const SCRIPT_HEADER = ['X-Requested-With', 'XMLHttpRequest'];

/** Prefixes used to shorten IRIs that have no label (and accepted when typing a corrected value). */
export const PREFIXES = {
  dekg: 'https://w3id.org/apec-dekg/ontology#',
  id: `${BASE}id/`,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  org: 'http://www.w3.org/ns/org#',
  schema: 'https://schema.org/',
};

/** The keys of the review queue, as the legend shows them: [keys, action, description]. */
export const SHORTCUTS = [
  [['j', '↓'], 'next', 'next fact'],
  [['k', '↑'], 'previous', 'previous fact'],
  [['c'], 'confirm', 'confirm the fact'],
  [['r'], 'reject', 'reject it (asks the reason)'],
  [['e'], 'correct', 'correct it (asks the new value)'],
  [['o'], 'open', 'open the entity’s page'],
];

const KEYS = {
  j: 'next', ArrowDown: 'next', k: 'previous', ArrowUp: 'previous',
  c: 'confirm', r: 'reject', e: 'correct', o: 'open',
};

/**
 * The action of a key press in the review queue, or null: none while typing in a field, none with
 * Ctrl, Alt or Meta (the browser's own shortcuts), none for a key held down to repeat a verdict.
 * event: { key, ctrlKey, altKey, metaKey, repeat, target: { tagName, isContentEditable } }.
 */
export function shortcutFor(event) {
  if (!event || event.ctrlKey || event.altKey || event.metaKey) return null;
  const tag = String(event.target?.tagName ?? '').toUpperCase();
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(tag) || event.target?.isContentEditable) return null;
  const action = KEYS[event.key] ?? KEYS[String(event.key ?? '').toLowerCase()] ?? null;
  if (action && event.repeat && !['next', 'previous'].includes(action)) return null;
  return action;
}

/** The selection after moving by delta in a list of length items (stays within the list). */
export function moveSelection(index, delta, length) {
  if (length <= 0) return -1;
  if (index < 0) return delta < 0 ? length - 1 : 0;
  return Math.min(length - 1, Math.max(0, index + delta));
}

/** https://w3id.org/apec-dekg/ontology#coSponsoredBy → dekg:coSponsoredBy; unknown namespaces as they are. */
export function curie(iri) {
  let best = null;
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && iri.length > ns.length) {
      const c = `${prefix}:${iri.slice(ns.length)}`;
      if (!best || c.length < best.length) best = c;
    }
  }
  return best ?? iri;
}

/** What a term reads as: its label, else a short form of its IRI, else the literal (with language or datatype). */
export function termText(term) {
  if (!term) return '';
  if (term.type === 'uri') return term.label || curie(term.value);
  if (term.type === 'bnode') return '[blank node]';
  const value = String(term.value ?? '');
  if (term['xml:lang']) return `${value} @${term['xml:lang']}`;
  if (term.datatype && term.datatype !== `${PREFIXES.xsd}string`) return `${value} (${curie(term.datatype)})`;
  return value;
}

/** The link of a term: our IRIs go to their local page, others as they are; literals have none. */
export function termHref(term) {
  return term?.type === 'uri' ? localHref(term.value) : null;
}

/** The value of a term as it is typed in a correction field (IRIs in full, literals as text). */
export function termInput(term) {
  if (!term) return '';
  return term.type === 'uri' ? term.value : String(term.value ?? '');
}

/**
 * The object of a correction as typed, made into what POST /api/facts/{id}/review takes:
 * - `<IRI>`, an absolute IRI (`https://…`, `urn:…`) or a known prefix (`id:economy/AU`, `dekg:Project`) → an IRI;
 * - a bare name where the fact's object is one of our IRIs (`AU` for …/id/economy/PE) → the IRI beside it;
 * - `"text"@lang`, `"text"^^xsd:date`, `"text"` → a literal with that language or datatype (or as the
 *   server types it from the object it replaces);
 * - anything else → the text, which the server reads as an IRI when it is one and the object it replaces is
 *   an IRI, else as a literal typed like that object.
 * Returns { object } or { error }.
 */
export function objectFromInput(text, original) {
  const raw = String(text ?? '').trim();
  if (!raw) return { error: 'Give the new value.' };
  let m = /^<([^<>\s]+)>$/.exec(raw);
  if (m) return { object: { type: 'uri', value: m[1] } };
  m = /^"([\s\S]*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(?:<([^<>\s]+)>|([A-Za-z][\w-]*:[\w.-]+)))?$/.exec(raw);
  if (m) {
    const object = { type: 'literal', value: m[1].replace(/\\"/g, '"') };
    if (m[2]) object['xml:lang'] = m[2];
    const datatype = m[3] ?? (m[4] ? expand(m[4]) : null);
    if (m[4] && !datatype) return { error: `Unknown prefix in ${m[4]}.` };
    if (datatype) object.datatype = datatype;
    return { object };
  }
  const expanded = expand(raw);
  if (expanded) return { object: { type: 'uri', value: expanded } };
  if (/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(raw) || /^urn:\S+$/i.test(raw)) return { object: { type: 'uri', value: raw } };
  if (original?.type === 'uri' && original.value.startsWith(PREFIXES.id) && /^[\w.-]+$/.test(raw)) {
    return { object: { type: 'uri', value: original.value.replace(/[^/#]*$/, '') + raw } };
  }
  return { object: raw };
}

function expand(text) {
  const m = /^([a-z][\w-]*):([^\s/:][^\s]*)$/i.exec(text);
  if (!m || !Object.hasOwn(PREFIXES, m[1])) return null;
  return PREFIXES[m[1]] + m[2];
}

/**
 * The body of POST /api/facts/{id}/review for a verdict, or { error } with what is missing
 * (a reject needs its reason, a correction its new value).
 */
export function reviewBody(verdict, { note = '', object = '', original = null } = {}) {
  const reason = String(note ?? '').trim();
  if (verdict === 'confirm') return { body: reason ? { verdict, note: reason } : { verdict } };
  if (verdict === 'reject') {
    if (!reason) return { error: 'Say why the fact is wrong.' };
    return { body: { verdict, note: reason } };
  }
  if (verdict === 'correct') {
    const parsed = objectFromInput(object, original);
    if (parsed.error) return { error: parsed.error };
    return { body: { verdict, object: parsed.object, ...(reason ? { note: reason } : {}) } };
  }
  return { error: `Unknown verdict ${verdict}.` };
}

/** The URL of a fact's review. */
export function reviewUrl(id) {
  return `/api/facts/${encodeURIComponent(id)}/review`;
}

/** The URL of the facts about an entity. */
export function factsUrl(subject) {
  return `/api/facts?${new URLSearchParams({ subject })}`;
}

/** The URL of a page of the review queue. */
export function queueUrl(page = 1, pageSize = 50) {
  return `/api/review-queue?${new URLSearchParams({ page: String(page), pageSize: String(pageSize) })}`;
}

/** The options of fetch for a JSON request in the signed-in session (writes carry the CSRF token). */
export function requestInit(method, session, body) {
  const headers = { Accept: 'application/json', [SCRIPT_HEADER[0]]: SCRIPT_HEADER[1] };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && session?.csrfToken) headers[session.csrfHeader || 'X-CSRF-TOKEN'] = session.csrfToken;
  const init = { method, credentials: 'same-origin', cache: 'no-store', headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  return init;
}

/** What the session (GET or POST /api/session) means for reviewing: { state, message }. */
export function sessionOutcome(status, body) {
  if (status === 401) return { state: 'signed-out', error: true, message: 'Wrong user name or password.' };
  if (status !== 200 || !body) {
    return { state: 'signed-out', error: true, message: `The server could not check the sign-in (HTTP ${status}).` };
  }
  if (!body.user) return { state: 'signed-out', message: '' };
  if (!body.writesEnabled) {
    return { state: 'read-only', error: true, message: 'Reviews are disabled on this server: no users are configured.' };
  }
  if (!body.mayWrite) {
    return { state: 'read-only', error: true, message: `${body.user} may not review facts: that needs the editor role.` };
  }
  return { state: 'editor', message: `Signed in as ${body.user}.` };
}

/** What the answer to a review means: { ok, fact } or { ok: false, message, signedOut }. */
export function reviewOutcome(status, body) {
  if (status === 201 && body?.fact) return { ok: true, fact: body.fact, review: body.review };
  if (status === 401) return { ok: false, signedOut: true, message: 'Not signed in any more: sign in again to review.' };
  if (status === 403) {
    return { ok: false, message: `Refused: ${body?.error ?? 'forbidden'} (sign in again if the session expired).` };
  }
  if (status === 0) return { ok: false, message: 'The review did not reach the server (network error).' };
  return { ok: false, message: body?.error ?? `HTTP ${status}` };
}

/** A local path to go to after signing in (?next=), or null: never another site, never a script URL. */
export function safeNext(next) {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (/[\u0000-\u001f\\]/.test(next)) return null;
  return next;
}

/** The review page's address that comes back to `path` after signing in. */
export function signInHref(path) {
  return `/ui/review?${new URLSearchParams({ next: path })}`;
}

const REASONS = {
  disagreement: 'Reports disagree',
  'extraction-issue': 'Extraction issue',
  'single-source': 'Single source',
};

/** disagreement → "Reports disagree". */
export function reasonLabel(reason) {
  return REASONS[reason] ?? String(reason ?? '').replace(/-/g, ' ');
}

const STATES = {
  unreviewed: 'not reviewed', confirmed: 'confirmed', rejected: 'rejected', corrected: 'corrected',
  added: 'added by an editor', correction: 'correction',
};

/** The review state of a fact in words. */
export function stateLabel(state) {
  return STATES[state] ?? String(state ?? '');
}

/** The state a verdict leaves a fact in. */
export function stateOfVerdict(verdict) {
  return { confirm: 'confirmed', reject: 'rejected', correct: 'corrected' }[verdict] ?? verdict;
}

/** Where a piece of evidence is: its locator ("page 3, line 12"), else its line. */
export function evidencePlace(evidence) {
  if (!evidence) return '';
  if (evidence.locator) return evidence.locator;
  return evidence.line ? `line ${evidence.line}` : '';
}

/** …/id/report/moda-apec-desg-som3-2024 → moda-apec-desg-som3-2024. */
export function reportName(iri, label) {
  if (label) return label;
  return iri ? decodeURIComponent(String(iri).replace(/^.*\//, '')) : '';
}

/** Facts grouped for the entity page: those that count first (by predicate), then the withdrawn ones. */
export function sortFacts(facts) {
  const order = { unreviewed: 0, correction: 0, added: 0, confirmed: 1, corrected: 2, rejected: 3 };
  return [...facts].sort((a, b) => (order[a.state] ?? 0) - (order[b.state] ?? 0)
    || termText(a.predicate).localeCompare(termText(b.predicate))
    || termText(a.object).localeCompare(termText(b.object))
    || String(a.id).localeCompare(String(b.id)));
}

/** "3 of 12 reviewed (25 %)". */
export function reviewedText(reviewed, facts) {
  const percent = facts ? Math.round((100 * reviewed) / facts) : 0;
  return `${reviewed} of ${facts} reviewed (${percent} %)`;
}
