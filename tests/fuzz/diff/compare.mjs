#!/usr/bin/env node
/**
 * compare.mjs — one module through the differential comparisons
 * (differential.mjs): wasm64-run vs V8, and the original vs its
 * conversion.  For the regression corpus (tests/fuzz/regress, run by
 * tests/80-fuzz.bats).
 *
 *   node tests/fuzz/diff/compare.mjs [--runtime P] [--rewrite P] --64|--32 MODULE.wasm
 *
 * --64: a memory64 module (converted with --to32); --32: a wasm32 one
 * (--to64 --table64).  Prints wasm64-run's output, then one line per
 * comparison ("engines: agree", "rewriter: mismatch: ...", or "skip:"
 * with the documented reason); exit status 1 on a mismatch.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ROOT, compareModule } from './differential.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const runtime = opt('--runtime', path.join(ROOT, 'build/native/bin/w64-fuzz-run'));
const rewrite = opt('--rewrite', path.join(ROOT, 'build/native/bin/wasm64-rewrite'));
const file = args[args.length - 1];
if (!args.includes('--64') && !args.includes('--32')) {
  console.error('usage: compare.mjs [--runtime P] [--rewrite P] --64|--32 MODULE.wasm');
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w64cmp-'));
try {
  const r = await compareModule(path.resolve(file), dir, args.includes('--64'), { runtime, rewrite });
  process.stdout.write(r.ours);
  let ok = true;
  for (const [name, c] of [['engines', r.engine], ['rewriter', r.rewrite]]) {
    console.log(`${name}: ${c.outcome}${c.note ? ': ' + c.note : ''}`);
    ok &&= c.outcome !== 'mismatch';
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
