// A plain static file server for dist/ on 127.0.0.1, with no dependencies.
// Used by scripts/serve (as a command) and by the browser tests (as a module).
//
//   node scripts/static-server.mjs [ROOT=dist] [PORT=8080]   (PORT busy: any free port)
//
// It serves files only (no SPA fallback, no rewriting), with the right MIME type
// for .wasm (needed for WebAssembly.instantiateStreaming), and records every
// request it answers so that tests can check what the page asked for.

import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { resolve, join, extname, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` on http://127.0.0.1:port/ (port 0: a free one), adding `headers` to every
 * file it sends; or, given `handler(req, res)`, lets that answer every request instead.
 * Resolves to { url, port, requests: [{method, path, status}], close() }.
 */
export function startStaticServer({ root = 'dist', port = 0, host = '127.0.0.1', headers = {}, handler } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer((req, res) => {
    if (handler) {
      requests.push({ method: req.method, path: req.url, status: null });
      return handler(req, res);
    }
    let status = 200;
    let file;
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      file = join(base, path);
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside root');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      status = req.method === 'GET' || req.method === 'HEAD' ? 404 : 405;
    }
    if (status === 200 && req.method !== 'GET' && req.method !== 'HEAD') status = 405;
    requests.push({ method: req.method, path: req.url, status });
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(status === 404 ? 'not found\n' : 'method not allowed\n');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...headers,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      const actual = server.address().port;
      ok({
        url: `http://${host}:${actual}/`,
        port: actual,
        requests,
        close: () => new Promise((done) => (server.closeAllConnections?.(), server.close(() => done()))),
        server,
      });
    });
  });
}

// As a command: serve, print the addresses, run until interrupted.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? 'dist';
  const wanted = Number(process.argv[3] ?? 8080);
  let s;
  try {
    s = await startStaticServer({ root, port: wanted });
  } catch (e) {
    if (e.code !== 'EADDRINUSE') throw e;
    console.log(`port ${wanted} is busy: using a free one`);
    s = await startStaticServer({ root, port: 0 });
  }
  console.log(`Serving ${resolve(root)} (Ctrl-C stops)`);
  console.log(`  the page:         ${s.url}index.html`);
  console.log(`  the single file:  ${s.url}tally.html`);
  console.log(`  (or open it from disk: ${pathToFileURL(resolve(root, 'tally.html')).href})`);
  const stop = () => s.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
