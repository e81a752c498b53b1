// What browser tests import: the harness (./harness.mjs), plus an after() hook that closes
// the shared browser and static server once this test file's tests are done.
//
//   import { openApp, shot } from './lib.mjs';
//   test('…', async () => { const app = await openApp('served'); … await app.assertClean(); await app.close(); });

import { after } from 'node:test';
import { closeAll } from './harness.mjs';

export * from './harness.mjs';

after(closeAll);

// ---------------------------------------------------------------------------------------
// Shared by the chart, share, embed and hostile-query tests.

import { execFileSync as run } from 'node:child_process';
import { readFileSync as read } from 'node:fs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { join as joinPath } from 'node:path';
import { ROOT as REPO } from './harness.mjs';

let extracted;
/**
 * The figures the native extractor finds in the embedded articles, now: builds the
 * `tally` binary (cargo is quick when nothing changed) and runs `tally extract --embedded`.
 * TALLY_BIN=path skips the build and runs that binary instead.
 */
export function extractorFigures() {
  if (!extracted) {
    let bin = process.env.TALLY_BIN;
    if (!bin) {
      run('cargo', ['build', '--release', '--quiet', '--bin', 'tally'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
      bin = joinPath(REPO, 'target/release/tally');
    }
    const out = run(bin, ['extract', '--embedded'], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 << 20 });
    extracted = out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    if (extracted.length === 0) throw new Error('the extractor found no figures');
  }
  return extracted;
}

/** src/view/mod.rs `figure_key`: `<article>-<start><k|i|a>`. */
export function figureKey(f) {
  const article = [...f.article].map((c) => (/[A-Za-z0-9\-._~]/.test(c) ? c : '_')).join('');
  return `${article}-${f.start}${f.kind[0]}`;
}

/** An embedded article's text, as stored (articles/<id>.txt). */
export const articleText = (id) => read(joinPath(REPO, 'articles', `${id}.txt`), 'utf8');

/** Characters [start, end) of the text, counted in code points (as the figure record's offsets). */
export const spanOf = (text, start, end) => Array.from(text).slice(start, end).join('');

/** The legend key of a figure (src/view/mod.rs `source_key`). */
export function sourceKey(f, by = 'claimant') {
  if (by === 'article') return f.article;
  return f.claimant && f.claimant.label.trim() ? f.claimant.label : 'Unattributed';
}

/** The days a `reported` value covers as [first, last] ISO strings (a month: all its days), or null. */
export function reportedSpan(r) {
  if (typeof r !== 'string') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(r)) return [r, r];
  const m = /^(\d{4})-(\d{2})$/.exec(r);
  if (!m) return null;
  const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
  return [`${r}-01`, `${r}-${String(last).padStart(2, '0')}`];
}

/**
 * The keys of the figures a view shows, by the rules of src/view/filter.rs, for
 * a view given as { kinds, sources, victims, from, to, by, disputed, vague }
 * (missing = the default: everything).
 */
export function expectedKeys(figs, v = {}) {
  const kinds = v.kinds ?? ['killed', 'injured', 'arrested'];
  const by = v.by ?? 'claimant';
  let [from, to] = [v.from ?? null, v.to ?? null];
  if (from && to && from > to) [from, to] = [to, from];
  const dateOk = (f) => {
    if (!from && !to) return true;
    const s = reportedSpan(f.reported);
    return !!s && (!from || s[1] >= from) && (!to || s[0] <= to);
  };
  return new Set(
    figs
      .filter(
        (f) =>
          kinds.includes(f.kind) &&
          (!v.victims || v.victims.includes(f.victims)) &&
          (v.disputed ?? true ? true : f.status === 'asserted') &&
          (v.vague ?? true ? true : f.qualifier !== 'vague') &&
          dateOk(f) &&
          (!v.sources || v.sources.includes(sourceKey(f, by))),
      )
      .map(figureKey),
  );
}

/** data-fig of every chart mark (its claim's first figure), in document order. */
export const markKeys = (page) => page.$$eval('#chart g.mark[data-fig]', (els) => els.map((e) => e.dataset.fig));
/** Every figure the chart's marks stand for: each mark's data-fig and the figures of other
 *  articles carrying the same claim (data-also), in document order. */
