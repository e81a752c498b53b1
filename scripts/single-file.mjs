// Makes dist/tally.html: the whole page in ONE file (wasm, JS and CSS inlined) that works
// opened straight from disk (file://), e-mailed, or pasted into a CMS. No dependencies.
//
//   node scripts/single-file.mjs [DIST=dist]      (after scripts/postbuild.mjs)
//
// Chromium blocks external module scripts and fetch() from file://, but runs inline module
// scripts. So the wasm-bindgen glue goes inline, followed by a loader that takes the wasm
// from a base64 string (gzip-compressed, unpacked by DecompressionStream) and hands the
// bytes to wasm-bindgen's init: nothing is fetched. A CSP <meta> allows exactly that
// script and the view check (index.html), by their sha256 hashes.

import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { scripts, tags, markupOnly, viewCheck, sha256, toBodyEnd, readerLoader, readerFile } from './html.mjs';

const dist = process.argv[2] ?? 'dist';
const read = (f) => readFileSync(join(dist, f.replace(/^\.?\//, '')));
const fail = (msg) => {
  throw new Error(`single-file: ${msg}`);
};

let html = read('index.html').toString('utf8');

// The bootstrap that scripts/postbuild.mjs moved out names the glue and the wasm.
const check = viewCheck(html);
const all = scripts(html).filter((s) => s.tag !== check.script.tag);
if (all.length !== 1 || !all[0].attrs.get('src')) fail('expected one external bootstrap script in index.html (run scripts/postbuild.mjs first)');
const bootTag = all[0].tag;
const bootPath = all[0].attrs.get('src');
const boot = read(bootPath).toString('utf8');
const gluePath = boot.match(/from\s*['"]([^'"]+\.js)['"]/)?.[1] ?? fail('glue import not found in ' + bootPath);
// (the page's wasm: not the extractor module that `tallyReader` names before it)
const wasmPath =
  [...boot.matchAll(/['"]\.?\/?([^'"]+\.wasm)['"]/g)].map((m) => m[1]).find((p) => !/^reader-/.test(p)) ??
  fail('wasm path not found in ' + bootPath);

let glue = read(gluePath).toString('utf8');
if (/^\s*import\b|\bimport\s*\(/m.test(glue)) fail('the glue imports other modules (wasm-bindgen snippets?): inline them first');
const init =
  glue.match(/export\s+default\s+([\w$]+)\s*;/)?.[1] ??
  glue.match(/export\s*\{[^}]*?([\w$]+)\s+as\s+default\b/)?.[1] ??
  fail('cannot find the glue\'s default export (its init function)');

const wasm = read(wasmPath);
const packed = gzipSync(wasm, { level: constants.Z_BEST_COMPRESSION }).toString('base64');

const loader = `
;{
  const b64 = "${packed}";
  const bin = atob(b64);
  const gz = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) gz[i] = bin.charCodeAt(i);
  const bytes = await new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
  const wasm = await ${init}({ module_or_path: bytes });
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
}
`;
// The extractor module (dist/reader-<hash>.wasm), loaded when the page first reads an
// article: gzip-compressed in base64 in a data block that is not executed (so the policy
// needs no hash for it), unpacked by `tallyReader` (scripts/reader.js) when asked.
const readerBlock = `<script type="application/octet-stream" id="tally-reader">${gzipSync(read(readerFile(dist)), {
  level: constants.Z_BEST_COMPRESSION,
}).toString('base64')}</script>`;
const unpackReader = `async () => {
  const bin = atob(document.getElementById("tally-reader").textContent.trim());
  const gz = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
}`;
const script = readerLoader(unpackReader) + glue.replace(/\s*\/\/# sourceMappingURL=\S+\s*$/, '\n') + loader;
if (/<\/script/i.test(script) || /<!--/.test(script)) fail('the script contains "</script" or "<!--"');
const hash = 'sha256-' + sha256(script);

// Stylesheets inline; preloads and the bootstrap out; the one script in.
for (const link of tags(html, 'link')) {
  const rel = link.attrs.get('rel');
  if (rel === 'stylesheet') {
    const href = link.attrs.get('href') ?? fail('stylesheet without href');
    const css = read(href).toString('utf8');
    if (/<\/style/i.test(css)) fail(`${href} contains "</style"`);
    if (/url\(\s*['"]?(?!data:|#)/i.test(css)) fail(`${href} refers to another file with url(): inline it as data: first`);
    html = html.replace(link.tag, () => `<style>${css}</style>`);
  } else if (rel === 'modulepreload' || rel === 'preload') {
    html = html.replace(link.tag, '');
  }
}
// The script (the glue and the whole wasm, a third of a megabyte) goes at the end of the
// body, not where the bootstrap was in the head: the parser reaches the static first paint
// without reading it first, so the first frame comes sooner (first contentful paint from
// file:// 164 → 148 ms here, medians of 15 interleaved loads). The page mounts once the
// document is parsed (src/app/mod.rs) in either place.
html = toBodyEnd(html.replace(bootTag, () => ''), [readerBlock, `<script type="module" async>${script}</script>`]);

export const FILE_CSP =
  `default-src 'none'; script-src ${check.source} '${hash}' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:`;
const cspMeta = tags(html, 'meta').find((t) => t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
if (!cspMeta) fail('index.html has no CSP meta to replace (run scripts/postbuild.mjs first)');
html = html.replace(cspMeta.tag, () => `<meta http-equiv="Content-Security-Policy" content="${FILE_CSP}">`);

// Nothing else may point at another file.
const markup = markupOnly(html);
for (const name of ['link', 'script', 'img', 'a', 'iframe', 'source']) {
  for (const t of tags(markup, name)) {
    for (const a of ['src', 'href']) {
      const v = t.attrs.get(a);
      if (v !== undefined && !/^(data:|#|$)/.test(v)) fail(`tally.html still refers to ${v}`);
    }
  }
}

writeFileSync(join(dist, 'tally.html'), html);
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
console.log(
  `single-file: ${join(dist, 'tally.html')}: ${kb(Buffer.byteLength(html))}, ` +
    `${kb(gzipSync(html, { level: 9 }).length)} gzipped (wasm ${kb(wasm.length)} -> ${kb(packed.length)} base64 gzip)`,
);
