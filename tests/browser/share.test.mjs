// Issue 5, passing the view on: the URL follows the filters (only what differs from the
// default), a reload restores the view, Back and Forward move between chosen views, the
// copied link is the current URL, the embed code points at the same view, the downloads
// (CSV, JSON, SVG, PNG) hold what the page shows, and the page works under a strict
// Content-Security-Policy sent as a real HTTP header.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  openApp,
  openUrl,
  startServer,
  waitForReady,
  BOTH,
  DIST,
  extractorFigures,
  expectedKeys,
  figureKey,
  markKeys,
  rowKeys,
  sorted,
  parseCsv,
} from './lib.mjs';

const FIGS = extractorFigures();
const ALL = sorted(expectedKeys(FIGS));
const BY_KEY = new Map(FIGS.map((f) => [figureKey(f), f]));

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const search = (page) => new URL(page.url()).search;

/** Marks and rows both show `want`. */
async function assertShows(page, want, what) {
  await settle(page);
  assert.deepEqual(sorted(await markKeys(page)), sorted(want), `${what}: chart marks`);
  assert.deepEqual(sorted(await rowKeys(page)), sorted(want), `${what}: table rows`);
}

/** What the filter inputs say, for comparing a view before and after a reload. */
const inputs = (page) =>
  page.$$eval('#filters input', (els) =>
    els.map((e) => `${e.name}=${e.value}:${e.type === 'checkbox' || e.type === 'radio' ? e.checked : e.value}`),
  );

for (const which of BOTH) {
  test(`${which}: the URL holds only non-default settings, a reload restores the view, Back/Forward move between views`, async () => {
    const app = await openApp(which);
    try {
      const { page } = app;
    page.setDefaultTimeout(8000);
      page.setDefaultTimeout(8000);
      assert.equal(search(page), '', 'the default view has no query');
      const steps = [
        { act: () => page.locator('#filters input[name=kind][value=arrested]').uncheck(), query: '?kind=killed,injured', view: { kinds: ['killed', 'injured'] } },
        { act: () => page.locator('#filters input[name=scale][value=linear]').check(), query: '?kind=killed,injured&scale=linear', view: { kinds: ['killed', 'injured'] } },
        { act: () => page.locator('#filters input[name=vague]').uncheck(), query: '?kind=killed,injured&scale=linear&vague=0', view: { kinds: ['killed', 'injured'], vague: false } },
      ];
      const history = [{ query: '', view: {} }];
      for (const s of steps) {
        await s.act();
        await settle(page);
        assert.equal(decodeURIComponent(search(page)), s.query, 'the URL follows the filters');
        await assertShows(page, expectedKeys(FIGS, s.view), s.query);
        history.push(s);
      }
      const before = { marks: sorted(await markKeys(page)), rows: await rowKeys(page), inputs: await inputs(page) };
      assert.equal(await page.inputValue('#share-link'), page.url(), '#share-link is the current URL');

      await page.reload({ waitUntil: 'load' });
      await waitForReady(page);
      await settle(page);
      assert.equal(decodeURIComponent(search(page)), steps.at(-1).query, 'the reload keeps the URL');
      assert.deepEqual(sorted(await markKeys(page)), before.marks, 'the reload restores the marks');
      assert.deepEqual(await rowKeys(page), before.rows, 'the reload restores the table (and its order)');
      assert.deepEqual(await inputs(page), before.inputs, 'the reload restores every filter input');

      // Back through the chosen views to the default, then forward again.
      for (let i = history.length - 2; i >= 0; i--) {
        await page.goBack({ waitUntil: 'commit' });
        await settle(page);
        assert.equal(decodeURIComponent(search(page)), history[i].query, `Back to "${history[i].query}"`);
        await assertShows(page, expectedKeys(FIGS, history[i].view), `Back to "${history[i].query}"`);
      }
      for (let i = 1; i < history.length; i++) {
        await page.goForward({ waitUntil: 'commit' });
        await settle(page);
        assert.equal(decodeURIComponent(search(page)), history[i].query, `Forward to "${history[i].query}"`);
        await assertShows(page, expectedKeys(FIGS, history[i].view), `Forward to "${history[i].query}"`);
        assert.equal(
          await page.locator('#filters input[name=kind][value=arrested]').isChecked(),
          false,
          'the checkboxes follow Forward',
        );
      }
      // Opening a figure is a view too: fig= in the URL, and it survives a reload.
      await page.locator('table.figures tbody tr button.fig-link').first().click();
      await page.locator('aside#evidence').waitFor();
      const fig = new URL(page.url()).searchParams.get('fig');
      assert.ok(BY_KEY.has(fig), `fig=${fig} names a figure`);
      await page.reload({ waitUntil: 'load' });
      await waitForReady(page);
      await page.locator('aside#evidence').waitFor({ timeout: 3000 });
      assert.equal(await page.locator('#chart g.mark.selected').getAttribute('data-fig'), fig, 'the reloaded page shows that figure');
      await app.assertClean();
    } finally {
      await app.close();
    }
  });
}

