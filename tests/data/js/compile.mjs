#!/usr/bin/env node
/*
 * Asks V8 whether modules are valid: WebAssembly.validate, then
 * WebAssembly.compile (which gives the reason when it is not).
 *
 *   node [--experimental-wasm-memory64] compile.mjs FILE.wasm...
 *   node compile.mjs --chromium [--profile DIR] FILE.wasm...
 *
 * Prints "NAME: compiled" or "NAME: refused: REASON" per file, and exits
 * with 1 when any is refused.  --chromium asks the V8 of Debian's headless
 * Chromium (memory64, table64 and both exception encodings on by default)
 * in a blank page; as for browser-run.mjs, exit 77 with one line when
 * Chromium cannot start.  The asynchronous compile is used because a page
 * may not compile a large module synchronously on its main thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

async function verdict(bytes) {
  const valid = WebAssembly.validate(bytes);
  try {
    await WebAssembly.compile(bytes);
    return valid ? 'compiled' : 'refused: validate() said no, compile() accepted it';
  } catch (e) {
    return `refused: ${e.message}`;
  }
}

const argv = process.argv.slice(2);
let chromium = false, profile = null;
while (argv.length && argv[0].startsWith('--')) {
  const opt = argv.shift();
  if (opt === '--chromium') chromium = true;
  else if (opt === '--profile' && argv.length) profile = argv.shift();
  else {
    console.error(`compile.mjs: unknown option ${opt}`);
    process.exit(2);
  }
}
if (!argv.length) {
  console.error('compile.mjs: no module given');
  process.exit(2);
}

let refused = 0;
const report = (file, text) => {
  console.log(`${path.basename(file)}: ${text}`);
  if (text !== 'compiled') refused++;
};

if (!chromium) {
  for (const file of argv) report(file, await verdict(fs.readFileSync(file)));
} else {
  const { launchChromium } = await import('./chromium.mjs');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-'));
  const context = await launchChromium(profile ?? path.join(work, 'profile'),
    () => fs.rmSync(work, { recursive: true, force: true }));
  try {
    const page = context.pages()[0] ?? await context.newPage();
    for (const file of argv) {
      // The page gets the bytes as base64: a blank page has no server to
      // fetch them from.
      const text = await page.evaluate(async ([b64, source]) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        return (0, eval)(`(${source})`)(bytes);
      }, [fs.readFileSync(file).toString('base64'), verdict.toString()]);
      report(file, text);
    }
  } finally {
    await context.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
process.exitCode = refused ? 1 : 0;
