// Issue 4, the chart: it shows exactly the figures the native extractor finds (compared
// at test time, never with figures written down here), the filters change marks, table
// and count as src/view/filter.rs says, a mark opens its evidence with the right span
// highlighted, the keyboard reaches every mark, Arabic mirrors the axes, and the layout
// holds from 320 px to desktop, light and dark (screenshots in tests/browser/artifacts/).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  openApp,
  currentUrl,
  shot,
  BOTH,
  extractorFigures,
  expectedKeys,
  figureKey,
  sourceKey,
  articleText,
  spanOf,
  markKeys,
  markFigures,
  rowKeys,
  sorted,
  shownCount,
} from './lib.mjs';

const FIGS = extractorFigures();
const ALL = sorted(expectedKeys(FIGS));
const BY_KEY = new Map(FIGS.map((f) => [figureKey(f), f]));
const GLYPH = { exact: 'exact', about: 'about', at_least: 'atleast', more_than: 'morethan', at_most: 'atmost', range: 'range', vague: 'vague' };

/** Two animation frames: whatever the last event changed has been drawn. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Marks, rows and count all show exactly `want` (a set of keys) out of all figures. */
async function assertShows(page, want, what) {
  await settle(page);
  // One mark per claim: every shown figure is on exactly one mark (several articles carrying
  // the same claim share it).
  const marks = await markFigures(page);
  assert.equal(new Set(marks).size, marks.length, `${what}: no figure has two marks (${marks})`);
  assert.deepEqual(sorted(marks), sorted(want), `${what}: chart marks`);
  assert.deepEqual(sorted(await rowKeys(page)), sorted(want), `${what}: table rows`);
  const count = await shownCount(page);
  assert.deepEqual([count.shown, count.total], [want.size ?? want.length, FIGS.length], `${what}: "${count.text}"`);
}

for (const which of BOTH) {
  test(`${which}: the chart and the table show exactly the extractor's figures`, async () => {
    const app = await openApp(which, '?lang=en');
    try {
      const { page } = app;
    page.setDefaultTimeout(8000);
      page.setDefaultTimeout(8000);
      await assertShows(page, ALL, 'default view');
      assert.equal(await page.locator('#chart svg.panel').count(), 3, 'three panels at 1280 px');
      // Each mark sits in its kind's panel, with the glyph of its qualifier; retracted and
      // denied figures are muted; each mark is a labelled button.
      const marks = await page.$$eval('#chart g.mark', (els) =>
        els.map((e) => ({
          key: e.dataset.fig,
          glyph: e.dataset.glyph,
          panel: e.closest('svg.panel')?.dataset.kind,
          muted: e.classList.contains('muted'),
          role: e.getAttribute('role'),
          tabindex: e.getAttribute('tabindex'),
          label: e.getAttribute('aria-label') ?? '',
        })),
      );
      for (const m of marks) {
        const f = BY_KEY.get(m.key);
        assert.equal(m.panel, f.kind, `${m.key} is in the ${f.kind} panel`);
        assert.equal(m.glyph, GLYPH[f.qualifier], `${m.key} glyph for ${f.qualifier}`);
        assert.equal(m.muted, f.status !== 'asserted', `${m.key} muted iff ${f.status} is not asserted`);
        assert.equal(m.role, 'button');
        assert.equal(m.tabindex, '0');
        assert.ok(m.label.length > 5, `${m.key} has an aria-label`);
      }
      // Each panel is a group (its marks are buttons, so not an image) with a title and a description.
      for (const p of await page.$$eval('#chart svg.panel', (els) =>
        els.map((e) => ({ role: e.getAttribute('role'), title: e.querySelector('title')?.textContent, desc: e.querySelector('desc')?.textContent })),
      )) {
        assert.equal(p.role, 'group');
        assert.ok(p.title && p.desc, `panel has <title> and <desc>: ${JSON.stringify(p)}`);
      }
      // The articles highlight the same figures (spans overlapping an earlier one are not highlighted).
      // (An article's text is written when it is opened: open each in turn.)
      const highlighted = [];
      for (const b of await page.locator('section#articles article.article button.read-toggle').all()) {
        await b.click();
        highlighted.push(...(await page.$$eval('section#articles article.open mark.fig[data-fig]', (els) => els.map((e) => e.dataset.fig))));
      }
      for (const k of highlighted) assert.ok(BY_KEY.has(k), `article highlight ${k} is a figure`);
      const withFigures = new Set(FIGS.map((f) => f.article));
      for (const a of withFigures) assert.ok(highlighted.some((k) => k.startsWith(`${a}-`)), `article ${a} highlights its figures`);
      // The time it took to read the data block (articles and figures) is there (for the benchmark).
      const ms = Number(await page.getAttribute('html', 'data-figures-ms'));
      assert.ok(Number.isFinite(ms) && ms >= 0, `data-figures-ms = ${ms}`);
      await app.assertClean();
    } finally {
      await app.close();
    }
  });
}

