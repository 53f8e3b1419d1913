// End-to-end tests of the web UI in headless Chromium against the real server and its data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, USERS } from './server.js';
import { DESKTOP, PHONE, browserSuite } from './browser.js';


const suite = browserSuite();
const { open } = suite;

async function shot(page, name) {
  await page.screenshot({ path: join(suite.shots, `${name}.png`), fullPage: true });
}

async function noHorizontalScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width + 1, `page is ${scroll}px wide in a ${width}px window`);
}

for (const [size, viewport] of [['1280x800', DESKTOP], ['375x740', PHONE]]) {
  test(`home page at ${size}: counts, last load, links, Chinese labels`, async () => {
    const { page } = await open('/ui/', viewport, 'home');
    await page.waitForSelector('[data-count="economies"] dd');
    assert.equal(await page.textContent('[data-count="economies"] dd'), '21');
    for (const key of ['fora', 'projects', 'meetings', 'reports', 'triples']) {
      const n = Number((await page.textContent(`[data-count="${key}"] dd`)).replace(/,/g, ''));
      assert.ok(n > 0, `${key} count is ${n}`);
    }
    assert.match(await page.textContent('.last-load'), /Last load: .*\d{4}-\d\d-\d\dT/);
    for (const href of ['/ui/query', '/ui/network', '/ui/kfa', '/ui/policies']) {
      assert.equal(await page.locator(`main a[href="${href}"]`).count(), 1, `link to ${href}`);
    }
    // Chinese renders with a CJK font (fonts-noto-cjk), not as boxes.
    assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK TC"', '經濟體')),
      'Noto Sans CJK TC is not available to Chromium: apt-get install -y fonts-noto-cjk');
    const zhWidth = await page.locator('[data-count="economies"] [lang="zh-Hant"]').evaluate((e) => e.getBoundingClientRect().width);
    assert.ok(zhWidth > 20, 'Chinese label has a width');
    await noHorizontalScroll(page);
    await shot(page, `home-${size}`);
  });
}

test('search "DESG" ranks the forum first and leads to its page', async () => {
  const handle = await open('/ui/', DESKTOP, 'home');
  const { page } = handle;
  await page.fill('#search', 'DESG');
  const first = page.locator('#search-results [role=option] a').first();
  await first.waitFor();
  assert.equal(await first.getAttribute('href'), '/id/forum/DESG');
  await shot(page, 'search-DESG');
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.press('#search', 'Enter'),
  ]);
  assert.equal(new URL(page.url()).pathname, '/id/forum/DESG');
  if (response.status() === 404) {
    // Entity pages (issue 5) not in this build yet: the URL is the contract; ignore the 404's log line.
    handle.ignore = (e) => e.url.endsWith('/id/forum/DESG') && /status of 404/.test(e.text);
    console.log('# note: /id/forum/DESG answered 404 (entity pages not in this build); navigation URL asserted');
  } else {
    assert.equal(response.status(), 200);
    assert.match(await page.textContent('body'), /DESG|Digital Economy Steering Group/);
    await shot(page, 'forum-DESG');
  }
});

test('search in Chinese on a phone', async () => {
  const { page } = await open('/ui/', PHONE, 'home');
  await page.fill('#search', '中華臺北');
  const first = page.locator('#search-results [role=option] a').first();
  await first.waitFor();
  assert.equal(await first.getAttribute('href'), '/id/economy/TW');
  await shot(page, 'search-zh-375x740');
});

test('query library: pick a query, run it, see its rows, shareable URL re-runs it', async () => {
  const { page } = await open('/ui/query', DESKTOP, 'query');
  await page.click('[data-query="kfa-coverage"]');
  await page.click('#library-form button[type=submit]');
  await page.waitForSelector('#library-results tbody tr', { state: 'attached' });
  assert.equal(await page.locator('#library-results tbody tr').count(), 11, 'one row per KFA');
  assert.match(page.url(), /\/ui\/query\?library=kfa-coverage/);
  assert.equal(await page.locator('a', { hasText: 'Download CSV' }).getAttribute('href'), '/api/queries/kfa-coverage?format=csv');
  await page.waitForSelector('.chart-panel canvas'); // a bar view opens on its chart
  await page.click('button.tab >> text=Table');
  await page.waitForSelector('#library-results tbody tr');
  await page.waitForSelector('.yasqe');
  await shot(page, 'query-library');

  await page.goto(`${suite.server.base}/ui/query?library=projects-by-economy&economy=TW&role=proposer`);
  await page.waitForSelector('#library-results tbody tr');
  assert.equal(await page.inputValue('#param-economy'), 'TW');
  assert.equal(await page.inputValue('#param-role'), 'proposer');
  const rows = await page.locator('#library-results tbody tr').count();
  assert.ok(rows > 0, 'Chinese Taipei proposed projects');
  assert.equal(await page.locator('#library-results tbody tr', { hasText: 'co-sponsor' }).count(), 0);
});

