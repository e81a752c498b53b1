// The sentence above the chart: per kind, the latest figure of each of the sources that
// reported most, with who and when; it follows the filters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, extractorFigures, sourceKey } from './lib.mjs';

test('the summary names, per kind, the latest figure of the top sources, and follows the filters', async () => {
  const figs = extractorFigures().filter((f) => f.status === 'asserted');
  const app = await openApp('served', '?lang=en');
  const { page } = app;
  const lines = await page.$$eval('.summary-list li', (els) => els.map((e) => e.textContent));
  const kinds = ['killed', 'injured', 'arrested'].filter((k) => figs.some((f) => f.kind === k));
  assert.equal(lines.length, kinds.length, JSON.stringify(lines));
  for (const [i, kind] of kinds.entries()) {
    const mine = figs.filter((f) => f.kind === kind);
    // The source with the most figures of this kind comes first.
    const counts = new Map();
    for (const f of mine) counts.set(sourceKey(f), (counts.get(sourceKey(f)) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    const label = top === 'Unattributed' ? 'not attributed' : top;
    assert.match(lines[i], new RegExp(`^${kind[0].toUpperCase()}${kind.slice(1)} — `), lines[i]);
    if (top !== 'Unattributed') assert.ok(lines[i].slice(lines[i].indexOf('—') + 2).startsWith(label), `${lines[i]} starts with ${label}`);
    assert.match(lines[i], /\((\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},) 20\d\d\)/, 'with the date it was reported');
  }
  // Only injured: one line.
  await page.click('#filters input[name=kind][value=killed]');
  await page.click('#filters input[name=kind][value=arrested]');
  await page.waitForFunction(() => document.querySelectorAll('.summary-list li').length === 1);
  assert.match(await page.textContent('.summary-list li'), /^Injured — /);
  await app.assertClean();
  await app.close();
});
