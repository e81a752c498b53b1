// The layout of the first screen (issue 9): the chart starts within the first 40% of the
// screen at three sizes in both languages, under the set's title; the main choices sit in
// one bar above it, the other filters in a drawer closed on phones; reset shows only when
// the view differs from the default; dates in the interface follow its language.
// Screenshots of each first screen, light and dark, go to tests/browser/artifacts/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, shot, markFigures } from './lib.mjs';

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'phone', width: 375, height: 800 },
];

/** Where things are on the first screen, in px from its top. */
const firstScreen = (page) =>
  page.evaluate(() => {
    const top = (sel) => {
      const e = document.querySelector(sel);
      return e ? Math.round(e.getBoundingClientRect().top + scrollY) : null;
    };
    return {
      height: innerHeight,
      title: top('header h1'),
      bar: top('#filters .filters-bar'),
      section: top('section#chart'),
      panel: top('#chart svg.panel'),
      mark: top('#chart g.mark'),
      drawerOpen: document.querySelector('#filters details.filter-details')?.open ?? null,
      barHas: ['.display-tabs button', 'input[name=kind]', 'input[name=scale]'].every((s) => !!document.querySelector(`#filters .filters-bar ${s}`)),
      drawerHas: ['input[name=source]', 'input[name=victims]', 'select[name=from]', 'select[name=to]', 'input[name=disputed]', 'input[name=vague]'].every(
        (s) => !!document.querySelector(`#filters details.filter-details ${s}`),
      ),
    };
  });

for (const lang of ['ar', 'en']) {
  test(`${lang}: the chart comes first at 1280×900, 768×1024 and 375×800 (screenshots light and dark)`, async () => {
    const report = [];
    for (const size of SIZES) {
      for (const colorScheme of ['light', 'dark']) {
        const app = await openApp('served', lang === 'en' ? '?lang=en' : '', { viewport: { width: size.width, height: size.height }, colorScheme });
        try {
          const { page } = app;
          page.setDefaultTimeout(8000);
          await settle(page);
          await shot(page, `first-screen-${size.name}-${lang}-${colorScheme}`);
          if (colorScheme === 'dark') continue;
          const m = await firstScreen(page);
          report.push(`${size.width}×${size.height}: chart section at ${m.section} px, first panel at ${m.panel} px (${Math.round((100 * m.panel) / m.height)}%)`);
          assert.ok(m.title !== null && m.title < m.section, `${size.name}: the set's title is above the chart`);
          assert.ok(m.bar < m.section, `${size.name}: the bar of main choices is above the chart`);
          assert.ok(m.panel <= 0.4 * m.height, `${size.name}: the chart's first panel starts at ${m.panel} px, more than 40% of ${m.height}`);
          assert.ok(m.mark < m.height, `${size.name}: a mark on the first screen`);
          assert.ok(m.barHas, `${size.name}: chart/table, kinds and scale are in the bar`);
          assert.ok(m.drawerHas, `${size.name}: sources, victims, dates and switches are in the drawer`);
          if (size.width < 560) assert.equal(m.drawerOpen, false, `${size.name}: the drawer starts closed`);
          await app.assertClean();
        } finally {
          await app.close();
        }
      }
    }
    console.log(`${lang}: ${report.join('; ')}`);
  });
}

