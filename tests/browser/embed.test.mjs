// Issue 5, embedding: a host page on another origin (a second server on 127.0.0.1) pastes
// the exact snippet of #embed-code (tests/browser/fixtures/host.html, with the snippet put
// in place of <!-- TALLY-EMBED -->). The embedded page shows the chart only, posts its
// height, listens to no message, and the iframe's height follows its content: it grows when
// the content grows and shrinks when it shrinks (another query, a narrow host). The same
// from file:// where Chromium allows it, and where it does not, that it is blocked.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openApp, openUrl, startServer, server, extractorFigures, expectedKeys, sorted } from './lib.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const HOST = readFileSync(join(HERE, 'fixtures/host.html'), 'utf8');
const hostWith = (snippet) => {
  assert.ok(HOST.includes('<!-- TALLY-EMBED -->'));
  return HOST.replace('<!-- TALLY-EMBED -->', () => snippet);
};
const FIGS = extractorFigures();
const ALL = sorted(expectedKeys(FIGS));

/** Counts the 'message' listeners a document adds (checked in the embedded frame). */
function countMessageListeners() {
  window.__messageListeners = 0;
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (type === 'message') window.__messageListeners++;
    return add.call(this, type, ...rest);
  };
}

/** The #embed-code of the page opened with `query`. */
async function snippetFor(which, query) {
  const app = await openApp(which, query);
  try {
    const code = await app.page.inputValue('#embed-code');
    await app.assertClean();
    return code;
  } finally {
    await app.close();
  }
}

/** The embedded Tally frame of the host page, once it is ready. */
async function tallyFrame(page) {
  let frame;
  await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow);
  for (let i = 0; i < 100 && !frame; i++) {
    frame = page.frames().find((f) => f !== page.mainFrame() && /[?&]embed=1/.test(f.url()));
    if (!frame) await page.waitForTimeout(100);
  }
  assert.ok(frame, `the embedded frame (frames: ${page.frames().map((f) => f.url())})`);
  await frame.waitForSelector('html[data-ready="1"]', { state: 'attached', timeout: 20000 });
  return frame;
}

/**
 * Waits (up to 5 s) until the iframe's height equals the height of the embedded page's
 * content (within 12 px) and the embedded page has nothing to scroll; returns both heights.
 * Fails with the last measurement if that does not happen.
 */
async function fitted(page, what) {
  let last;
  for (let i = 0; i < 50; i++) {
    const frame = await tallyFrame(page);
    const iframe = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
    const inner = await frame.evaluate(() => {
      const main = document.querySelector('main.embedded');
      const body = getComputedStyle(document.body);
      const html = getComputedStyle(document.documentElement);
      const bottom =
        main.getBoundingClientRect().bottom + scrollY + parseFloat(body.marginBottom) + parseFloat(body.paddingBottom) + parseFloat(html.paddingBottom);
      return { content: Math.ceil(bottom), scroll: document.documentElement.scrollHeight, view: innerHeight };
    });
    last = { iframe, ...inner };
    if (Math.abs(iframe - inner.content) <= 12 && inner.scroll <= inner.view + 1) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what}: the iframe (${last.iframe} px) does not fit its content (${last.content} px; scrollHeight ${last.scroll}, innerHeight ${last.view})`);
}

test('served: a host page on another origin embeds the snippet; the iframe height follows its content', async () => {
  const dist = await server();
  const snippet = await snippetFor('served', '?lang=en');
  const src = new URL(snippet.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
  assert.equal(src.origin, new URL(dist.url).origin, 'the snippet points at the dist server');
  let hostHtml = hostWith(snippet);
  const host = await startServer((req, res) => {
    if (req.url.startsWith('/host.html')) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostHtml);
    else res.writeHead(404).end();
  });
  assert.notEqual(new URL(host.url).origin, src.origin, 'the host is another origin');
  const app = await openUrl(`${host.url}host.html`, { initScript: countMessageListeners });
  try {
    const { page } = app;
    page.setDefaultTimeout(8000);
    const frame = await tallyFrame(page);

    // The embedded page: the chart with its title, legend and source line, a link to the
    // full view, and nothing else of the page.
    assert.equal(await frame.locator('main.embedded').count(), 1);
    // (one mark per claim: a mark also stands for the figures of other articles carrying it)
    const figsOfMarks = await frame.$$eval('g.mark[data-fig]', (els) => els.flatMap((e) => [e.dataset.fig, ...(e.dataset.also ? e.dataset.also.split(' ') : [])]));
    assert.deepEqual(sorted(figsOfMarks), ALL, 'all the marks');
    assert.ok(await frame.locator('main.embedded .legend-item').count() > 0, 'a legend');
    assert.ok((await frame.locator('main.embedded h1, main.embedded .embed-title').first().textContent()).trim(), 'a title');
    assert.ok((await frame.locator('main.embedded .source-line').textContent()).trim(), 'a source line');
    const full = await frame.locator('main.embedded .source-line a').evaluate((a) => ({ href: a.href, target: a.target, rel: a.rel }));
    assert.equal(new URL(full.href).searchParams.get('embed'), null, 'the full view is not embedded');
    assert.equal(new URL(full.href).searchParams.get('lang'), 'en', 'the full view keeps the view');
    assert.equal(full.target, '_blank');
    assert.match(full.rel, /noopener/);
    for (const sel of ['#filters', '#articles', '#share', 'header', 'table.figures'])
      assert.equal(await frame.locator(sel).count(), 0, `no ${sel} in the embed`);

    // Three panels: taller than the snippet's 640 px, so the iframe grows.
    const three = await fitted(page, 'three panels');
    assert.ok(three.iframe > 640, `grew from 640 to ${three.iframe}`);
    // The snippet listens only to its own iframe: a height message from anywhere else is ignored.
    await page.evaluate(() => window.postMessage({ type: 'tally:height', height: 50 }, '*'));
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height), three.iframe, 'a foreign message changes nothing');
    // The embedded page listens to no message, and messages to it change nothing.
    const embedded = await tallyFrame(page);
    assert.equal(await embedded.evaluate(() => window.__messageListeners), 0, 'no message listener in the embed');
    assert.equal(await embedded.evaluate(() => window.onmessage), null, 'no onmessage in the embed');
    await page.evaluate(() => {
      const w = document.querySelector('iframe').contentWindow;
      for (const m of [{ type: 'tally:height', height: 1 }, { type: 'tally:view', kind: 'x' }, '<script>alert(1)</script>', null, 42])
        w.postMessage(m, '*');
    });
    await page.waitForTimeout(300);
    assert.deepEqual(sorted(await embedded.$$eval('g.mark[data-fig]', (els) => els.flatMap((e) => [e.dataset.fig, ...(e.dataset.also ? e.dataset.also.split(' ') : [])]))), ALL, 'the embed is unchanged');
    // Another query with one panel: shorter, so it shrinks.
    const one = new URL(src);
    one.searchParams.set('kind', 'killed');
    await page.evaluate((u) => (document.querySelector('iframe').src = u), one.href);
    await page.waitForTimeout(200);
    const small = await fitted(page, 'one panel');
    assert.ok(small.iframe < three.iframe - 100, `shrank from ${three.iframe} to ${small.iframe}`);
    // Back to three panels: grows again.
    await page.evaluate((u) => (document.querySelector('iframe').src = u), src.href);
    await page.waitForTimeout(200);
    const again = await fitted(page, 'three panels again');
    assert.ok(Math.abs(again.iframe - three.iframe) <= 12, `grew back to ${again.iframe} (was ${three.iframe})`);
    // A phone-wide host: the chart shows one panel at a time; the iframe follows.
    await page.setViewportSize({ width: 375, height: 800 });
    const narrow = await fitted(page, 'a narrow host');
    assert.ok(narrow.iframe < three.iframe - 100, `narrow host: shrank from ${three.iframe} to ${narrow.iframe}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    const wide = await fitted(page, 'a wide host again');
    assert.ok(wide.iframe > narrow.iframe + 100, `wide host: grew from ${narrow.iframe} to ${wide.iframe}`);

    await app.assertClean();
  } finally {
    await app.close();
    await host.close();
  }
});