test('served: every filter changes marks, table and count as the view says; reset brings all back', async () => {
  const app = await openApp('served');
  try {
    const { page } = app;
    page.setDefaultTimeout(8000);
    await assertShows(page, ALL, 'default');
    const check = (sel) => page.locator(sel).check();
    const uncheck = (sel) => page.locator(sel).uncheck();

    // Kinds.
    for (const kind of ['killed', 'injured', 'arrested']) {
      await uncheck(`#filters input[name=kind][value=${kind}]`);
      const kinds = ['killed', 'injured', 'arrested'].filter((k) => k !== kind);
      await assertShows(page, expectedKeys(FIGS, { kinds }), `without ${kind}`);
      assert.deepEqual(
        await page.$$eval('#chart svg.panel', (els) => els.map((e) => e.dataset.kind)),
        kinds,
        `panels without ${kind}`,
      );
      await check(`#filters input[name=kind][value=${kind}]`);
      await assertShows(page, ALL, `${kind} back`);
    }

    // A source (checkbox), then the same source from the legend.
    const sources = await page.$$eval('#filters input[name=source]', (els) => els.map((e) => e.value));
    const wantSources = [...new Set(FIGS.map((f) => sourceKey(f)))];
    assert.deepEqual(sources, wantSources, 'one source checkbox per claimant, in order of first appearance');
    assert.equal(await page.locator('#chart .legend-item').count(), sources.length, 'one legend item per source');
    const s0 = sources[0];
    const others = sources.filter((s) => s !== s0);
    await uncheck(`#filters input[name=source][value="${s0}"]`);
    await assertShows(page, expectedKeys(FIGS, { sources: others }), `without source ${s0}`);
    assert.equal(await page.locator('#chart .legend-item').first().getAttribute('aria-pressed'), 'false', 'legend follows');
    await check(`#filters input[name=source][value="${s0}"]`);
    await assertShows(page, ALL, `source ${s0} back`);
    await page.locator('#chart .legend-item').first().click();
    assert.equal(await page.locator('#chart .legend-item').first().getAttribute('aria-pressed'), 'false', 'legend toggled off');
    assert.equal(await page.locator(`#filters input[name=source][value="${s0}"]`).isChecked(), false, 'checkbox follows the legend');
    await assertShows(page, expectedKeys(FIGS, { sources: others }), `legend: without ${s0}`);
    await page.locator('#chart .legend-item').first().click();
    await assertShows(page, ALL, `legend: ${s0} back`);

    // A victim group.
    const victims = await page.$$eval('#filters input[name=victims]', (els) => els.map((e) => e.value));
    assert.deepEqual(sorted(victims), sorted(new Set(FIGS.map((f) => f.victims))), 'one checkbox per victim group present');
    const v0 = FIGS[0].victims;
    await uncheck(`#filters input[name=victims][value=${v0}]`);
    const without = expectedKeys(FIGS, { victims: victims.filter((v) => v !== v0) });
    assert.ok(without.size < ALL.length, 'the victim filter hides something');
    await assertShows(page, without, `without victims ${v0}`);
    await check(`#filters input[name=victims][value=${v0}]`);
    await assertShows(page, ALL, `victims ${v0} back`);

    // Date range: from the second reported day, then up to it only.
    const days = sorted(new Set(FIGS.flatMap((f) => (f.reported && /^\d{4}-\d{2}-\d{2}$/.test(f.reported) ? [f.reported] : []))));
    assert.ok(days.length >= 2, `the figures are reported on several days: ${days}`);
    await page.locator('#filters select[name=from]').selectOption(days[1]);
    await assertShows(page, expectedKeys(FIGS, { from: days[1] }), `from ${days[1]}`);
    await page.locator('#filters select[name=to]').selectOption(days[1]);
    await assertShows(page, expectedKeys(FIGS, { from: days[1], to: days[1] }), `on ${days[1]}`);
    await page.locator('#filters select[name=from]').selectOption('');
    await page.locator('#filters select[name=to]').selectOption('');
    await assertShows(page, ALL, 'no dates');

    // Retracted/denied and vague figures.
    await uncheck('#filters input[name=disputed]');
    await assertShows(page, expectedKeys(FIGS, { disputed: false }), 'no disputed figures');
    await check('#filters input[name=disputed]');
    await uncheck('#filters input[name=vague]');
    const noVague = expectedKeys(FIGS, { vague: false });
    assert.ok(noVague.size < ALL.length, 'some figures are vague');
    await assertShows(page, noVague, 'no vague figures');
    await check('#filters input[name=vague]');
    await assertShows(page, ALL, 'disputed and vague back');

    // Scale: the same marks, other places.
    const where = () =>
      page.$$eval('#chart g.mark', (els) =>
        Object.fromEntries(els.map((e) => [e.dataset.fig, e.querySelector('path.glyph').getAttribute('d')])),
      );
    const logPlaces = await where();
    await check('#filters input[name=scale][value=linear]');
    await assertShows(page, ALL, 'linear scale');
    const linPlaces = await where();
    assert.deepEqual(sorted(Object.keys(linPlaces)), sorted(Object.keys(logPlaces)), 'the same marks');
    assert.ok(Object.keys(logPlaces).some((k) => logPlaces[k] !== linPlaces[k]), 'the linear scale moves marks');
    await check('#filters input[name=scale][value=log]');
    await settle(page);
    assert.deepEqual(await where(), logPlaces, 'back on the log scale, the marks are back in place');

    // Group by article: the legend lists articles; the set of figures is unchanged.
    await check('#filters input[name=by][value=article]');
    await assertShows(page, ALL, 'by article');
    const articles = [...new Set(FIGS.map((f) => f.article))];
    assert.deepEqual(await page.$$eval('#filters input[name=source]', (els) => els.map((e) => e.value)), articles, 'sources are articles');
    assert.equal(await page.locator('#chart .legend-item').count(), articles.length, 'one legend item per article');
    await uncheck(`#filters input[name=source][value="${articles[0]}"]`);
    await assertShows(page, expectedKeys(FIGS, { by: 'article', sources: articles.slice(1) }), `by article, without ${articles[0]}`);

    // Table only: the chart is hidden, the table still lists the figures.
    await page.locator('#filters .display-tabs button').nth(1).click();
    assert.equal(await page.locator('section#chart').getAttribute('class').then((c) => /\bhidden\b/.test(c)), true, 'chart hidden');
    assert.equal(await page.locator('section#chart').isVisible(), false);

    // Reset.
    await page.locator('#filters button.reset').click();
    await assertShows(page, ALL, 'after reset');
    assert.equal(await page.locator('section#chart').isVisible(), true, 'chart shown after reset');
    assert.equal(await page.locator('#filters button.reset').isHidden(), true, 'no reset on the default view');
    assert.equal(await page.locator('#filters input[name=by][value=claimant]').isChecked(), true);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

for (const which of BOTH) {
  test(`${which}: clicking each mark opens its evidence with the record's span highlighted`, async () => {
    const app = await openApp(which, '?lang=en');
    try {
      const { page } = app;
    page.setDefaultTimeout(8000);
      page.setDefaultTimeout(8000);
      const keys = await markKeys(page);
      assert.ok(keys.length > 0);
      const texts = new Map();
      const covered = [];
      for (const key of keys) {
        const f = BY_KEY.get(key);
        if (!texts.has(f.article)) texts.set(f.article, articleText(f.article));
        // The pointer goes where the reader sees the mark: the centre of its glyph. If another
        // mark's hit area covers that point, the reader cannot reach this mark with a pointer.
        const glyph = page.locator(`#chart g.mark[data-fig="${key}"] path.glyph`);
        const under = await glyph.evaluate((e) => {
          const r = e.getBoundingClientRect();
          e.scrollIntoView({ block: 'center' });
          const s = e.getBoundingClientRect();
          return document.elementFromPoint(s.x + s.width / 2, s.y + s.height / 2)?.closest('g.mark')?.dataset.fig ?? null;
        });
        if (under !== key) {
          // Reported below; the evidence is still checked, opened from the keyboard.
          covered.push(`${key} (its glyph centre hits ${under})`);
          await page.locator(`#chart g.mark[data-fig="${key}"]`).focus();
          await page.keyboard.press('Enter');
        } else {
          await glyph.hover({ timeout: 3000 });
          await assert.doesNotReject(page.locator('#chart .tooltip').waitFor({ state: 'visible', timeout: 2000 }), `${key}: tooltip on hover`);
          await glyph.click({ timeout: 3000 });
        }
        const ev = page.locator('aside#evidence');
        await ev.waitFor({ state: 'visible', timeout: 3000 });
        const sentence = ev.locator('.sentence');
        assert.equal(await sentence.getAttribute('lang'), 'ar');
        assert.equal(await sentence.getAttribute('dir'), 'rtl');
        const phrase = await sentence.locator('mark.phrase').textContent();
        assert.equal(phrase, spanOf(texts.get(f.article), f.start, f.end), `${key}: the highlighted span is the text's [${f.start}, ${f.end})`);
        assert.equal(new URL(await currentUrl(page)).searchParams.get('fig'), key, `${key}: the URL names the figure`);
        assert.ok(await page.locator(`#chart g.mark.selected[data-fig="${key}"]`).count(), `${key}: the mark is selected`);
      }
      // "Read the article" opens it in the list; close hides the panel.
      const last = BY_KEY.get(await page.locator('#chart g.mark.selected').getAttribute('data-fig'));
      await page.locator('aside#evidence button.read').click();
      await page.locator(`section#articles article.article.open[data-article="${last.article}"]`).waitFor({ timeout: 3000 });
      await page.locator('aside#evidence button.close').click();
      await page.locator('aside#evidence').waitFor({ state: 'detached', timeout: 3000 });
      assert.equal(new URL(await currentUrl(page)).searchParams.get('fig'), null, 'closing clears fig from the URL');
      await app.assertClean();
      assert.deepEqual(covered, [], 'marks whose glyph another mark covers (unreachable by pointer)');
    } finally {
      await app.close();
    }
  });
}

test('served: keyboard only: Tab reaches every mark, focus shows the tooltip, Enter opens the evidence', async () => {
  const app = await openApp('served');
  try {
    const { page } = app;
    page.setDefaultTimeout(8000);
    const keys = await markKeys(page);
    const reached = [];
    await page.locator('body').focus();
    for (let i = 0; i < 600 && reached.length < keys.length; i++) {
      await page.keyboard.press('Tab');
      const fig = await page.evaluate(() => {
        const a = document.activeElement;
        return a?.matches?.('g.mark') ? a.dataset.fig : null;
      });
      if (fig && !reached.includes(fig)) reached.push(fig);
    }
    assert.deepEqual(sorted(reached), sorted(keys), 'Tab reaches every mark');
    // The focused mark has a visible tooltip; Enter opens its evidence.
    const focused = reached.at(-1);
    await page.locator('#chart .tooltip').waitFor({ state: 'visible', timeout: 2000 });
    await page.keyboard.press('Enter');
    await page.locator('aside#evidence').waitFor({ state: 'visible', timeout: 3000 });
    const f = BY_KEY.get(focused);
    assert.equal(await page.locator('aside#evidence mark.phrase').textContent(), spanOf(articleText(f.article), f.start, f.end));
    assert.equal(new URL(await currentUrl(page)).searchParams.get('fig'), focused);
    // Focus moved into the panel, and the close button works from the keyboard.
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest('#evidence')), 'focus is in the evidence panel');
    await page.locator('aside#evidence button.close').focus();
    await page.keyboard.press('Enter');
    await page.locator('aside#evidence').waitFor({ state: 'detached', timeout: 3000 });
    await app.assertClean();
  } finally {
    await app.close();
  }
});

/** Where things are drawn: x-axis tick labels (in order of date), y-axis labels, panel width. */
async function axes(page) {
  return page.$eval('#chart svg.panel', (svg) => {
    const box = svg.getBoundingClientRect();
    const centre = (e) => {
      const r = e.getBoundingClientRect();
      return r.x + r.width / 2 - box.x;
    };
    return {
      width: box.width,
      xTicks: [...svg.querySelectorAll('g.x-axis g.tick text')].map(centre),
      yLabels: [...svg.querySelectorAll('g.y-axis text')].map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.x - box.x, right: r.right - box.x };
      }),
    };
  });
}

