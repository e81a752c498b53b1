// A dense chart (more than 250 marks in a panel, as with 500 articles) draws its marks merged,
// per source: each repeated shape (glyph, arrow, strike) as one path with a subpath per mark
// (no element per mark), the qualifier signs as markers; one focusable mark per panel, the cursor: Tab reaches it,
// the arrow keys, Home and End move it along the marks, the pointer brings it to the nearest
// mark, Enter or a click opens that mark's evidence, and its label and the tooltip say which
// figure it is. (Few marks keep one focusable element each: chart.test.mjs, keyboard.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { server, browser, ROOT, DIST } from './lib.mjs';

const N = 500;
execFileSync('node', [join(ROOT, 'scripts/bench-set.mjs'), '--articles', String(N), '--dist', DIST], { stdio: ['ignore', 'ignore', 'inherit'] });

async function open(query = '?lang=en') {
  const srv = await server();
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${srv.url}bench-${N}.html${query}`, { waitUntil: 'load' });
  await page.waitForSelector('#chart svg.panel.dense g.cursor', { state: 'attached', timeout: 30000 });
  return { page, context, errors };
}

const cursor = '#chart svg.panel[data-kind=killed] g.cursor';

test(`${N} articles: each dense panel has its marks merged by source and one focusable mark`, async () => {
  const { page, context, errors } = await open();
  const panels = await page.$$eval('#chart svg.panel', (ps) =>
    ps.map((p) => ({
      dense: p.classList.contains('dense'),
      focusable: p.querySelectorAll('[tabindex]').length,
      cursors: p.querySelectorAll('g.mark.cursor[tabindex="0"][role=button][aria-label][data-fig]').length,
      layers: [...p.querySelectorAll('.marks.dense > .layer')].map((l) => l.dataset.series),
      // A layer draws its glyphs as one path (filled or hollow), a subpath each.
      glyphs: [...p.querySelectorAll('.layer > path.glyph')].reduce((n, g) => n + (g.getAttribute('d').match(/M/g) ?? []).length, 0),
      shapeMarkers: p.querySelectorAll('.layer marker > path').length,
      ids: [...p.querySelectorAll('marker')].map((m) => m.id),
    })),
  );
  const marks = Number(await page.getAttribute('#chart .chart-box', 'data-marks'));
  assert.ok(panels.length === 3 && panels.every((p) => p.dense), JSON.stringify(panels));
  for (const p of panels) {
    assert.equal(p.cursors, 1);
    assert.equal(p.focusable, 1, 'one Tab stop per panel');
    assert.ok(p.layers.length >= 2 && p.layers.includes('other'), `layers ${p.layers}`);
  }
  assert.equal(panels.reduce((n, p) => n + p.glyphs, 0), marks, 'every mark drawn once');
  assert.equal(panels.reduce((n, p) => n + p.shapeMarkers, 0), 0, 'no shape drawn as a marker');
  const ids = panels.flatMap((p) => p.ids);
  assert.equal(new Set(ids).size, ids.length, 'marker ids unique in the page');
  // The dots draw: the panel as a picture (as the PNG download draws it) has the
  // glyph's colour at a glyph's point.
  const hit = await page.$eval('#chart svg.panel[data-kind=killed]', async (svg) => {
    // the last dot drawn (a circle: a zero-length line with round caps)
    const dots = [...svg.querySelectorAll('.layer:not(.muted) > path.glyph:not(.hollow)')].filter((p) => p.getAttribute('d').endsWith('h0')).pop();
    const [x, y] = dots.getAttribute('d').split('M').pop().slice(0, -2).split(' ').map(Number);
    const fill = dots.getAttribute('stroke');
    const copy = svg.cloneNode(true);
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    // (drawn alone on top: what the page draws after it, a label, another source's
    // glyph or the qualifier sign a marker puts near its own mark, may cover its point,
    // so the copy leaves out everything after it in document order)
    const all = [...svg.querySelectorAll('*')];
    const copies = [...copy.querySelectorAll('*')];
    for (const e of copies.slice(all.indexOf(dots) + 1)) e.remove();
    const img = new Image();
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(copy.outerHTML);
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height];
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const [r, gr, b, a] = g.getImageData(Math.round(x), Math.round(y), 1, 1).data;
    const hex = '#' + [r, gr, b].map((v) => v.toString(16).padStart(2, '0')).join('');
    return { hex, a, fill: fill.toLowerCase() };
  });
  assert.equal(hit.a, 255, JSON.stringify(hit));
  assert.equal(hit.hex, hit.fill, 'the dot is drawn at its point');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the arrow keys, Home and End move the cursor along the marks; Enter opens its evidence', async () => {
  const { page, context, errors } = await open();
  await page.focus(cursor);
  const key0 = await page.getAttribute(cursor, 'data-fig');
  const label0 = await page.getAttribute(cursor, 'aria-label');
  await page.keyboard.press('ArrowRight');
  const key1 = await page.getAttribute(cursor, 'data-fig');
  assert.notEqual(key1, key0);
  assert.notEqual(await page.getAttribute(cursor, 'aria-label'), label0);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.fig), key1, 'the focus stays on the cursor');
  assert.match(await page.textContent('#chart .tooltip'), /Killed/);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.getAttribute(cursor, 'data-fig'), key0);
  await page.keyboard.press('End');
  const last = await page.getAttribute(cursor, 'data-fig');
  assert.notEqual(last, key0);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute(cursor, 'data-fig'), last, 'End is the last mark');
  await page.keyboard.press('Home');
  assert.equal(await page.getAttribute(cursor, 'data-fig'), key0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`[?&]fig=${key1}`));
  await page.waitForSelector('#evidence:not([hidden]), .evidence', { state: 'visible' });
  // Drawn again with the figure selected: the cursor stays on it.
  await page.waitForSelector(`${cursor}.selected[data-fig="${key1}"]`, { state: 'attached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the pointer brings the cursor to the nearest mark; a click opens it', async () => {
  const { page, context, errors } = await open();
  await page.focus(cursor);
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  const key = await page.getAttribute(cursor, 'data-fig');
  const at = await page.$eval(`${cursor} .hit`, (c) => {
    const r = c.ownerSVGElement.getBoundingClientRect();
    return { x: r.left + Number(c.getAttribute('cx')), y: r.top + Number(c.getAttribute('cy')) };
  });
  await page.keyboard.press('Home');
  assert.notEqual(await page.getAttribute(cursor, 'data-fig'), key);
  await page.mouse.move(at.x + 1, at.y + 1);
  await page.waitForFunction(([sel, k]) => document.querySelector(sel).dataset.fig === k, [cursor, key]);
  await page.mouse.click(at.x + 1, at.y + 1);
  await page.waitForURL(new RegExp(`[?&]fig=${key}`));
  // Far from every mark (above the plot), the cursor does not move.
  await page.mouse.move(at.x, 5);
  assert.equal(await page.getAttribute(cursor, 'data-fig'), key);
  assert.deepEqual(errors, []);
  await context.close();
});

// The page opens on the view its static first paint drew (no query): the page's own chart
// takes the paint's dense panels over as they stand (the same layout, width and language:
// the panel's `data-key`) rather than write and lay out their thousands of marks again, and
// makes them its own: title and description, the cursor, the keyboard. At a width the paint
// was not laid out for, the panels are drawn anew.
for (const [width, taken] of [[1280, true], [375, true], [1100, false]]) {
  test(`${N} articles at ${width} px: the first paint's dense panels are ${taken ? 'taken over' : 'drawn anew'}, and answer the keyboard`, async () => {
    const srv = await server();
    const context = await (await browser()).newContext({ viewport: { width, height: 900 } });
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        window.__painted = [...document.querySelectorAll('#first-paint svg.panel')];
      }),
    );
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${srv.url}bench-${N}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
    const panels = await page.$$eval('#chart svg.panel', (ps) =>
      ps.map((p) => ({
        kind: p.dataset.kind,
        taken: window.__painted.includes(p),
        named: p.getAttribute('aria-labelledby') === `chart-title-${p.dataset.kind} chart-desc-${p.dataset.kind}` && !!p.querySelector(`title#chart-title-${p.dataset.kind}`) && !!p.querySelector(`desc#chart-desc-${p.dataset.kind}`),
        role: p.getAttribute('role'),
        leftover: ['aria-label', 'data-key'].filter((a) => p.hasAttribute(a)),
        cursors: p.querySelectorAll('g.mark.cursor[tabindex="0"][role=button][aria-label]').length,
        dense: p.classList.contains('dense'),
      })),
    );
    assert.equal(panels.length, width < 560 ? 1 : 3);
    for (const p of panels) assert.deepEqual(p, { kind: p.kind, taken, named: true, role: 'group', leftover: [], cursors: 1, dense: true }, `${width} px`);
    assert.equal(await page.locator('#first-paint').count(), 0, 'the first paint is gone');
    const cursor = '#chart svg.panel[data-kind=killed] g.cursor';
    await page.focus(cursor);
    const key0 = await page.getAttribute(cursor, 'data-fig');
    await page.keyboard.press('ArrowLeft'); // Arabic: time runs right to left
    const key1 = await page.getAttribute(cursor, 'data-fig');
    assert.notEqual(key1, key0, 'the arrow key moves the cursor');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`[?&]fig=${key1}`));
    await page.waitForSelector(`${cursor}.selected[data-fig="${key1}"]`, { state: 'attached' });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