test('file: a host page from file:// embeds dist/tally.html by its snippet; the height follows', async () => {
  const snippet = await snippetFor('file', '?lang=en');
  const src = snippet.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.match(src, /^file:\/\/.*\/tally\.html\?.*embed=1/, 'the snippet points at tally.html');
  const dir = mkdtempSync(join(tmpdir(), 'tally-host-'));
  const hostPath = join(dir, 'host.html');
  writeFileSync(hostPath, hostWith(snippet));
  const app = await openUrl(pathToFileURL(hostPath).href);
  try {
    const { page } = app;
    page.setDefaultTimeout(8000);
    // Chromium lets a file:// page frame another file:// page and both post messages (with
    // opaque origins, hence the snippet's targetOrigin "*" and its check of e.source).
    const three = await fitted(page, 'file: three panels');
    assert.ok(three.iframe > 640, `grew from 640 to ${three.iframe}`);
    await page.setViewportSize({ width: 375, height: 800 });
    const narrow = await fitted(page, 'file: a narrow host');
    assert.ok(narrow.iframe < three.iframe - 100, `narrow host: shrank from ${three.iframe} to ${narrow.iframe}`);
    await app.assertClean();
  } finally {
    await app.close();
  }
});

test('file: an http:// host cannot frame a file:// snippet (Chromium blocks it; documented)', async () => {
  // A web page may not load local files, so the file:// snippet only works in local pages.
  const snippet = await snippetFor('file', '');
  const host = await startServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostWith(snippet)));
  const app = await openUrl(`${host.url}host.html`);
  try {
    const { page } = app;
    page.setDefaultTimeout(8000);
    await page.waitForTimeout(1500);
    const within = (p, ms) => Promise.race([p, new Promise((r) => setTimeout(() => r('timeout'), ms))]);
    const ready = await Promise.all(
      page
        .frames()
        .filter((f) => f !== page.mainFrame())
        .map((f) => within(f.evaluate(() => document.documentElement.dataset.ready ?? null).catch(() => null), 2000)),
    );
    assert.ok(!ready.includes('1'), 'the file:// page did not load inside the http:// host');
    assert.ok(app.consoleErrors.some((e) => /Not allowed to load local resource: file:/.test(e)), `Chromium says why: ${app.consoleErrors}`);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').style.height), '', 'no height was posted');
  } finally {
    await app.close();
    await host.close();
  }
});
