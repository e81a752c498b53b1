// Sizes of the release artefacts, gzipped (gzip -9, what a static host sends), against
// the budget. `scripts/sizes` prints them; tests import measure().
//
//   node scripts/sizes.mjs [DIST=dist] [--json]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Budget for the whole page, gzipped (wasm + JS + CSS + embedded articles + HTML). */
export const BUDGET_BYTES = 150 * 1024;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * { files: [{ name, raw, gzip }], page: { raw, gzip }, single: { raw, gzip }, budget }
 * page = every file of dist/ that the served page loads (all but tally.html).
 */
export function measure(dist = 'dist') {
  const files = readdirSync(dist)
    .filter((name) => statSync(join(dist, name)).isFile())
    .sort()
    .map((name) => {
      const buf = readFileSync(join(dist, name));
      return { name, raw: buf.length, gzip: gz(buf) };
    });
  const pageFiles = files.filter((f) => f.name !== 'tally.html');
  const sum = (fs, k) => fs.reduce((n, f) => n + f[k], 0);
  const single = files.find((f) => f.name === 'tally.html');
  return {
    files,
    page: { raw: sum(pageFiles, 'raw'), gzip: sum(pageFiles, 'gzip') },
    single: single ? { raw: single.raw, gzip: single.gzip } : null,
    budget: BUDGET_BYTES,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const m = measure(dist);
  if (args.includes('--json')) {
    console.log(JSON.stringify(m, null, 2));
  } else {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
    const pct = (n) => `${((100 * n) / m.budget).toFixed(0)}% of the ${m.budget / 1024} KB budget`;
    console.log(`Sizes of ${dist}/ (gzip -9)            raw     gzipped`);
    for (const f of m.files) console.log(`  ${f.name.padEnd(32)}${kb(f.raw)}${kb(f.gzip)}`);
    console.log(`  ${'page (all but tally.html)'.padEnd(32)}${kb(m.page.raw)}${kb(m.page.gzip)}   ${pct(m.page.gzip)}`);
    if (m.single) console.log(`  ${'tally.html (one file)'.padEnd(32)}${kb(m.single.raw)}${kb(m.single.gzip)}   ${pct(m.single.gzip)}`);
    const over = m.page.gzip > m.budget || (m.single && m.single.gzip > m.budget);
    console.log(over ? 'OVER BUDGET' : 'within budget');
  }
}
