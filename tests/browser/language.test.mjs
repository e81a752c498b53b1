// Switching the language redraws the page in the other language: the document's lang
// and dir follow, the same figures stay drawn, keyboard focus stays on the switch, the
// chart still follows the window's width, and Back returns to the language before.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, BOTH, markKeys, sorted, currentUrl } from './lib.mjs';

for (const which of BOTH) {
  test(`${which}: the language switch keeps the figures, the focus and the chart's width`, async () => {
    const app = await openApp(which);
    const { page } = app;
    try {
      const root = () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
      assert.deepEqual(await root(), ['ar', 'rtl']);
      const before = sorted(await markKeys(page));
      assert.ok(before.length > 0, 'marks drawn');

      await page.focus('button.lang-switch');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.deepEqual(await root(), ['en', 'ltr']);
      assert.match(await currentUrl(page), /[?&]lang=en(&|$)/);
      assert.deepEqual(sorted(await markKeys(page)), before, 'the same figures in English');
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('lang-switch')), true, 'focus stays on the switch');
      assert.match(await page.locator('header .app-name').innerText(), /Tally/);
      assert.equal(await page.locator('header h1').innerText(), 'Kazakhstan unrest, January 2022', 'the set\'s English title');

      // The redrawn chart still follows the window: narrow means one panel, as wide as the box.
      await page.setViewportSize({ width: 420, height: 900 });
      await page.waitForFunction(() => document.querySelectorAll('#chart svg.panel').length === 1);
      const [svg, box] = await page.evaluate(() => [
        Number(document.querySelector('#chart svg.panel').getAttribute('width')),
        document.querySelector('#chart .chart-box').clientWidth,
      ]);
      assert.ok(Math.abs(svg - box) <= 2, `panel ${svg} px wide in a ${box} px box`);

      await page.goBack();
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
      assert.deepEqual(await root(), ['ar', 'rtl']);
      await app.assertClean();
    } finally {
      await app.close();
    }
  });
}
