#!/usr/bin/env node
/**
 * serve.mjs — a tiny static file server for the browser example, on
 * 127.0.0.1 only:
 *
 *   node examples/browser/serve.mjs [--port N] [ROOT] [/PREFIX/=DIR ...]
 *
 * Serves ROOT (default: this checkout) at /, and each DIR under /PREFIX/;
 * prints the page's address. --port 0 picks a free port. A module script
 * needs http(s), not file://, hence this; any static server will do.
 * `startServer()` is the same thing for scripts (the browser test uses it).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8', '.c': 'text/plain; charset=utf-8',
};

/* The file a URL path names, or null if it would leave its directory. */
function locate(mounts, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  for (const [prefix, dir] of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    const file = path.resolve(dir, `.${path.sep}${decoded.slice(prefix.length)}`);
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    return file;
  }
  return null;
}

/**
 * Starts serving; resolves to { server, port, url }. `mounts` maps URL
 * prefixes ("/t/") to directories; `root` is mounted at "/".
 */
export function startServer({ root, mounts = {}, port = 0, host = '127.0.0.1' } = {}) {
  const list = Object.entries(mounts).map(([p, d]) => [p.endsWith('/') ? p : `${p}/`, fs.realpathSync(d)]);
  list.sort((a, b) => b[0].length - a[0].length);
  list.push(['/', fs.realpathSync(root)]);
  const server = http.createServer((req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n');
    const urlPath = new URL(req.url, 'http://localhost').pathname;
    let file = locate(list, urlPath);
    if (!file) return send(403, 'forbidden\n');
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          res.writeHead(301, { location: `${urlPath}/` });
          return res.end();
        }
        file = path.join(file, 'index.html');
      }
      fs.readFile(file, (readErr, body) => {
        if (readErr) return send(404, 'not found\n');
        send(200, body, TYPES[path.extname(file)] ?? 'application/octet-stream');
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({ server, port: actual, url: `http://${host}:${actual}/` });
    });
  });
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let port = 8000, root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const mounts = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port') port = Number(args[++i]);
    else if (/^\/.*=/.test(args[i])) {
      const eq = args[i].indexOf('=');
      mounts[args[i].slice(0, eq)] = args[i].slice(eq + 1);
    } else root = path.resolve(args[i]);
  }
  const { url } = await startServer({ root, mounts, port });
  console.log(`serving ${root} at ${url}examples/browser/ (Ctrl-C stops)`);
}
