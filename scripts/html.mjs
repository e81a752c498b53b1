// Tiny helpers for the HTML that Trunk writes (minified in release: attribute values may be
// unquoted, as in <script type=module>). Enough for our own index.html, not a general parser.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

/** Attributes of a start tag's inside (`type=module src="./a.js" defer`) as a Map. */
export function attrs(inside) {
  const out = new Map();
  for (const m of inside.matchAll(/([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    out.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** Every <script …>…</script>: { tag, attrs, body, index }. */
export function scripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
    tag: m[0],
    attrs: attrs(m[1]),
    body: m[2],
    index: m.index,
  }));
}

/** Every start tag of one element name (link, meta, …): { tag, attrs }. */
export function tags(html, name) {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((m) => ({ tag: m[0], attrs: attrs(m[1]) }));
}

/** HTML without the contents of <script> and <style> elements (to look at markup only). */
export const markupOnly = (html) => html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');

/** `html` with the tags in `moved` taken from where they stand and put, in that order, just
 *  before `</body>` (after the static first paint: what the first frame does not need). */
export function toBodyEnd(html, moved) {
  for (const tag of moved) html = html.replace(tag, () => '');
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('no </body> to put the scripts before');
  return html.slice(0, end) + moved.join('') + html.slice(end);
}

/** Escapes a value for a double-quoted attribute. */
export const q = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The base64 sha256 of a text (as a CSP hash source carries it). */
export const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('base64');

/** index.html's one inline classic script, the view check (run before the first frame), and
 *  the CSP source that allows it: `'sha256-…'` of its text as it stands in the page. */
export function viewCheck(html) {
  const found = scripts(html).filter((s) => s.attrs.get('id') === 'view-check' && !s.attrs.has('src'));
  if (found.length !== 1) throw new Error(`expected one <script id="view-check">, found ${found.length}`);
  return { script: found[0], source: `'sha256-${sha256(found[0].body)}'` };
}

/**
 * The page's `tallyReader` (scripts/reader.js) taking the extractor module's bytes from
 * `source`, the source text of a function that returns (a promise of) them.
 */
export function readerLoader(source) {
  const code = readFileSync(new URL('./reader.js', import.meta.url), 'utf8');
  if (code.split('__SOURCE__').length !== 2) throw new Error('scripts/reader.js: expected __SOURCE__ once');
  return code.replace('__SOURCE__', () => source);
}

/** The one `reader-<hash>.wasm` that scripts/build put in `dist`. */
export function readerFile(dist) {
  const found = readdirSync(dist).filter((f) => /^reader-[0-9a-f]+\.wasm$/.test(f));
  if (found.length !== 1) throw new Error(`${dist}: expected one reader-<hash>.wasm (scripts/build), found ${found.length}`);
  return found[0];
}
