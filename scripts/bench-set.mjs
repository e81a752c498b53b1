// Makes a deterministic benchmark article set and builds pages for it (not a test).
//
//   node scripts/bench-set.mjs [--articles N=500] [--dist DIR=dist]
//
// N articles recombined from the project's own fixture texts (the .txt files of the sets in
// BENCH_SETS, round robin), with publication dates spread over two months (1 March – 29 April 2024) and
// 30 outlets, written to DIR/bench-N.jsonl; then `tally page` puts them into
//   DIR/bench-N.html        the served page (dist/index.html as template: same wasm, CSS, JS)
//   DIR/bench-N-file.html   the single file (dist/tally.html as template)
// The same ids, texts and dates every time, so runs compare.

import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Number(opt('--articles', 500));
const dist = resolve(opt('--dist', 'dist'));

/** The fixture sets the benchmark's texts come from: named, so that a new set (a blind one
 * written later) does not change the benchmark's articles and runs keep comparing. */
const BENCH_SETS = ['blind4', 'regression1', 'regression2', 'regression3'];

export function fixtureTexts() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(readFileSync(p, 'utf8'));
    }
  };
  for (const set of BENCH_SETS) walk(join(ROOT, 'tests/fixtures', set));
  return out;
}

const OUTLETS = Array.from({ length: 30 }, (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`);

export function benchSet(n) {
  const texts = fixtureTexts();
  const start = Date.UTC(2024, 2, 1);
  const lines = [];
  for (let i = 0; i < n; i++) {
    // A small deterministic scramble so neighbours differ in text, date and outlet.
    const k = (i * 7919) % texts.length;
    const day = new Date(start + ((i * 37) % 60) * 86400000).toISOString().slice(0, 10);
    lines.push(JSON.stringify({ id: `b${String(i).padStart(4, '0')}`, text: texts[k], published: day, outlet: OUTLETS[(i * 13) % OUTLETS.length] }));
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const jsonl = join(dist, `bench-${N}.jsonl`);
  writeFileSync(jsonl, benchSet(N));
  execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'tally'], { cwd: ROOT, stdio: 'inherit' });
  const tally = join(ROOT, 'target/release/tally');
  const title = ['--title-en', `Benchmark: ${N} articles`, '--title-ar', `قياس: ${N} مقالة`];
  execFileSync(tally, ['page', ...title, '--template', join(dist, 'index.html'), jsonl, '-o', join(dist, `bench-${N}.html`)], { stdio: 'inherit' });
  execFileSync(tally, ['page', ...title, '--template', join(dist, 'tally.html'), jsonl, '-o', join(dist, `bench-${N}-file.html`)], { stdio: 'inherit' });
}
