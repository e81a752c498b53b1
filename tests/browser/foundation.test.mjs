// The foundation's browser tests: both release artefacts load in real (headless) Chromium,
// show all five articles, log no error, request nothing beyond their own files, and
// render Arabic with real, joined glyphs. Screenshots go to tests/browser/artifacts/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { openApp, shot, platformFonts, arabicFontFamilies, DIST, ROOT, distFiles } from './lib.mjs';
import { measure, CEILING_BYTES, BUDGET_BYTES } from '../../scripts/sizes.mjs';
import { scripts, tags, markupOnly, viewCheck, sha256 } from '../../scripts/html.mjs';

const manifest = JSON.parse(readFileSync(join(ROOT, 'articles/manifest.json'), 'utf8'));
const ARTICLE_IDS = manifest.articles.map((a) => a.id);

/** The page's structure: header with "Tally" (تالي in Arabic) and the set's title, five Arabic
 *  articles in manifest order, each showing its text when opened. */
async function assertPage(app) {
  const { page } = app;
  assert.match(await page.locator('header .app-name').first().innerText(), /Tally|تالي/);
  assert.equal(await page.locator('header h1').first().innerText(), manifest.title_ar, 'the set\'s title');
  const articles = page.locator('section#articles article.article');
  assert.equal(await articles.count(), 5, 'five articles');
  const seen = await articles.evaluateAll((els) =>
    els.map((el) => ({
      id: el.dataset.article,
      lang: el.getAttribute('lang'),
      dir: el.getAttribute('dir'),
      visible: el.getBoundingClientRect().height > 0,
      headline: el.querySelector('.headline')?.textContent.trim() ?? '',
      meta: el.querySelector('.meta')?.textContent.trim() ?? null,
    })),
  );
  // Texts are written into the page when an article is opened (one at a time).
  for (const [i, a] of seen.entries()) {
    await articles.nth(i).locator('button.read-toggle').click();
    a.text = (await articles.nth(i).locator('.text').textContent()).trim();
  }
  assert.deepEqual(seen.map((a) => a.id), ARTICLE_IDS, 'article ids in manifest order');
  for (const a of seen) {
    assert.equal(a.lang, 'ar', `${a.id} lang`);
    assert.equal(a.dir, 'rtl', `${a.id} dir`);
    assert.ok(a.visible, `${a.id} is visible`);
    assert.match(a.headline, /\p{Script=Arabic}/u, `${a.id} has an Arabic headline`);
    assert.notEqual(a.meta, null, `${a.id} has .meta`);
    assert.ok(a.text.length > 200, `${a.id} shows its text`);
  }
}

