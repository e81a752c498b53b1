// The page is never blank: until the app runs, index.html shows a message saying what
// the page needs; the app removes it when it starts, and if the wasm cannot load, the
// message stays in view.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, BOTH } from './lib.mjs';

for (const which of BOTH) {
  test(`${which}: the start-up message goes once the page runs`, async () => {
    const app = await openApp(which);
    try {
      assert.equal(await app.page.locator('#boot').count(), 0);
      await app.assertClean();
    } finally {
      await app.close();
    }
  });
}

test('served: when the wasm cannot load, the message stays in view (no blank page)', async () => {
  const app = await openApp('served', '', { waitReady: false });
  const { page } = app;
  try {
    // Load the page again with the wasm refused, as a browser or proxy that blocks it would.
    await page.route(/\.wasm(\?|$)/, (route) => route.abort('blockedbyclient'));
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(500);
    const boot = page.locator('#boot');
    assert.ok(await boot.isVisible(), 'the message is shown');
    assert.match(await boot.innerText(), /WebAssembly/);
    assert.equal(await page.locator('html[data-ready="1"]').count(), 0, 'the app did not start');
  } finally {
    await app.close();
  }
});
