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
  // V8 says "float unrepresentable in integer range" for a NaN operand of
  // a trapping truncation (spec: "invalid conversion to integer") and for
  // an out-of-range one (spec: "integer overflow", which is also
  // i32.div_s(INT_MIN, -1)): one kind.
  [/^integer overflow|^divide result unrepresentable|^invalid conversion to integer|^float unrepresentable in integer range/,
    'integer overflow or invalid conversion'],
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

// One translate-to-fuzz server per worker (ttf-server.cjs): wasm-opt
// loaded once.  After a failure it is restarted, since an aborted
// Emscripten runtime cannot run main again.
class Generator {
  start() {
    this.proc = spawn(process.execPath, [path.join(HERE, 'ttf-server.cjs'), path.join(ROOT, 'node_modules/binaryen/bin/wasm-opt')],
      { stdio: ['pipe', 'pipe', 'ignore'] });
    this.waiting = [];
    let buf = '';
    this.proc.stdout.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        this.waiting.shift()(Number(line));
      }
    });
    this.proc.on('close', () => { for (const w of this.waiting) w(-1); this.waiting = []; this.proc = null; });
  }
  async run(argv) {
    if (!this.proc) this.start();
    const status = await new Promise((resolve) => {
      this.waiting.push(resolve);
      this.proc.stdin.write(JSON.stringify(argv) + '\n');
    });
    if (status !== 0) this.stop();
    return status;
  }
  stop() {
    if (this.proc) { this.proc.stdin.end(); this.proc.kill(); this.proc = null; }
  }
}

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'w64diff-'));

// Two comparisons per module, each counted on its own: the engines
// (wasm64-run vs V8) and the rewriter (original vs converted, both in
// wasm64-run).  Each ends as agree, mismatch or not comparable (why).
const newComparison = () => ({ agree: 0, mismatch: 0, skipped: {} });
const stats = { modules: 0, failed_to_generate: 0, engine: newComparison(), rewrite: newComparison() };
const skip = (c, why) => { c.skipped[why] = (c.skipped[why] || 0) + 1; };

