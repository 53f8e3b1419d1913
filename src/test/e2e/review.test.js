// Browser tests of reviews (issue 20) in headless Chromium against the real server and its data: an
// editor rejects a co-sponsor on a project page and it leaves the page, the network and the library
// query, and stays rejected when the report is loaded again, while GRAPH ?g still has it; anonymous
// visitors and readers get no edit controls (and 401 from the API); the review queue works with the keyboard.
// Each test starts signed out (cookies cleared) and finds its data at run time, so they run in any order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, USERS } from './server.js';
import { DESKTOP, PHONE, browserSuite } from './browser.js';

const DEKG = 'https://w3id.org/apec-dekg/ontology#';
const ID = 'https://w3id.org/apec-dekg/id/';
/** The seed report of data/reports and the graph it is loaded into. */
const SEED_FILE = 'moda-apec-desg-som3-2024.zh.md';
const SEED_GRAPH = 'https://w3id.org/apec-dekg/graph/report/moda-apec-desg-som3-2024';

const suite = browserSuite({ signedOutEachTest: true }); // every test starts signed out
const { open } = suite;

/** A screenshot of what the window shows (the queue and the project page are long). */
async function shot(page, name, { fullPage = false } = {}) {
  await page.screenshot({ path: join(suite.shots, `${name}.png`), fullPage });
}

async function noHorizontalScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width + 1, `page is ${scroll}px wide in a ${width}px window`);
}

/** Runs a SELECT or ASK on /sparql (anonymously, as anyone can) and returns its JSON. */
async function sparql(query) {
  const response = await fetch(`${suite.server.base}/sparql?query=${encodeURIComponent(query)}`,
    { headers: { Accept: 'application/sparql-results+json' } });
  assert.equal(response.status, 200, `SPARQL: ${query}`);
  return response.json();
}

async function getJson(path) {
  const response = await fetch(`${suite.server.base}${path}`, { headers: { Accept: 'application/json' } });
  assert.equal(response.status, 200, path);
  return response.json();
}

const local = (iri) => `/${iri.slice('https://w3id.org/apec-dekg/'.length)}`;
const code = (iri) => iri.replace(/^.*\//, '');

/**
 * A co-sponsor to reject: stated by the seed report only, still in the curated graph, not also the
 * project's proposer, and an economy with other projects (so the network still draws it after). Not
 * Australia on DESG 101 2024A, which the network test of ui.test.js clicks.
 */
async function coSponsorToReject(order = 'ASC') {
  const result = await sparql(`PREFIX dekg: <${DEKG}>
    SELECT ?project ?economy ?number WHERE {
      GRAPH <${SEED_GRAPH}> { ?project dekg:coSponsoredBy ?economy }
      ?project dekg:coSponsoredBy ?economy ; dekg:projectNumber ?number .
      FILTER NOT EXISTS { ?project dekg:proposedBy ?economy }
      FILTER NOT EXISTS { GRAPH ?g { ?project dekg:coSponsoredBy ?economy } FILTER(?g != <${SEED_GRAPH}>) }
      FILTER EXISTS { { ?other dekg:coSponsoredBy ?economy } UNION { ?other dekg:proposedBy ?economy } FILTER(?other != ?project) }
      FILTER(?project != <${ID}project/DESG-101-2024A>)
    } ORDER BY ${order}(?number) ${order}(?economy) LIMIT 1`);
  const row = result.results.bindings[0];
  assert.ok(row, 'the seed report has a co-sponsor to reject');
  const project = row.project.value;
  const economy = row.economy.value;
  const { facts } = await getJson(`/api/facts?subject=${encodeURIComponent(project)}`);
  const fact = facts.find((f) => f.predicate.value === `${DEKG}coSponsoredBy` && f.object.value === economy
    && f.graph === SEED_GRAPH);
  assert.ok(fact, `the API lists ${project} co-sponsored by ${economy}`);
  return { project, economy, number: row.number.value, fact };
}

/** Signs in on /ui/review; resolves with the answer of POST /api/session. */
async function signIn(page, user, password) {
  await page.fill('#signin-user', user);
  await page.fill('#signin-password', password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/session' && r.request().method() === 'POST'),
    page.click('#signin button[type=submit]'),
  ]);
  return response;
}

/** Rows of the library query projects-by-economy for an economy code. */
async function projectsByEconomy(economyCode) {
  return getJson(`/api/queries/projects-by-economy?economy=${economyCode}&format=json`);
}

