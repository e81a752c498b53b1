// Takes docs/screenshot.png (the README's picture) of the built dist/ page with the test
// harness: served over 127.0.0.1, the first screen at 1280x900 in Arabic (the default), kept
// well under 150 KB.
//   node scripts/screenshot.mjs [OUT=docs/screenshot.png]
import { openApp, closeAll, ROOT } from '../tests/browser/harness.mjs';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(ROOT, process.argv[2] ?? 'docs/screenshot.png');
const app = await openApp('served', '', { viewport: { width: 1280, height: 900 } });
try {
  await app.assertClean();
  await app.page.screenshot({ path: out });
} finally {
  await app.close();
  await closeAll();
}
console.log(`${out}: ${(statSync(out).size / 1024).toFixed(1)} KB`);