for (const which of BOTH) {
  test(`${which}: Arabic mirrors the chart (time runs right to left, values on the right); English does not`, async () => {
    const figsByDay = FIGS.filter((f) => /^\d{4}-\d{2}-\d{2}$/.test(f.reported ?? '')).sort((a, b) => a.reported.localeCompare(b.reported));
    const earliest = figsByDay[0];
    const latest = figsByDay.at(-1);
    assert.ok(earliest.reported < latest.reported, 'figures on more than one day');
    for (const lang of ['ar', 'en']) {
      const app = await openApp(which, lang === 'en' ? '?lang=en' : '');
      try {
        const { page } = app;
    page.setDefaultTimeout(8000);
      page.setDefaultTimeout(8000);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
        const a = await axes(page);
        assert.ok(a.xTicks.length >= 2, `${lang}: at least two date ticks`);
        const ascending = a.xTicks.every((x, i) => i === 0 || x > a.xTicks[i - 1]);
        const descending = a.xTicks.every((x, i) => i === 0 || x < a.xTicks[i - 1]);
        assert.ok(lang === 'ar' ? descending : ascending, `${lang}: date ticks run ${lang === 'ar' ? 'right to left' : 'left to right'}: ${a.xTicks}`);
        assert.ok(a.yLabels.length >= 2, `${lang}: value labels`);
        for (const y of a.yLabels) {
          if (lang === 'ar') assert.ok(y.left > a.width / 2, `ar: value label on the right (${JSON.stringify(y)}, width ${a.width})`);
          else assert.ok(y.right < a.width / 2, `en: value label on the left (${JSON.stringify(y)}, width ${a.width})`);
        }
        // In Arabic, the chart says nothing in English (legend, panel titles, axes).
        if (lang === 'ar') {
          const latin = await page.$$eval('#chart .legend-item, #chart svg.panel text', (els) =>
            els.map((e) => e.textContent.trim()).filter((t) => /[A-Za-z]/.test(t)),
          );
          assert.deepEqual(latin, [], 'ar: chart text in Latin letters');
        }
        // The earliest figure is drawn on the right in Arabic, on the left in English.
        const x = async (f) =>
          page.$eval(`#chart svg.panel[data-kind=${f.kind}] g.mark[data-fig="${figureKey(f)}"] path.glyph`, (e) => {
            const r = e.getBoundingClientRect();
            return r.x + r.width / 2;
          });
        if (earliest.kind === latest.kind) {
          const [xe, xl] = [await x(earliest), await x(latest)];
          assert.ok(lang === 'ar' ? xe > xl : xe < xl, `${lang}: earliest at ${xe}, latest at ${xl}`);
        }
        await app.assertClean();
      } finally {
        await app.close();
      }
    }
  });
}

