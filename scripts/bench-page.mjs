// Page benchmark (not a test): headless Chromium, medians over RUNS runs each.
//
//   node scripts/bench-page.mjs [--runs N] [--dist DIR]      (or scripts/bench-page)
//
// Measures, for the served dist/ (and dist/tally.html from file:// for the first two):
//   first chart     navigation start → html[data-ready="1"] with g.mark in the page
//                   (performance.now() in the page, polled every animation frame)
//   no-chart page   the same page with ?kind= (no kind, so no panel): the baseline
//   filter change   click a kind checkbox → the marks updated and painted (in-page
//                   performance.now() from the click to the frame after the change)
//   extraction      html[data-extract-ms]: the in-browser extraction of the five articles
// and prints the gzipped sizes from scripts/sizes.mjs. Each run uses a new browser context
// (cold page, warm HTTP cache off: the static server sends no-cache).

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(opt('--runs', 10));
const dist = resolve(opt('--dist', process.env.TALLY_DIST ?? 'dist'));
process.env.TALLY_DIST = dist;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: run scripts/build`);
  process.exit(1);
}

const { browser, server, singleFileUrl, closeAll } = await import('../tests/browser/harness.mjs');
const { measure } = await import('./sizes.mjs');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Resolves in the page, as soon as it holds: performance.now() at that frame. */
const untilInPage = (page, cond) =>
  page.evaluate(
    (src) =>
      new Promise((resolve, reject) => {
        const test = new Function(`return (${src})`);
        const t0 = performance.now();
        const tick = () => {
          if (test()) resolve(performance.now());
          else if (performance.now() - t0 > 30000) reject(new Error('timeout: ' + src));
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    cond,
  );

/** ms from navigation start to `cond` (a JS expression) holding in the page. */
async function load(url, cond) {
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const at = await untilInPage(page, cond);
    const extract = Number(await page.getAttribute('html', 'data-extract-ms'));
    return { ms: at, extract, page, context };
  } catch (e) {
    await context.close();
    throw e;
  }
}

const READY_WITH_CHART = `document.documentElement.dataset.ready === '1' && !!document.querySelector('#chart g.mark')`;
const READY = `document.documentElement.dataset.ready === '1'`;

/** In-page: click a kind checkbox, wait for the marks to change, then for the next frame (painted). */
async function filterChange(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const before = document.querySelectorAll('#chart g.mark').length;
        const box = document.querySelector('#filters input[name=kind][value=killed]');
        const t0 = performance.now();
        box.click();
        const tick = () => {
          if (document.querySelectorAll('#chart g.mark').length !== before) {
            requestAnimationFrame(() => resolve(performance.now() - t0));
          } else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
}

const srv = await server();
const rows = [];
const results = { served: { chart: [], none: [], filter: [], extract: [] }, file: { chart: [], none: [] } };
const hasFile = existsSync(join(dist, 'tally.html'));

for (let i = 0; i < RUNS; i++) {
  const a = await load(`${srv.url}index.html`, READY_WITH_CHART);
  results.served.chart.push(a.ms);
  results.served.extract.push(a.extract);
  // Two filter changes per run: uncheck, check back (both redraw the chart).
  results.served.filter.push(await filterChange(a.page));
  results.served.filter.push(await filterChange(a.page));
  await a.context.close();
  const b = await load(`${srv.url}index.html?kind=`, READY);
  results.served.none.push(b.ms);
  await b.context.close();
  if (hasFile) {
    const c = await load(singleFileUrl(), READY_WITH_CHART);
    results.file.chart.push(c.ms);
    await c.context.close();
    const d = await load(`${singleFileUrl()}?kind=`, READY);
    results.file.none.push(d.ms);
    await d.context.close();
  }
  process.stderr.write('.');
}
process.stderr.write('\n');
await closeAll();

const f = (x) => `${x.toFixed(1)} ms`.padStart(10);
const row = (name, xs) => rows.push(`  ${name.padEnd(52)}${f(median(xs))}${f(Math.min(...xs))}${f(Math.max(...xs))}`);
row('served: navigation → first complete chart', results.served.chart);
row('served: navigation → ready, no chart (?kind=)', results.served.none);
if (hasFile) {
  row('tally.html (file://): navigation → first chart', results.file.chart);
  row('tally.html (file://): navigation → ready, no chart', results.file.none);
}
row('filter change (click a kind → marks painted)', results.served.filter);
row('in-browser extraction (data-extract-ms)', results.served.extract);

const m = measure(dist);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Tally page benchmark: headless Chromium, ${RUNS} runs each, 1280×900, ${dist}`);
console.log(`  ${''.padEnd(52)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}`);
for (const r of rows) console.log(r);
console.log(`  gzipped size: page ${kb(m.page.gzip)} (raw ${kb(m.page.raw)}), tally.html ${m.single ? kb(m.single.gzip) : 'missing'}; budget ${kb(m.budget)}`);
