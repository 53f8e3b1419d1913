import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SHORTCUTS, curie, evidencePlace, factsUrl, moveSelection, objectFromInput, queueUrl, reasonLabel, reportName,
  requestInit, reviewBody, reviewOutcome, reviewUrl, reviewedText, safeNext, sessionOutcome, shortcutFor, signInHref,
  sortFacts, stateLabel, stateOfVerdict, termHref, termInput, termText,
} from '../src/lib/review.js';

const key = (k, extra = {}) => ({ key: k, target: { tagName: 'BODY' }, ...extra });
const ID = 'https://w3id.org/apec-dekg/id/';
const DEKG = 'https://w3id.org/apec-dekg/ontology#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

test('shortcuts: j/k and the arrows move, c r e o act', () => {
  assert.equal(shortcutFor(key('j')), 'next');
  assert.equal(shortcutFor(key('ArrowDown')), 'next');
  assert.equal(shortcutFor(key('k')), 'previous');
  assert.equal(shortcutFor(key('ArrowUp')), 'previous');
  assert.equal(shortcutFor(key('c')), 'confirm');
  assert.equal(shortcutFor(key('r')), 'reject');
  assert.equal(shortcutFor(key('e')), 'correct');
  assert.equal(shortcutFor(key('o')), 'open');
  assert.equal(shortcutFor(key('J')), 'next', 'Caps Lock on');
  assert.equal(shortcutFor(key('x')), null);
  assert.equal(shortcutFor(key('Enter')), null);
  // on a button (the entry's own actions) the keys still work
  assert.equal(shortcutFor(key('c', { target: { tagName: 'BUTTON' } })), 'confirm');
});

test('shortcuts: never while typing, never with Ctrl/Alt/Meta, no repeated verdicts', () => {
  for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) {
    assert.equal(shortcutFor(key('r', { target: { tagName } })), null, tagName);
  }
  assert.equal(shortcutFor(key('c', { target: { tagName: 'DIV', isContentEditable: true } })), null);
  assert.equal(shortcutFor(key('c', { ctrlKey: true })), null, 'Ctrl+C copies');
  assert.equal(shortcutFor(key('r', { metaKey: true })), null, 'Cmd+R reloads');
  assert.equal(shortcutFor(key('j', { altKey: true })), null);
  assert.equal(shortcutFor(key('c', { repeat: true })), null, 'a held key confirms once');
  assert.equal(shortcutFor(key('j', { repeat: true })), 'next', 'a held j keeps moving');
  assert.equal(shortcutFor(null), null);
});

test('the legend lists every action once', () => {
  const actions = SHORTCUTS.map(([, action]) => action);
  assert.deepEqual(actions, ['next', 'previous', 'confirm', 'reject', 'correct', 'open']);
  for (const [keys, action] of SHORTCUTS) {
    for (const k of keys) {
      const pressed = k === '↓' ? 'ArrowDown' : k === '↑' ? 'ArrowUp' : k;
      assert.equal(shortcutFor(key(pressed)), action, k);
    }
  }
});

test('the selection stays within the list', () => {
  assert.equal(moveSelection(0, 1, 3), 1);
  assert.equal(moveSelection(2, 1, 3), 2);
  assert.equal(moveSelection(0, -1, 3), 0);
  assert.equal(moveSelection(-1, 1, 3), 0);
  assert.equal(moveSelection(-1, -1, 3), 2);
  assert.equal(moveSelection(0, 1, 0), -1);
});

test('terms: labels first, else short IRIs; literals with their language or datatype', () => {
  assert.equal(termText({ type: 'uri', value: `${ID}economy/PE`, label: 'Peru' }), 'Peru');
  assert.equal(termText({ type: 'uri', value: `${DEKG}coSponsoredBy` }), 'dekg:coSponsoredBy');
  assert.equal(termText({ type: 'uri', value: `${ID}membership/71f1` }), 'id:membership/71f1');
  assert.equal(termText({ type: 'uri', value: 'http://example.org/x' }), 'http://example.org/x');
  assert.equal(termText({ type: 'literal', value: '數位貿易', 'xml:lang': 'zh-Hant' }), '數位貿易 @zh-Hant');
  assert.equal(termText({ type: 'literal', value: '2045-01-01', datatype: `${XSD}date` }), '2045-01-01 (xsd:date)');
  assert.equal(termText({ type: 'literal', value: 'CTI 11 2023S', datatype: `${XSD}string` }), 'CTI 11 2023S');
  assert.equal(termText({ type: 'literal', value: 'plain' }), 'plain');
  assert.equal(termText(null), '');
  assert.equal(curie(`${DEKG}Project`), 'dekg:Project');
  assert.equal(termHref({ type: 'uri', value: `${ID}project/CTI-11-2023S` }), '/id/project/CTI-11-2023S');
  assert.equal(termHref({ type: 'uri', value: 'http://example.org/x' }), 'http://example.org/x');
  assert.equal(termHref({ type: 'literal', value: 'x' }), null);
  assert.equal(termInput({ type: 'uri', value: `${ID}economy/PE`, label: 'Peru' }), `${ID}economy/PE`);
  assert.equal(termInput({ type: 'literal', value: '2045', datatype: `${XSD}gYear` }), '2045');
});

