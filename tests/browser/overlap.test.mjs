// No overlapping text in the chart (issue 9): the boxes of every pair of text elements of
// a panel (tick labels, panel titles, band labels, the marks' qualifier signs) are apart,
// at 1280, 768, 375 and 320 px, in Arabic and English, on every kind's panel. Across, a
// text's box; up and down its ink (canvas metrics from the baseline), since the line box
// of an Arabic font is much taller than its letters.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Pairs of overlapping texts in the panels drawn now. */
const overlaps = (page) =>
  page.$$eval('#chart svg.panel', (svgs) =>
    svgs.flatMap((svg) => {
      const ctx = document.createElement('canvas').getContext('2d');
      const boxes = [];
      for (const t of svg.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        if (r.width === 0 || !t.textContent.trim()) continue;
        let [top, bottom] = [r.top, r.bottom];
        const rotated = !!t.closest('[transform*="rotate"]');
        if (!rotated) {
          ctx.font = getComputedStyle(t).font;
          const ink = ctx.measureText(t.textContent);
          const base = t.getStartPositionOfChar(0).y;
          const m = t.getScreenCTM();
          const y = m.b * t.getStartPositionOfChar(0).x + m.d * base + m.f;
          [top, bottom] = [y - ink.actualBoundingBoxAscent, y + ink.actualBoundingBoxDescent];
        }
        const where = t.closest('g.mark') ? `mark ${t.closest('g.mark').dataset.fig}` : t.closest('[class]')?.getAttribute('class');
        boxes.push({ name: `"${t.textContent}" (${where})`, left: r.left, right: r.right, top, bottom });
      }
      const out = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (dx > 0.5 && dy > 0.5) out.push(`${svg.dataset.kind}: ${a.name} overlaps ${b.name} by ${Math.round(dx)}×${Math.round(dy)} px`);
        }
      if (boxes.length < 6) out.push(`${svg.dataset.kind}: only ${boxes.length} texts measured`);
      return out;
    }),
  );

for (const width of [1280, 768, 375, 320]) {
  test(`no overlapping chart text at ${width} px, Arabic and English, every panel`, async () => {
    const found = [];
    for (const lang of ['ar', 'en']) {
      const app = await openApp('served', lang === 'en' ? '?lang=en' : '', { viewport: { width, height: 900 } });
      try {
        const { page } = app;
        page.setDefaultTimeout(8000);
        await settle(page);
        const tabs = page.locator('#chart .kind-tabs button');
        const n = await tabs.count();
        if (n === 0) found.push(...(await overlaps(page)).map((o) => `${lang}: ${o}`));
        for (let i = 0; i < n; i++) {
          await tabs.nth(i).click();
          await settle(page);
          found.push(...(await overlaps(page)).map((o) => `${lang}: ${o}`));
        }
        await app.assertClean();
      } finally {
        await app.close();
      }
    }
    assert.deepEqual(found, [], `overlapping text at ${width} px`);
  });
}

// A reader's own articles over six years: the time axis names the years (no row of
// «1 يناير» ticks), and its texts stay apart, at the widest and the narrowest width.
const YEARS = ['2019-03-10', '2020-06-01', '2021-01-20', '2022-09-05', '2023-05-12', '2024-07-24'];
const jsonl = YEARS.map((published, i) => JSON.stringify({ id: `y${i}`, headline: `خبر ${i + 1}`, published, text: `قتل ${9 + i} أشخاص في الهجوم، وفق الشرطة.` })).join('\n');
for (const width of [1280, 320]) {
  test(`a time axis over six years names its years and keeps its texts apart at ${width} px`, async () => {
    const found = [];
    for (const lang of ['ar', 'en']) {
      const app = await openApp('served', `?lang=${lang}`, { viewport: { width, height: 900 } });
      try {
        const { page } = app;
        await page.setInputFiles('#add-files', [{ name: 'years.jsonl', mimeType: 'application/json', buffer: Buffer.from(jsonl) }]);
        await page.waitForFunction((n) => /\(6\)/.test(document.querySelector('#add .added h3')?.textContent ?? '') && document.querySelectorAll('#chart g.mark').length > n, 0, { timeout: 20000 });
        await settle(page);
        const ticks = await page.$$eval('#chart svg.panel .x-axis .tick text', (ts) => ts.map((t) => t.textContent));
        const years = new Set(ticks.map((t) => t.match(/\d{4}/)?.[0]).filter(Boolean));
        assert.ok(years.size >= 3, `${lang}: ticks name ${years.size} years: ${ticks.join(' | ')}`);
        found.push(...(await overlaps(page)).map((o) => `${lang}: ${o}`));
        await app.assertClean();
      } finally {
        await app.close();
      }
    }
    assert.deepEqual(found, [], `overlapping text at ${width} px`);
  });
}
