// End-to-end tests of the web UI in headless Chromium against the real server and its data.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer } from './server.js';
import { launchBrowser, openPage, screenshotDir } from './browser.js';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

let server;
let browser;
let shots;
const opened = [];

before(async () => {
  browser = await launchBrowser(); // first: a missing Chromium fails fast, before the server starts
  server = await startServer();
  shots = screenshotDir();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a page; after the test, it fails on any console or page error it recorded. */
async function open(path, viewport = DESKTOP, ready) {
  const handle = await openPage(browser.context, viewport);
  opened.push(handle);
  await handle.page.goto(`${server.base}${path}`);
  if (ready) await handle.page.waitForSelector(`body[data-ready="${ready}"]`, { timeout: 30_000 });
  return handle;
}

afterEach(async () => {
  const handles = opened.splice(0);
  const errors = handles.flatMap((h) => h.errors.filter((e) => !h.ignore?.(e)));
  await Promise.all(handles.map((h) => h.page.close()));
  assert.deepEqual(errors, [], 'console errors or page errors');
});

async function shot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
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

  await page.goto(`${server.base}/ui/query?library=projects-by-economy&economy=TW&role=proposer`);
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
    await page.goto(`${server.base}/embed/${view}`);
    await page.waitForSelector(`body.embed[data-ready="${view}"]`);
    assert.equal(await page.locator('header.site').count(), 0, 'no site header when embedded');
    assert.ok(await page.locator('.sparql-link').count() > 0, 'links to the SPARQL behind the chart');
    await shot(page, `embed-${view}`);
  }
});

test('in remote-store mode, what the UI shows is the remote store', async (t) => {
  if (!server.remote) {
    t.skip('embedded store (run with DEKG_E2E_STORE=remote)');
    return;
  }
  const q = encodeURIComponent('SELECT (COUNT(DISTINCT ?g) AS ?n) (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }');
  const remote = await fetch(`${server.remote}?query=${q}`, { headers: { Accept: 'application/sparql-results+json' } })
    .then((r) => r.json());
  const home = await fetch(`${server.base}/`, { headers: { Accept: 'application/json' } }).then((r) => r.json());
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
  assert.match(server.log(), /Starting AOT-processed DekgApplication/);
  // the JVM warns when it cannot use the cache it was given (another JVM, another class path)
  assert.doesNotMatch(server.log(), /(AOT cache|shared archive|CDS).*(mismatch|disabled|cannot|failed|not)/i);
});