test('reset shows only when the view differs from the default', async () => {
  const app = await openApp('served');
  try {
    const { page } = app;
    page.setDefaultTimeout(8000);
    const reset = page.locator('#filters button.reset');
    assert.equal(await reset.isVisible(), false, 'no reset on the default view');
    await page.locator('#filters input[name=scale][value=linear]').check();
    await reset.waitFor({ state: 'visible' });
    await reset.click();
    await reset.waitFor({ state: 'hidden' });
    assert.equal(await page.locator('#filters input[name=scale][value=log]').isChecked(), true);
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest('#filters')), 'the focus stays in the filters');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('the source picker filters its list as one types; each source shows its number of figures', async () => {
  const app = await openApp('served', '?lang=en');
  try {
    const { page } = app;
    page.setDefaultTimeout(8000);
    const labels = page.locator('#filters .source-list label');
    const n = await labels.count();
    assert.ok(n >= 2, `several sources (${n})`);
    const items = await labels.evaluateAll((els) => els.map((e) => ({ name: e.querySelector('span').textContent, n: Number(e.querySelector('.n').textContent) })));
    const total = (await markFigures(page)).length; // a mark may stand for several articles' figures
    assert.ok(items.every((i) => i.n >= 1), 'every source has figures');
    assert.equal(items.reduce((a, i) => a + i.n, 0), total, 'the counts add up to the figures');
    const word = items[0].name.slice(0, 4);
    await page.locator('#filters .source-search').fill(word);
    const visible = await labels.evaluateAll((els) => els.filter((e) => !e.hidden).map((e) => e.querySelector('span').textContent));
    assert.ok(visible.length >= 1 && visible.length < n, `typing "${word}" leaves ${visible.length} of ${n}`);
    assert.ok(visible.every((v) => v.toLowerCase().includes(word.toLowerCase())));
    // Whatever the case typed (the list's names are matched in lower case).
    await page.locator('#filters .source-search').fill(word.toUpperCase());
    const upper = await labels.evaluateAll((els) => els.filter((e) => !e.hidden).map((e) => e.querySelector('span').textContent));
    assert.deepEqual(upper, visible, `typing "${word.toUpperCase()}" finds the same sources`);
    await page.locator('#filters .source-search').fill('');
    assert.equal(await labels.evaluateAll((els) => els.filter((e) => !e.hidden).length), n, 'an empty search shows all');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('dates in the interface follow its language: no mm/dd/yyyy, Arabic month names in Arabic', async () => {
  for (const lang of ['ar', 'en']) {
    const app = await openApp('served', lang === 'en' ? '?lang=en' : '');
    try {
      const { page } = app;
      page.setDefaultTimeout(8000);
      assert.equal(await page.locator('input[type=date]').count(), 0, `${lang}: no date input (it shows mm/dd/yyyy)`);
      const options = await page.$$eval('#filters select[name=from] option', (els) => els.map((e) => ({ value: e.value, text: e.textContent })));
      assert.ok(options.length >= 3, `${lang}: the days to choose from`);
      for (const o of options.slice(1)) {
        assert.match(o.value, /^\d{4}-\d{2}-\d{2}$/);
        assert.doesNotMatch(o.text, /\d+\/\d+\/\d+/, `${lang}: ${o.text}`);
        if (lang === 'ar') assert.match(o.text, /[\u0621-\u064a]/, `ar: an Arabic month name in ${o.text}`);
        else assert.match(o.text, /[A-Z][a-z]+/, `en: an English month name in ${o.text}`);
      }
      await app.assertClean();
    } finally {
      await app.close();
    }
  }
});

test('the embed at 700 px shows its title once, then the chart', async () => {
  for (const lang of ['ar', 'en']) {
    const app = await openApp('served', `?embed=1${lang === 'en' ? '&lang=en' : ''}`, { viewport: { width: 700, height: 900 } });
    try {
      const { page } = app;
      page.setDefaultTimeout(8000);
      await settle(page);
      await shot(page, `embed-700-${lang}`);
      const seen = await page.evaluate(() => {
        const visible = (e) => {
          const r = e.getBoundingClientRect();
          return r.width > 2 && r.height > 2 && !e.closest('.visually-hidden');
        };
        const texts = [...document.querySelectorAll('h1, h2, h3, p, svg.panel text')].filter(visible).map((e) => e.textContent.trim());
        const counts = {};
        for (const t of texts) counts[t] = (counts[t] ?? 0) + 1;
        return { title: document.querySelector('h1')?.textContent.trim(), counts, h1Top: document.querySelector('h1').getBoundingClientRect().top, panelTop: document.querySelector('svg.panel').getBoundingClientRect().top };
      });
      assert.ok(seen.title, `${lang}: a title`);
      for (const [t, n] of Object.entries(seen.counts)) if (t.length > 12) assert.equal(n, 1, `${lang}: "${t}" is shown ${n} times`);
      assert.ok(seen.h1Top < seen.panelTop && seen.panelTop < 200, `${lang}: the chart right under the title (${seen.panelTop} px)`);
      await app.assertClean();
    } finally {
      await app.close();
    }
  }
});

test("table only: the table takes the chart's place at 1280×900 and 375×800", async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
    const app = await openApp('served', '?view=table', { viewport });
    try {
      const { page } = app;
      page.setDefaultTimeout(8000);
      await settle(page);
      const top = await page.$eval('table.figures', (e) => e.getBoundingClientRect().top);
      assert.ok(top <= 0.4 * viewport.height, `${viewport.width} px: the table starts at ${Math.round(top)} px`);
      await app.assertClean();
    } finally {
      await app.close();
    }
  }
});
