// Page benchmark (not a test): headless Chromium, medians over RUNS runs each, the default
// 5-article page and an N-article page measured side by side in one run.
//
//   node scripts/bench-page.mjs [--runs N=7] [--articles N=500] [--add-mb M=5] [--json] [--dist DIR]
//
// For each page (dist/index.html: the five default articles; dist/bench-N.html: N articles
// made by scripts/bench-set.mjs from the fixture texts and built with `tally page`), served:
//   first chart      navigation start → the chart's marks in the page
//                    (performance.now() in the page, polled every animation frame)
//   no chart         the same page with ?kind= (no panel): the baseline
//   filter change    click a kind checkbox → the number of marks changed and painted
//                    (the end of the first frame that shows it)
//   table sort       with the table scrolled into view, click a column heading → first
//                    row changed and painted (the same)
//   after the chart  the longest task that starts once the first chart is in the page
//   longest task     the longest main-thread task (PerformanceObserver 'longtask') from
//                    navigation until 1 s after the first chart
//   data block       html[data-figures-ms]: reading the page's data block: its articles and the
//                    figures they carry (read by its build; the extractor in the page is
//                    measured by the add below)
// and three times: adding M MB of articles (.jsonl) to the default page: the longest task from
// the progress bar's appearance to the end (median of the three, and the worst). Plus the gzipped transfer of each page.
// The first paint (issue 9), on the default page:
//   first chart pixels  navigation start → the presentation of the first frame that shows
//                    the chart: first-contentful-paint when the first frame with text in the
//                    body already holds chart marks (the static first paint), else the page's
//                    own chart's (below)
//   live chart       navigation start → the presentation of the page's own first complete
//                    chart (Element Timing: its panel titles get `elementtiming`), what a
//                    reader saw first before the static first paint
//   chart answers a tap navigation start → the first frame with html[data-ready="1"] and the
//                    live chart's focusable marks (#chart g.mark[tabindex])
// measured served (1280×900), for dist/tally.html from file://, and served under a phone
// profile (Lighthouse's mobile settings through the DevTools protocol: 412×823 at 1.75×,
// 4× CPU slowdown, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up; gzip, as hosts serve).
// Prints a table (or one JSON object of medians with --json) and the targets of issues 10
// and 9; exits 1 when a target is missed, so the miss stays red.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(opt('--runs', 7));
const N = Number(opt('--articles', 500));
const ADD_MB = Number(opt('--add-mb', 5));
const ADD_RUNS = 3;
const JSON_OUT = args.includes('--json');
const dist = resolve(opt('--dist', process.env.TALLY_DIST ?? 'dist'));
process.env.TALLY_DIST = dist;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: run scripts/build`);
  process.exit(1);
}
const log = (s) => process.stderr.write(s);

// The N-article page, made fresh (deterministic) for this build.
execFileSync('node', [join(import.meta.dirname, 'bench-set.mjs'), '--articles', String(N), '--dist', dist], { stdio: ['ignore', 'ignore', 'inherit'] });
const { benchSet } = await import('./bench-set.mjs');
const { browser, server, closeAll, singleFileUrl } = await import('../tests/browser/harness.mjs');
const { startStaticServer, MIME } = await import('./static-server.mjs');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : NaN;
};

/** Resolves in the page, as soon as `src` (a JS expression) holds: performance.now() then. */
const untilInPage = (page, src, limit = 60000) =>
  page.evaluate(
    ([src, limit]) =>
      new Promise((resolve, reject) => {
        const test = new Function(`return (${src})`);
        const t0 = performance.now();
        const tick = () => {
          if (test()) resolve(performance.now());
          else if (performance.now() - t0 > limit) reject(new Error('timeout: ' + src));
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    [src, limit],
  );

const LONGTASKS = () => {
  window.__long = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__long.push({ at: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

async function open(url, cond) {
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(LONGTASKS);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const at = await untilInPage(page, cond);
  return { at, page, context };
}

/** The prefix of the console message that carries `window.__fp` (see `FIRST_PIXELS`). */
const FP_REPORT = '__tally_first_pixels ';
/** Init script: when the first chart pixels and the tappable chart appear (see the head). */
const FIRST_PIXELS = (report) => {
  const fp = (window.__fp = { fcp: null, first: null, live: null, tap: null });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') fp.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  // The page's own chart: its panel titles carry `elementtiming`, so the frame that shows
  // them reports when it was presented.
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (fp.live === null && e.identifier === 'live') fp.live = e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  // Watched from DOMContentLoaded on: the page draws its own chart only once the document
  // is parsed (src/app/mod.rs), and an observer of the whole document while the parser
  // builds the static first paint would slow that first paint itself (by about 30 ms here:
  // first contentful paint 180 against 152 ms without it, 15 loads each).
  document.addEventListener('DOMContentLoaded', () =>
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n.nodeType === 1)
            for (const t of n.matches('svg.panel text.panel-title') ? [n] : n.querySelectorAll('svg.panel text.panel-title'))
              if (!t.closest('#first-paint')) t.setAttribute('elementtiming', 'live');
    }).observe(document, { childList: true, subtree: true }),
  );
  // Text in the body outside scripts and styles (a walk that stops at the first such node,
  // not the body's whole text: in tally.html that holds the wasm, 0.4 MB).
  const hasText = () => {
    if (!document.body) return false;
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('script, style, template') ? NodeFilter.FILTER_REJECT : n.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    return w.nextNode() !== null;
  };
  const tick = (now) => {
    // The first frame with text in the body (the first contentful one): does it hold the
    // chart (a static first paint)?
    if (fp.first === null && hasText()) fp.first = { at: now, marks: !!document.querySelector('svg.panel g.mark') };
    if (fp.tap === null && document.documentElement.dataset.ready === '1' && document.querySelector('#chart g.mark[tabindex]')) fp.tap = now;
    if (fp.tap === null || fp.fcp === null || fp.live === null) requestAnimationFrame(tick);
    // Reported through the console once all is known: the benchmark does not evaluate
    // anything in the page while it loads (see `firstPaint`).
    else console.debug(report + JSON.stringify(fp));
  };
  requestAnimationFrame(tick);
};

/** Lighthouse's mobile profile, through the DevTools protocol. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Navigation → first chart pixels and → a chart that answers a tap, in ms. */
async function firstPaint(url, phone = false) {
  const context = await (await browser()).newContext(phone ? PHONE : { viewport: { width: 1280, height: 900 } });
  await context.addInitScript(FIRST_PIXELS, FP_REPORT);
  const page = await context.newPage();
  if (phone) await throttle(context, page);
  // Waiting without touching the page: a `waitForFunction` here made Playwright compile its
  // injected script in the page during the load, before the first frame (first chart pixels
  // 240 → 220 ms, 15 interleaved loads each, with the report through the console instead).
  const reported = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(FP_REPORT), timeout: 60000 });
  await page.goto(url, { waitUntil: 'commit' });
  const fp = JSON.parse((await reported).text().slice(FP_REPORT.length));
  await context.close();
  // The first frame already held the chart (the static first paint): its pixels are the
  // first contentful paint; else they come with the page's own chart.
  return { pixels: fp.first?.marks ? fp.fcp : fp.live, live: fp.live, tap: fp.tap };
}

/** dist/ served gzipped (as a host would: the phone profile's 1.6 Mbit/s counts compressed bytes). */
function gzipServer() {
  const cache = new Map();
  return startStaticServer({
    handler: (req, res) => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = join(dist, path === '/' ? 'index.html' : path);
      if (!file.startsWith(dist + sep) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file), { level: 9 }));
      res.writeHead(200, { 'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : cache.get(file));
    },
  });
}

// The page's own chart is complete when its marks are in (a panel is drawn whole, in one
// go; the static first paint's do not count); the
// parts below it (summary, table, articles) follow in a task of their own.
const READY_WITH_CHART = `[...document.querySelectorAll('#chart g.mark')].some((m) => !m.closest('#first-paint'))`;
const READY = `document.documentElement.dataset.ready === '1'`;

/** In-page: `act()`, then wait until `changed()` and one more frame (painted): ms. */
const timed = (page, act, changed) =>
  page.evaluate(
    ([act, changed]) =>
      new Promise((resolve) => {
        const a = new Function(act);
        const c = new Function(changed);
        const before = c();
        const t0 = performance.now();
        a();
        // The page applies a change in a task or microtask after the input; the first
        // frame whose rendering shows it is the one whose animation-frame callback first
        // sees it, and it is painted when that frame's rendering steps are done, which a
        // message posted from the callback waits for.
        const check = () => {
          if (c() === before) return requestAnimationFrame(check);
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now() - t0);
          ch.port2.postMessage(0);
        };
        requestAnimationFrame(check);
      }),
    [act, changed],
  );
const filterChange = (page) =>
  timed(page, `document.querySelector('#filters input[name=kind][value=killed], #filters input[type=checkbox]').click()`, `return document.querySelector('#chart .chart-box')?.dataset.marks`);
const tableSort = (page) =>
  timed(page, `document.querySelectorAll('table.figures thead button.sort')[0].click()`, `return document.querySelector('table.figures tbody tr')?.dataset.fig + document.querySelector('table.figures thead th[aria-sort]:not([aria-sort=none])')?.getAttribute('aria-sort')`);

function transfer(htmlFile) {
  const html = readFileSync(join(dist, htmlFile));
  const text = html.toString('utf8');
  // Every file the page loads as it opens, once each: what the page and its bootstrap name,
  // but the extractor module (reader-*.wasm), fetched only when the page reads articles.
  const files = new Set([...text.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|wasm|css))"/g)].map((m) => m[1]));
  const boot = readFileSync(join(dist, text.match(/src="\.\/(boot-[^"]+\.js)"/)[1])).toString('utf8');
  for (const m of boot.matchAll(/['"]\.\/([^'"]+\.(?:js|wasm))['"]/g)) files.add(m[1]);
  let total = gzipSync(html, { level: 9 }).length;
  for (const f of files) if (!/^reader-/.test(f)) total += gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  return total;
}

const srv = await server();
const pages = { [`5 articles`]: 'index.html', [`${N} articles`]: `bench-${N}.html` };
const results = {};
for (const [name, file] of Object.entries(pages))
  results[name] = { chart: [], none: [], filter: [], sort: [], longest: [], after: [], extract: [], transfer: transfer(file) };
// The pages in turn, run after run (5, N, 5, N, ...): a machine that slows down or speeds up
// during the benchmark (this one is shared) then moves both pages alike, not one.
for (let i = 0; i < RUNS; i++) {
  for (const [name, file] of Object.entries(pages)) {
    const r = results[name];
    const a = await open(`${srv.url}${file}`, READY_WITH_CHART);
    r.chart.push(a.at);
    r.extract.push(Number(await a.page.getAttribute('html', 'data-figures-ms')));
    await a.page.waitForTimeout(1000);
    r.longest.push(Math.max(0, ...(await a.page.evaluate(() => window.__long.map((t) => t.ms)))));
    // Tasks that start once the first chart is in the page (issue 10: none over 100 ms).
    r.after.push(Math.max(0, ...(await a.page.evaluate((at) => window.__long.filter((t) => t.at >= at).map((t) => t.ms), a.at))));
    r.filter.push(await filterChange(a.page));
    r.filter.push(await filterChange(a.page));
    // As a reader sorts: with the table on the screen.
    await a.page.evaluate(() => document.querySelector('table.figures').scrollIntoView());
    await a.page.waitForTimeout(200);
    r.sort.push(await tableSort(a.page));
    r.sort.push(await tableSort(a.page));
    await a.context.close();
    const b = await open(`${srv.url}${file}?kind=`, READY);
    r.none.push(b.at);
    await b.context.close();
    log('.');
  }
}

// The first paint: served, tally.html from file://, and served to a phone.
const first = { served: { pixels: [], live: [], tap: [] }, file: { pixels: [], live: [], tap: [] }, phone: { pixels: [], live: [], tap: [] } };
{
  const gz = await gzipServer();
  for (let i = 0; i < RUNS; i++) {
    for (const [k, url, phone] of [['served', `${srv.url}index.html`, false], ['file', singleFileUrl(), false], ['phone', `${gz.url}index.html`, true]]) {
      const r = await firstPaint(url, phone);
      for (const m of ['pixels', 'live', 'tap']) first[k][m].push(r[m]);
    }
    log('.');
  }
  await gz.close();
}

// Adding ADD_MB MB of articles to the default page.
const add = { mb: ADD_MB, articles: 0, longest: 0, worst: 0, seconds: 0 };
{
  const lines = benchSet(Math.ceil((ADD_MB * 1024 * 1024) / 3000)).split('\n').filter(Boolean);
  let size = 0;
  const take = [];
  for (const l of lines) {
    if (size >= ADD_MB * 1024 * 1024) break;
    take.push(l.replace('"id":"b', '"id":"add'));
    size += l.length + 1;
  }
  add.articles = take.length;
  // From a file on disk: a buffer would be sent base64 into the page and decoded there,
  // a long task of the harness's own, not the page's.
  const bulk = join(mkdtempSync(join(tmpdir(), 'tally-bench-')), 'bulk.jsonl');
  writeFileSync(bulk, take.join('\n'));
  // ADD_RUNS adds, each on a fresh page: their medians, as for every other measure
  // (one add's longest task alone moves by tens of ms with the machine), and the worst.
  const longest = [];
  const seconds = [];
  for (let i = 0; i < ADD_RUNS; i++) {
    const a = await open(`${srv.url}index.html`, READY_WITH_CHART);
    await a.page.setInputFiles('#add-files', bulk);
    const start = await untilInPage(a.page, `!!document.querySelector('#add-progress')`);
    const end = await untilInPage(a.page, `!document.querySelector('#add-progress')`, 600000);
    await a.page.waitForTimeout(500);
    const tasks = await a.page.evaluate(() => window.__long);
    longest.push(Math.max(0, ...tasks.filter((t) => t.at >= start - 1).map((t) => t.ms)));
    seconds.push((end - start) / 1000);
    await a.context.close();
    log('.');
  }
  add.longest = median(longest);
  add.worst = Math.max(...longest);
  add.seconds = median(seconds);
  log('.\n');
}
await closeAll();

const med = {};
for (const [name, r] of Object.entries(results)) {
  med[name] = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? median(v) : v]));
}
const fmed = Object.fromEntries(Object.entries(first).map(([k, r]) => [k, Object.fromEntries(Object.entries(r).map(([m, v]) => [m, median(v)]))]));
// The ratio of each run's pair of loads (one after the other), for how much it moves.
const pairs = results[`${N} articles`].chart.map((c, i) => c / results['5 articles'].chart[i]).sort((a, b) => a - b);
const ratios = `${pairs[0].toFixed(2)}–${pairs[pairs.length - 1].toFixed(2)} ×, median ${median(pairs).toFixed(2)} ×`;
const small = med['5 articles'];
const big = med[`${N} articles`];
const targets = [
  [`first chart at ${N} ≤ 2 × the 5-article page`, big.chart <= 2 * small.chart, `${big.chart.toFixed(0)} vs ${small.chart.toFixed(0)} ms (${(big.chart / small.chart).toFixed(2)} ×; run by run ${ratios})`],
  [`first chart at ${N} under 1 s`, big.chart < 1000, `${big.chart.toFixed(0)} ms`],
  [`filter change at ${N} ≤ 50 ms`, big.filter <= 50, `${big.filter.toFixed(0)} ms`],
  [`table sort at ${N} ≤ 50 ms`, big.sort <= 50, `${big.sort.toFixed(0)} ms`],
  ['filter change at 5 ≤ 16 ms', small.filter <= 16, `${small.filter.toFixed(0)} ms`],
  ['table sort at 5 ≤ 16 ms', small.sort <= 16, `${small.sort.toFixed(0)} ms`],
  [`no task over 100 ms after the first chart at ${N}`, big.after <= 100, `${big.after.toFixed(0)} ms`],
  ['no task over 100 ms after the first chart at 5', small.after <= 100, `${small.after.toFixed(0)} ms`],
  [`no task over 100 ms while adding ${ADD_MB} MB`, add.longest <= 100, `${add.longest.toFixed(0)} ms (median of ${ADD_RUNS} adds; worst ${add.worst.toFixed(0)} ms)`],
  ['default page ≤ 205 KB gzipped', small.transfer <= 205 * 1024, `${(small.transfer / 1024).toFixed(1)} KB`],
  ['first chart pixels, served: < 150 ms or ≤ 0.3 × first complete chart', fmed.served.pixels < 150 || fmed.served.pixels <= 0.3 * fmed.served.live, `${fmed.served.pixels.toFixed(0)} ms (live chart ${fmed.served.live.toFixed(0)} ms)`],
  ['first chart pixels, tally.html from file://: < 150 ms or ≤ 0.3 × first complete chart', fmed.file.pixels < 150 || fmed.file.pixels <= 0.3 * fmed.file.live, `${fmed.file.pixels.toFixed(0)} ms (live chart ${fmed.file.live.toFixed(0)} ms)`],
  ['phone profile: first chart pixels ≤ 1 s', fmed.phone.pixels <= 1000, `${fmed.phone.pixels.toFixed(0)} ms`],
  ['phone profile: the chart answers a tap ≤ 2.5 s', fmed.phone.tap <= 2500, `${fmed.phone.tap.toFixed(0)} ms`],
];
if (JSON_OUT) {
  console.log(JSON.stringify({ runs: RUNS, articles: N, pages: med, add, firstPaint: fmed, targets: targets.map(([t, ok, v]) => ({ target: t, ok, value: v })) }, null, 1));
} else {
  const f = (x) => `${x.toFixed(1)}`.padStart(10);
  console.log(`Tally page benchmark: headless Chromium, served, 1280×900, medians of ${RUNS} runs (${dist})`);
  console.log(`  ${''.padEnd(44)}${'5 articles'.padStart(12)}${`${N} articles`.padStart(14)}`);
  const rows = [
    ['navigation → first complete chart (ms)', 'chart'],
    ['navigation → ready, no chart (ms)', 'none'],
    ['filter change → painted (ms)', 'filter'],
    ['table sort → painted (ms)', 'sort'],
    ['longest task while loading (ms)', 'longest'],
    ['longest task after the first chart (ms)', 'after'],
    ['reading the data block (ms)', 'extract'],
  ];
  for (const [label, k] of rows) console.log(`  ${label.padEnd(44)}${f(small[k]).padStart(12)}${f(big[k]).padStart(14)}`);
  console.log(`  ${'gzipped transfer (KB)'.padEnd(44)}${f(small.transfer / 1024).padStart(12)}${f(big.transfer / 1024).padStart(14)}`);
  console.log(`  adding ${ADD_MB} MB (${add.articles} articles) to the default page: ${add.seconds.toFixed(1)} s, longest task ${add.longest.toFixed(0)} ms (median of ${ADD_RUNS}; worst ${add.worst.toFixed(0)} ms)`);
  console.log('First paint (default page, ms):                      first chart pixels  live chart  answers a tap');
  for (const [label, k] of [['served, 1280×900', 'served'], ['tally.html from file://', 'file'], ['served, phone profile (4× CPU, 150 ms, 1.6 Mbit/s)', 'phone']]) {
    console.log(`  ${label.padEnd(52)}${f(fmed[k].pixels).padStart(10)}${f(fmed[k].live).padStart(12)}${f(fmed[k].tap).padStart(14)}`);
  }
  console.log('Targets (issue 10, issue 8 for the add, issue 9 for the first paint):');
  for (const [t, ok, v] of targets) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${t}: ${v}`);
}
process.exit(targets.every(([, ok]) => ok) ? 0 : 1);
