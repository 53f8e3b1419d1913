// Debian's Chromium driven by playwright-core (no browser download: `npx playwright install`
// does not work here). CHROMIUM_PATH overrides the path.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from './server.js';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 740 };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. The browser tests need Debian's Chromium and CJK fonts: `
      + 'apt-get install -y chromium fonts-noto-cjk (CI installs them in .ci/run), or set CHROMIUM_PATH.');
  }
  const profile = mkdtempSync(join(tmpdir(), 'dekg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new page at a viewport size that records console errors and page errors; `errors` lists
 * them with the URL of the page they came from.
 */
export async function openPage(context, viewport = { width: 1280, height: 800 }) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const errors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location()?.url ?? '';
    errors.push({ url: page.url(), source, text: message.text() });
  });
  page.on('pageerror', (error) => errors.push({ url: page.url(), text: String(error.stack ?? error) }));
  return { page, errors };
}

export function screenshotDir() {
  const dir = process.env.DEKG_E2E_OUT ?? join(process.cwd(), '..', '..', '..', 'target', 'e2e-screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The set-up every browser test file shares, registered on the calling file: Chromium first (a
 * missing one fails fast, before the server starts), then the real server; both stopped after the
 * file. `open(path, viewport, ready)` opens a page (waiting for body[data-ready=ready] when given),
 * and after each test every page opened is closed and the test fails on any console or page error it
 * recorded (unless the handle's `ignore` accepts it). With `signedOutEachTest`, cookies are cleared
 * before each test.
 */
export function browserSuite({ signedOutEachTest = false } = {}) {
  const suite = { server: null, browser: null, shots: null };
  const opened = [];
  before(async () => {
    suite.browser = await launchBrowser();
    suite.server = await startServer();
    suite.shots = screenshotDir();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  if (signedOutEachTest) {
    beforeEach(async () => {
      await suite.browser.context.clearCookies();
    });
  }
  afterEach(async () => {
    const handles = opened.splice(0);
    const errors = handles.flatMap((h) => h.errors.filter((e) => !h.ignore?.(e)));
    await Promise.all(handles.map((h) => h.page.close()));
    assert.deepEqual(errors, [], 'console errors or page errors');
  });
  suite.open = async (path, viewport = DESKTOP, ready) => {
    const handle = await openPage(suite.browser.context, viewport);
    opened.push(handle);
    await handle.page.goto(`${suite.server.base}${path}`);
    if (ready) await handle.page.waitForSelector(`body[data-ready="${ready}"]`, { timeout: 30_000 });
    return handle;
  };
  return suite;
}