test('served: the copied link is the current URL; the copied embed code is #embed-code', async () => {
  const app = await openApp('served', '?lang=en');
  try {
    const { page, context } = app;
    page.setDefaultTimeout(8000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin.replace(/\/$/, '') });
    await page.locator('#filters input[name=kind][value=injured]').uncheck();
    await page.locator('#filters input[name=by][value=article]').check();
    await settle(page);
    assert.equal(decodeURIComponent(search(page)), '?kind=killed,arrested&by=article&lang=en');
    assert.equal(await page.inputValue('#share-link'), page.url(), '#share-link');
    await page.locator('#copy-link').click();
    await page.waitForFunction(() => document.querySelector('#copy-link ~ .copy-status')?.textContent.trim() !== '');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url(), 'the clipboard holds the current URL');
    assert.ok((await page.locator('#cite-line').textContent()).includes(page.url()), '#cite-line names the current URL');

    await page.locator('#copy-embed').click();
    await page.waitForFunction(() => document.querySelector('#copy-embed ~ .copy-status')?.textContent.trim() !== '');
    const code = await page.inputValue('#embed-code');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code, 'the clipboard holds the embed code');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

for (const which of BOTH) {
  test(`${which}: the embed code is one iframe of this view with embed=1 and the fixed resize script, nothing else`, async () => {
    const app = await openApp(which, '?lang=en&kind=killed&vague=0');
    try {
      const { page } = app;
    page.setDefaultTimeout(8000);
      page.setDefaultTimeout(8000);
      await page.locator('#chart g.mark').first().focus();
      await page.keyboard.press('Enter');
      await settle(page);
      assert.ok(new URL(page.url()).searchParams.get('fig'), 'a figure is open');
      const code = await page.inputValue('#embed-code');
      const parsed = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
        const els = [...doc.body.querySelectorAll('*')];
        const f = doc.querySelector('iframe');
        return {
          tags: els.map((e) => e.tagName.toLowerCase()),
          src: f?.getAttribute('src'),
          title: f?.getAttribute('title'),
          attrs: f ? [...f.attributes].map((a) => a.name).sort() : [],
          script: doc.querySelector('script')?.textContent ?? '',
        };
      }, code);
      assert.deepEqual(parsed.tags, ['iframe', 'script'], 'one iframe and one script');
      const src = new URL(parsed.src);
      const here = new URL(page.url());
      assert.equal(src.origin + src.pathname, here.origin + here.pathname, 'the iframe shows this page');
      const p = Object.fromEntries(src.searchParams);
      assert.deepEqual(p, { kind: 'killed', vague: '0', lang: 'en', embed: '1' }, 'this view, embedded, without the open figure');
      assert.ok(parsed.title, 'the iframe has a title');
      assert.match(parsed.script, /tally:height/, 'the script listens for tally:height');
      assert.match(parsed.script, /e\.source\s*!==\s*f\.contentWindow/, 'and only from its own iframe');
      await app.assertClean();
    } finally {
      await app.close();
    }
  });
}

/** Clicks `selector` and returns the download's name and bytes. */
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), page.locator(selector).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** The records a download holds, as figure keys. */
const keysOf = (records) => sorted(records.map((r) => `${r.article}-${r.start}${r.kind[0]}`));

