// Takes docs/screenshot.png (the README's picture) of the built dist/ page with the test
// harness: served over 127.0.0.1, a 1000x1150 viewport, kept well under 150 KB.
//   node scripts/screenshot.mjs [OUT=docs/screenshot.png]
import { openApp, closeAll, ROOT } from '../tests/browser/harness.mjs';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(ROOT, process.argv[2] ?? 'docs/screenshot.png');
const app = await openApp('served', '', { viewport: { width: 1000, height: 1150 } });
try {
  await app.assertClean();
  await app.page.screenshot({ path: out });
} finally {
  await app.close();
  await closeAll();
}
console.log(`${out}: ${(statSync(out).size / 1024).toFixed(1)} KB`);
