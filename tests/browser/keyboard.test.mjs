// The keyboard (issue 9): the "skip to the chart" link moves the focus to the chart, the
// first mark is at most 5 Tab presses from there (the legend is one stop, walked with the
// arrows), and arrow keys move between the marks of a panel by where they are drawn (Right
// goes right, so in Arabic back in time).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib.mjs';

const focused = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a) return null;
    const g = a.closest?.('g.mark');
    if (!g) return { tag: a.tagName.toLowerCase(), id: a.id };
    const r = (g.querySelector('.glyph') ?? g).getBoundingClientRect();
    return { mark: g.dataset.fig, panel: g.closest('svg').dataset.kind, x: r.x + r.width / 2 };
  });

for (const [lang, width] of [['ar', 1280], ['en', 1280], ['ar', 768], ['ar', 375], ['en', 375]]) {
  test(`${lang} at ${width} px: skip link, first mark within 5 Tabs, arrows move between marks`, async () => {
    const app = await openApp('served', lang === 'en' ? '?lang=en' : '', { viewport: { width, height: 900 } });
    try {
      const { page } = app;
      page.setDefaultTimeout(8000);
      // The skip link is the first Tab stop, and Enter takes the focus to the chart.
      await page.locator('body').focus();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip', 'the skip link comes first');
      await page.keyboard.press('Enter');
      assert.deepEqual(await focused(page), { tag: 'section', id: 'chart' }, 'the chart has the focus');
      let presses = 0;
      let f;
      do {
        await page.keyboard.press('Tab');
        presses++;
        f = await focused(page);
        // The legend (above the chart on wide screens) is one Tab stop; arrows move along it.
        if (presses === 1 && width >= 560) {
          const items = await page.$$eval('#chart .legend-item', (els) => els.map((e) => e.textContent.trim()));
          const at = () => page.evaluate(() => [...document.querySelectorAll('#chart .legend-item')].indexOf(document.activeElement));
          assert.equal(await at(), 0, 'the first stop in the chart is the legend');
          await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
          assert.equal(await at(), 1, `${lang}: the arrow that points along the legend moves to its next item`);
          await page.keyboard.press(lang === 'ar' ? 'ArrowRight' : 'ArrowLeft');
          assert.equal(await at(), 0, 'and back');
          assert.ok(items.length >= 2);
        }
      } while (!f?.mark && presses < 20);
      console.log(`${lang} ${width}px: first mark after ${presses} Tab presses`);
      assert.ok(f?.mark, 'a mark is reached');
      assert.ok(presses <= 5, `${presses} Tab presses to the first mark`);

      // Arrows: Right always moves right on the screen, Left left, within the panel.
      const marks = await page.$$eval(`#chart svg.panel[data-kind=${f.panel}] g.mark[tabindex]`, (els) => els.length);
      const seen = new Set([f.mark]);
      let prev = f;
      const key = 'ArrowRight';
      const startLeftmost = await page.$$eval(`#chart svg.panel[data-kind=${f.panel}] g.mark[tabindex]`, (els) => {
        const xs = els.map((g) => { const r = (g.querySelector('.glyph') ?? g).getBoundingClientRect(); return r.x + r.width / 2; });
        return Math.min(...xs);
      });
      await page.keyboard.press(lang === 'ar' ? 'End' : 'Home');
      prev = await focused(page);
      seen.clear();
      seen.add(prev.mark);
      assert.ok(Math.abs(prev.x - startLeftmost) < 1, `${lang}: ${lang === 'ar' ? 'End' : 'Home'} goes to the leftmost mark`);
      for (let i = 1; i < marks; i++) {
        await page.keyboard.press(key);
        const now = await focused(page);
        assert.equal(now.panel, prev.panel, 'arrows stay in the panel');
        assert.ok(now.x >= prev.x - 0.5, `${key} moves right: ${prev.x} → ${now.x}`);
        seen.add(now.mark);
        prev = now;
      }
      assert.equal(seen.size, marks, `${key} visits every mark of the panel`);
      await page.keyboard.press('ArrowLeft');
      const back = await focused(page);
      assert.ok(back.x <= prev.x + 0.5 && back.mark !== prev.mark, 'ArrowLeft moves left');
      // Earliest in time: in Arabic on the right.
      await page.keyboard.press('Home');
      const home = await focused(page);
      await page.keyboard.press('End');
      const end = await focused(page);
      assert.ok(lang === 'ar' ? home.x > end.x : home.x < end.x, `${lang}: Home (earliest) at ${home.x}, End at ${end.x}`);
      // The tooltip follows the focus.
      await page.locator('#chart .tooltip').waitFor({ state: 'visible', timeout: 2000 });
      await app.assertClean();
    } finally {
      await app.close();
    }
  });
}