test('a corrected value as typed: IRIs, prefixes, codes beside the old IRI, typed literals', () => {
  const peru = { type: 'uri', value: `${ID}economy/PE`, label: 'Peru' };
  assert.deepEqual(objectFromInput(`<${ID}economy/AU>`, peru), { object: { type: 'uri', value: `${ID}economy/AU` } });
  assert.deepEqual(objectFromInput(`${ID}economy/AU`, peru), { object: { type: 'uri', value: `${ID}economy/AU` } });
  assert.deepEqual(objectFromInput('id:economy/AU', peru), { object: { type: 'uri', value: `${ID}economy/AU` } });
  assert.deepEqual(objectFromInput(' AU ', peru), { object: { type: 'uri', value: `${ID}economy/AU` } });
  assert.deepEqual(objectFromInput('urn:isbn:123', null), { object: { type: 'uri', value: 'urn:isbn:123' } });
  assert.deepEqual(objectFromInput('"Peru"@en', peru), { object: { type: 'literal', value: 'Peru', 'xml:lang': 'en' } });
  assert.deepEqual(objectFromInput('"2024-05-01"^^xsd:date'), { object: { type: 'literal', value: '2024-05-01', datatype: `${XSD}date` } });
  assert.deepEqual(objectFromInput(`"7"^^<${XSD}integer>`), { object: { type: 'literal', value: '7', datatype: `${XSD}integer` } });
  assert.deepEqual(objectFromInput('"AU"', peru), { object: { type: 'literal', value: 'AU' } });
  assert.deepEqual(objectFromInput('"x"^^foo:bar'), { error: 'Unknown prefix in foo:bar.' });
  // a date beside a literal date: sent as text, typed by the server like the value it replaces
  assert.deepEqual(objectFromInput('2030-12-31', { type: 'literal', value: '2045-12-31', datatype: `${XSD}date` }),
    { object: '2030-12-31' });
  assert.deepEqual(objectFromInput('Two words', peru), { object: 'Two words' });
  assert.deepEqual(objectFromInput('   '), { error: 'Give the new value.' });
});

test('review bodies: a reject needs its reason, a correction its value', () => {
  assert.deepEqual(reviewBody('confirm'), { body: { verdict: 'confirm' } });
  assert.deepEqual(reviewBody('confirm', { note: ' seen in the minutes ' }), { body: { verdict: 'confirm', note: 'seen in the minutes' } });
  assert.deepEqual(reviewBody('reject', { note: '  ' }), { error: 'Say why the fact is wrong.' });
  assert.deepEqual(reviewBody('reject', { note: 'Peru is not named in the project document' }),
    { body: { verdict: 'reject', note: 'Peru is not named in the project document' } });
  assert.deepEqual(reviewBody('correct', { object: '' }), { error: 'Give the new value.' });
  assert.deepEqual(reviewBody('correct', { object: 'AU', note: 'typo', original: { type: 'uri', value: `${ID}economy/PE` } }),
    { body: { verdict: 'correct', object: { type: 'uri', value: `${ID}economy/AU` }, note: 'typo' } });
  assert.deepEqual(reviewBody('correct', { object: '2030' }), { body: { verdict: 'correct', object: '2030' } });
  assert.equal(reviewBody('maybe').error, 'Unknown verdict maybe.');
});

test('request URLs and options: the session cookie, and the CSRF token on writes only', () => {
  assert.equal(reviewUrl('73693e800408a69e9db0'), '/api/facts/73693e800408a69e9db0/review');
  assert.equal(reviewUrl('a/b'), '/api/facts/a%2Fb/review');
  assert.equal(factsUrl(`${ID}project/CTI-11-2023S`), '/api/facts?subject=https%3A%2F%2Fw3id.org%2Fapec-dekg%2Fid%2Fproject%2FCTI-11-2023S');
  assert.equal(queueUrl(2, 50), '/api/review-queue?page=2&pageSize=50');
  const session = { csrfToken: 'tok', csrfHeader: 'X-CSRF-TOKEN' };
  const get = requestInit('GET', session);
  assert.equal(get.credentials, 'same-origin');
  assert.equal(get.headers['X-CSRF-TOKEN'], undefined, 'no token on reads');
  assert.equal(get.headers['X-Requested-With'], 'XMLHttpRequest');
  assert.equal(get.body, undefined);
  const post = requestInit('POST', session, { verdict: 'confirm' });
  assert.equal(post.method, 'POST');
  assert.equal(post.headers['X-CSRF-TOKEN'], 'tok');
  assert.equal(post.headers['Content-Type'], 'application/json');
  assert.equal(post.body, '{"verdict":"confirm"}');
  assert.equal(requestInit('DELETE', { csrfToken: 't2', csrfHeader: null }).headers['X-CSRF-TOKEN'], 't2');
  assert.equal(requestInit('POST', null, { user: 'u', password: 'p' }).headers['X-CSRF-TOKEN'], undefined);
});