/**
 * Clicks economy {@code code} where cytoscape drew it, once fonts and layout have settled (a late web
 * font or panel can move the canvas after the first frame), scrolling it into the window first if it
 * lies below the fold (the graph is taller than what is left of a 800px window under the header, as a
 * user would scroll); clicks again if the first click landed while the page was still moving.
 */
async function clickNode(page, code) {
  for (let attempt = 1; ; attempt++) {
    const at = await page.evaluate(async (id) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await document.fonts.ready;
      await frame();
      const container = document.getElementById('network');
      const where = () => {
        const p = container._cy.getElementById(id).renderedPosition();
        const box = container.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      };
      let point = where();
      if (point.y < 0 || point.y > window.innerHeight || point.x < 0 || point.x > window.innerWidth) {
        window.scrollBy(point.x - window.innerWidth / 2, point.y - window.innerHeight / 2);
        await frame();
        point = where();
      }
      return point;
    }, code);
    await page.mouse.click(at.x, at.y);
    try {
      await page.waitForSelector('#economy-projects .project-list li', { timeout: attempt < 3 ? 5_000 : 30_000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

/** Where cytoscape placed each economy (model coordinates), to compare two loads of the same page. */
function nodePositions(page) {
  return page.evaluate(() => Object.fromEntries(document.getElementById('network')._cy.nodes()
    .map((n) => [n.id(), n.position()])));
}

test('network: click an economy, see its projects; filter by forum', async () => {
  const { page } = await open('/ui/network', DESKTOP, 'network');
  const graph = page.locator('#network');
  const before = Number(await graph.getAttribute('data-nodes'));
  assert.ok(before > 5, `${before} economies drawn`);
  await clickNode(page, 'AU');
  assert.match(await page.textContent('#economy-projects h2'), /Australia/);
  const links = await page.locator('#economy-projects .project-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.includes('/id/project/DESG-101-2024A'), `projects of Australia: ${links}`);
  assert.ok(links.every((href) => href.startsWith('/id/project/')));
  assert.match(page.url(), /economy=AU/);
  await shot(page, 'network-AU');

  await page.selectOption('#filter-forum', 'DESG');
  const after = Number(await graph.getAttribute('data-nodes'));
  assert.ok(after > 0 && after < before, `DESG only: ${after} of ${before} economies`);
  assert.match(page.url(), /forum=DESG/);
});

test('network: the same data draws the same picture on every load', async () => {
  const first = await open('/ui/network', DESKTOP, 'network');
  const second = await open('/ui/network', DESKTOP, 'network');
  const positions = await nodePositions(first.page);
  assert.ok(Object.keys(positions).length > 5, `${Object.keys(positions).length} economies placed`);
  assert.deepEqual(await nodePositions(second.page), positions);
});

test('KFA chart: all 11 areas, heatmap click-through to projects', async () => {
  const { page } = await open('/ui/kfa', DESKTOP, 'kfa');
  assert.equal(await page.getAttribute('#kfa-chart', 'data-bars'), '11');
  const cell = page.locator('#kfa-heatmap tbody button').first();
  await cell.click();
  await page.waitForSelector('#kfa-projects .project-list li');
  assert.match(await page.textContent('#kfa-projects h2'), /KFA \d+/);
  await shot(page, 'kfa');
});

test('KFA on a phone, and its SPARQL opens in the editor with results', async () => {
  const { page } = await open('/ui/kfa', PHONE, 'kfa');
  await noHorizontalScroll(page);
  await shot(page, 'kfa-375x740');
  await page.click('.sparql-link >> nth=0');
  await page.waitForSelector('body[data-ready="query"]');
  await page.waitForSelector('.yasr table tbody tr, .yasr .dataTable tbody tr', { timeout: 30_000 });
});

test('policies timeline and the embeddable charts', async () => {
  const { page } = await open('/ui/policies', DESKTOP, 'policies');
  await page.waitForSelector('#policy-list h2');
  await shot(page, 'policies');
  for (const view of ['network', 'kfa', 'policies']) {
    await page.goto(`${suite.server.base}/embed/${view}`);
    await page.waitForSelector(`body.embed[data-ready="${view}"]`);
    assert.equal(await page.locator('header.site').count(), 0, 'no site header when embedded');
    assert.ok(await page.locator('.sparql-link').count() > 0, 'links to the SPARQL behind the chart');
    await shot(page, `embed-${view}`);
  }
});

const REPORT_GRAPHS = `SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/apec-dekg/graph/report/")) }`;

/** Runs a SELECT or ASK on /sparql (anonymously, as anyone can) and returns its JSON. */
async function sparql(query) {
  const response = await fetch(`${suite.server.base}/sparql?query=${encodeURIComponent(query)}`,
    { headers: { Accept: 'application/sparql-results+json' } });
  assert.equal(response.status, 200, `SPARQL: ${query}`);
  return response.json();
}

async function reportGraphs() {
  return Number((await sparql(REPORT_GRAPHS)).results.bindings[0].n.value);
}

/** A PNG image (8-byte signature and an IHDR chunk): a file of a type that is not a report. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

/** Signs in on the upload page; resolves with the answer of the credentials check. */
async function signIn(page, user, password) {
  await page.fill('#signin-user', user);
  await page.fill('#signin-password', password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/whoami'),
    page.click('#signin button[type=submit]'),
  ]);
  return response;
}

/** Drops files on the drop zone as a user dragging them from the desktop would. */
async function dropFiles(page, selector, files) {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return dt;
  }, files.map((f) => ({ name: f.name, type: f.mimeType, bytes: [...f.buffer] })));
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

test('upload page: anonymous visitors get the sign-in form only; a wrong password says so, with no browser dialog', async () => {
  const handle = await open('/ui/upload', DESKTOP, 'upload');
  const { page } = handle;
  // the browser's console reports each refused request ("Failed to load resource … 401"); those are the point here
  handle.ignore = (e) => /status of 401/.test(e.text);
  assert.equal(await page.getAttribute('header nav a[href="/ui/upload"]', 'aria-current'), 'page');
  assert.ok(await page.isVisible('#signin'), 'sign-in form shown');
  assert.equal(await page.isVisible('#dropzone'), false, 'no drop zone before signing in');
  assert.equal(await page.locator('#upload').isHidden(), true, 'no upload section before signing in');
  // the labels name the fields (accessible names)
  assert.equal(await page.getByLabel('User name').getAttribute('id'), 'signin-user');
  assert.equal(await page.getByLabel('Password').getAttribute('id'), 'signin-password');
  // and the API itself refuses an anonymous upload, storing nothing
  const before = await reportGraphs();
  const anonymous = await fetch(`${suite.server.base}/api/reports?name=anon.md`, { method: 'POST', body: '# A report' });
  assert.equal(anonymous.status, 401);

  const response = await signIn(page, USERS.editor.name, 'not-the-password');
  assert.equal(response.status(), 401);
  assert.equal(response.headers()['www-authenticate'], undefined, 'no Basic challenge, so no native dialog');
  await page.waitForSelector('#signin-message .error');
  assert.equal(await page.textContent('#signin-message'), 'Wrong user name or password.');
  assert.equal(await page.locator('#upload').isHidden(), true, 'still no upload section');

  const reader = await signIn(page, USERS.reader.name, USERS.reader.password);
  assert.equal(reader.status(), 200);
  await page.waitForSelector('#signin-message .error');
  assert.equal(await page.textContent('#signin-message'), 'reader may not upload reports: that needs the editor role.');
  assert.equal(await page.locator('#upload').isHidden(), true);
  assert.equal(await reportGraphs(), before);
  await shot(page, 'upload-wrong-password');
});

test('upload page: the editor drops a report, chooses a PDF and a PNG; the reports are loaded and linked, the PNG refused', async () => {
  const handle = await open('/ui/upload', DESKTOP, 'upload');
  const { page } = handle;
  handle.ignore = (e) => /status of 400/.test(e.text); // the refused PNG's request, logged by the browser
  const before = await reportGraphs();
  const response = await signIn(page, USERS.editor.name, USERS.editor.password);
  assert.equal(response.status(), 200);
  await page.waitForSelector('#dropzone', { state: 'visible' });
  assert.equal(await page.textContent('#signed-in-user'), 'editor');

  const good = {
    name: 'DESG 會議摘要 e2e.md', mimeType: 'text/markdown',
    buffer: readFileSync(join(REPO, 'src', 'test', 'resources', 'reports', 'desg-chair-summary-sample.en.md')),
  };
  const pdf = {
    name: '會議摘要 desg-e2e-pdf.pdf', mimeType: 'application/pdf',
    buffer: readFileSync(join(REPO, 'src', 'test', 'resources', 'reports', 'formats', 'desg-chair-summary-sample.en.pdf')),
  };
  const bad = { name: '圖表.png', mimeType: 'image/png', buffer: PNG };
  await dropFiles(page, '#dropzone', [good]);
  await page.setInputFiles('#files', [pdf, bad]);

  const goodItem = page.locator('.upload-item').nth(0);
  const pdfItem = page.locator('.upload-item').nth(1);
  const badItem = page.locator('.upload-item').nth(2);
  await page.waitForSelector('.upload-item:nth-child(1)[data-state="done"]', { timeout: 30_000 });
  await page.waitForSelector('.upload-item:nth-child(2)[data-state="done"]', { timeout: 30_000 });
  await page.waitForSelector('.upload-item:nth-child(3)[data-state="failed"]', { timeout: 30_000 });
  assert.equal(await goodItem.locator('.file-name').textContent(), good.name);
  assert.equal(await goodItem.locator('.state').textContent(), 'Loaded');
  const entities = Object.fromEntries(await goodItem.locator('.entities li').evaluateAll(
    (items) => items.map((li) => [li.dataset.type, Number(li.dataset.count)])));
  assert.deepEqual(entities, { Event: 1, Meeting: 1, Organization: 2, Policy: 2, Project: 4 });
  assert.equal(await goodItem.locator('.entities li[data-type="Project"]').textContent(), '4 projects');
  assert.equal(await goodItem.locator('.tag.format').textContent(), 'MARKDOWN');
  const link = goodItem.locator('a.report-link');
  assert.equal(await link.getAttribute('href'), '/id/report/desg-e2e');

  // the same report as a PDF: the same entities, its warnings placed by page and line
  assert.equal(await pdfItem.locator('.file-name').textContent(), pdf.name);
  assert.equal(await pdfItem.locator('.tag.format').textContent(), 'PDF');
  assert.deepEqual(Object.fromEntries(await pdfItem.locator('.entities li').evaluateAll(
    (items) => items.map((li) => [li.dataset.type, Number(li.dataset.count)]))), entities);
  assert.equal(await pdfItem.locator('a.report-link').getAttribute('href'), '/id/report/desg-e2e-pdf');
  const wheres = await pdfItem.locator('.warnings .where').allTextContents();
  assert.ok(wheres.length > 0 && wheres.every((w) => /^page \d+, line \d+$/.test(w)), `PDF warnings placed: ${wheres}`);

  assert.equal(await badItem.locator('.file-name').textContent(), bad.name);
  assert.equal(await badItem.locator('.state').textContent(), 'Rejected');
  assert.equal(await badItem.locator('.upload-error').textContent(), '圖表.png: not a supported report type: the content is'
    + ' a PNG image (supported: PDF, DOCX, HTML, Markdown and plain text)');
  assert.equal(await badItem.locator('.entities').count(), 0);
  await shot(page, 'upload-results');

  // the store holds the report, and nothing of the PNG
  assert.equal(await reportGraphs(), before + 2);
  assert.equal((await sparql('ASK { GRAPH <https://w3id.org/apec-dekg/graph/report/desg-e2e> {'
    + ' <https://w3id.org/apec-dekg/id/project/DESG-02-2021> ?p ?o } }')).boolean, true);
  assert.equal((await sparql('ASK { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?o), "圖表")) } }')).boolean, false);
  assert.equal((await sparql('ASK { GRAPH <https://w3id.org/apec-dekg/graph/report/report> { ?s ?p ?o } }')).boolean, false);

  // the link leads to the report's page
  const [page2] = await Promise.all([page.waitForNavigation(), link.click()]);
  assert.equal(page2.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/id/report/desg-e2e');
  assert.match(await page.textContent('body'), /Second Meeting 2024/);
  await shot(page, 'upload-report-page');
});

test('in remote-store mode, what the UI shows is the remote store', async (t) => {
  if (!suite.server.remote) {
    t.skip('embedded store (run with DEKG_E2E_STORE=remote)');
    return;
  }
  const q = encodeURIComponent('SELECT (COUNT(DISTINCT ?g) AS ?n) (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }');
  const remote = await fetch(`${suite.server.remote}?query=${q}`, { headers: { Accept: 'application/sparql-results+json' } })
    .then((r) => r.json());
  const home = await fetch(`${suite.server.base}/`, { headers: { Accept: 'application/json' } }).then((r) => r.json());
  const row = remote.results.bindings[0];
  assert.equal(home.graphs, Number(row.n.value));
  assert.equal(home.quads, Number(row.quads.value));
  assert.equal(home.economies, 21);
});

test('started by the fast-start launcher, the server runs AOT-processed with the class cache', async (t) => {
  if (!process.env.DEKG_LAUNCHER) {
    t.skip('started with java -jar (set DEKG_LAUNCHER to the fast-start launcher)');
    return;
  }
  assert.match(suite.server.log(), /Starting AOT-processed DekgApplication/);
  // the JVM warns when it cannot use the cache it was given (another JVM, another class path)
  assert.doesNotMatch(suite.server.log(), /(AOT cache|shared archive|CDS).*(mismatch|disabled|cannot|failed|not)/i);
});