for (const [lang, width] of [['ar', 1280], ['en', 1280], ['ar', 375], ['en', 375]]) {
  test(`served: ${lang} at ${width} px: every chart label is inside its panel, value labels clear of the plot`, async () => {
    const app = await openApp('served', lang === 'en' ? '?lang=en' : '', { viewport: { width, height: 900 } });
    try {
      const { page } = app;
    page.setDefaultTimeout(8000);
      page.setDefaultTimeout(8000);
      await settle(page);
      const found = await page.$$eval('#chart svg.panel', (svgs) =>
        svgs.flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          const kind = svg.dataset.kind;
          const out = [];
          const name = (t) => `${kind}: "${t.textContent}" (${t.closest('.y-axis') ? 'value label' : t.closest('.x-axis') ? 'date label' : t.getAttribute('class') ?? 'text'})`;
          // Text outside the panel's box is cut off (an <svg> clips its overflow). Across, the
          // text's box; up and down its ink (canvas metrics from the baseline): the line box of
          // an Arabic font is much taller than its letters.
          const ctx = document.createElement('canvas').getContext('2d');
          for (const t of svg.querySelectorAll('text')) {
            const r = t.getBoundingClientRect();
            if (r.width === 0 || !t.textContent) continue;
            ctx.font = getComputedStyle(t).font;
            const ink = ctx.measureText(t.textContent);
            const base = t.getStartPositionOfChar(0).y;
            const [top, bottom] = [base - ink.actualBoundingBoxAscent, base + ink.actualBoundingBoxDescent];
            if (r.left < box.left - 1 || r.right > box.right + 1 || top < -1 || bottom > box.height + 1)
              out.push(
                `${name(t)} is cut off: x ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of 0..${Math.round(box.width)}, ` +
                  `ink y ${Math.round(top)}..${Math.round(bottom)} of 0..${Math.round(box.height)}`,
              );
          }
          // Value labels sit beside the plot (where the grid lines end), not over it.
          const grid = [...svg.querySelectorAll('.y-axis line.grid')].map((l) => l.getBoundingClientRect());
          if (grid.length) {
            const [gl, gr] = [Math.min(...grid.map((g) => g.left)), Math.max(...grid.map((g) => g.right))];
            for (const t of svg.querySelectorAll('.y-axis text')) {
              const r = t.getBoundingClientRect();
              if (r.right > gl + 1 && r.left < gr - 1)
                out.push(`${name(t)} overlaps the plot: x ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)}, plot ${Math.round(gl - box.left)}..${Math.round(gr - box.left)}`);
            }
          }
          return out;
        }),
      );
      assert.deepEqual(found, [], 'chart labels');
      await app.assertClean();
    } finally {
      await app.close();
    }
  });
}

