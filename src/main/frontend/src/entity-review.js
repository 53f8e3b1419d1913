// The review panel of the server-rendered entity pages (/id/...): built as /ui/assets/entity-review.js
// (a stable name; EntityPage.java loads it into <section id="review" data-subject="IRI">).
// Anonymous visitors and readers see no edit controls, only a link to sign in. An editor signed in on
// /ui/review sees each fact about the entity with its evidence and review state, and confirms, rejects
// (with a reason) or corrects it (a new object); after a reject or a correction the page reloads, so
// its properties show the curated graph without the withdrawn statement.
import { h, message } from './lib/dom.js';
import { currentSession, evidenceView, reviewControls, sendReview, signOut, termView } from './lib/review-ui.js';
import { factsUrl, requestInit, signInHref, sortFacts, stateLabel, termText } from './lib/review.js';

const FLASH = 'dekg-review-flash';

async function start(section) {
  const subject = section.dataset.subject;
  const here = `${location.pathname}${location.search}`;
  const status = h('div', { class: 'review-status' });
  const list = h('ol', { class: 'facts', id: 'review-facts', 'aria-label': 'Facts about this entity' });
  section.querySelector('.review-signin')?.remove();
  section.append(status);

  const flash = sessionStorage.getItem(FLASH);
  if (flash) {
    sessionStorage.removeItem(FLASH);
    section.append(h('p', { class: 'message done', id: 'review-flash', role: 'status' }, flash));
  }

  const session = await currentSession();
  const { outcome } = session;
  if (outcome.state === 'signed-out') {
    status.replaceChildren(h('p', { class: 'small' },
      h('a', { href: signInHref(here), class: 'signin-link' }, 'Sign in to review these facts'),
      ' (editors confirm, reject or correct what was extracted).'));
    section.dataset.state = 'anonymous';
    return;
  }
  const signOutButton = h('button', {
    type: 'button', class: 'link-button', id: 'review-sign-out',
    onclick: async () => { await signOut(session.body); location.reload(); },
  }, 'Sign out');
  if (outcome.state !== 'editor') {
    status.replaceChildren(h('p', { class: 'small' }, `Signed in as ${session.body.user}: `,
      outcome.message.replace(/^\S+ may not/, 'you may not'), ' ', signOutButton));
    section.dataset.state = 'read-only';
    return;
  }

  status.replaceChildren(h('p', { class: 'small' }, 'Signed in as ', h('strong', {}, session.body.user), ' · ',
    h('a', { href: '/ui/review' }, 'Review queue'), ' · ', signOutButton));
  const response = await fetch(factsUrl(subject), requestInit('GET'));
  if (!response.ok) {
    section.append(message(`The facts could not be read (HTTP ${response.status}).`, 'error'));
    return;
  }
  const { facts } = await response.json();
  section.append(h('p', { class: 'small' }, `${facts.length} fact${facts.length === 1 ? '' : 's'} about this entity, `
    + 'from the reports and the editors’ additions. Rejected and corrected ones no longer count.'), list);
  list.replaceChildren(...sortFacts(facts).map((fact) => factRow(fact, session.body)));
  section.dataset.state = 'editor';
}

function factRow(fact, session) {
  const state = h('span', { class: `tag state state-${fact.state}` }, stateLabel(fact.state));
  const row = h('li', { class: 'fact', id: `fact-${fact.id}`, dataset: { fact: fact.id, state: fact.state } },
    h('p', { class: 'statement' },
      h('span', { class: 'predicate', title: fact.predicate.value }, termText(fact.predicate)), ' ',
      termView(fact.object, 'object'), ' ', state,
      h('code', { class: 'fact-id small', title: 'fact identifier' }, fact.id)),
    reviewNote(fact),
    evidenceView(fact));
  const controls = reviewControls(fact, async (verdict, values) => {
    const outcome = await sendReview(session, fact.id, verdict, values, fact.subject?.value);
    if (!outcome.ok) {
      if (outcome.signedOut) location.reload();
      return outcome;
    }
    row.dataset.state = outcome.fact.state;
    state.className = `tag state state-${outcome.fact.state}`;
    state.textContent = stateLabel(outcome.fact.state);
    if (verdict !== 'confirm') {
      // the page's properties are rendered by the server from the curated graph: show them again
      sessionStorage.setItem(FLASH, `${verdict === 'reject' ? 'Rejected' : 'Corrected'}: `
        + `${termText(fact.predicate)} ${termText(fact.object)}.`);
      location.reload();
    }
    return outcome;
  });
  row.append(controls.element);
  return row;
}

function reviewNote(fact) {
  const r = fact.review;
  if (!r) return null;
  const what = { confirm: 'Confirmed', reject: 'Rejected', correct: 'Corrected', add: 'Added' }[r.verdict] ?? r.verdict;
  return h('p', { class: 'review-note small' }, `${what} by ${r.by} on ${String(r.at ?? '').slice(0, 10)}`,
    r.correctedObject ? [' to ', termView(r.correctedObject, 'corrected')] : null,
    r.note ? [': ', h('q', {}, r.note)] : null);
}

const section = document.getElementById('review');
if (section?.dataset.subject) {
  start(section).catch((error) => {
    console.error(error);
    section.append(message(`The review panel could not start: ${error.message ?? error}`, 'error'));
  });
}