/** The co-sponsor links of the project page's properties (the server-rendered, curated view). */
function coSponsorLinks(page) {
  return page.locator(`table.props tr:has(th a[title="${DEKG}coSponsoredBy"]) td a`)
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

test('an editor rejects a co-sponsor on the project page: gone from the page, the network and the library query; kept on reload; raw in GRAPH ?g', async () => {
  const { project, economy, fact } = await coSponsorToReject();
  const projectPath = local(project);
  const economyHref = local(economy);
  const economyCode = code(economy);
  assert.ok((await projectsByEconomy(economyCode)).some((r) => r.project === project && r.role === 'co-sponsor'),
    `before: ${economyCode} co-sponsors ${project} in projects-by-economy`);

  // sign in on the review page, which leads back to the project page
  const { page } = await open(`/ui/review?next=${encodeURIComponent(projectPath)}`, DESKTOP, 'review');
  await Promise.all([page.waitForURL(`**${projectPath}`), signIn(page, USERS.editor.name, USERS.editor.password)]);
  await page.waitForSelector('#review[data-state="editor"]');
  assert.ok((await coSponsorLinks(page)).includes(economyHref), 'before: the page lists the co-sponsor');
  // the page's values carry their fact identifiers, the same the API gives
  assert.equal(await page.locator(`table.props li[data-facts~="${fact.id}"]`).count(), 1);
  const row = page.locator(`#fact-${fact.id}`);
  assert.equal(await row.getAttribute('data-state'), 'unreviewed');
  assert.match(await row.locator('.predicate').textContent(), /co-sponsored by/);
  assert.equal(await row.locator('a.object').getAttribute('href'), economyHref);
  assert.ok((await row.locator('blockquote.quote').count()) > 0, 'the evidence quote is shown');
  assert.match(await row.locator('.place').first().textContent(), /line \d+/);
  assert.equal(await row.locator('a.report-link').first().getAttribute('href'), '/id/report/moda-apec-desg-som3-2024');
  assert.equal(await row.locator('.evidence-item a.report-link').count(), await row.locator('.evidence-item').count(),
    'each piece of evidence names its report');
  await row.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await shot(page, 'review-project-page-panel');

  // reject, with the reason
  await row.locator('button[data-verdict="reject"]').click();
  const reason = row.locator(`#reject-${fact.id}-note`);
  await reason.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), `reject-${fact.id}-note`, 'the reason field has the focus');
  const note = `e2e: ${economyCode} is not named as a co-sponsor in the project document`;
  await reason.fill(note);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/facts/${fact.id}/review`)),
    page.waitForNavigation(), // the page shows the curated graph again
    row.locator('form.verdict-form button[type=submit]').click(),
  ]);
  assert.equal(response.status(), 201);
  assert.ok(response.request().headers()['x-csrf-token'], 'the write carries the CSRF token');
  await page.waitForSelector('#review[data-state="editor"]');
  assert.match(await page.textContent('#review-flash'), /^Rejected: co-sponsored by /);
  assert.equal((await coSponsorLinks(page)).includes(economyHref), false, 'after: the co-sponsor left the page');
  assert.equal(await page.locator(`table.props li[data-facts~="${fact.id}"]`).count(), 0);
  assert.equal(await page.getAttribute(`#fact-${fact.id}`, 'data-state'), 'rejected', 'the panel shows it rejected');
  assert.match(await page.textContent(`#fact-${fact.id} .review-note`), new RegExp(`Rejected by editor .*${economyCode} is not named`));
  await page.locator(`#fact-${fact.id}`).evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await shot(page, 'review-project-page-rejected');

  const stored = await getJson(`/api/facts/${fact.id}`);
  assert.equal(stored.state, 'rejected');
  assert.equal(stored.review.note, note);
  assert.equal(stored.review.by, USERS.editor.name);

  // the library query: that economy's rows no longer list the project as co-sponsor
  assert.equal((await projectsByEconomy(economyCode)).some((r) => r.project === project && r.role === 'co-sponsor'), false);

  // the co-sponsorship network: the economy's projects no longer include it
  await page.goto(`${suite.server.base}/ui/network?economy=${economyCode}`);
  await page.waitForSelector('body[data-ready="network"]');
  await page.waitForSelector('#economy-projects .project-list li');
  const listed = await page.locator('#economy-projects .project-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(listed.length > 0, `${economyCode} still has projects`);
  assert.equal(listed.includes(projectPath), false, `network: ${projectPath} not among ${economyCode}'s projects ${listed}`);

  // loading the same report again keeps the rejection
  const upload = await fetch(`${suite.server.base}/api/reports?name=${encodeURIComponent(SEED_FILE)}`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${USERS.editor.name}:${USERS.editor.password}`).toString('base64')}`,
      'Content-Type': 'application/octet-stream',
    },
    body: readFileSync(join(REPO, 'data', 'reports', SEED_FILE)),
  });
  assert.equal(upload.status, 201, await upload.clone().text());
  assert.equal((await upload.json()).graph, SEED_GRAPH, 'the same report, into the same graph');
  const reloaded = await getJson(`/api/facts/${fact.id}`);
  assert.equal(reloaded.state, 'rejected');
  assert.equal(reloaded.review.note, note);
  assert.equal((await projectsByEconomy(economyCode)).some((r) => r.project === project && r.role === 'co-sponsor'), false);
  await page.goto(`${suite.server.base}${projectPath}`);
  await page.waitForSelector('#review[data-state="editor"]');
  assert.equal((await coSponsorLinks(page)).includes(economyHref), false, 'still gone after the reload');

  // the default graph is curated; the report's graph keeps what was extracted
  assert.equal((await sparql(`PREFIX dekg: <${DEKG}> ASK { <${project}> dekg:coSponsoredBy <${economy}> }`)).boolean, false);
  const raw = await sparql(`PREFIX dekg: <${DEKG}> SELECT ?g WHERE { GRAPH ?g { <${project}> dekg:coSponsoredBy <${economy}> } }`);
  assert.deepEqual(raw.results.bindings.map((b) => b.g.value), [SEED_GRAPH]);
});