test('served: screenshots (desktop, phone, Arabic, English, dark) and no horizontal scrolling down to 320 px', async () => {
  const cases = [
    { name: 'chart-desktop-ar', query: '', viewport: { width: 1280, height: 900 } },
    { name: 'chart-desktop-en', query: '?lang=en', viewport: { width: 1280, height: 900 } },
    { name: 'chart-phone-ar', query: '', viewport: { width: 375, height: 800 } },
    { name: 'chart-phone-en', query: '?lang=en', viewport: { width: 375, height: 800 } },
    { name: 'chart-dark-ar', query: '', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
    { name: 'chart-dark-phone-en', query: '?lang=en', viewport: { width: 375, height: 800 }, colorScheme: 'dark' },
    { name: 'chart-320-ar', query: '', viewport: { width: 320, height: 700 } },
    { name: 'chart-320-en', query: '?lang=en&fig=' + encodeURIComponent(ALL[0]), viewport: { width: 320, height: 700 } },
  ];
  const problems = [];
  for (const c of cases) {
    const app = await openApp('served', c.query, { viewport: c.viewport, colorScheme: c.colorScheme ?? 'light' });
    try {
      const { page } = app;
    page.setDefaultTimeout(8000);
      page.setDefaultTimeout(8000);
      await settle(page);
      await shot(page, c.name, { fullPage: true });
      await shot(page.locator('section#chart'), `${c.name}-chart`);
      const m = await page.evaluate(() => ({
        scroll: document.scrollingElement.scrollWidth,
        inner: innerWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1) && !e.closest('.visually-hidden');
          })
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')}`),
      }));
      if (m.scroll > m.inner) problems.push(`${c.name}: scrollWidth ${m.scroll} > innerWidth ${m.inner} (${m.wide})`);
      if (c.viewport.width < 560) {
        // Narrow: one panel at a time, with tabs to switch.
        assert.equal(await page.locator('#chart svg.panel').count(), 1, `${c.name}: one panel`);
        const tabs = page.locator('#chart .kind-tabs button');
        assert.equal(await tabs.count(), 3, `${c.name}: a tab per kind`);
        for (let i = 0; i < 3; i++) {
          await tabs.nth(i).click();
          await settle(page);
          assert.equal(await tabs.nth(i).getAttribute('aria-pressed'), 'true');
          const kind = await page.locator('#chart svg.panel').getAttribute('data-kind');
          assert.deepEqual(sorted(await markFigures(page)), sorted(expectedKeys(FIGS, { kinds: [kind] })), `${c.name}: the ${kind} tab`);
        }
      } else {
        assert.equal(await page.locator('#chart svg.panel').count(), 3, `${c.name}: three panels`);
      }
      if (c.colorScheme === 'dark') {
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [r, g, b] = bg.match(/\d+/g).map(Number);
        assert.ok(r + g + b < 3 * 100, `${c.name}: the page is dark (${bg})`);
      }
      await app.assertClean();
    } finally {
      await app.close();
    }
  }
  assert.deepEqual(problems, [], 'no horizontal scrolling');
});
