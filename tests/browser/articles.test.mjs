// The user's own articles in the page: pasted and dropped articles read as `tally extract`
// reads them, bad files named, the page's own set untouched, kept across reloads, removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp, openUrl, shot, markKeys, rowKeys, sorted, figureKey, ROOT, watch } from './lib.mjs';
import { tmp, tally, records, fixtureFiles, downloadedFigures, comparable, waitAdded } from './added.mjs';

test('a pasted article gives the figures `tally extract` gives for the same text', async () => {
  const file = fixtureFiles()[0];
  const text = readFileSync(file, 'utf8');
  const want = records(tally(['extract', file]));
  assert.ok(want.length > 0, `${file} has figures`);
  const app = await openApp('served', '?set=added&lang=en');
  const { page } = app;
  const readers = () => app.served.filter((r) => /\/reader-[0-9a-f]+\.wasm$/.test(r.path)).length;
  assert.equal(readers(), 0, 'the extractor module is not loaded before an article is added');
  await page.fill('#add-text', text);
  await page.click('#add-paste');
  await waitAdded(page);
  assert.equal(readers(), 1, 'the extractor module is loaded once the first article is added');
  const got = await downloadedFigures(page);
  assert.deepEqual(comparable(got), comparable(want));
  assert.ok(got.every((f) => f.article === 'pasted'));
  assert.deepEqual(sorted(await rowKeys(page)), sorted(got.map(figureKey)));
  assert.equal(await page.locator('#add .added-list li').count(), 1);
  await app.assertClean();
  await app.close();
});

test('the header names the reader\'s own articles in the view, which the set\'s subtitle does not describe', async () => {
  const app = await openApp('served', '?lang=en');
  const { page } = app;
  const line = () => page.locator('.site-header .yours').allTextContents();
  assert.deepEqual(await line(), [], 'none added: no line');
  await page.fill('#add-text', 'قتل 9 أشخاص في الهجوم، وفق الشرطة.');
  await page.click('#add-paste');
  await waitAdded(page);
  assert.deepEqual(await line(), ['+ your articles (1)']);
  await page.check('#add input[name=part][value=added]');
  await page.waitForFunction(() => document.querySelector('.site-header .yours')?.textContent === 'Only your articles (1)');
  await page.check('#add input[name=part][value=base]');
  await page.waitForFunction(() => !document.querySelector('.site-header .yours'));
  await page.check('#add input[name=part][value=all]');
  await page.click('#add .remove-all');
  await page.waitForFunction(() => !document.querySelector('#add .added-list li'));
  assert.deepEqual(await line(), [], 'all removed: no line');
  assert.equal(await page.locator('.site-header .lang-switch').count(), 1);
  await app.assertClean();
  await app.close();
});

test('dropped .jsonl (three articles) and .html files give the figures `tally extract` gives for them', async () => {
  const [a, b, c, d] = fixtureFiles().slice(1, 5).map((f) => readFileSync(f, 'utf8'));
  const jsonl = join(tmp, 'three.jsonl');
  writeFileSync(jsonl, [a, b, c].map((text, i) => JSON.stringify({ id: `j${i}`, text })).join('\n') + '\n');
  const html = join(tmp, 'page.html');
  const paras = d.split('\n').filter((l) => l.trim()).map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  writeFileSync(html, `<!doctype html><html><head><title>t</title><style>p{}</style><script>var x = "قتل 999 شخصا";</script></head><body>${paras.join('\n')}</body></html>`);
  const want = records(tally(['extract', jsonl, html]));
  const app = await openApp('served', '?set=added&lang=en');
  const { page } = app;
  // A real drop: a DataTransfer with the two files, dispatched on the drop zone.
  const files = [jsonl, html].map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }));
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name));
    const zone = document.querySelector('#add .dropzone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  await waitAdded(page);
  const got = await downloadedFigures(page);
  assert.deepEqual(got.map((f) => f.article + JSON.stringify(f)).sort(), want.map((f) => f.article + JSON.stringify(f)).sort());
  assert.equal(await page.locator('#add .added-list li').count(), 4);
  assert.ok(!(await page.locator('#articles').innerText()).includes('999'), 'the script of the HTML page is not text');
  await app.assertClean();
  await app.close();
});