test('an editor corrects a co-sponsor on the project page by typing the right economy code', async () => {
  const { project, economy, fact } = await coSponsorToReject('DESC'); // the other end of the list from the reject test
  const projectPath = local(project);
  const economies = await sparql(`PREFIX dekg: <${DEKG}> SELECT ?e WHERE { ?e a dekg:Economy
    FILTER NOT EXISTS { <${project}> dekg:coSponsoredBy|dekg:proposedBy ?e } } ORDER BY ?e LIMIT 1`);
  const replacement = economies.results.bindings[0].e.value;
  const { page } = await open(`/ui/review?next=${encodeURIComponent(projectPath)}`, DESKTOP, 'review');
  await Promise.all([page.waitForURL(`**${projectPath}`), signIn(page, USERS.editor.name, USERS.editor.password)]);
  await page.waitForSelector('#review[data-state="editor"]');
  const row = page.locator(`#fact-${fact.id}`);
  await row.locator('button[data-verdict="correct"]').click();
  const value = page.locator(`#correct-${fact.id}-object`);
  assert.equal(await value.inputValue(), economy, 'the current value to edit');
  await value.fill(code(replacement)); // a bare code beside an economy IRI means that economy
  await page.fill(`#correct-${fact.id}-note`, 'e2e: the report names another economy');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/facts/${fact.id}/review`)),
    page.waitForNavigation(),
    row.locator('form.verdict-form button[type=submit]').click(),
  ]);
  assert.equal(response.status(), 201);
  assert.deepEqual(JSON.parse(response.request().postData()).object, { type: 'uri', value: replacement });
  await page.waitForSelector('#review[data-state="editor"]');
  const links = await coSponsorLinks(page);
  assert.ok(links.includes(local(replacement)), `the correction is on the page: ${links}`);
  assert.equal(links.includes(local(economy)), false, 'the corrected value left the page');
  assert.equal(await page.getAttribute(`#fact-${fact.id}`, 'data-state'), 'corrected');
  assert.equal((await getJson(`/api/facts/${fact.id}`)).state, 'corrected');
  assert.ok((await projectsByEconomy(code(replacement))).some((r) => r.project === project && r.role === 'co-sponsor'));
});