test('a legend button pressed from the keyboard hides its source, keeps the focus, and shows it again', async () => {
  const app = await openApp('served', '?lang=en');
  const { page } = app;
  try {
    // (after a frame and a task: the page writes the URL after the frame that shows a change)
    const state = () =>
      page.evaluate(
        () =>
          new Promise((r) =>
            requestAnimationFrame(() =>
              setTimeout(() =>
                r({
                  pressed: [...document.querySelectorAll('#chart .legend-item')].map((b) => b.getAttribute('aria-pressed')),
                  focus: [...document.querySelectorAll('#chart .legend-item')].indexOf(document.activeElement),
                  query: location.search,
                }),
              ),
            ),
          ),
      );
    const before = await state();
    assert.ok(before.pressed.length >= 2 && before.pressed.every((p) => p === 'true'), 'every source shown at first');
    await page.focus('#chart .legend li[data-series="1"] > button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#chart .legend li[data-series="1"] > button')?.getAttribute('aria-pressed') === 'false');
    const off = await state();
    assert.deepEqual(off.pressed, before.pressed.map((p, i) => (i === 1 ? 'false' : p)), 'only that source is hidden');
    assert.equal(off.focus, 1, 'the focus stays on the button');
    assert.match(off.query, /[?&]source=/, 'the view in the URL picks the other sources');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('#chart .legend li[data-series="1"] > button')?.getAttribute('aria-pressed') === 'true');
    const on = await state();
    assert.deepEqual(on.pressed, before.pressed);
    assert.equal(on.focus, 1, 'and stays there');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('a table column sorted from the keyboard: the rows follow, aria-sort says so, the focus stays; again reverses', async () => {
  const app = await openApp('served', '?lang=en');
  const { page } = app;
  try {
    const state = () =>
      page.evaluate(() => ({
        sort: [...document.querySelectorAll('table.figures thead th')].map((th) => th.getAttribute('aria-sort')),
        marks: [...document.querySelectorAll('table.figures thead .sort-mark')].map((m) => m.textContent),
        focus: [...document.querySelectorAll('table.figures thead button.sort')].indexOf(document.activeElement),
        // the first cell of each row: the figure as written ("317", "at least 8", "dozens")
        values: [...document.querySelectorAll('table.figures tbody tr')].map((tr) => tr.dataset.fig),
        pager: document.querySelector('#table nav.pager')?.hidden,
        empty: document.querySelector('#table p.empty')?.hidden,
      }));
    await page.waitForSelector('table.figures tbody tr');
    const before = await state();
    assert.deepEqual(before.sort, ['none', 'none', 'none', 'none', 'ascending', 'none', 'none'], 'sorted by date at first');
    assert.equal(before.pager, true, 'no pager for one page of rows');
    assert.equal(before.empty, true, 'no "nothing shown" note while there are rows');
    // The Value column, from the keyboard.
    await page.focus('table.figures thead th:nth-child(1) button.sort');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('table.figures thead th')?.getAttribute('aria-sort') === 'ascending');
    const up = await state();
    assert.deepEqual(up.sort, ['ascending', 'none', 'none', 'none', 'none', 'none', 'none']);
    assert.deepEqual(up.marks, ['▲', '', '', '', '', '', '']);
    assert.equal(up.focus, 0, 'the focus stays on the column head');
    assert.deepEqual([...up.values].sort(), [...before.values].sort(), 'the same rows');
    assert.notDeepEqual(up.values, before.values, 'in another order');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('table.figures thead th')?.getAttribute('aria-sort') === 'descending');
    const down = await state();
    assert.equal(down.marks[0], '▼');
    assert.equal(down.focus, 0, 'and stays there');
    // Reversed, but for ties (kept in page order both ways).
    const numbers = (keys) => page.evaluate((keys) => keys.map((k) => document.querySelector(`table.figures tbody tr[data-fig="${k}"] th`).textContent), keys);
    const a = await numbers(up.values);
    const b = await numbers(down.values);
    assert.equal(a[0], b[b.length - 1], 'the smallest first, then last');
    assert.equal(a[a.length - 1], b[0], 'the largest last, then first');
    await app.assertClean();
  } finally {
    await app.close();
  }
});
