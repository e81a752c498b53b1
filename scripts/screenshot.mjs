// Takes the README's pictures of the built dist/ page with the test harness, served over
// 127.0.0.1:
//   docs/screenshot.png      the first screen at 1280x900 in Arabic (the default), kept well
//                            under 150 KB;
//   docs/screenshot-500.jpg  the chart of the 500-article benchmark page (scripts/bench-set.mjs,
//                            built here if missing) at 1280 px in English, as a JPEG (a PNG of
//                            its thousands of marks is about 400 KB).
//   node scripts/screenshot.mjs [OUT=docs/screenshot.png] [OUT500=docs/screenshot-500.jpg]
import { openApp, closeAll, browser, server, waitForReady, ROOT, DIST } from '../tests/browser/harness.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = resolve(ROOT, process.argv[2] ?? 'docs/screenshot.png');
const out500 = resolve(ROOT, process.argv[3] ?? 'docs/screenshot-500.jpg');
const app = await openApp('served', '', { viewport: { width: 1280, height: 900 } });
try {
  await app.assertClean();
  await app.page.screenshot({ path: out });
} finally {
  await app.close();
}
if (!existsSync(join(DIST, 'bench-500.html'))) {
  execFileSync('node', [join(ROOT, 'scripts/bench-set.mjs'), '--articles', '500', '--dist', DIST], { stdio: ['ignore', 'ignore', 'inherit'] });
}
try {
  const srv = await server();
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${srv.url}bench-500.html?lang=en`);
  await waitForReady(page);
  await page.locator('#chart').screenshot({ path: out500, type: 'jpeg', quality: 80 });
  await context.close();
} finally {
  await closeAll();
}
for (const f of [out, out500]) console.log(`${f}: ${(statSync(f).size / 1024).toFixed(1)} KB`);
