// Shared by the tests of the user's own articles (articles*.test.mjs).
import { execFileSync as run } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

export const tmp = mkdtempSync(join(tmpdir(), 'tally-articles-'));

/** The native `tally` (built by cargo; quick when nothing changed). */
export function tally(args, options = {}) {
  run('cargo', ['build', '--release', '--quiet', '--bin', 'tally'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return run(join(ROOT, 'target/release/tally'), args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20, ...options });
}
export const records = (out) => out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** Fixture articles (not the default set): every tests/fixtures/<set>/*.txt, sorted. */
export function fixtureFiles() {
  const base = join(ROOT, 'tests/fixtures');
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(base);
  if (out.length < 6) throw new Error('expected fixture articles under tests/fixtures');
  return out;
}

/** The figures of the view, as the page's JSON download gives them. */
export async function downloadedFigures(page) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  const path = join(tmp, `figures-${Date.now()}-${Math.random()}.json`);
  await dl.saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The records without `article` (ids differ between pasted and file names), sorted. */
export const comparable = (recs) =>
  recs.map(({ article, ...rest }) => JSON.stringify(rest)).sort();

export async function waitAdded(page) {
  await page.waitForFunction(() => !document.querySelector('#add-progress'), null, { timeout: 60000 });
  await page.waitForSelector('#add .add-messages li', { timeout: 60000 });
}