test('of three files, one not UTF-8 and one empty: one article, two clear messages, the page\'s own set untouched', async () => {
  const app = await openApp('served', '?lang=en');
  const { page } = app;
  const before = sorted(await markKeys(page));
  assert.ok(before.length > 0);
  await page.setInputFiles('#add-files', [
    { name: 'good.txt', mimeType: 'text/plain', buffer: Buffer.from('قتل 7 أشخاص وأصيب 12 آخرون في الهجوم، وفق الشرطة.') },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x71, 0x74, 0x6c, 0xe9, 0x20, 0xff]) },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  await waitAdded(page);
  const msgs = await page.$$eval('#add .add-messages li', (els) => els.map((e) => ({ text: e.textContent, problem: e.classList.contains('problem') })));
  const problems = msgs.filter((m) => m.problem).map((m) => m.text);
  assert.equal(problems.length, 2, JSON.stringify(msgs));
  assert.ok(problems.some((m) => m.startsWith('latin1.txt: ') && /UTF-8/.test(m)), JSON.stringify(problems));
  assert.ok(problems.some((m) => m === 'empty.txt: empty'), JSON.stringify(problems));
  assert.equal(await page.locator('#add .added-list li').count(), 1);
  const after = sorted(await markKeys(page));
  for (const k of before) assert.ok(after.includes(k), `the default set's mark ${k} is still drawn`);
  assert.ok(after.some((k) => k.startsWith('good-')), 'the good file has marks');
  await app.assertClean();
  await app.close();
});

test('added articles survive a reload (served and file://); removing one removes its marks and rows', async () => {
  for (const which of ['served', 'file']) {
    const app = await openApp(which, '?lang=en');
    const { page } = app;
    // The page's own marks stay through every change of the articles (their figures are
    // carried from one version of the data to the next, moved or copied: app::data).
    const own = async () => sorted((await markKeys(page)).filter((k) => !/^(one|two)-/.test(k)));
    const base = await own();
    assert.ok(base.length > 0);
    await page.setInputFiles('#add-files', [
      { name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from('قتل 7 أشخاص في الهجوم، وفق الشرطة.') },
      { name: 'two.txt', mimeType: 'text/plain', buffer: Buffer.from('وأعلنت وزارة الصحة إصابة 40 شخصا.') },
    ]);
    await waitAdded(page);
    const mine = (keys) => keys.filter((k) => /^(one|two)-/.test(k));
    const marks = mine(await markKeys(page));
    assert.equal(marks.length, 2, `${which}: ${marks}`);
    assert.deepEqual(await own(), base, `${which}: the page's own marks after adding`);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-ready="1"]', { state: 'attached' });
    await page.waitForFunction(() => document.querySelectorAll('#add .added-list li').length === 2, null, { timeout: 20000 });
    assert.deepEqual(sorted(mine(await markKeys(page))), sorted(marks), `${which}: the same marks after a reload`);
    await page.click('#add .added-list li[data-article="one"] button.remove');
    await page.waitForFunction(() => !document.querySelector('#chart g.mark[data-fig^="one-"]'));
    assert.deepEqual(mine(await markKeys(page)).map((k) => k.split('-')[0]), ['two']);
    assert.deepEqual(await own(), base, `${which}: the page's own marks after removing one`);
    assert.equal(mine(await rowKeys(page)).filter((k) => k.startsWith('one-')).length, 0);
    await page.click('#add .remove-all');
    await page.waitForFunction(() => !document.querySelector('#add .added-list'));
    assert.deepEqual(await own(), base, `${which}: the page's own marks after removing all`);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-ready="1"]', { state: 'attached' });
    assert.equal(mine(await markKeys(page)).length, 0, `${which}: removed articles stay removed`);
    await app.assertClean();
    await app.close();
  }
});
