#!/usr/bin/env node
/*
 * Runs a program in examples/browser/ inside Debian's headless Chromium,
 * with the same command line shape as wasm64-run and run.mjs:
 *
 *   node browser-run.mjs [--screenshot FILE] [--status FILE] [--profile DIR]
 *                        [--timeout SECONDS] [--dir HOST[::GUEST]]...
 *                        prog.wasm [args...]
 *
 * Serves this checkout on 127.0.0.1 (examples/browser/serve.mjs) with
 * prog.wasm's directory under /prog/ and the --dir trees as a JSON file
 * under /files/, opens /examples/browser/?program=…&arg=…&files=… in a
 * fresh profile (DIR, or a new temporary one), waits until the page says
 * the run ended, and then behaves like the program: the page's stdout pane
 * goes to stdout, its stderr pane to stderr, and the exit status is the one
 * the page shows. A page that fails exits with 1 and says why. If Chromium
 * cannot be started at all, it prints one line naming the reason and exits
 * with 77 (the test skips with that line). --status saves the page's status
 * line (e.g. "exit status 0 (64-bit memory)").  --timeout bounds the run
 * (default 20 s; Chromium's start and the page load have their own 20 s).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, TIMEOUT_MS, launchChromium } from './chromium.mjs';

const opts = { dirs: [], screenshot: null, profile: null, status: null, runMs: TIMEOUT_MS };
const argv = process.argv.slice(2);
let i = 0;
for (; i < argv.length && argv[i].startsWith('--'); i += 2) {
  const value = argv[i + 1];
  if (argv[i] === '--screenshot') opts.screenshot = value;
  else if (argv[i] === '--profile') opts.profile = value;
  else if (argv[i] === '--status') opts.status = value;
  else if (argv[i] === '--timeout' && Number(value) > 0) opts.runMs = Number(value) * 1000;
  else if (argv[i] === '--dir') {
    const sep = value.indexOf('::');
    // Without GUEST, the directory's own absolute path, as wasm64-run names it.
    opts.dirs.push(sep < 0 ? [value, fs.realpathSync(value)] : [value.slice(0, sep), value.slice(sep + 2)]);
  } else {
    console.error(`browser-run.mjs: unknown option ${argv[i]}`);
    process.exit(2);
  }
}
if (i >= argv.length) {
  console.error('browser-run.mjs: no module given');
  process.exit(2);
}
const program = path.resolve(argv[i]);
const args = argv.slice(i + 1);

/* A host directory as the page's JSON tree (see examples/browser/main.mjs). */
function treeJson(dir) {
  const tree = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isSymbolicLink()) tree[e.name] = { symlink: fs.readlinkSync(full) };
    else if (e.isDirectory()) tree[e.name] = treeJson(full);
    else if (e.isFile()) tree[e.name] = { base64: fs.readFileSync(full).toString('base64') };
  }
  return tree;
}

const { startServer } = await import(path.join(ROOT, 'examples/browser/serve.mjs'));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'browser-run-'));
const query = new URLSearchParams({ program: `/prog/${path.basename(program)}` });
for (const a of args) query.append('arg', a);
if (opts.dirs.length) {
  const files = Object.fromEntries(opts.dirs.map(([host, guest]) => [guest, treeJson(host)]));
  fs.writeFileSync(path.join(work, 'files.json'), JSON.stringify(files));
  query.set('files', '/files/files.json');
}

const { server, url } = await startServer({ root: ROOT, mounts: { '/prog/': path.dirname(program), '/files/': work } });
const profile = opts.profile ?? path.join(work, 'profile');
const context = await launchChromium(profile, () => {
  server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

let status = 1;
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${url}examples/browser/?${query}`, { timeout: TIMEOUT_MS });
  await page.waitForSelector('#status[data-state=done], #status[data-state=error]', { timeout: opts.runMs });
  const shown = await page.evaluate(() => {
    const s = document.getElementById('status');
    return {
      stdout: document.getElementById('output').textContent,
      stderr: document.getElementById('stderr').textContent,
      state: s.dataset.state, exit: s.dataset.exit, text: s.textContent,
    };
  });
  if (opts.screenshot) await page.screenshot({ path: opts.screenshot, fullPage: true });
  if (opts.status) fs.writeFileSync(opts.status, shown.text);
  process.stdout.write(shown.stdout);
  process.stderr.write(shown.stderr);
  if (shown.state === 'done') status = Number(shown.exit) & 0xff;
  else console.error(`browser-run.mjs: the page says: ${shown.text}`);
} catch (e) {
  console.error(`browser-run.mjs: ${e.message}`);
} finally {
  await context.close();
  server.close();
  fs.rmSync(work, { recursive: true, force: true });
}
process.exitCode = status;
