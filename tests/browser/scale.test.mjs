// A real event's coverage: the page built for 500 articles (scripts/bench-set.mjs: the fixture
// texts recombined, 30 outlets, two months) stays readable: at most seven sources in colour and
// the rest as "other sources", a line per source, no text in the chart covering another at four
// widths (with the five default articles too), a page of table rows; screenshots kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openApp, server, browser, shot, ROOT, DIST, currentUrl } from './lib.mjs';

const N = 500;
execFileSync('node', [join(ROOT, 'scripts/bench-set.mjs'), '--articles', String(N), '--dist', DIST], { stdio: ['ignore', 'ignore', 'inherit'] });

/** Pairs of chart texts whose rendered boxes overlap (by more than half a pixel), per panel. */
const overlapping = (page) =>
  page.$$eval('#chart svg.panel', (panels) => {
    const out = [];
    let signs = 0;
    for (const p of panels) {
      const boxes = [...p.querySelectorAll('text')]
        .filter((t) => t.textContent.trim() && t.getBoundingClientRect().width > 0)
        .map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }));
      // A dense panel's qualifier signs are one text in a marker each, placed at the points
      // of a path: each placement's box is the text's box moved to its point.
      const m = p.getScreenCTM();
      for (const path of p.querySelectorAll('path[marker-mid]')) {
        const sign = p.querySelector(`${path.getAttribute('marker-mid').slice(4, -1)} text`);
        if (!sign) continue;
        const bb = sign.getBBox();
        for (const [, x, y] of path.getAttribute('d').matchAll(/M([\d.-]+) ([\d.-]+)/g)) {
          const [left, top] = [m.a * (Number(x) + bb.x) + m.e, m.d * (Number(y) + bb.y) + m.f];
          boxes.push({ t: sign.textContent, r: { left, top, right: left + m.a * bb.width, bottom: top + m.d * bb.height } });
        }
      }
      signs += boxes.filter((b) => /^[≥>≤~]$/.test(b.t)).length;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i].r, boxes[j].r];
          const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (dx > 0.5 && dy > 0.5) out.push(`${p.dataset.kind}: «${boxes[i].t}» × «${boxes[j].t}»`);
        }
    }
    if (signs === 0) out.push('no qualifier sign measured');
    return out;
  });

async function open(file, query, width) {
  const srv = await server();
  const context = await (await browser()).newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${srv.url}${file}${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
  return { page, context, errors };
}

test(`${N} articles: seven sources in colour, the rest "other sources"; lines; a page of rows`, async () => {
  const { page, context, errors } = await open(`bench-${N}.html`, '?lang=en', 1280);
  const legend = await page.$$eval('#chart .legend-item', (els) => els.length);
  assert.ok(legend <= 7, `${legend} sources in colour`);
  assert.match(await page.textContent('#chart .legend-other'), /^Other sources \(\d+\)$/);
  const greys = await page.$$eval('#chart .marks [data-series="other"]', (els) => els.length);
  assert.ok(greys > 0, 'figures of other sources are drawn, in grey');
  assert.ok((await page.$$eval('#chart .series-line', (els) => els.length)) > 0, 'a source\'s figures over time are joined');
  assert.equal(await page.locator('table.figures tbody tr').count(), 50, 'a page of rows');
  const sourcesAll = await page.$$eval('#filters input[name=source]', (els) => els.map((e) => e.value));
  assert.ok(sourcesAll.length > 7, `${sourcesAll.length} sources`);
  // The time range: the last seven days, then all dates again.
  const marks = () => Number(document.querySelector('#chart .chart-box').dataset.marks);
  const all = await page.evaluate(marks);
  assert.ok(all > 1000, `${all} marks`);
  await page.click('#filters .range-week');
  await page.waitForFunction((n) => Number(document.querySelector('#chart .chart-box').dataset.marks) < n, all);
  assert.match(await currentUrl(page), /[?&]from=\d{4}-\d\d-\d\d/);
  const days = await page.$$eval('#chart svg.panel[data-kind=killed] .x-axis text', (els) => els.map((e) => e.textContent));
  assert.ok(days.length >= 2, `day ticks over a week: ${days}`);
  await page.click('#filters .range-all');
  await page.waitForFunction((n) => Number(document.querySelector('#chart .chart-box').dataset.marks) === n, all);
  assert.doesNotMatch(await currentUrl(page), /[?&]from=/);
  assert.deepEqual(errors, []);
  await context.close();
});

test(`${N} articles: a few figures dated months before the rest stand apart, the two months fill the axis`, async () => {
  // The fixture texts carry a few month-only dates months before the set's two months: drawn
  // at their dates, they left the two months a quarter of the axis.
  for (const width of [1280, 375]) {
    const { page, context, errors } = await open(`bench-${N}.html`, '?lang=en', width);
    // The width the set's two months (61 days) take, at the scale of the first and last date ticks.
    const axis = await page.$eval('#chart svg.panel', (p) => {
      const plot = p.querySelector('.y-axis line.grid').getBoundingClientRect();
      // A tick names a day («Mar 4»), a month («Apr») or either with its year («Mar 2024»):
      // read as a reader would, with the last year named (the year of days apart only).
      let year = '2022';
      const day = (s) => Date.parse(/\d{4}/.test(s) ? ((year = s.match(/\d{4}/)[0]), s) : `${s} ${year}`) / 864e5;
      const ticks = [...p.querySelectorAll('.x-axis .tick text')].map((t) => ({ day: day(t.textContent), x: t.getBoundingClientRect().x }));
      const slot = [...p.querySelectorAll('.x-axis text.slot')].map((t) => t.textContent);
      const perDay = (ticks.at(-1).x - ticks[0].x) / (ticks.at(-1).day - ticks[0].day);
      return { plot: plot.width, months: 61 * perDay, ticks: ticks.length, slot, names: ticks.map((t) => t.day) };
    });
    assert.deepEqual(axis.slot, ['earlier'], `${width} px`);
    assert.ok(axis.ticks >= 2, `${width} px: ${axis.ticks} date ticks`);
    assert.ok(axis.names.every(Number.isFinite), `${width} px: a date tick not read: ${axis.names}`);
    // (before: a quarter of it at 1280 px, under half at 375 px; the rest is the slot and the
    // room kept at both ends)
    assert.ok(axis.months >= 0.55 * axis.plot, `${width} px: two months over ${axis.months.toFixed(0)} of ${axis.plot.toFixed(0)} px`);
    // With a date range picked, every date stands where it falls.
    await page.goto(page.url().replace('?lang=en', '?lang=en&from=2021-01-01'));
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    assert.equal(await page.locator('#chart .x-axis text.slot').count(), 0, `${width} px: no slot with a date range`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

for (const [file, label] of [['index.html', '5 articles'], [`bench-${N}.html`, `${N} articles`]]) {
  for (const width of [1280, 768, 375, 320]) {
    test(`${label} at ${width} px: no text in the chart covers another`, async () => {
      for (const lang of ['en', 'ar']) {
        const { page, context, errors } = await open(file, `?lang=${lang}`, width);
        assert.deepEqual(await overlapping(page), [], `${label}, ${lang}, ${width} px`);
        if (file !== 'index.html' && (width === 1280 || width === 375)) {
          await shot(page, `scale-${N}-${lang}-${width}`);
          await shot(page.locator('#chart'), `scale-${N}-${lang}-${width}-chart`);
        }
        assert.deepEqual(errors, []);
        await context.close();
      }
    });
  }
}
