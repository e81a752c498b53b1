// The static first paint (src/page/first_paint.rs): the chart and the summary of the set's
// view are in the HTML, so they show before the wasm has loaded and with JavaScript off;
// the page then takes over in the same place, and the numbers and dates it writes itself
// (src/i18n/format.rs, no Intl) are the ones Chromium's Intl writes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp, openUrl, shot, BOTH, DIST } from './lib.mjs';
import { tmp, tally } from './added.mjs';

const SIZES = [
  { width: 1280, height: 900 },
  { width: 768, height: 1024 },
  { width: 375, height: 800 },
];

/** What the reader sees: the visible chart's box, its marks, the summary's lines. */
async function seen(page) {
  return page.evaluate(() => {
    const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const box = [...document.querySelectorAll('.chart-box')].find(visible);
    const r = box?.getBoundingClientRect();
    return {
      box: r && { x: r.x, y: r.y, width: r.width, height: r.height },
      marks: box ? [...box.querySelectorAll('g.mark')].filter(visible).length : 0,
      kinds: box ? [...box.querySelectorAll('svg.panel')].filter(visible).map((s) => s.dataset.kind) : [],
      summary: [...document.querySelectorAll('.summary-list li')].filter(visible).map((li) => li.textContent.trim()),
      h1: [...document.querySelectorAll('h1')].filter(visible).map((h) => h.textContent.trim()),
    };
  });
}

/** The live page at `viewport`, once it runs. */
async function live(which, viewport, query = '') {
  const app = await openApp(which, query, { viewport });
  const got = await seen(app.page);
  await app.assertClean();
  await app.close();
  return got;
}

for (const which of BOTH) {
  test(`${which}: with JavaScript off the chart's marks and the summary show, where the live page draws them`, async () => {
    const all = await live(which, SIZES[0]);
    for (const viewport of SIZES) {
      const want = await live(which, viewport);
      const app = await openApp(which, '', { viewport, waitReady: false, contextOptions: { javaScriptEnabled: false } });
      const { page } = app;
      const got = await seen(page);
      await shot(page, `first-paint-nojs-${which}-${viewport.width}`, { fullPage: true });
      // On a phone the page shows one kind at a time (tabs); without scripts the first
      // paint shows every kind's panel instead, one under the other.
      const phone = viewport.width < 592;
      assert.ok(got.marks > 0, 'marks are drawn');
      assert.equal(got.marks, (phone ? all : want).marks, `${viewport.width}px: as many marks as the live page`);
      assert.deepEqual(got.kinds, (phone ? all : want).kinds, 'the same panels');
      if (phone) assert.deepEqual(got.kinds.slice(0, 1), want.kinds, 'the live page\'s first');
      assert.deepEqual(got.summary, want.summary, 'the same summary');
      assert.ok(got.summary.length > 0, 'a summary');
      assert.deepEqual(got.h1, want.h1, 'the set\'s title');
      // The same place (the chart's box), so the page takes over without a jump (on a
      // phone without scripts, a little higher: no tabs above it, and taller).
      for (const k of phone ? ['x', 'width'] : ['x', 'y', 'width', 'height']) assert.ok(Math.abs(got.box[k] - want.box[k]) <= 2, `${viewport.width}px: box ${k} ${got.box[k]} vs ${want.box[k]}`);
      if (phone) assert.ok(got.box.y <= want.box.y + 2, `${viewport.width}px: the chart starts at ${got.box.y}, the live one at ${want.box.y}`);
      if (viewport.width === 1280) {
        const all = await page.getAttribute('#first-paint', 'data-marks');
        assert.equal(Number(all), want.marks, 'data-marks counts the wide chart');
      }
      // The start-up message does not take the first screen.
      const boot = await page.locator('#boot').boundingBox();
      assert.ok(!boot || boot.y > viewport.height * 0.75, 'the start-up message is below the chart');
      assert.deepEqual(app.pageErrors, []);
      await app.close();
    }
  });
}

