// axe-core (npm, pinned in package.json) run in the page: no critical or serious
// violation on the default (Arabic), English, table, embed and 375 px views.
// The page's CSP forbids injected scripts, so these contexts bypass it (these tests only).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openApp } from './lib.mjs';

const AXE = fileURLToPath(new URL('./node_modules/axe-core/axe.min.js', import.meta.url));
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

const VIEWS = [
  { name: 'default (Arabic)', query: '' },
  { name: 'English', query: '?lang=en' },
  { name: 'table', query: '?view=table' },
  { name: 'embed', query: '?embed=1', viewport: { width: 700, height: 900 } },
  { name: '375 px', query: '', viewport: { width: 375, height: 800 } },
  { name: '375 px English', query: '?lang=en', viewport: { width: 375, height: 800 } },
];

for (const v of VIEWS) {
  test(`axe-core: no critical or serious violation, ${v.name}`, async () => {
    const app = await openApp('served', v.query, { viewport: v.viewport, contextOptions: { bypassCSP: true } });
    try {
      const { page } = app;
      page.setDefaultTimeout(8000);
      await settle(page);
      await page.addScriptTag({ path: AXE });
      const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = results.violations
        .filter((r) => r.impact === 'critical' || r.impact === 'serious')
        .map((r) => `${r.id} (${r.impact}): ${r.nodes.length} nodes, e.g. ${r.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      const minor = results.violations.filter((r) => !bad.some((b) => b.startsWith(r.id + ' '))).map((r) => `${r.id} (${r.impact})`);
      console.log(`${v.name}: ${results.violations.length} violations${minor.length ? `; minor: ${minor.join(', ')}` : ''}`);
      assert.deepEqual(bad, [], `${v.name}: critical or serious violations`);
      await app.assertClean();
    } finally {
      await app.close();
    }
  });
}