test('sessions: signed out, wrong password, reader, writes off, editor', () => {
  assert.deepEqual(sessionOutcome(401, null), { state: 'signed-out', error: true, message: 'Wrong user name or password.' });
  assert.equal(sessionOutcome(200, { user: null, mayWrite: false, writesEnabled: true }).state, 'signed-out');
  assert.deepEqual(sessionOutcome(200, { user: 'reader', mayWrite: false, writesEnabled: true }),
    { state: 'read-only', error: true, message: 'reader may not review facts: that needs the editor role.' });
  assert.equal(sessionOutcome(200, { user: 'x', mayWrite: false, writesEnabled: false }).message,
    'Reviews are disabled on this server: no users are configured.');
  assert.deepEqual(sessionOutcome(200, { user: 'editor', mayWrite: true, writesEnabled: true }),
    { state: 'editor', message: 'Signed in as editor.' });
  assert.equal(sessionOutcome(500, null).message, 'The server could not check the sign-in (HTTP 500).');
});

test('review answers: saved, signed out, refused, invalid', () => {
  const fact = { id: 'f', state: 'rejected' };
  assert.deepEqual(reviewOutcome(201, { review: { id: 'r' }, fact }), { ok: true, fact, review: { id: 'r' } });
  assert.equal(reviewOutcome(401, { error: 'x' }).signedOut, true);
  assert.match(reviewOutcome(403, { error: 'this operation needs the editor role' }).message, /^Refused: this operation needs/);
  assert.deepEqual(reviewOutcome(400, { status: 400, error: 'reject needs a note' }), { ok: false, message: 'reject needs a note' });
  assert.equal(reviewOutcome(0, null).message, 'The review did not reach the server (network error).');
  assert.equal(reviewOutcome(502, null).message, 'HTTP 502');
});

test('after signing in, only a local path: never another site', () => {
  assert.equal(safeNext('/id/project/CTI-11-2023S'), '/id/project/CTI-11-2023S');
  assert.equal(safeNext('/id/economy/TW?format=html#x'), '/id/economy/TW?format=html#x');
  for (const bad of ['//evil.example/', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '', null, '/a\nb']) {
    assert.equal(safeNext(bad), null, String(bad));
  }
  assert.equal(signInHref('/id/project/CTI-11-2023S'), '/ui/review?next=%2Fid%2Fproject%2FCTI-11-2023S');
});

test('words: reasons, states, places, reports, counts', () => {
  assert.equal(reasonLabel('disagreement'), 'Reports disagree');
  assert.equal(reasonLabel('extraction-issue'), 'Extraction issue');
  assert.equal(reasonLabel('single-source'), 'Single source');
  assert.equal(reasonLabel('something-new'), 'something new');
  assert.equal(stateLabel('unreviewed'), 'not reviewed');
  assert.equal(stateLabel('rejected'), 'rejected');
  assert.equal(stateOfVerdict('confirm'), 'confirmed');
  assert.equal(stateOfVerdict('correct'), 'corrected');
  assert.equal(evidencePlace({ locator: 'page 3, line 12', line: 12 }), 'page 3, line 12');
  assert.equal(evidencePlace({ line: 401 }), 'line 401');
  assert.equal(evidencePlace({}), '');
  assert.equal(reportName(`${ID}report/moda-apec-desg-som3-2024`), 'moda-apec-desg-som3-2024');
  assert.equal(reportName(`${ID}report/x`, 'DESG report'), 'DESG report');
  assert.equal(reviewedText(3, 12), '3 of 12 reviewed (25 %)');
  assert.equal(reviewedText(0, 0), '0 of 0 reviewed (0 %)');
});

test('facts on the entity page: those that count first, by property, the withdrawn ones last', () => {
  const f = (id, state, p, o) => ({ id, state, predicate: { type: 'uri', value: `${DEKG}${p}`, label: p }, object: { type: 'literal', value: o } });
  const sorted = sortFacts([f('1', 'rejected', 'b', 'x'), f('2', 'unreviewed', 'b', 'y'), f('3', 'confirmed', 'a', 'z'),
    f('4', 'unreviewed', 'a', 'w'), f('5', 'added', 'c', 'v')]);
  assert.deepEqual(sorted.map((x) => x.id), ['4', '2', '5', '3', '1']);
});