test('anonymous visitors: 401 from the review API, no edit controls on a project page, wrong passwords refused', async () => {
  const { project, fact } = await coSponsorToReject().catch(async () => {
    // the co-sponsor may already be rejected by the other test: any fact of the seed report will do
    const { facts } = await getJson(`/api/facts?report=${encodeURIComponent(`${ID}report/moda-apec-desg-som3-2024`)}&pageSize=5`);
    return { project: facts[0].subject.value, fact: facts[0] };
  });
  const before = (await getJson('/api/reviews?pageSize=1')).total;
  for (const headers of [{ 'Content-Type': 'application/json' },
    { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }]) {
    const refused = await fetch(`${suite.server.base}/api/facts/${fact.id}/review`, {
      method: 'POST', headers, body: JSON.stringify({ verdict: 'reject', note: 'anonymous' }),
    });
    assert.equal(refused.status, 401);
  }
  const added = await fetch(`${suite.server.base}/api/facts`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ subject: project, predicate: `${DEKG}coSponsoredBy`, object: `${ID}economy/AU`, note: 'x' }),
  });
  assert.equal(added.status, 401);
  assert.equal((await getJson('/api/reviews?pageSize=1')).total, before, 'nothing recorded');

  const projectPath = local(project);
  const { page } = await open(projectPath);
  await page.waitForSelector('#review[data-state="anonymous"]');
  assert.equal(await page.locator('#review button, #review form, #review input').count(), 0, 'no edit controls');
  assert.equal(await page.locator('#review .review-actions').count(), 0);
  assert.equal(await page.getAttribute('#review a.signin-link', 'href'), `/ui/review?next=${encodeURIComponent(projectPath)}`);
  assert.equal(await page.getAttribute('#review', 'data-subject'), project);
  await page.locator('#review').evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await shot(page, 'review-project-page-anonymous');

  // the review page: the sign-in form only; a wrong password says so
  const handle = await open('/ui/review', DESKTOP, 'review');
  const review = handle.page;
  handle.ignore = (e) => /status of 401/.test(e.text); // the refused sign-in, logged by the browser
  assert.equal(await review.getAttribute('header nav a[href="/ui/review"]', 'aria-current'), 'page');
  assert.ok(await review.isVisible('#signin'));
  assert.equal(await review.locator('#queue-section').isHidden(), true, 'no queue before signing in');
  assert.equal(await review.getByLabel('User name').getAttribute('id'), 'signin-user');
  const wrong = await signIn(review, USERS.editor.name, 'not-the-password');
  assert.equal(wrong.status(), 401);
  assert.equal(wrong.headers()['www-authenticate'], undefined, 'no Basic challenge, so no native dialog');
  await review.waitForSelector('#signin-message .error');
  assert.equal(await review.textContent('#signin-message'), 'Wrong user name or password.');
  assert.equal(await review.locator('#queue-section').isHidden(), true);
});

test('readers see no edit controls either', async () => {
  const { page } = await open('/ui/review', DESKTOP, 'review');
  const response = await signIn(page, USERS.reader.name, USERS.reader.password);
  assert.equal(response.status(), 200);
  await page.waitForSelector('#role-message .error');
  assert.equal(await page.textContent('#role-message'), 'reader may not review facts: that needs the editor role.');
  assert.equal(await page.locator('#queue-section').isHidden(), true);
  await page.goto(`${suite.server.base}/id/project/DESG-101-2024A`);
  await page.waitForSelector('#review[data-state="read-only"]');
  assert.equal(await page.locator('#review button[data-verdict], #review form, #review input').count(), 0);
  assert.match(await page.textContent('#review'), /Signed in as reader: you may not review facts/);
  // signed in (a session cookie), the views' SPARQL still runs: the charts, and the editor's POSTs
  await page.goto(`${suite.server.base}/ui/query?sparql=${encodeURIComponent('SELECT ?e WHERE { ?e a <https://w3id.org/apec-dekg/ontology#Economy> }')}`);
  await page.waitForSelector('body[data-ready="query"]');
  await page.waitForSelector('.yasr table tbody tr, .yasr .dataTable tbody tr', { timeout: 30_000 });
  await page.goto(`${suite.server.base}/ui/kfa`);
  await page.waitForSelector('body[data-ready="kfa"]');
  assert.equal(await page.getAttribute('#kfa-chart', 'data-bars'), '11');
});