function keep(seed, files, note) {
  const dir = path.join(KEEP, `seed-${seed}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  fs.writeFileSync(path.join(dir, 'NOTE'), note + '\n');
}

function firstDiffIndex(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

function firstDiff(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return `line ${i + 1}: ${JSON.stringify(a[i])} vs ${JSON.stringify(b[i])}`;
  return 'none';
}

async function oneSeed(seed, generator) {
  const dir = path.join(tmpRoot, String(seed));
  fs.mkdirSync(dir);
  try {
    const wasm64 = seed % 2 === 0;
    const bin = path.join(dir, 'in.bin'), orig = path.join(dir, 'orig.wasm');
    fs.writeFileSync(bin, randomBytes(seed));
    const feats = wasm64 ? [...FEATURES, '--enable-memory64'] : FEATURES;
    // --denan: NaN payloads are nondeterministic in wasm (an arithmetic
    // NaN may carry any payload), and a stored NaN can reach an integer
    // load; Binaryen's pass replaces every NaN a float operation makes
    // with 0, so each engine's choice cannot show.
    if (await generator.run(['-ttf', bin, ...feats, '--denan', '-o', orig]) !== 0) {
      stats.failed_to_generate++;
      return;
    }
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
    const mismatch = (c, note) => {
      c.mismatch++;
      keep(seed, files(), note);
      if (VERBOSE) console.log(`seed ${seed}: ${note}`);
    };
    const a = canon(ours.stdout);
    const oursRan = ours.code === 0 && !ours.signal && !ours.timedOut;

    // wasm64-run against V8.
    if (lower.code !== 0) {
      mismatch(stats.engine, 'table lowering for V8 failed: ' + lower.stderr);
    } else if (ours.timedOut || v8.timedOut) {
      skip(stats.engine, 'timeout');
    } else if (v8.code === 1 && oursRan && /Invalid opcode 0xd4 \(enable with --experimental-wasm-typed_funcref\)/.test(v8.stderr)) {
      // Node 20's V8 (11.3) knows typed function references only in
      // their pre-standard encoding, where 0xd4 is br_on_null rather
      // than ref.as_non_null, which translate-to-fuzz emits even with
      // reference types alone.
      skip(stats.engine, 'Node 20 decodes 0xd4 as the pre-standard br_on_null');
    } else if (!oursRan || v8.code !== 0 || v8.signal) {
      mismatch(stats.engine, `exit status: ours ${ours.code}/${ours.signal}, v8 ${v8.code}/${v8.signal}`);
    } else {
      const b = canon(v8.stdout);
      if (a.exhausted || b.exhausted)
        skip(stats.engine, 'resource exhaustion (stack, fuel, memory)');
      else if (a.lines.join('\n') !== b.lines.join('\n'))
        mismatch(stats.engine, 'wasm64-run vs V8: first difference at ' + firstDiff(a.lines, b.lines));
      else
        stats.engine.agree++;
    }

    // The original against its conversion, both in wasm64-run.
    const how = wasm64 ? '--to32' : '--to64 --table64';
    if (rw.code !== 0) {
      // Refusals are documented (offsets or sizes that do not fit 32 bits).
      skip(stats.rewrite, 'rewrite refused: ' + rw.stderr.replace(/^.*offset 0x[0-9a-f]+: /s, '').trim()
        .replace(/0x[0-9a-f]+|\d+/g, 'N'));
    } else if (!oursRan) {
      skip(stats.rewrite, 'the original did not run');
    } else if (oursConv.timedOut) {
      skip(stats.rewrite, 'timeout');
    } else {
      const c = canon(oursConv.stdout);
      const at = firstDiffIndex(a.lines, c.lines);
      if (a.exhausted || c.exhausted) {
        skip(stats.rewrite, 'resource exhaustion (stack, fuel, memory)');
      } else if (oursConv.code === 0 && at < 0) {
        stats.rewrite.agree++;
      } else if (wasm64 && oursConv.code === 0 && a.lines[at] === 'trap memory') {
        // --to32 wraps addresses and lengths with i32.wrap_i64
        // (docs/rewriter.md): an access at 4 GiB or above that trapped in
        // the original may land in bounds once lowered.  Where the first
        // difference is such a trap, the runs are not comparable.
        skip(stats.rewrite, '--to32 wrapped an address at or above 4 GiB (documented)');
      } else {
        mismatch(stats.rewrite, `original vs ${how}: first difference at ` + firstDiff(a.lines, c.lines));
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const started = Date.now();
let next = FIRST;
const last = FIRST + COUNT;
async function worker() {
  const generator = new Generator();
  while (next < last) {
    const seed = next++;
    await oneSeed(seed, generator);
  }
  generator.stop();
}
await Promise.all(Array.from({ length: JOBS }, worker));
fs.rmSync(tmpRoot, { recursive: true, force: true });

const secs = ((Date.now() - started) / 1000).toFixed(0);
const line = (name, c) => {
  const skipped = Object.values(c.skipped).reduce((x, y) => x + y, 0);
  console.log(`  ${name}: ${c.agree} agree, ${c.mismatch} mismatches, ${skipped} not comparable`);
  for (const [why, n] of Object.entries(c.skipped)) console.log(`    ${n}: ${why}`);
};
console.log(`seeds ${FIRST}..${last - 1}: ${stats.modules} modules (${stats.failed_to_generate} seeds ` +
  `wasm-opt -ttf failed on), ${secs} s`);
line('wasm64-run vs V8', stats.engine);
line('original vs rewritten', stats.rewrite);
if (RESULTS)
  fs.appendFileSync(RESULTS, JSON.stringify({ first: FIRST, count: COUNT, seconds: Number(secs), ...stats }) + '\n');
process.exit(stats.engine.mismatch + stats.rewrite.mismatch ? 1 : 0);
