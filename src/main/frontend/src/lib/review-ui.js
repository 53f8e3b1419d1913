// What the review page (/ui/review) and the entity pages' review panel share: the browser session
// (sign-in with a configured user: an HTTP-only session cookie, and a CSRF token sent with each write),
// sending a verdict, and the pieces of a fact as they are shown (terms, evidence, the verdict forms).
import { h } from './dom.js';
import {
  evidencePlace, reportName, requestInit, reviewBody, reviewOutcome, reviewUrl, sessionOutcome, termHref,
  termInput, termText,
} from './review.js';

/** The session: GET /api/session → { status, body, outcome }. */
export async function currentSession() {
  const response = await fetch('/api/session', requestInit('GET'));
  const body = response.ok ? await response.json() : null;
  return { status: response.status, body, outcome: sessionOutcome(response.status, body) };
}

/** Signs in: POST /api/session → { status, body, outcome } (outcome.message says why not). */
export async function signIn(user, password) {
  const response = await fetch('/api/session', requestInit('POST', null, { user, password }));
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return { status: response.status, body: response.ok ? body : null, outcome: sessionOutcome(response.status, response.ok ? body : null) };
}

/** Signs out: DELETE /api/session with the session's CSRF token. */
export async function signOut(session) {
  await fetch('/api/session', requestInit('DELETE', session));
}

/**
 * Sends a verdict on a fact: POST /api/facts/{id}/review with the session's CSRF token.
 * Returns the outcome ({ ok, fact } or { ok: false, message, signedOut }).
 */
export async function sendReview(session, id, verdict, values, subject) {
  const built = reviewBody(verdict, values);
  if (built.error) return { ok: false, message: built.error, invalid: true };
  // the server finds a fact without evidence (a label, a type) through its subject
  if (subject) built.body.subject = subject;
  let response;
  try {
    response = await fetch(reviewUrl(id), requestInit('POST', session, built.body));
  } catch {
    return reviewOutcome(0, null);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return reviewOutcome(response.status, body);
}

/** A term as a link to its page (our IRIs), a link out (other IRIs) or text (literals). */
export function termView(term, className) {
  const text = termText(term);
  const href = termHref(term);
  const lang = term?.type === 'literal' ? term['xml:lang'] : null;
  return href
    ? h('a', { href, class: className, title: term.value }, text)
    : h('span', { class: className, lang }, text);
}

/** The evidence of a fact: where in which report, the section, and the quoted text. */
export function evidenceView(fact) {
  const evidence = fact.evidence ?? [];
  // a new link for each place it is shown (a DOM node is in one place only)
  const report = () => (fact.report
    ? h('a', { class: 'report-link', href: termHref({ type: 'uri', value: fact.report }) }, `report ${reportName(fact.report)}`)
    : null);
  if (!evidence.length) {
    return h('div', { class: 'evidence none' }, fact.report ? [report(), ' · '] : null,
      h('span', { class: 'small' }, fact.report ? 'no quoted evidence' : 'not from a report'));
  }
  return h('div', { class: 'evidence' }, evidence.map((e) => h('div', { class: 'evidence-item' },
    h('p', { class: 'where small' }, report(), fact.report ? ' · ' : null,
      h('span', { class: 'place' }, evidencePlace(e)),
      e.section ? [' · ', h('span', { class: 'section' }, `§ ${e.section}`)] : null),
    e.quote ? h('blockquote', { class: 'quote' }, e.quote) : null)));
}

/**
 * The buttons Confirm / Reject / Correct of a fact, and the form a reject (reason) or a correction
 * (new value, note) opens below them. onVerdict(verdict, values) sends it and resolves with its outcome.
 */
export function reviewControls(fact, onVerdict, { keys = false } = {}) {
  const formArea = h('div', { class: 'verdict-form-area' });
  const status = h('p', { class: 'verdict-status small', role: 'status' });
  const button = (verdict, text, key) => h('button', {
    type: 'button', class: `verdict ${verdict}`, 'data-verdict': verdict,
    'aria-keyshortcuts': keys ? key : null,
    onclick: () => (verdict === 'confirm' ? submit('confirm', {}) : open(verdict)),
  }, text, keys ? h('kbd', { 'aria-hidden': 'true' }, key) : null);
  const actions = h('div', { class: 'review-actions', role: 'group', 'aria-label': `Review: ${termText(fact.predicate)} ${termText(fact.object)}` },
    button('confirm', 'Confirm', 'c'), button('reject', 'Reject…', 'r'), button('correct', 'Correct…', 'e'));
  const element = h('div', { class: 'review-controls' }, actions, formArea, status);

  async function submit(verdict, values, form) {
    const buttons = element.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    status.className = 'verdict-status small';
    status.textContent = 'Saving…';
    let outcome;
    try {
      outcome = await onVerdict(verdict, values);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
    if (outcome.ok) {
      status.textContent = '';
      form?.remove();
    } else {
      status.className = 'verdict-status small error';
      status.setAttribute('role', 'alert');
      status.textContent = outcome.message;
    }
    return outcome;
  }

  function open(verdict) {
    const correcting = verdict === 'correct';
    const id = `${verdict}-${fact.id}`;
    const value = correcting ? h('input', {
      id: `${id}-object`, name: 'object', class: 'object-input', required: true, autocomplete: 'off', spellcheck: 'false',
      value: termInput(fact.object), 'aria-describedby': `${id}-help`,
    }) : null;
    const note = h('input', {
      id: `${id}-note`, name: 'note', class: 'note-input', required: !correcting, autocomplete: 'off',
      placeholder: correcting ? 'optional' : 'e.g. the report names another economy',
    });
    const form = h('form', {
      class: `verdict-form ${verdict}`, 'data-verdict': verdict,
      onsubmit: (event) => {
        event.preventDefault();
        submit(verdict, { note: note.value, object: value?.value, original: fact.object }, form);
      },
      onkeydown: (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          form.remove();
          actions.querySelector(`[data-verdict="${verdict}"]`)?.focus();
        }
      },
    },
    correcting ? h('div', { class: 'field' },
      h('label', { for: value.id }, 'New value'), value,
      h('small', { id: `${id}-help` }, 'An IRI (https://…, id:economy/AU, or just AU beside an economy), or a text; '
        + '"text"@en or "2024-05-01"^^xsd:date to say the language or type.')) : null,
    h('div', { class: 'field' }, h('label', { for: note.id }, correcting ? 'Note' : 'Reason'), note),
    h('div', { class: 'form-buttons' },
      h('button', { type: 'submit', class: 'primary' }, correcting ? 'Save correction' : 'Reject'),
      h('button', { type: 'button', class: 'link-button', onclick: () => form.remove() }, 'Cancel')));
    formArea.replaceChildren(form);
    (value ?? note).focus();
    if (value) value.select();
    return form;
  }

  return {
    element,
    confirm: () => submit('confirm', {}),
    open,
    setDisabled(on) { element.querySelectorAll('button').forEach((b) => { b.disabled = on; }); },
  };
}
