// Review queue (editors): sign in with a configured user (POST /api/session: an HTTP-only session
// cookie, and a CSRF token this page sends with each write), then the facts most worth a look first
// (GET /api/review-queue: reports that disagree, extraction issues, a single source), each with its
// evidence, and confirm / reject / correct with the mouse or the keyboard (j/k or ↓/↑ move, c, r, e,
// o open the entity); per report, how many of its facts were reviewed. ?next=/id/... goes back to an
// entity page after signing in.
import { h, message } from '../lib/dom.js';
import { makeSignInForm } from '../lib/signin.js';
import {
  currentSession, evidenceView, reviewControls, sendReview, signIn as startSession, signOut as endSession, termView,
} from '../lib/review-ui.js';
import {
  SHORTCUTS, moveSelection, queueUrl, reasonLabel, reportName, requestInit, reviewedText, safeNext, shortcutFor,
  stateLabel, stateOfVerdict, termHref, termText,
} from '../lib/review.js';
import { localHref } from '../lib/sparql.js';

const PAGE_SIZE = 50;

export async function render(main) {
  let session = null;
  let entries = [];
  let selected = -1;
  let page = Number(new URLSearchParams(location.search).get('page')) || 1;
  const next = safeNext(new URLSearchParams(location.search).get('next'));

  const { form: signInForm, userInput, passwordInput, button: signInButton, messageBox: signInMessage } =
    makeSignInForm('Reviewing needs a user with the editor role. Signing in starts a session in this '
      + 'browser (a cookie the page’s scripts cannot read) until you sign out.', signIn);

  const who = h('strong', { id: 'signed-in-user' });
  const roleMessage = h('div', { id: 'role-message' });
  const signedIn = h('div', { id: 'signed-in' },
    h('p', { class: 'signed-in' }, 'Signed in as ', who, ' ',
      h('button', { type: 'button', class: 'link-button', id: 'sign-out', onclick: () => signOut() }, 'Sign out')),
    roleMessage);

  const summary = h('p', { id: 'queue-summary', class: 'small' });
  const list = h('ol', { id: 'queue', class: 'queue', 'aria-label': 'Facts to review' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages of the queue' });
  const legend = h('section', { id: 'shortcuts', class: 'shortcuts', 'aria-labelledby': 'shortcuts-title' },
    h('h2', { id: 'shortcuts-title' }, 'Keyboard'),
    h('dl', {}, SHORTCUTS.map(([keys, action, text]) => h('div', { dataset: { action } },
      h('dt', {}, keys.flatMap((k, i) => (i ? [' or ', h('kbd', {}, k)] : [h('kbd', {}, k)]))),
      h('dd', {}, text)))),
    h('p', { class: 'small' }, 'Esc closes a reason or correction form; Enter sends it.'));
  const queueSection = h('section', { id: 'queue-section', 'aria-labelledby': 'queue-title' },
    h('h2', { id: 'queue-title' }, 'Facts most worth a look'), summary,
    h('div', { class: 'queue-layout' }, h('div', {}, list, pager), legend));
  const reportsTable = h('table', { id: 'report-counts', class: 'results' });
  const reportsSection = h('section', { id: 'reports-section', 'aria-labelledby': 'reports-title' },
    h('h2', { id: 'reports-title' }, 'Reviewed per report'), h('div', { class: 'table-wrap' }, reportsTable));

  main.append(
    h('div', { class: 'view-header' },
      h('h1', {}, 'Review'),
      h('p', {}, 'Confirm, reject or correct what the extractor read from the reports. A rejected or corrected fact '
        + 'leaves the default graph, the query library, the entity pages and the exports at once; the report’s own '
        + 'graph keeps what was extracted, and reloading a report keeps every review.')),
    signInForm, signedIn, queueSection, reportsSection);
  show('signed-out');
  document.addEventListener('keydown', onKey);

  const current = await currentSession();
  if (current.outcome.state !== 'signed-out') await enter(current.body, current.outcome);

  function show(state) {
    signInForm.hidden = state !== 'signed-out';
    signedIn.hidden = state === 'signed-out';
    queueSection.hidden = state !== 'editor';
    reportsSection.hidden = state !== 'editor';
    document.body.dataset.session = state;
  }

  async function signIn(event) {
    event.preventDefault();
    signInButton.disabled = true;
    signInMessage.replaceChildren(message('Checking…'));
    let result;
    try {
      result = await startSession(userInput.value.trim(), passwordInput.value);
    } catch (error) {
      result = { outcome: { state: 'signed-out', error: true, message: `The server could not be reached: ${error.message}` } };
    } finally {
      signInButton.disabled = false;
    }
    if (result.outcome.state === 'signed-out') {
      signInMessage.replaceChildren(message(result.outcome.message, 'error'));
      passwordInput.select();
      return;
    }
    passwordInput.value = '';
    signInMessage.replaceChildren();
    if (result.outcome.state === 'editor' && next) {
      location.assign(next);
      return;
    }
    await enter(result.body, result.outcome);
  }

  async function enter(body, outcome) {
    session = body;
    who.textContent = body.user;
    show(outcome.state);
    roleMessage.replaceChildren(outcome.state === 'editor' ? (next ? h('p', { class: 'small' },
      h('a', { href: next, id: 'back-to-next' }, 'Back to the page you came from')) : '') : message(outcome.message, 'error'));
    if (outcome.state === 'editor') await load();
  }

  async function signOut(reason) {
    if (session) {
      try {
        await endSession(session);
      } catch { /* signed out here anyway */ }
    }
    session = null;
    entries = [];
    list.replaceChildren();
    show('signed-out');
    signInMessage.replaceChildren(reason ? message(reason, 'error') : message('Signed out.'));
    userInput.focus();
  }

  async function load() {
    summary.textContent = 'Loading…';
    const response = await fetch(queueUrl(page, PAGE_SIZE), requestInit('GET'));
    if (!response.ok) {
      summary.replaceChildren(message(`The queue could not be read (HTTP ${response.status}).`, 'error'));
      return;
    }
    const body = await response.json();
    entries = body.entries.map((entry) => entryView(entry));
    list.replaceChildren(...entries.map((e) => e.element));
    summary.textContent = body.total
      ? `${body.total} fact${body.total === 1 ? '' : 's'} to look at, most pressing first; `
        + `${(page - 1) * PAGE_SIZE + 1}–${(page - 1) * PAGE_SIZE + entries.length} on this page.`
      : 'Nothing to review: every fact worth a look has been reviewed.';
    drawPager(body.total);
    drawReports(body.reports);
    select(entries.length ? 0 : -1, false);
    loadEvidence(entries);
    document.body.dataset.queue = String(entries.length);
  }

  function drawPager(total) {
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const go = (p) => () => {
      page = p;
      const params = new URLSearchParams(location.search);
      if (p > 1) params.set('page', String(p)); else params.delete('page');
      history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
      load();
    };
    pager.replaceChildren(...(pages > 1 ? [
      h('button', { type: 'button', class: 'chip', disabled: page <= 1, onclick: go(page - 1) }, '← Previous'),
      h('span', { class: 'small' }, ` page ${page} of ${pages} `),
      h('button', { type: 'button', class: 'chip', disabled: page >= pages, onclick: go(page + 1) }, 'Next →'),
    ] : []));
  }

  function drawReports(reports) {
    reportsTable.replaceChildren(
      h('thead', {}, h('tr', {}, h('th', {}, 'Report'), h('th', {}, 'Facts'), h('th', {}, 'Reviewed'), h('th', {}, 'Share'))),
      h('tbody', {}, reports.map((r) => h('tr', { dataset: { report: r.report } },
        h('td', {}, h('a', { href: localHref(r.report) }, reportName(r.report, r.label))),
        h('td', { class: 'num facts' }, String(r.facts)),
        h('td', { class: 'num reviewed' }, String(r.reviewed)),
        h('td', { class: 'small' }, reviewedText(r.reviewed, r.facts))))));
  }

  async function refreshReports() {
    const response = await fetch(queueUrl(1, 1), requestInit('GET'));
    if (response.ok) drawReports((await response.json()).reports);
  }

  function entryView(entry) {
    const evidence = h('div', { class: 'entry-evidence' }, h('p', { class: 'small' }, 'Evidence: loading…'));
    const state = h('span', { class: 'tag state' });
    const element = h('li', {
      class: 'queue-entry', id: `entry-${entry.id}`, tabindex: '-1',
      dataset: { id: entry.id, reason: entry.reason, state: 'unreviewed' },
      onclick: (event) => { if (!event.target.closest('a, button, input, form')) select(entries.indexOf(view), false); },
    },
    h('div', { class: 'entry-head' },
      h('span', { class: `tag reason reason-${entry.reason}` }, reasonLabel(entry.reason)), ' ',
      h('span', { class: 'why small' }, entry.why), ' ', state),
    h('p', { class: 'statement' },
      termView(entry.subject, 'subject'), ' ',
      h('span', { class: 'predicate', title: entry.predicate.value }, termText(entry.predicate)), ' ',
      termView(entry.object, 'object')),
    entry.otherValues?.length ? h('p', { class: 'other-values small' }, 'Other reports say: ',
      entry.otherValues.flatMap((v, i) => (i ? [', ', termView(v)] : [termView(v)]))) : null,
    evidence);
    const controls = reviewControls(entry, async (verdict, values) => {
      const outcome = await sendReview(session, entry.id, verdict, values, entry.subject?.value);
      if (!outcome.ok) {
        if (outcome.signedOut) signOut(outcome.message);
        return outcome;
      }
      done(stateOfVerdict(verdict) === outcome.fact.state ? outcome.fact.state : stateOfVerdict(verdict));
      refreshReports();
      return outcome;
    }, { keys: true });
    element.append(controls.element);
    const view = {
      entry, element, controls, evidence,
      isDone: () => element.dataset.state !== 'unreviewed',
    };
    function done(newState) {
      element.dataset.state = newState;
      element.classList.add('done');
      state.textContent = stateLabel(newState);
      controls.element.querySelector('.review-actions').hidden = true;
      const index = entries.indexOf(view);
      if (index === selected) {
        const after = entries.findIndex((e, i) => i > index && !e.isDone());
        select(after >= 0 ? after : index);
      }
    }
    return view;
  }

  function select(index, focus = true) {
    entries[selected]?.element.classList.remove('selected');
    entries[selected]?.element.removeAttribute('aria-current');
    selected = index;
    const entry = entries[selected];
    if (!entry) return;
    entry.element.classList.add('selected');
    entry.element.setAttribute('aria-current', 'true');
    if (focus) {
      entry.element.focus({ preventScroll: true });
      entry.element.scrollIntoView({ block: 'nearest' });
    }
  }

  function onKey(event) {
    if (queueSection.hidden || !main.isConnected) return;
    const action = shortcutFor(event);
    if (!action) return;
    const entry = entries[selected];
    if (action === 'next' || action === 'previous') {
      event.preventDefault();
      select(moveSelection(selected, action === 'next' ? 1 : -1, entries.length));
      return;
    }
    if (!entry) return;
    event.preventDefault();
    if (action === 'open') {
      const href = termHref(entry.entry.subject);
      if (href) location.assign(href);
    } else if (!entry.isDone()) {
      if (action === 'confirm') entry.controls.confirm();
      else entry.controls.open(action);
    }
  }

  /** Fetches the quoted evidence of each entry (GET /api/facts/{id}), a few at a time, top first. */
  async function loadEvidence(views) {
    const queue = [...views];
    const worker = async () => {
      while (queue.length) {
        const view = queue.shift();
        if (!entries.includes(view)) return; // another page was loaded meanwhile
        try {
          const response = await fetch(`/api/facts/${encodeURIComponent(view.entry.id)}`, requestInit('GET'));
          view.evidence.replaceChildren(response.ok ? evidenceView(await response.json())
            : h('p', { class: 'small' }, `Evidence: could not be read (HTTP ${response.status}).`));
        } catch (error) {
          view.evidence.replaceChildren(h('p', { class: 'small' }, `Evidence: ${error.message}`));
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  }
}
