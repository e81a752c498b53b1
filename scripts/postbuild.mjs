// After `trunk build --release`: make dist/index.html need no inline script, so that
// it runs under a strict Content-Security-Policy (no 'unsafe-inline' for scripts).
//
//   node scripts/postbuild.mjs [DIST=dist]
//
// - Trunk's inline module bootstrap moves to dist/boot-<hash>.js, loaded with
//   <script type="module" src=… integrity=…> (same SRI digest type as Trunk's links).
// - A CSP <meta> goes right after <meta charset> (it must precede every script and link).
// - Fails if any inline script or inline event handler is left.
// Idempotent only on Trunk's fresh output: scripts/build always runs Trunk first.

import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

// `frame-ancestors` is ignored in a <meta>; a host that wants it sends it as a header (README.md).
export const PAGE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; connect-src 'self'";

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');

if (html.includes('http-equiv="Content-Security-Policy"')) {
  throw new Error(`${indexPath} already has a CSP: run Trunk again before this script`);
}

const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
  (m) => !/\bsrc\s*=/i.test(m[1]),
);
if (inline.length !== 1 || !/type\s*=\s*"module"/i.test(inline[0][1])) {
  throw new Error(`expected exactly one inline module script from Trunk in ${indexPath}, found ${inline.length}`);
}
const [tag, , body] = inline[0];
const code = body.trim() + '\n';
// The bootstrap imports './tally-web-….js' and fetches './tally-web-…_bg.wasm': relative
// URLs that resolve the same from dist/boot-….js as from dist/index.html.
if (/from\s*['"]\//.test(code)) {
  throw new Error('the bootstrap uses absolute URLs: keep public_url = "./" in Trunk.toml');
}
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dist, name), code);
const sri = 'sha384-' + createHash('sha384').update(code).digest('base64');
html = html.replace(
  tag,
  `<script type="module" src="./${name}" integrity="${sri}" crossorigin="anonymous"></script>`,
);

const meta = `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`;
const charset = html.match(/<meta charset="[^"]*"\s*\/?>/i);
if (!charset) throw new Error(`${indexPath} has no <meta charset>`);
html = html.replace(charset[0], charset[0] + meta);

for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (!/\bsrc\s*=/i.test(m[1]) || m[2].trim()) throw new Error(`inline script left in ${indexPath}: ${m[0].slice(0, 80)}`);
}
if (/\son[a-z]+\s*=/i.test(html.replace(/<script[\s\S]*?<\/script>/gi, ''))) {
  throw new Error(`inline event handler in ${indexPath}`);
}
writeFileSync(indexPath, html);
console.log(`postbuild: ${indexPath}: bootstrap -> ${name}, CSP meta added`);
