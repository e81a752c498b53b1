// Issue 5, passing the view on: the URL follows the filters (only what differs from the
// default), a reload restores the view, Back and Forward move between chosen views, the
// copied link is the current URL, the embed code points at the same view, the downloads
// (CSV, JSON, SVG, PNG) hold what the page shows, and the page works under a strict
// Content-Security-Policy sent as a real HTTP header.
// Issue 9, the exports: the SVG is written from the chart's scene by the page's own writer,
// stands alone (stroked grid and axes, a title, a legend of every source shown, axis labels,
// a note, the source line and the export date, in the page's language and direction), opened
// alone it draws the page's marks where the page draws them, and the PNG is at least twice
// the chart's CSS size.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { viewCheck } from '../../scripts/html.mjs';
import { pathToFileURL } from 'node:url';
import {
  ARTIFACTS,
  currentUrl,
  shot,
  sourceKey,
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
  markFigures,
  rowKeys,
  sorted,
  parseCsv,
} from './lib.mjs';

const FIGS = extractorFigures();
const ALL = sorted(expectedKeys(FIGS));
const BY_KEY = new Map(FIGS.map((f) => [figureKey(f), f]));

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const search = async (page) => new URL(await currentUrl(page)).search;

/** Marks and rows both show `want`. */
async function assertShows(page, want, what) {
  await settle(page);
  assert.deepEqual(sorted(await markFigures(page)), sorted(want), `${what}: chart marks`);
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
      assert.equal(await search(page), '', 'the default view has no query');
      const steps = [
        { act: () => page.locator('#filters input[name=kind][value=arrested]').uncheck(), query: '?kind=killed,injured', view: { kinds: ['killed', 'injured'] } },
        { act: () => page.locator('#filters input[name=scale][value=linear]').check(), query: '?kind=killed,injured&scale=linear', view: { kinds: ['killed', 'injured'] } },
        { act: () => page.locator('#filters input[name=vague]').uncheck(), query: '?kind=killed,injured&scale=linear&vague=0', view: { kinds: ['killed', 'injured'], vague: false } },
      ];
      const history = [{ query: '', view: {} }];
      for (const s of steps) {
        await s.act();
        await settle(page);
        assert.equal(decodeURIComponent(await search(page)), s.query, 'the URL follows the filters');
        await assertShows(page, expectedKeys(FIGS, s.view), s.query);
        history.push(s);
      }
      const before = { marks: sorted(await markKeys(page)), rows: await rowKeys(page), inputs: await inputs(page) };
      assert.equal(await page.inputValue('#share-link'), await currentUrl(page), '#share-link is the current URL');

      await page.reload({ waitUntil: 'load' });
      await waitForReady(page);
      await settle(page);
      assert.equal(decodeURIComponent(await search(page)), steps.at(-1).query, 'the reload keeps the URL');
      assert.deepEqual(sorted(await markKeys(page)), before.marks, 'the reload restores the marks');
      assert.deepEqual(await rowKeys(page), before.rows, 'the reload restores the table (and its order)');
      assert.deepEqual(await inputs(page), before.inputs, 'the reload restores every filter input');

      // Back through the chosen views to the default, then forward again.
      for (let i = history.length - 2; i >= 0; i--) {
        await page.goBack({ waitUntil: 'commit' });
        await settle(page);
        assert.equal(decodeURIComponent(await search(page)), history[i].query, `Back to "${history[i].query}"`);
        await assertShows(page, expectedKeys(FIGS, history[i].view), `Back to "${history[i].query}"`);
      }
      for (let i = 1; i < history.length; i++) {
        await page.goForward({ waitUntil: 'commit' });
        await settle(page);
        assert.equal(decodeURIComponent(await search(page)), history[i].query, `Forward to "${history[i].query}"`);
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
      const fig = new URL(await currentUrl(page)).searchParams.get('fig');
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
    assert.equal(decodeURIComponent(await search(page)), '?kind=killed,arrested&by=article&lang=en');
    assert.equal(await page.inputValue('#share-link'), await currentUrl(page), '#share-link');
    await page.locator('#copy-link').click();
    await page.waitForFunction(() => document.querySelector('#copy-link ~ .copy-status')?.textContent.trim() !== '');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await currentUrl(page), 'the clipboard holds the current URL');
    assert.ok((await page.locator('#cite-line').textContent()).includes(await currentUrl(page)), '#cite-line names the current URL');

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
      assert.ok(new URL(await currentUrl(page)).searchParams.get('fig'), 'a figure is open');
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
      const here = new URL(await currentUrl(page));
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

      // The file stands alone: opened by itself it has what a reader needs, and draws the
      // page's marks where the page draws them.
      const shownFigs = FIGS.filter((f) => want.includes(figureKey(f)));
      const sources = sorted(new Set(shownFigs.map((f) => sourceKey(f))));
      await checkAlone(page, svg.bytes, `export-${which}-en`, { sources, lang: 'en' });

      const png = await download(page, '#download-png');
      assert.match(png.name, /\.png$/);
      const b = png.bytes;
      assert.deepEqual([...b.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
      assert.equal(b.toString('latin1', 12, 16), 'IHDR');
      const [w, h] = [b.readUInt32BE(16), b.readUInt32BE(20)];
      assert.ok(w >= parsed.width && h >= parsed.height, `PNG ${w}×${h} is at least the SVG's ${parsed.width}×${parsed.height}`);
      const css = await chartCssSize(page);
      assert.ok(w >= 2 * css.width && h >= 2 * css.height, `PNG ${w}×${h} is at least twice the chart's CSS size ${css.width}×${css.height}`);
      assert.ok(b.length > 10_000, `PNG of ${b.length} bytes is more than a blank image`);
      await app.assertClean();
    } finally {
      await app.close();
    }
  });
}