test('dist/ served on 127.0.0.1: loads, five articles, no error, nothing but its own files', async () => {
  const app = await openApp('served');
  try {
    await assertPage(app);
    await shot(app.page, 'served', { fullPage: true });
    await app.assertClean();
    // Everything requested is a file of dist/, and each was answered.
    const files = new Set(distFiles());
    for (const r of app.served) assert.ok(files.has(r.path.slice(1).split(/[?#]/)[0]), `served ${r.path}`);
    const kinds = app.served.map((r) => r.path);
    assert.ok(kinds.some((p) => p.endsWith('.wasm')), 'the wasm came from the server');
    assert.ok(!kinds.includes('/tally.html'), 'the page does not load tally.html');
    // Its set carries its figures: the extractor module waits until the reader adds articles.
    assert.ok(!kinds.some((p) => /\/reader-[0-9a-f]+\.wasm$/.test(p)), 'the extractor module is not loaded on opening');
  } finally {
    await app.close();
  }
});

test('dist/tally.html from file://: loads, five articles, no error, no request but itself', async () => {
  const app = await openApp('file');
  try {
    await assertPage(app);
    await shot(app.page, 'file', { fullPage: true });
    await app.assertClean();
    const urls = app.requests.map((r) => r.url).filter((u) => !u.startsWith('data:'));
    assert.deepEqual(urls, [app.url], 'the only request is the file itself');
  } finally {
    await app.close();
  }
});

test('Arabic renders with real glyphs from an Arabic font, joined (shaped)', async () => {
  const app = await openApp('served');
  try {
    const { page } = app;
    const arabic = arabicFontFamilies();
    await page.locator('article.article button.read-toggle').first().click();
    for (const sel of ['article.article .headline', 'article.article .text']) {
      const fonts = await platformFonts(page, sel);
      const text = await page.locator(sel).first().textContent();
      const letters = [...text].filter((c) => /\p{Script=Arabic}/u.test(c)).length;
      const arabicGlyphs = fonts.filter((f) => arabic.has(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
      // Ligatures (lam-alef) make a few glyphs from two letters: allow for them.
      assert.ok(
        letters > 0 && arabicGlyphs >= 0.8 * letters,
        `${sel}: ${letters} Arabic letters but only ${arabicGlyphs} glyphs from Arabic fonts ` +
          `(fonts used: ${JSON.stringify(fonts)}; Arabic fonts here: ${[...arabic].join(', ')})`,
      );
    }
    // Shaping: joined letters take their narrow medial forms; with ZWNJ between them
    // (no joining) the same letters are wider. Without shaping the widths would be equal.
    const widths = await page.evaluate(() => {
      const el = document.querySelector('article.article .text');
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = getComputedStyle(el).font;
      return {
        joined: ctx.measureText('ببببب').width,
        apart: ctx.measureText('ب\u200cب\u200cب\u200cب\u200cب').width,
      };
    });
    assert.ok(widths.joined < widths.apart * 0.9, `Arabic letters join: ${JSON.stringify(widths)}`);
    await shot(page.locator('article.article').first(), 'arabic');
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('CSP: dist/index.html has no inline script but the view check, allowed by hash, and intact SRI; tally.html allows only its own script and the view check, by hash', () => {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const cspOf = (html) =>
    tags(html, 'meta').find((t) => t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy')?.attrs.get('content');
  const check = viewCheck(index);
  assert.ok(check.script.body.length < 300, 'the view check is a line');
  assert.ok(cspOf(index)?.startsWith(`default-src 'self'; script-src 'self' ${check.source} 'wasm-unsafe-eval';`), cspOf(index));
  // The article set's data block: JSON, never executed, with no '<' that could close it.
  const isData = (s) => s.attrs.get('type') === 'application/json' && s.attrs.get('id') === 'tally-set';
  for (const html of [index, readFileSync(join(DIST, 'tally.html'), 'utf8')]) {
    const blocks = scripts(html).filter(isData);
    assert.equal(blocks.length, 1, 'one data block');
    assert.ok(!blocks[0].body.includes('<'), 'no < inside the data block');
    assert.equal(JSON.parse(blocks[0].body).articles.length, 5);
  }
  const isCheck = (s) => s.tag === check.script.tag;
  for (const s of scripts(index).filter((s) => !isData(s) && !isCheck(s))) {
    assert.ok(s.attrs.get('src'), `external script: ${s.tag}`);
    assert.match(s.attrs.get('integrity') ?? '', /^sha384-/, `with SRI: ${s.tag}`);
    assert.equal(s.body.trim(), '', 'and no inline code');
  }
  // Every integrity attribute matches its file.
  const withSri = [...tags(index, 'script'), ...tags(index, 'link')].filter((t) => t.attrs.get('integrity'));
  assert.ok(withSri.length >= 3, 'bootstrap, glue and wasm carry SRI');
  for (const t of withSri) {
    const file = (t.attrs.get('src') ?? t.attrs.get('href')).replace(/^\.\//, '');
    const digest = 'sha384-' + createHash('sha384').update(readFileSync(join(DIST, file))).digest('base64');
    assert.equal(t.attrs.get('integrity'), digest, `integrity of ${file}`);
  }

  const single = readFileSync(join(DIST, 'tally.html'), 'utf8');
  const csp = cspOf(single);
  assert.ok(csp, 'tally.html has a CSP meta');
  assert.match(csp, /default-src 'none'/);
  const singleCheck = viewCheck(single);
  assert.equal(singleCheck.source, check.source, 'the same view check');
  // The extractor module, packed: data (not executed, so the policy needs no hash for it).
  const isReader = (s) => s.attrs.get('type') === 'application/octet-stream' && s.attrs.get('id') === 'tally-reader';
  assert.equal(scripts(single).filter(isReader).length, 1, 'tally.html carries the extractor module');
  assert.match(scripts(single).find(isReader).body.trim(), /^[A-Za-z0-9+/]+=*$/, 'as base64, nothing else');
  const all = scripts(single).filter((s) => !isData(s) && !isReader(s) && s.tag !== singleCheck.script.tag);
  assert.equal(all.length, 1, 'one script');
  const hash = 'sha256-' + sha256(all[0].body);
  assert.ok(csp.includes(`script-src ${check.source} '${hash}' 'wasm-unsafe-eval'`), 'script-src names the two hashes');
  for (const name of ['link', 'script', 'img']) {
    for (const t of tags(markupOnly(single), name)) {
      for (const v of [t.attrs.get('src'), t.attrs.get('href')].filter((v) => v !== undefined)) {
        assert.match(v, /^(data:|#)/, `tally.html refers to ${v}`);
      }
    }
  }
});

// Issue 10: the page must not grow past the 205 KB (gzip) it weighed when the issue was
// filed. This fails the run (and `scripts/sizes` exits 1, below) when it does.
test('sizes: the served page stays within the 205 KB ceiling', () => {
  const m = measure(DIST);
  assert.ok(m.page.gzip <= CEILING_BYTES,
    `the page is ${(m.page.gzip / 1024).toFixed(1)} KB gzipped, over the ${CEILING_BYTES / 1024} KB ceiling`);
});

// The check itself can fail: pages of incompressible bytes just over each line.
test('sizes: scripts/sizes exits 1 over the ceiling, 2 over the budget only, 0 within it', () => {
  const run = (bytes) => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-sizes-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<!doctype html>');
      writeFileSync(join(dir, 'app_bg.wasm'), randomBytes(bytes));
      return spawnSync(process.execPath, [join(ROOT, 'scripts/sizes.mjs'), dir], { encoding: 'utf8' }).status;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  assert.equal(run(CEILING_BYTES + 1024), 1, 'over the ceiling');
  assert.equal(run(BUDGET_BYTES + 1024), 2, 'over the budget, within the ceiling');
  assert.equal(run(BUDGET_BYTES - 1024), 0, 'within the budget');
});

// The sizes themselves are a report (scripts/sizes, red while over the budget; README): a test
// that turned the overrun into a TODO would pass whatever the size. This checks the report
// measures what the page loads.
test('sizes: the report measures the page\'s own files, the wasm and the CSS among them', () => {
  const m = measure(DIST);
  assert.ok(m.files.some((f) => f.name.endsWith('.wasm')), 'dist/ has the wasm');
  // The stylesheet is inside the page (a separate file would hold back the first paint).
  assert.ok(/<style>[^<]*--bg:/.test(readFileSync(join(DIST, 'index.html'), 'utf8')), 'index.html holds the CSS');
  assert.ok(m.files.some((f) => f.name === 'index.html'), 'the report counts index.html');
  assert.ok(!m.files.some((f) => f.name.startsWith('bench-')), 'not the benchmark\'s pages');
  assert.ok(m.page.gzip > 0 && m.single.gzip > 0);
});