for (const viewport of SIZES) test(`served, ${viewport.width}px: the page takes over the first paint in place, with the same pixels and no console error`, async () => {
  // Hold the wasm back, so the first paint is seen alone first.
  const app = await openApp('served', '', { viewport, waitReady: false });
  const { page } = app;
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\.wasm(\?|$)/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#first-paint svg.panel', { state: 'attached' });
  const before = await seen(page);
  const staticShot = await page.screenshot();
  assert.equal(await page.locator('html[data-ready="1"]').count(), 0, 'the wasm has not run yet');
  release();
  await page.waitForSelector('html[data-ready="1"]', { state: 'attached' });
  const after = await seen(page);
  const liveShot = await page.screenshot();
  assert.equal(await page.locator('#first-paint').count(), 0, 'the first paint is gone');
  assert.equal(await page.locator('.chart-box').count(), 1, 'one chart');
  for (const k of ['x', 'y', 'width', 'height']) assert.ok(Math.abs(before.box[k] - after.box[k]) <= 2, `box ${k}: ${before.box[k]} vs ${after.box[k]}`);
  assert.equal(before.marks, after.marks);
  assert.deepEqual(before.summary, after.summary);
  // Same pixels: the screenshots compared in a canvas (a few may differ, e.g. antialiasing).
  const diff = await page.evaluate(async ([a, b]) => {
    const load = async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, c.width, c.height).data;
    };
    const [x, y] = [await load(a), await load(b)];
    let n = 0;
    for (let i = 0; i < x.length; i += 4) {
      if (Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]) > 48) n++;
    }
    return n / (x.length / 4);
  }, [staticShot.toString('base64'), liveShot.toString('base64')]);
  console.log(`${viewport.width}px, first screen, static vs live: ${(diff * 100).toFixed(3)}% of pixels differ`);
  await shot(page, `first-paint-takeover-${viewport.width}`);
  assert.ok(diff < 0.005, `${(diff * 100).toFixed(2)}% of the first screen's pixels change at takeover`);
  await app.assertClean();
  await app.close();
});