/** The chart's size on the page in CSS pixels: the chart box's width, the panels' heights. */
const chartCssSize = (page) =>
  page.evaluate(() => {
    const box = document.querySelector('#chart .chart-box').getBoundingClientRect();
    const panels = [...document.querySelectorAll('#chart svg.panel')].map((p) => p.getBoundingClientRect().height);
    return { width: Math.round(box.width), height: Math.round(panels.reduce((a, b) => a + b, 0)) };
  });

/** Each mark's glyph centre in its panel's coordinates (getBBox), by figure key. */
const glyphCentres = (root) =>
  Object.fromEntries(
    [...root.querySelectorAll('g.mark')].map((g) => {
      const b = g.querySelector('path.glyph').getBBox();
      return [g.getAttribute('data-fig'), [b.x + b.width / 2, b.y + b.height / 2]];
    }),
  );

/**
 * Saves a downloaded SVG to tests/browser/artifacts/NAME.svg, opens it alone (file://, a new
 * browser context: nothing of the page's CSS), screenshots it (NAME.png) and checks it against
 * the page: well-formed and standalone, grid and axis lines stroked, a title, a legend naming
 * exactly `sources` (English: the source keys; else checked by count) in the page's colours,
 * axis labels, a note, the source line, today's date, the page's marks at the page's places,
 * and (Arabic) every caption written right to left and anchored at the right.
 */