test('review queue: entries most pressing first with evidence, keyboard moves and confirms, per-report counts', async () => {
  const { page } = await open('/ui/review', DESKTOP, 'review');
  await signIn(page, USERS.editor.name, USERS.editor.password);
  await page.waitForSelector('#queue .queue-entry');
  await page.waitForSelector('#queue .queue-entry:first-child .entry-evidence .evidence');
  assert.equal(await page.textContent('#signed-in-user'), 'editor');
  const entries = page.locator('#queue .queue-entry');
  assert.ok(await entries.count() > 1, 'the queue lists entries');
  const reasons = await entries.evaluateAll((els) => els.map((e) => e.dataset.reason));
  assert.ok(reasons.every((r) => ['disagreement', 'extraction-issue', 'single-source'].includes(r)), `reasons ${reasons}`);
  const api = await getJson('/api/review-queue?page=1&pageSize=50');
  assert.deepEqual(await entries.evaluateAll((els) => els.map((e) => e.dataset.id)), api.entries.map((e) => e.id),
    'in the order of the queue (most pressing first)');
  assert.match(await entries.first().locator('.statement').textContent(), /\S/);
  // the legend names every key
  const legend = await page.locator('#shortcuts dl > div').evaluateAll((ds) => ds.map((d) => d.dataset.action));
  assert.deepEqual(legend, ['next', 'previous', 'confirm', 'reject', 'correct', 'open']);
  assert.ok(await page.isVisible('#shortcuts'));
  // per report: facts and reviewed
  const seedRow = page.locator(`#report-counts tbody tr[data-report="${ID}report/moda-apec-desg-som3-2024"]`);
  assert.ok(Number(await seedRow.locator('td.facts').textContent()) > 0);
  const reviewedBefore = Number(await seedRow.locator('td.reviewed').textContent());
  await shot(page, 'review-queue');

  const selectedId = () => page.getAttribute('#queue .queue-entry[aria-current="true"]', 'data-id');
  const ids = await entries.evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.equal(await selectedId(), ids[0]);
  await page.keyboard.press('j');
  assert.equal(await selectedId(), ids[1]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await selectedId(), ids[2]);
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowUp');
  assert.equal(await selectedId(), ids[0]);

  // r asks the reason (Esc closes it); e opens the correction with the current value
  await page.keyboard.press('r');
  await page.waitForSelector(`#entry-${ids[0]} form.verdict-form.reject`);
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'note');
  await page.keyboard.type('j'); // typing in the field is not a shortcut
  assert.equal(await selectedId(), ids[0]);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator(`#entry-${ids[0]} form.verdict-form`).count(), 0);
  await page.keyboard.press('e');
  await page.waitForSelector(`#entry-${ids[0]} form.verdict-form.correct`);
  assert.ok((await page.inputValue(`#correct-${ids[0]}-object`)).length > 0, 'the current value to edit');
  await page.keyboard.press('Escape');

  // c confirms the selected fact; the selection moves on
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/facts/${ids[0]}/review`)),
    page.keyboard.press('c'),
  ]);
  assert.equal(response.status(), 201);
  assert.equal(JSON.parse(response.request().postData()).verdict, 'confirm');
  await page.waitForSelector(`#entry-${ids[0]}[data-state="confirmed"]`);
  assert.equal(await page.textContent(`#entry-${ids[0]} .tag.state`), 'confirmed');
  assert.equal(await selectedId(), ids[1]);
  assert.equal((await getJson(`/api/facts/${ids[0]}`)).state, 'confirmed');
  const queue = await getJson('/api/review-queue?page=1&pageSize=50'); // the page it was on
  assert.equal(queue.entries.some((e) => e.id === ids[0]), false, 'a confirmed fact leaves the queue');
  // the per-report table counts it
  const confirmedReport = (await getJson(`/api/facts/${ids[0]}`)).report;
  await page.waitForFunction(([selector, n]) => Number(document.querySelector(selector)?.textContent) > n,
    [`#report-counts tbody tr[data-report="${confirmedReport}"] td.reviewed`,
      confirmedReport === `${ID}report/moda-apec-desg-som3-2024` ? reviewedBefore : 0]);
  await shot(page, 'review-queue-confirmed');

  // o opens the selected entry's entity page
  const subject = await page.locator(`#entry-${ids[1]} .statement > .subject`).getAttribute('href');
  const [navigation] = await Promise.all([page.waitForNavigation(), page.keyboard.press('o')]);
  assert.equal(navigation.status(), 200);
  assert.equal(new URL(page.url()).pathname, subject);
  await page.waitForSelector('#review[data-state="editor"]');
});

test('review queue on a phone: legend, entries, no horizontal scroll', async () => {
  const { page } = await open('/ui/review', PHONE, 'review');
  await signIn(page, USERS.editor.name, USERS.editor.password);
  await page.waitForSelector('#queue .queue-entry .entry-evidence .evidence');
  await noHorizontalScroll(page);
  await shot(page, 'review-queue-375x740');
  await page.click('#sign-out');
  await page.waitForSelector('#signin', { state: 'visible' });
  assert.equal((await page.evaluate(() => fetch('/api/session').then((r) => r.json()))).user, null, 'signed out');
});