test('the native formatter writes what this Chromium\'s Intl writes', async () => {
  const app = await openApp('served');
  const got = await app.page.evaluate(() => {
    const nums = [0, 7, 999, 1000, 7939, 12345, 1234567, 2.5, 0.001, 1.23456, 100.25, 1e15, -5];
    const days = [0, 18997, 20422, -1, 11016];
    const out = {};
    for (const l of ['ar', 'en']) {
      const d = (n, o) => new Date(n * 86400000).toLocaleDateString(l, { timeZone: 'UTC', ...o });
      out[l] = {
        nums: nums.map((n) => n.toLocaleString(l)),
        days: days.map((n) => [d(n, { day: 'numeric', month: 'short' }), d(n, { day: 'numeric', month: 'long', year: 'numeric' }), d(n, { month: 'long', year: 'numeric' })]),
        // The time axis's other ticks: a day with its year, a month, a month with its year, a year.
        ticks: days.slice(1, 4).map((n) => [
          d(n, { day: 'numeric', month: 'short', year: 'numeric' }),
          d(n, { month: 'short' }),
          d(n, { month: 'short', year: 'numeric' }),
          d(n, { year: 'numeric' }),
        ]),
      };
    }
    // The plural categories src/i18n/count.rs agrees Arabic counts by.
    out.plural = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000, 1011].map((n) => new Intl.PluralRules('ar').select(n));
    return out;
  });
  assert.deepEqual(got.plural, ['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'other', 'few', 'many', 'other', 'many']);
  // The table of src/i18n/format.rs's tests.
  const nums = ['0', '7', '999', '1,000', '7,939', '12,345', '1,234,567', '2.5', '0.001', '1.235', '100.25', '1,000,000,000,000,000'];
  assert.deepEqual(got.ar.nums, [...nums, '\u200E-5']);
  assert.deepEqual(got.en.nums, [...nums, '-5']);
  assert.deepEqual(got.ar.days, [
    ['1 يناير', '1 يناير 1970', 'يناير 1970'],
    ['5 يناير', '5 يناير 2022', 'يناير 2022'],
    ['30 نوفمبر', '30 نوفمبر 2025', 'نوفمبر 2025'],
    ['31 ديسمبر', '31 ديسمبر 1969', 'ديسمبر 1969'],
    ['29 فبراير', '29 فبراير 2000', 'فبراير 2000'],
  ]);
  assert.deepEqual(got.en.days, [
    ['Jan 1', 'January 1, 1970', 'January 1970'],
    ['Jan 5', 'January 5, 2022', 'January 2022'],
    ['Nov 30', 'November 30, 2025', 'November 2025'],
    ['Dec 31', 'December 31, 1969', 'December 1969'],
    ['Feb 29', 'February 29, 2000', 'February 2000'],
  ]);
  // src/i18n/format.rs's table of ticks.
  assert.deepEqual(got.ar.ticks, [
    ['5 يناير 2022', 'يناير', 'يناير 2022', '2022'],
    ['30 نوفمبر 2025', 'نوفمبر', 'نوفمبر 2025', '2025'],
    ['31 ديسمبر 1969', 'ديسمبر', 'ديسمبر 1969', '1969'],
  ]);
  assert.deepEqual(got.en.ticks, [
    ['Jan 5, 2022', 'Jan', 'Jan 2022', '2022'],
    ['Nov 30, 2025', 'Nov', 'Nov 2025', '2025'],
    ['Dec 31, 1969', 'Dec', 'Dec 1969', '1969'],
  ]);
  await app.close();
});

test('"save as one file" and `tally page -o` write the first paint of their view', async () => {
  const query = '?lang=en&kind=killed,arrested&scale=linear';
  const want = await live('served', SIZES[0], query);
  // Served, the page fills tally.html from beside it; as one file, its own markup.
  for (const which of BOTH) {
    const app = await openApp(which, query);
    const [dl] = await Promise.all([app.page.waitForEvent('download'), app.page.click('#save-file')]);
    const saved = join(tmp, `saved-first-paint-${which}.html`);
    await dl.saveAs(saved);
    await app.close();
    const html = readFileSync(saved, 'utf8');
    assert.equal(html.split('id="first-paint"').length, 2, `${which}: one first paint`);
    assert.match(html, /<div id="first-paint" lang="en" dir="ltr"/);
    assert.match(html, /<title>Kazakhstan unrest, January 2022 — Tally: casualty figures compared<\/title>/);
    const other = await openUrl(pathToFileURL(saved).href, { contextOptions: { javaScriptEnabled: false } });
    const got = await seen(other.page);
    assert.deepEqual(got.kinds, ['killed', 'arrested']);
    assert.equal(got.marks, want.marks, `${which}: the saved view's marks`);
    assert.deepEqual(got.summary, want.summary);
    await other.close();
  }

  const out = join(tmp, 'x.html');
  tally(['page', 'articles', '--view', 'kind=injured', '--template', join(DIST, 'tally.html'), '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  const page = readFileSync(out, 'utf8');
  assert.equal(page.split('id="first-paint"').length, 2, 'one first paint');
  const third = await openUrl(pathToFileURL(out).href, { contextOptions: { javaScriptEnabled: false } });
  const t = await seen(third.page);
  assert.deepEqual(t.kinds, ['injured']);
  assert.ok(t.marks > 0);
  await third.close();
});

// A shared link that asks for a view of its own: the first paint (the set's opening view)
// is hidden before the first frame by index.html's view check, so the reader never sees
// one chart and then another; a link with no view key (`?utm_source=…`) keeps it, and the
// page opens on the view the paint shows.
for (const which of BOTH) {
  test(`${which}: a link with a view of its own hides the first paint; a link without one keeps it and opens on its view`, async () => {
    // Seen at DOMContentLoaded, before the wasm can have started.
    const initScript = () =>
      document.addEventListener('DOMContentLoaded', () => {
        const fp = document.getElementById('first-paint');
        const shown = (e) => e.getClientRects().length > 0;
        window.__paint = fp && { marks: [...fp.querySelectorAll('g.mark')].filter(shown).length, hidden: getComputedStyle(fp).display === 'none' };
      });
    const plain = await live(which, SIZES[0]);
    for (const [query, hidden] of [['', false], ['?utm_source=newsletter&fbclid=x1', false], ['?lang=en', true], ['?embed=1', true], ['?utm_source=a&kind=injured', true]]) {
      const app = await openApp(which, query, { initScript });
      const { page } = app;
      const paint = await page.evaluate(() => window.__paint);
      assert.ok(paint, `${query}: the first paint was there at DOMContentLoaded`);
      assert.equal(paint.hidden, hidden, `${query}: the first paint is ${hidden ? 'hidden' : 'shown'}`);
      assert.equal(paint.marks, hidden ? 0 : plain.marks, `${query}: its marks`);
      if (!hidden) assert.equal((await seen(page)).marks, plain.marks, `${query}: the page opens on the view the paint showed`);
      await app.assertClean();
      await app.close();
    }
  });
}