async function checkAlone(page, bytes, name, { sources, lang }) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.svg`);
  writeFileSync(path, bytes);
  const pageMarks = await page.$$eval('#chart svg.panel', (svgs) => {
    const out = {};
    for (const svg of svgs)
      for (const g of svg.querySelectorAll('g.mark')) {
        const b = g.querySelector('path.glyph').getBBox();
        out[g.dataset.fig] = [b.x + b.width / 2, b.y + b.height / 2];
      }
    return out;
  });
  const pageLegend = Object.fromEntries(
    await page.$$eval('#chart .legend-item', (els) => els.map((e) => [e.textContent.trim(), e.querySelector('path').getAttribute('fill')])),
  );
  const panelCount = await page.locator('#chart svg.panel').count();
  // Today as the page's Intl writes it (the same call the page makes).
  const today = await page.evaluate(
    (l) => new Date().toLocaleDateString(l, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
    lang,
  );
  const alone = await openUrl(pathToFileURL(path).href, { viewport: { width: 1400, height: 1300 } });
  try {
    // (fullPage hangs on an SVG document; the viewport holds the picture.)
    await shot(alone.page, name);
    const got = await alone.page.evaluate(() => {
      const svg = document.documentElement;
      const box = svg.getBoundingClientRect();
      const texts = (sel) =>
        [...svg.querySelectorAll(sel)].map((t) => {
          const r = t.getBoundingClientRect();
          return {
            text: t.textContent,
            left: r.left - box.left,
            right: r.right - box.left,
            bottom: r.bottom - box.top,
            anchor: t.getAttribute('text-anchor'),
            direction: getComputedStyle(t).direction,
          };
        });
      const marks = {};
      for (const g of svg.querySelectorAll('g.mark')) {
        const b = g.querySelector('path.glyph').getBBox();
        const r = g.querySelector('path.glyph').getBoundingClientRect();
        marks[g.getAttribute('data-fig')] = { c: [b.x + b.width / 2, b.y + b.height / 2], visible: r.width > 3 && r.height > 3 && r.left >= box.left && r.right <= box.right };
      }
      return {
        root: svg.localName,
        width: Number(svg.getAttribute('width')),
        height: Number(svg.getAttribute('height')),
        lines: [...svg.querySelectorAll('line.grid, line.axis')].map((l) => ({
          cls: l.getAttribute('class'),
          stroke: getComputedStyle(l).stroke,
          width: parseFloat(getComputedStyle(l).strokeWidth),
        })),
        titleEl: svg.querySelector(':scope > title')?.textContent ?? '',
        title: texts('text.title'),
        legend: [...svg.querySelectorAll('g.legend-entry')].map((g) => {
          const r = g.getBoundingClientRect();
          return { name: g.querySelector('text').textContent, fill: g.querySelector('path').getAttribute('fill'), visible: r.width > 10 && r.right <= box.right + 1 && r.left >= box.left - 1 };
        }),
        panels: svg.querySelectorAll('g.panel').length,
        axisLabels: texts('text.axis-label'),
        note: texts('text.note'),
        source: texts('text.source-line'),
        date: texts('text.export-date'),
        marks,
        captions: texts('text.title, g.legend-entry text, text.note, text.source-line, text.export-date'),
      };
    });
    assert.equal(got.root, 'svg');
    assert.ok(got.lines.length >= 6, `${name}: grid and axis lines (${got.lines.length})`);
    for (const l of got.lines) {
      assert.ok(l.stroke && l.stroke !== 'none' && !/rgba\(.*, 0\)/.test(l.stroke), `${name}: a ${l.cls} line is stroked (${l.stroke})`);
      assert.ok(l.width > 0, `${name}: a ${l.cls} line has a width`);
    }
    assert.ok(got.titleEl.trim() && got.title.length && got.title[0].text.trim(), `${name}: a title`);
    assert.equal(got.legend.length, sources.length, `${name}: one legend entry per source shown`);
    if (lang === 'en') assert.deepEqual(sorted(got.legend.map((e) => e.name)), sources, `${name}: the legend names the sources shown`);
    for (const e of got.legend) {
      assert.ok(e.visible, `${name}: legend entry ${e.name} is visible`);
      assert.equal(e.fill, pageLegend[e.name], `${name}: ${e.name} has the page's colour`);
    }
    assert.equal(got.panels, panelCount, `${name}: the page's panels`);
    assert.equal(got.axisLabels.length, panelCount + 1, `${name}: a value-axis label per panel and a time-axis label`);
    assert.ok(got.note.length && got.note.every((t) => t.text.trim()), `${name}: a note`);
    assert.ok(got.source.length && got.source[0].text.trim(), `${name}: a source line`);
    assert.ok(got.date.map((t) => t.text).join(' ').includes(today), `${name}: the export date ${today} in ${JSON.stringify(got.date)}`);
    // Same marks, same places (the file is laid out at the page's width).
    assert.deepEqual(sorted(Object.keys(got.marks)), sorted(Object.keys(pageMarks)), `${name}: the page's marks`);
    for (const [k, m] of Object.entries(got.marks)) {
      assert.ok(m.visible, `${name}: mark ${k} is drawn inside the picture`);
      const [x, y] = pageMarks[k];
      assert.ok(Math.abs(m.c[0] - x) < 0.6 && Math.abs(m.c[1] - y) < 0.6, `${name}: mark ${k} at ${m.c}, on the page at ${[x, y]}`);
    }
    for (const t of got.captions) {
      assert.ok(t.left >= -1 && t.right <= got.width + 1 && t.bottom <= got.height + 1, `${name}: "${t.text}" inside the picture (${t.left}..${t.right} of ${got.width})`);
      if (lang === 'ar') {
        assert.equal(t.direction, 'rtl', `${name}: "${t.text}" is written right to left`);
        assert.ok(!/[A-Za-z]/.test(t.text), `${name}: "${t.text}" has no Latin letters`);
      }
    }
    if (lang === 'ar') {
      const t = got.title[0];
      assert.ok(Math.abs(got.width - 12 - t.right) < 2, `${name}: the title ends at the right (${t.right} of ${got.width})`);
      assert.ok(/[\u0660-\u0669]/.test(got.date[0].text) || /\d/.test(got.date[0].text), `${name}: the date has digits`);
    }
    await alone.assertClean();
  } finally {
    await alone.close();
  }
}

