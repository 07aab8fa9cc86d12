#!/usr/bin/env node
/**
 * campaign.mjs — differential execution of wasm64-run against V8 (Node)
 * and of wasm64-rewrite's conversions against their originals, on random
 * modules from Binaryen's translate-to-fuzz (docs/fuzzing.md).
 *
 *   node tests/fuzz/diff/campaign.mjs [--first SEED] [--count N] [--jobs J]
 *        [--keep DIR] [--results FILE] [--runtime PATH] [--verbose]
 *
 * For each seed: random bytes (a PRNG of the seed) -> `wasm-opt -ttf` with
 * the features both engines have (even seeds with memory64, odd seeds
 * without) -> run
 *   - in wasm64-run --fuzzing-support (the original),
 *   - in V8 (tests/fuzz/diff/harness.mjs; Node 20 has memory64 behind a
 *     flag but no 64-bit tables, so tables are lowered first with
 *     `wasm64-rewrite --to32 --tables-only`),
 *   - in wasm64-run again after `wasm64-rewrite --to64 --table64` (wasm32
 *     modules) or `--to32` (wasm64 modules),
 * canonicalize the three outputs (canon() below) and compare.  Mismatches
 * are copied to --keep DIR (default build/fuzz/diff-mismatches) with the
 * outputs; the summary line counts agreements, mismatches and the modules
 * skipped for a documented reason.  Exit status 1 if anything mismatched.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const BIN = path.join(ROOT, 'node_modules/.bin');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const FIRST = Number(opt('--first', '1'));
const COUNT = Number(opt('--count', '100'));
const JOBS = Number(opt('--jobs', '2'));
const KEEP = opt('--keep', path.join(ROOT, 'build/fuzz/diff-mismatches'));
const RESULTS = opt('--results', null);
const RUNTIME = opt('--runtime', path.join(ROOT, 'build/native/bin/wasm64-run'));
const REWRITE = opt('--rewrite', path.join(ROOT, 'build/native/bin/wasm64-rewrite'));
const VERBOSE = args.includes('--verbose');

// The same memory limit on both sides: memory.grow may fail when the
// engine says so (the spec allows it), so both must say so at one size.
const MAX_PAGES = 16384; // 1 GiB
const FEATURES = ['--enable-bulk-memory', '--enable-sign-ext', '--enable-nontrapping-float-to-int',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
  '--enable-tail-call', '--enable-extended-const'];
const NODE_FLAGS = ['--experimental-wasm-memory64', '--experimental-wasm-extended-const',
  '--experimental-wasm-type-reflection', `--wasm-max-mem-pages=${MAX_PAGES}`,
  '--wasm-max-table-size=134217728', '--stack-size=2000'];
const OUR_FLAGS = ['--fuzzing-support', '--fuel', '2G', '--max-memory', `${MAX_PAGES * 64}K`];

// --- canonical form -----------------------------------------------------------

// Trap messages of both engines, by kind.  V8 merges a null table entry
// and a signature mismatch ("null function or function signature
// mismatch"), so those are one kind here.
const TRAP_KINDS = [
  [/^unreachable/, 'unreachable'],
  [/^out of bounds memory access|^memory access out of bounds|^data segment/, 'memory'],
  [/^out of bounds table access|^undefined element|^table index is out of bounds|^element segment/, 'table'],
  [/^uninitialized element|^indirect call type mismatch|^null function or function signature mismatch/, 'indirect'],
  [/^null function reference|^null reference|^dereferencing a null pointer/, 'null'],
  [/^integer divide by zero|^divide by zero|^remainder by zero/, 'divide by zero'],
  [/^integer overflow|^divide result unrepresentable/, 'integer overflow'],
  [/^invalid conversion to integer|^float unrepresentable in integer range/, 'conversion'],
  // Resource limits: where they hit depends on the engine.
  [/^call stack exhausted|^fuel exhausted|^timeout|^out of memory|^cannot allocate/, 'EXHAUSTED'],
];

const trapKind = (msg) => {
  for (const [re, kind] of TRAP_KINDS) if (re.test(msg)) return kind;
  return 'unknown: ' + msg;
};

// NaN results have nondeterministic sign and payload (spec: "canonical"
// or "arithmetic" NaNs), and JS cannot carry NaN bits reliably: any NaN
// is "nan".
function canonValue(type, bits) {
  if (type === 'f32') {
    const v = parseInt(bits, 16);
    if ((v & 0x7f800000) === 0x7f800000 && (v & 0x7fffff) !== 0) return 'f32 nan';
  } else if (type === 'f64') {
    const v = BigInt(bits);
    if ((v & 0x7ff0000000000000n) === 0x7ff0000000000000n && (v & 0xfffffffffffffn) !== 0n)
      return 'f64 nan';
  }
  return type + ' ' + bits;
}

function canon(text) {
  const out = [];
  let exhausted = false;
  for (const line of text.split('\n')) {
    if (!line) continue;
    let m;
    if ((m = /^(instantiate )?trap (.*)$/.exec(line))) {
      const kind = trapKind(m[2]);
      if (kind === 'EXHAUSTED') exhausted = true;
      out.push(`${m[1] || ''}trap ${kind}`);
    } else if ((m = /^(log|result) (.*)$/.exec(line))) {
      const t = m[2].split(' ');
      const vals = [];
      for (let i = 0; i + 1 < t.length; i += 2) vals.push(canonValue(t[i], t[i + 1]));
      out.push(m[1] + ' ' + vals.join(' '));
    } else {
      out.push(line);
    }
  }
  return { lines: out, exhausted };
}

// --- processes ------------------------------------------------------------------

function run(cmd, argv, timeoutMs = 120000) {
  return new Promise((resolve) => {
    const p = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    const so = [], se = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; p.kill('SIGKILL'); }, timeoutMs);
    p.stdout.on('data', (d) => so.push(d));
    p.stderr.on('data', (d) => se.push(d));
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout: Buffer.concat(so).toString(),
        stderr: Buffer.concat(se).toString() });
    });
  });
}

// mulberry32: a small PRNG, so a seed names its module forever.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(seed) {
  const rnd = prng(seed * 2654435761);
  const n = 1000 + Math.floor(rnd() * 31000);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256);
  return b;
}

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'w64diff-'));

const stats = { modules: 0, agree: 0, mismatch_engine: 0, mismatch_rewrite: 0,
  skipped: {}, rewritten: 0 };
const skip = (why) => { stats.skipped[why] = (stats.skipped[why] || 0) + 1; };

function keep(seed, files, note) {
  const dir = path.join(KEEP, `seed-${seed}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  fs.writeFileSync(path.join(dir, 'NOTE'), note + '\n');
}

function firstDiff(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return `line ${i + 1}: ${JSON.stringify(a[i])} vs ${JSON.stringify(b[i])}`;
  return 'none';
}

async function oneSeed(seed) {
  const dir = path.join(tmpRoot, String(seed));
  fs.mkdirSync(dir);
  try {
    const wasm64 = seed % 2 === 0;
    const bin = path.join(dir, 'in.bin'), orig = path.join(dir, 'orig.wasm');
    fs.writeFileSync(bin, randomBytes(seed));
    const feats = wasm64 ? [...FEATURES, '--enable-memory64'] : FEATURES;
    const gen = await run(path.join(BIN, 'wasm-opt'), ['-ttf', bin, ...feats, '-o', orig]);
    if (gen.code !== 0) return skip('wasm-opt -ttf failed');
    stats.modules++;

    const forV8 = path.join(dir, 'v8.wasm'), conv = path.join(dir, 'conv.wasm');
    const lower = await run(REWRITE, ['--to32', '--tables-only', '--check', orig, '-o', forV8]);
    const rw = await run(REWRITE, [...(wasm64 ? ['--to32'] : ['--to64', '--table64']),
      '--check', orig, '-o', conv]);
    const ours = await run(RUNTIME, [...OUR_FLAGS, orig]);
    const v8 = lower.code === 0 ?
      await run(process.execPath, [...NODE_FLAGS, path.join(HERE, 'harness.mjs'), forV8]) : null;
    const oursConv = rw.code === 0 ? await run(RUNTIME, [...OUR_FLAGS, conv]) : null;

    const files = () => {
      const f = { 'orig.wasm': fs.readFileSync(orig), 'ours.txt': ours.stdout + ours.stderr };
      if (v8) f['v8.txt'] = v8.stdout + v8.stderr;
      if (oursConv) { f['conv.wasm'] = fs.readFileSync(conv); f['conv.txt'] = oursConv.stdout + oursConv.stderr; }
      if (lower.code === 0) f['v8.wasm'] = fs.readFileSync(forV8);
      return f;
    };
    if (lower.code !== 0) {
      keep(seed, files(), 'table lowering failed: ' + lower.stderr);
      stats.mismatch_rewrite++;
      return;
    }
    if (ours.timedOut || v8.timedOut) return skip('timeout');
    if (ours.code !== 0 || v8.code !== 0 || ours.signal || v8.signal) {
      keep(seed, files(), `exit status: ours ${ours.code}/${ours.signal}, v8 ${v8.code}/${v8.signal}`);
      stats.mismatch_engine++;
      return;
    }
    const a = canon(ours.stdout), b = canon(v8.stdout);
    if (a.exhausted || b.exhausted) return skip('resource exhaustion (stack, fuel, memory)');
    if (a.lines.join('\n') !== b.lines.join('\n')) {
      keep(seed, files(), 'wasm64-run vs V8: first difference at ' + firstDiff(a.lines, b.lines));
      stats.mismatch_engine++;
      if (VERBOSE) console.log(`seed ${seed}: engine mismatch`);
      return;
    }
    if (rw.code !== 0) {
      // Refusals are documented (offsets or sizes that do not fit 32 bits).
      skip('rewrite refused: ' + rw.stderr.replace(/^.*offset 0x[0-9a-f]+: /s, '').trim()
        .replace(/0x[0-9a-f]+|\d+/g, 'N'));
    } else {
      stats.rewritten++;
      const c = canon(oursConv.stdout);
      if (oursConv.code !== 0 || c.exhausted || c.lines.join('\n') !== a.lines.join('\n')) {
        if (c.exhausted) return skip('resource exhaustion (stack, fuel, memory)');
        keep(seed, files(), `original vs ${wasm64 ? '--to32' : '--to64 --table64'}: first difference at ` +
          firstDiff(a.lines, c.lines));
        stats.mismatch_rewrite++;
        if (VERBOSE) console.log(`seed ${seed}: rewrite mismatch`);
        return;
      }
    }
    stats.agree++;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const started = Date.now();
let next = FIRST;
const last = FIRST + COUNT;
async function worker() {
  while (next < last) {
    const seed = next++;
    await oneSeed(seed);
  }
}
await Promise.all(Array.from({ length: JOBS }, worker));
fs.rmSync(tmpRoot, { recursive: true, force: true });

const skipped = Object.values(stats.skipped).reduce((a, b) => a + b, 0);
const secs = ((Date.now() - started) / 1000).toFixed(0);
console.log(`seeds ${FIRST}..${last - 1}: ${stats.modules} modules, ${stats.agree} agree, ` +
  `${stats.mismatch_engine} engine mismatches, ${stats.mismatch_rewrite} rewrite mismatches, ` +
  `${skipped} skipped (${stats.rewritten} also ran rewritten), ${secs} s`);
for (const [why, n] of Object.entries(stats.skipped)) console.log(`  skipped ${n}: ${why}`);
if (RESULTS)
  fs.appendFileSync(RESULTS, JSON.stringify({ first: FIRST, count: COUNT, seconds: Number(secs), ...stats }) + '\n');
process.exit(stats.mismatch_engine + stats.mismatch_rewrite ? 1 : 0);
