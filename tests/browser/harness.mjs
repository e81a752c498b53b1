// The browser-test harness: Debian's Chromium driven by playwright-core. Tests import it
// through ./lib.mjs (which also closes the browser and server after the file's tests);
// scripts that are not tests (scripts/screenshot.mjs) import this file and call closeAll().
//
//   import { openApp, shot } from './lib.mjs';
//   const app = await openApp('served');          // or 'file' (dist/tally.html via file://)
//   ...assert on app.page...
//   await app.assertClean();                      // no console error, page error, CSP
//                                                 //   violation or request to elsewhere
//   await app.close();
//
// One browser and one static server per test file (node --test runs each file in its own
// process), started on first use; closeAll() ends both. Everything the page requested is in
// app.requests; what the static server answered is in app.served.

import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { startStaticServer } from '../../scripts/static-server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.TALLY_DIST ? resolve(process.env.TALLY_DIST) : join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests/browser/artifacts');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** How long the page may take to signal `html[data-ready="1"]`. */
export const READY_TIMEOUT = Number(process.env.TALLY_READY_TIMEOUT ?? 20000);

// Headless, as root, and quiet: without the background-networking flags Chromium makes
// connections of its own. Playwright adds --headless and a new empty --user-data-dir
// (a fresh temporary profile for every launch).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--font-render-hinting=none',
];

let browserPromise;
/** The shared browser of this test file (launched on first use). */
export function browser() {
  if (!browserPromise) {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/install`);
    browserPromise = chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }
  return browserPromise;
}

let serverPromise;
/** The shared static server of dist/ on 127.0.0.1 (a random free port). */
export function server() {
  serverPromise ??= startStaticServer({ root: DIST, port: 0 });
  return serverPromise;
}

/** Closes the shared browser and server, if started. */
export async function closeAll() {
  const [b, s] = [browserPromise, serverPromise];
  browserPromise = serverPromise = undefined;
  if (b) await (await b).close();
  if (s) await (await s).close();
}

/** The file:// URL of the single-file artefact. */
export const singleFileUrl = () => pathToFileURL(join(DIST, 'tally.html')).href;

/**
 * Opens the page in a new browser context and records what it does.
 *   which: 'served' (dist/index.html over http://127.0.0.1) or 'file' (dist/tally.html via file://)
 *   query: appended to the URL as is, e.g. '?lang=en' or '#x'
 *   options: { viewport, colorScheme, locale, waitReady = true, contextOptions }
 * Returns { page, context, url, origin, requests, external, consoleErrors, consoleMessages,
 *           pageErrors, cspViolations, served, assertClean(), close() }.
 */
export async function openApp(which, query = '', options = {}) {
  const { viewport = { width: 1280, height: 900 }, colorScheme = 'light', locale = 'en-US', waitReady = true } = options;
  let url, isOwn, srv;
  if (which === 'served') {
    srv = await server();
    url = `${srv.url}index.html${query}`;
    isOwn = (u) => u.startsWith(srv.url);
  } else if (which === 'file') {
    if (!existsSync(join(DIST, 'tally.html'))) throw new Error('dist/tally.html is missing: run scripts/build');
    const file = singleFileUrl();
    url = file + query;
    isOwn = (u) => u.split(/[?#]/)[0] === file;
  } else {
    throw new Error(`openApp: which must be 'served' or 'file', not ${which}`);
  }
  // data: and blob: URLs never leave the page.
  const isLocal = (u) => isOwn(u) || /^(data|blob|about):/.test(u);

  const rec = {
    requests: [], // every request: { url, method, resourceType }
    external: [], // requests to anywhere but the page's own files (blocked, and a failure)
    consoleErrors: [],
    consoleMessages: [],
    pageErrors: [],
    cspViolations: [],
  };
  const context = await guardedContext({ viewport, colorScheme, locale, ...options.contextOptions }, isLocal, rec.external);
  if (options.initScript) await context.addInitScript(options.initScript);
  context.on('request', (r) => rec.requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType() }));
  const page = await context.newPage();
  page.on('console', (m) => {
    const entry = { type: m.type(), text: m.text(), location: m.location() };
    rec.consoleMessages.push(entry);
    if (m.type() === 'error') rec.consoleErrors.push(entry);
  });
  page.on('pageerror', (e) => rec.pageErrors.push(String(e?.stack ?? e)));
  const servedBefore = srv ? srv.requests.length : 0;

  await page.goto(url, { waitUntil: 'load' });
  if (waitReady) await waitForReady(page);

  const app = {
    ...rec,
    page,
    context,
    url,
    which,
    origin: srv?.url ?? singleFileUrl(),
    /** Requests the static server answered for this page (empty for 'file'). */
    get served() {
      return srv ? srv.requests.slice(servedBefore) : [];
    },
    /** Asserts no console error, page error, CSP violation, request elsewhere or 404. */
    async assertClean() {
      rec.cspViolations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => rec.cspViolations);
      assert.deepEqual(rec.pageErrors, [], 'page errors');
      assert.deepEqual(rec.consoleErrors.map((e) => e.text), [], 'console errors');
      assert.deepEqual(rec.cspViolations, [], 'CSP violations');
      assert.deepEqual(rec.external, [], 'requests that left the page');
      for (const r of rec.requests) assert.ok(isLocal(r.url), `request to ${r.url}`);
      const bad = app.served.filter((r) => r.status !== 200);
      assert.deepEqual(bad, [], 'requests the static server could not answer');
    },
    close: () => context.close(),
  };
  return app;
}

/**
 * A new context of the shared browser in which nothing leaves the machine: a request
 * whose URL `isLocal` rejects is recorded in `external` and aborted. Pages record CSP
 * violations in `window.__cspViolations`.
 */
export async function guardedContext(contextOptions, isLocal, external) {
  const context = await (await browser()).newContext(contextOptions);
  await context.route(
    (u) => !isLocal(u.href),
    (route) => {
      external.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  return context;
}

/** Waits until the app signals it has rendered (`html[data-ready="1"]`). */
export async function waitForReady(page, timeout = READY_TIMEOUT) {
  await page.waitForSelector('html[data-ready="1"]', { state: 'attached', timeout });
}

/** Saves a screenshot to tests/browser/artifacts/NAME.png (kept as a test artefact). */
export async function shot(target, name, options = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await target.screenshot({ path, ...options });
  return path;
}

/** The files in dist/ (names only, top level). */
export const distFiles = () => readdirSync(DIST);

/** Font families that fontconfig says cover Arabic (`fc-list :lang=ar family`). */
export function arabicFontFamilies() {
  const out = execFileSync('fc-list', [':lang=ar', 'family'], { encoding: 'utf8' });
  return new Set(out.split('\n').flatMap((l) => l.split(',')).map((s) => s.trim()).filter(Boolean));
}

/**
 * The platform fonts Chromium used to draw the text inside `selector` (first match),
 * as [{ familyName, postScriptName, glyphCount, isCustomFont }] (DevTools protocol).
 */
export async function platformFonts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}