test(`served: the Arabic export is in Arabic, right to left, and draws the page's picture`, async () => {
  const app = await openApp('served', '');
  try {
    const { page } = app;
    page.setDefaultTimeout(8000);
    await settle(page);
    const svg = await download(page, '#download-svg');
    const shownFigs = FIGS.filter((f) => ALL.includes(figureKey(f)));
    const sources = sorted(new Set(shownFigs.map((f) => sourceKey(f))));
    await checkAlone(page, svg.bytes, 'export-served-ar', { sources, lang: 'ar' });
    const png = await download(page, '#download-png');
    const css = await chartCssSize(page);
    const [w, h] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
    assert.ok(w >= 2 * css.width && h >= 2 * css.height, `PNG ${w}×${h} is at least twice the chart's CSS size ${css.width}×${css.height}`);
    writeFileSync(join(ARTIFACTS, 'export-served-ar.export.png'), png.bytes);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('CSP: dist/index.html carries the strict policy; served with it as an HTTP header the page works with no violation', async () => {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const meta = index.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(meta, 'index.html has a CSP meta');
  const directives = Object.fromEntries(meta.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
  const check = viewCheck(index).source;
  assert.deepEqual(directives['script-src'], ["'self'", check, "'wasm-unsafe-eval'"], 'script-src is exactly self + the view check\'s hash + wasm-unsafe-eval');
  assert.ok(!meta.includes("'unsafe-eval'") && !/script-src[^;]*'unsafe-inline'/.test(meta), 'no unsafe-eval, no unsafe-inline script');

  const header =
    `default-src 'none'; script-src 'self' ${check} 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; ` +
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  const srv = await startServer({ root: DIST, headers: { 'content-security-policy': header } });
  const app = await openUrl(`${srv.url}index.html?lang=en`, { waitReady: true });
  try {
    const { page } = app;
    page.setDefaultTimeout(8000);
    const got = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    assert.equal(got, header, 'the server sends the header');
    assert.ok(await page.evaluate(() => document.documentElement.hasAttribute('data-url-view')), 'the view check ran (?lang=en)');
    assert.deepEqual(sorted(await markFigures(page)), ALL, 'the chart shows every figure');
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