export const markFigures = (page) =>
  page.$$eval('#chart g.mark[data-fig]', (els) => els.flatMap((e) => [e.dataset.fig, ...(e.dataset.also ? e.dataset.also.split(' ') : [])]));
/** data-fig of every table row, in document order. */
export const rowKeys = (page) => page.$$eval('table.figures tbody tr[data-fig]', (els) => els.map((e) => e.dataset.fig));

/** Sorted array of a collection of keys, for assert.deepEqual. */
export const sorted = (keys) => [...keys].sort();

/** The page's URL once the view's last change has reached it: the page writes the URL after
 * the frame that shows a change (src/app/url.rs), so this waits for a frame and a task. */
export const currentUrl = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(location.href)))));

/** Digits of any script (Arabic-Indic, Eastern Arabic-Indic) as ASCII. */
export const asciiDigits = (s) =>
  s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));

/** The two numbers of `.shown-count` ("Showing N of M"), in any digits. */
export async function shownCount(page) {
  const text = asciiDigits(await page.locator('.shown-count').innerText());
  const nums = text.match(/\d[\d,.\u066c\u066b]*/g)?.map((n) => Number(n.replace(/[^\d]/g, ''))) ?? [];
  if (nums.length !== 2) throw new Error(`.shown-count: cannot read "${text}"`);
  return { shown: nums[0], total: nums[1], text };
}

/**
 * A static server for a test on 127.0.0.1 (a free port): `handler(req, res)` answers, or
 * with `{ root, headers }` it serves the files of root with those extra headers.
 * Resolves to { url, port, requests, close() } (scripts/static-server.mjs).
 */
export const startServer = (handlerOrOptions) =>
  startStaticServer(typeof handlerOrOptions === 'function' ? { handler: handlerOrOptions } : handlerOrOptions);

/**
 * Records what a page (and its frames) logs: { consoleErrors, pageErrors, dialogs }.
 * Dialogs (alert, confirm, prompt) are dismissed and recorded.
 */
export function watch(page) {
  const rec = { consoleErrors: [], pageErrors: [], dialogs: [] };
  page.on('console', (m) => m.type() === 'error' && rec.consoleErrors.push(m.text()));
  page.on('pageerror', (e) => rec.pageErrors.push(String(e?.stack ?? e)));
  page.on('dialog', (d) => {
    rec.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return rec;
}

/** Both release artefacts: the served dist/ and dist/tally.html from file://. */
export const BOTH = ['served', 'file'];

/**
 * Opens any URL (a host page, dist/ behind another server) in a new context of the shared
 * browser, recording like openApp: requests to anything but 127.0.0.1, file:, data:, blob:
 * and about: are aborted and recorded. options: { viewport, colorScheme, contextOptions,
 * waitReady (default false: the page may not be Tally), initScript }.
 * Returns { page, context, external, consoleErrors, pageErrors, dialogs, cspViolations,
 *           assertClean(), close() }.
 */
export async function openUrl(url, options = {}) {
  const { viewport = { width: 1280, height: 900 }, colorScheme = 'light', waitReady = false } = options;
  const { guardedContext, waitForReady } = await import('./harness.mjs');
  const external = [];
  const isLocal = (u) => /^(file|data|blob|about):/.test(u) || /^https?:\/\/127\.0\.0\.1[:/]/.test(u);
  const context = await guardedContext({ viewport, colorScheme, locale: 'en-US', ...options.contextOptions }, isLocal, external);
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const rec = watch(page);
  await page.goto(url, { waitUntil: 'load' });
  if (waitReady) await waitForReady(page);
  const app = {
    ...rec,
    page,
    context,
    external,
    cspViolations: [],
    async assertClean() {
      app.cspViolations = [];
      for (const f of page.frames()) app.cspViolations.push(...(await f.evaluate(() => window.__cspViolations ?? []).catch(() => [])));
      assert.deepEqual(rec.pageErrors, [], 'page errors');
      assert.deepEqual(rec.consoleErrors, [], 'console errors');
      assert.deepEqual(rec.dialogs, [], 'dialogs');
      assert.deepEqual(app.cspViolations, [], 'CSP violations');
      assert.deepEqual(external, [], 'requests that left the machine');
    },
    close: () => context.close(),
  };
  return app;
}

import assert from 'node:assert/strict';

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) into rows of cells. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}