for (const which of BOTH) {
  test(`${which}: downloads: CSV and JSON hold exactly the table's rows, the SVG is a chart, the PNG an image`, async () => {
    const app = await openApp(which, '?lang=en');
    try {
      const { page } = app;
    page.setDefaultTimeout(8000);
      page.setDefaultTimeout(8000);
      // Filter first: the downloads follow the view, not the whole set.
      await page.locator('#filters input[name=kind][value=injured]').uncheck();
      await page.locator('#filters input[name=disputed]').uncheck();
      await settle(page);
      const want = sorted(expectedKeys(FIGS, { kinds: ['killed', 'arrested'], disputed: false }));
      const rows = sorted(await rowKeys(page));
      assert.deepEqual(rows, want, 'the table shows the filtered figures');

      const csv = await download(page, '#download-csv');
      assert.match(csv.name, /\.csv$/);
      const table = parseCsv(csv.bytes.toString('utf8'));
      const [head, ...body] = table;
      assert.deepEqual(head.slice(0, 2), ['article', 'kind']);
      const records = body.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i]])));
      assert.deepEqual(keysOf(records), rows, 'the CSV holds exactly the rows of the table');
      for (const r of records) {
        const f = BY_KEY.get(`${r.article}-${r.start}${r.kind[0]}`);
        assert.equal(r.phrase, f.phrase, `${r.article}-${r.start}: phrase`);
        assert.equal(r.sentence, f.sentence, `${r.article}-${r.start}: sentence (quoted, with its commas)`);
        assert.equal(Number(r.value), f.value);
      }

      const json = await download(page, '#download-json');
      assert.match(json.name, /\.json$/);
      const list = JSON.parse(json.bytes.toString('utf8'));
      assert.ok(Array.isArray(list), 'the JSON is an array of records');
      assert.deepEqual(keysOf(list), rows, 'the JSON holds exactly the rows of the table');
      for (const r of list) assert.deepEqual(r, BY_KEY.get(figureKey(r)), `${figureKey(r)}: the page's record is the extractor's`);

      const svg = await download(page, '#download-svg');
      assert.match(svg.name, /\.svg$/);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const err = doc.querySelector('parsererror');
        return {
          error: err ? err.textContent : null,
          root: doc.documentElement.localName,
          ns: doc.documentElement.namespaceURI,
          marks: [...doc.querySelectorAll('g.mark')].map((g) => g.getAttribute('data-fig')),
          width: Number(doc.documentElement.getAttribute('width')),
          height: Number(doc.documentElement.getAttribute('height')),
        };
      }, svg.bytes.toString('utf8'));
      assert.equal(parsed.error, null, 'the SVG is well-formed XML');
      assert.equal(parsed.root, 'svg');
      assert.equal(parsed.ns, 'http://www.w3.org/2000/svg');
      assert.deepEqual(sorted(parsed.marks), sorted(await markKeys(page)), 'the SVG has the marks of the chart');
      assert.ok(parsed.width > 100 && parsed.height > 100, `SVG size ${parsed.width}×${parsed.height}`);

      const png = await download(page, '#download-png');
      assert.match(png.name, /\.png$/);
      const b = png.bytes;
      assert.deepEqual([...b.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
      assert.equal(b.toString('latin1', 12, 16), 'IHDR');
      const [w, h] = [b.readUInt32BE(16), b.readUInt32BE(20)];
      assert.ok(w >= parsed.width && h >= parsed.height, `PNG ${w}×${h} is at least the SVG's ${parsed.width}×${parsed.height}`);
      assert.ok(b.length > 10_000, `PNG of ${b.length} bytes is more than a blank image`);
      await app.assertClean();
    } finally {
      await app.close();
    }
  });
}

test('CSP: dist/index.html carries the strict policy; served with it as an HTTP header the page works with no violation', async () => {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const meta = index.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(meta, 'index.html has a CSP meta');
  const directives = Object.fromEntries(meta.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"], 'script-src is exactly self + wasm-unsafe-eval');
  assert.ok(!meta.includes("'unsafe-eval'") && !/script-src[^;]*'unsafe-inline'/.test(meta), 'no unsafe-eval, no inline script');

  const header =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  const srv = await startServer({ root: DIST, headers: { 'content-security-policy': header } });
  const app = await openUrl(`${srv.url}index.html?lang=en`, { waitReady: true });
  try {
    const { page } = app;
    page.setDefaultTimeout(8000);
    const got = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    assert.equal(got, header, 'the server sends the header');
    assert.deepEqual(sorted(await markKeys(page)), ALL, 'the chart shows every figure');
    // Work the page: a filter, a figure, the PNG (an image from a blob: URL on a canvas).
    await page.locator('#filters input[name=kind][value=arrested]').uncheck();
    await page.locator('#chart g.mark').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('aside#evidence').waitFor();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#download-png').click()]);
    assert.ok((await dl.path()) && dl.suggestedFilename().endsWith('.png'));
    await app.assertClean();
  } finally {
    await app.close();
    await srv.close();
  }
});
