// Sharing a set: "save as one file" from the page, and `tally page` from the command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp, openUrl, shot, markKeys, markFigures, rowKeys, sorted, figureKey, ROOT, watch } from './lib.mjs';
import { tmp, tally, records, fixtureFiles, downloadedFigures, comparable, waitAdded } from './added.mjs';

test('"save as one file" opens from file:// in a new browser on the same marks, table and view, with no request', async () => {
  for (const which of ['served', 'file']) {
    const app = await openApp(which, '?lang=en&kind=killed,injured&scale=linear');
    const { page } = app;
    await page.setInputFiles('#add-files', [
      { name: 'mine.txt', mimeType: 'text/plain', buffer: Buffer.from('قتل 7 أشخاص وأصيب 12 آخرون في الهجوم، وفق الشرطة.') },
    ]);
    await waitAdded(page);
    const marks = sorted(await markKeys(page));
    const rows = sorted(await rowKeys(page));
    await page.fill('#save-title', 'My own set');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
    const saved = join(tmp, `saved-${which}.html`);
    await dl.saveAs(saved);
    await app.close();

    const other = await openUrl(pathToFileURL(saved).href, { waitReady: true });
    const p2 = other.page;
    assert.deepEqual(sorted(await markKeys(p2)), marks, `${which}: same marks`);
    assert.deepEqual(sorted(await rowKeys(p2)), rows, `${which}: same rows`);
    assert.match(p2.url(), /kind=killed%2Cinjured|kind=killed,injured/);
    assert.match(p2.url(), /scale=linear/);
    assert.equal(await p2.textContent('h1'), 'My own set');
    // The set's own subtitle goes with its title: the saved set's is written from its articles.
    assert.equal(await p2.textContent('.site-header .event'), '6 articles, January 5, 2022 – January 10, 2022');
    await other.assertClean();
    const requests = [];
    other.context.on('request', (r) => requests.push(r.url()));
    await p2.reload({ waitUntil: 'load' });
    await p2.waitForSelector('html[data-ready="1"]', { state: 'attached' });
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !/^(data|blob):/.test(u)), [], 'no network request');
    await shot(p2, `saved-file-${which}`);
    await other.close();
  }
});

test('`tally page` writes a page for a folder: its marks are `tally extract`\'s records, its title the one given', async () => {
  const dir = join(ROOT, 'tests/fixtures', readdirSync(join(ROOT, 'tests/fixtures'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'blind4').map((e) => e.name).sort().pop());
  const out = join(tmp, 'x.html');
  tally(['page', '--title-en', 'Held-out fixtures', '--title-ar', 'مقالات الاختبار', dir, '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  const want = records(tally(['extract', dir]));
  const other = await openUrl(pathToFileURL(out).href + '?lang=en', { waitReady: true });
  const p = other.page;
  // Marks: every figure is drawn (undated ones in their slot); the JSON download holds them all.
  assert.deepEqual(sorted(await markFigures(p)), sorted(want.map(figureKey)));
  const got = await downloadedFigures(p);
  assert.deepEqual(got.map((f) => JSON.stringify(f)).sort(), want.map((f) => JSON.stringify(f)).sort());
  assert.equal(await p.textContent('h1'), 'Held-out fixtures');
  // No subtitle given: the page writes one from its articles and their figures' dates.
  assert.match(await p.textContent('.site-header .event'), /^\d+ articles, \w+ \d+, \d{4} – \w+ \d+, \d{4}$/);
  await shot(p, 'tally-page-folder');
  await other.assertClean();
  await other.close();
});

test('a page without its figures, or with figures from another extractor, reads its articles in the browser to the same marks', async () => {
  const dir = join(ROOT, 'tests/fixtures', 'regression1');
  const built = join(tmp, 'built.html');
  tally(['page', dir, '-o', built], { stdio: ['ignore', 'ignore', 'pipe'] });
  const want = sorted(records(tally(['extract', dir])).map(figureKey));
  const html = readFileSync(built, 'utf8');
  const version = html.match(/"extractor":"([0-9a-f]{16})"/)?.[1];
  assert.ok(version, 'tally page names the extractor that read the figures');
  const variants = {
    // Read by another build of the extractor: read again.
    stale: html.replace(`"extractor":"${version}"`, '"extractor":"0000000000000000"'),
    // Written by hand or by an older Tally: no figures at all.
    none: html.replace(`"extractor":"${version}",`, '').replace(/"figures":"(?:[^"\\]|\\.)*",/g, ''),
  };
  assert.ok(!/"figures":"/.test(variants.none), 'the figures are gone');
  for (const [name, text] of Object.entries(variants)) {
    const file = join(tmp, `unread-${name}.html`);
    writeFileSync(file, text);
    const other = await openUrl(pathToFileURL(file).href + '?lang=en', { waitReady: true });
    const p = other.page;
    await p.waitForFunction((n) => document.querySelectorAll('#chart g.mark[data-fig]').length > 0 && !document.querySelector('#add progress'), null, { timeout: 20000 });
    assert.deepEqual(sorted(await markFigures(p)), want, `${name}: the marks are the extractor's figures`);
    // Read in the browser, they are the page's own: not added articles to keep.
    assert.equal(await p.locator('#add .added-list li').count(), 0, `${name}: nothing added`);
    await other.assertClean();
    await other.close();
  }
});

test('"save as one file" with only the added articles shown saves only those', async () => {
  const app = await openApp('served', '?lang=en&set=added');
  const { page } = app;
  await page.setInputFiles('#add-files', [{ name: 'own.txt', mimeType: 'text/plain', buffer: Buffer.from('قتل 9 أشخاص في الهجوم، وفق الشرطة.') }]);
  await waitAdded(page);
  const marks = sorted(await markKeys(page));
  assert.ok(marks.length > 0 && marks.every((k) => k.startsWith('own-')), `${marks}`);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
  const saved = join(tmp, 'saved-added.html');
  await dl.saveAs(saved);
  await app.close();
  const other = await openUrl(pathToFileURL(saved).href, { waitReady: true });
  assert.deepEqual(sorted(await markKeys(other.page)), marks, 'the same marks, and only those');
  assert.equal(await other.page.locator('section#articles article.article').count(), 1, 'one article');
  assert.doesNotMatch(other.page.url(), /set=/, 'its articles are the saved page\'s own');
  await other.assertClean();
  await other.close();
});
