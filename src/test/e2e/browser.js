// Debian's Chromium driven by playwright-core (no browser download: `npx playwright install`
// does not work here). CHROMIUM_PATH overrides the path.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

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
