// The foundation's browser tests: both release artefacts load in real (headless) Chromium,
// show all five articles, log no error, request nothing beyond their own files, and
// render Arabic with real, joined glyphs. Screenshots go to tests/browser/artifacts/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { openApp, shot, platformFonts, arabicFontFamilies, DIST, ROOT, distFiles } from './lib.mjs';
import { measure } from '../../scripts/sizes.mjs';

const manifest = JSON.parse(readFileSync(join(ROOT, 'articles/manifest.json'), 'utf8'));
const ARTICLE_IDS = manifest.articles.map((a) => a.id);

/** The page's structure: header with "Tally", five Arabic articles in manifest order. */
async function assertPage(app) {
  const { page } = app;
  assert.match(await page.locator('header h1').first().innerText(), /Tally/);
  const articles = page.locator('section#articles > article.article');
  assert.equal(await articles.count(), 5, 'five articles');
  const seen = await articles.evaluateAll((els) =>
    els.map((el) => ({
      id: el.dataset.article,
      lang: el.getAttribute('lang'),
      dir: el.getAttribute('dir'),
      visible: el.getBoundingClientRect().height > 0,
      headline: el.querySelector('.headline')?.textContent.trim() ?? '',
      meta: el.querySelector('.meta')?.textContent.trim() ?? null,
      text: el.querySelector('.text')?.textContent.trim() ?? '',
    })),
  );
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

test('CSP: dist/index.html has no inline script; tally.html allows only its own, by hash', () => {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scriptsIn = (html) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.match(index, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
  for (const [, attrs, body] of scriptsIn(index)) {
    assert.match(attrs, /\bsrc="/, 'external script');
    assert.match(attrs, /\bintegrity="sha384-/, 'with SRI');
    assert.equal(body.trim(), '', 'and no inline code');
  }
  for (const f of index.matchAll(/\b(?:src|href)="\.\/([^"]+)"[^>]*integrity="(sha384-[^"]+)"/g)) {
    const digest = 'sha384-' + createHash('sha384').update(readFileSync(join(DIST, f[1]))).digest('base64');
    assert.equal(f[2], digest, `integrity of ${f[1]}`);
  }

  const single = readFileSync(join(DIST, 'tally.html'), 'utf8');
  const csp = single.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(csp, 'tally.html has a CSP meta');
  assert.match(csp, /default-src 'none'/);
  const scripts = scriptsIn(single);
  assert.equal(scripts.length, 1, 'one script');
  const hash = 'sha256-' + createHash('sha256').update(scripts[0][2], 'utf8').digest('base64');
  assert.ok(csp.includes(`script-src '${hash}' 'wasm-unsafe-eval'`), 'script-src names its hash');
  const markup = single.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  for (const m of markup.matchAll(/\b(?:src|href)="([^"]*)"/g)) assert.match(m[1], /^(data:|#)/, `tally.html refers to ${m[1]}`);
});

test('sizes: the page and tally.html are within the 150 KB gzipped budget', () => {
  const m = measure(DIST);
  assert.ok(m.files.some((f) => f.name.endsWith('.wasm')), 'dist/ has the wasm');
  assert.ok(m.files.some((f) => f.name.endsWith('.css')), 'dist/ has the CSS');
  assert.ok(m.page.gzip <= m.budget, `page: ${m.page.gzip} bytes gzipped > ${m.budget}`);
  assert.ok(m.single.gzip <= m.budget, `tally.html: ${m.single.gzip} bytes gzipped > ${m.budget}`);
});
