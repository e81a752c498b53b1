// One claim, one mark: the same figure carried by several articles (same source, kind, people,
// number, qualifier and status, reported the same day) is drawn once, with how many articles
// carry it; its evidence gives each article's sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, extractorFigures, figureKey, sourceKey, markFigures, sorted } from './lib.mjs';

/** The extractor's figures grouped into claims, as src/view/mod.rs `same_claim` does. */
function claims(figs) {
  const key = (f) => JSON.stringify([f.kind, sourceKey(f), f.victims, f.qualifier, f.value, f.min, f.max, f.vague, f.status, f.reported]);
  const groups = new Map();
  for (const f of figs) {
    const k = key(f);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(f);
  }
  return [...groups.values()];
}

test('a claim carried by several articles is one mark, with the count and every article\'s sentence', async () => {
  const figs = extractorFigures();
  const groups = claims(figs);
  const shared = groups.filter((g) => g.length > 1);
  assert.ok(shared.length >= 2, 'the default set repeats claims (the Interior Ministry\'s ≥ 8 killed and 317 injured)');
  const app = await openApp('served', '?lang=en');
  const { page } = app;
  const marks = await page.$$eval('#chart g.mark', (els) =>
    els.map((e) => ({ key: e.dataset.fig, also: e.dataset.also ? e.dataset.also.split(' ') : [], count: e.querySelector('text.count')?.textContent ?? null, label: e.getAttribute('aria-label') })),
  );
  assert.equal(marks.length, groups.length, 'one mark per claim');
  assert.deepEqual(sorted(await markFigures(page)), sorted(figs.map(figureKey)), 'every figure is on its claim\'s mark');
  for (const g of shared) {
    const m = marks.find((m) => m.key === figureKey(g[0]));
    assert.ok(m, `a mark for ${figureKey(g[0])}`);
    assert.deepEqual(m.also, g.slice(1).map(figureKey));
    assert.equal(m.count, String(g.length), 'the mark says how many articles carry it');
    assert.match(m.label, new RegExp(`carried by ${g.length} articles`));
    // Its evidence gives the other articles' sentences.
    await page.locator(`#chart g.mark[data-fig="${m.key}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#evidence .ev-also li');
    const others = await page.$$eval('#evidence .ev-also li blockquote', (els) => els.map((e) => e.textContent));
    assert.deepEqual(others, g.slice(1).map((f) => f.sentence));
    await page.click('#evidence button.close');
  }
  await app.assertClean();
  await app.close();
});
