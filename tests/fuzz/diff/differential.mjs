/**
 * differential.mjs — one module through the differential comparisons of
 * docs/fuzzing.md, shared by campaign.mjs (random modules) and
 * compare.mjs (one module: the regression corpus in make check):
 *
 *   engines:  w64-fuzz-run (the engine with the fuzzing-support imports)  vs  V8 in this Node
 *             (harness.mjs, after `wasm64-rewrite --to32 --tables-only`:
 *             Node 20 has memory64 behind a flag but no 64-bit tables);
 *   rewriter: the original vs its conversion (--to32 of a wasm64 module,
 *             --to64 --table64 of a wasm32 one), both in wasm64-run.
 *
 * Each comparison ends as agree, mismatch (with a note) or not comparable
 * (with the documented reason), on the canonical form below.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../../..');

// The same memory limit on both sides: memory.grow may fail when the
// engine says so (the spec allows it), so both must say so at one size.
const MAX_PAGES = 16384; // 1 GiB
export const FEATURES = ['--enable-bulk-memory', '--enable-sign-ext', '--enable-nontrapping-float-to-int',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
  '--enable-tail-call', '--enable-extended-const', '--enable-threads'];
const NODE_FLAGS = ['--experimental-wasm-memory64', '--experimental-wasm-extended-const',
  '--experimental-wasm-type-reflection', `--wasm-max-mem-pages=${MAX_PAGES}`,
  '--wasm-max-table-size=134217728', '--stack-size=2000'];
export const OUR_FLAGS = ['--fuel', '2G', '--max-memory', `${MAX_PAGES * 64}K`];

// mulberry32: a small PRNG, so a seed names its module forever.
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  // An atomic access whose address is not a multiple of its size.
  [/^unaligned atomic|^operation does not support unaligned accesses/, 'unaligned atomic'],
  // Resource limits: where they hit depends on the engine.
  [/^call stack exhausted|^fuel exhausted|^timeout|^out of memory|^cannot allocate/, 'EXHAUSTED'],
];

export const trapKind = (msg) => {
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

export function canon(text) {
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

export function run(cmd, argv, timeoutMs = 120000) {
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

export function firstDiffIndex(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

export function firstDiff(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return `line ${i + 1}: ${JSON.stringify(a[i])} vs ${JSON.stringify(b[i])}`;
  return 'none';
}

/**
 * Runs the module `orig` (in the scratch directory `dir`) through both
 * comparisons.  `wasm64`: whether it was made with memory64 (it is then
 * lowered with --to32, else raised with --to64 --table64).  Returns
 * { engine, rewrite, ours, files }: each comparison as { outcome:
 * 'agree' | 'mismatch' | 'skip', note }, wasm64-run's own output, and
 * files() the inputs and outputs worth keeping when something mismatched.
 */
export async function compareModule(orig, dir, wasm64, { runtime, rewrite }) {
  const RUNTIME = runtime, REWRITE = rewrite;
  const result = { engine: null, rewrite: null, files: null };
  const agree = () => ({ outcome: 'agree' });
  const skip = (note) => ({ outcome: 'skip', note });
  const mismatchOf = (note) => ({ outcome: 'mismatch', note });
  const forV8 = path.join(dir, 'v8.wasm'), conv = path.join(dir, 'conv.wasm');
  const lower = await run(REWRITE, ['--to32', '--tables-only', '--check', orig, '-o', forV8]);
  const rw = await run(REWRITE, [...(wasm64 ? ['--to32'] : ['--to64', '--table64']),
    '--check', orig, '-o', conv]);
  const ours = await run(RUNTIME, [...OUR_FLAGS, orig]);
  const v8 = lower.code === 0 ?
    await run(process.execPath, [...NODE_FLAGS, path.join(HERE, 'harness.mjs'), forV8]) : null;
  const oursConv = rw.code === 0 ? await run(RUNTIME, [...OUR_FLAGS, conv]) : null;

  result.files = () => {
    const f = { 'orig.wasm': fs.readFileSync(orig), 'ours.txt': ours.stdout + ours.stderr };
    if (v8) f['v8.txt'] = v8.stdout + v8.stderr;
    if (oursConv) { f['conv.wasm'] = fs.readFileSync(conv); f['conv.txt'] = oursConv.stdout + oursConv.stderr; }
    if (lower.code === 0) f['v8.wasm'] = fs.readFileSync(forV8);
    return f;
  };
  result.ours = ours.stdout;
  const a = canon(ours.stdout);
  const saturatedAgrees = async () => {
    const sat = path.join(dir, 'saturated.wasm');
    const rs = await run(REWRITE, ['--to32', '--saturate', '--check', orig, '-o', sat]);
    const os = rs.code === 0 ? await run(RUNTIME, [...OUR_FLAGS, sat]) : null;
    return os !== null && os.code === 0 && !os.timedOut &&
      canon(os.stdout).lines.join('\n') === a.lines.join('\n');
  };
  const oursRan = ours.code === 0 && !ours.signal && !ours.timedOut;

  // wasm64-run against V8.
  if (lower.code !== 0) {
    result.engine = mismatchOf('table lowering for V8 failed: ' + lower.stderr);
  } else if (ours.timedOut || v8.timedOut) {
    result.engine = skip('timeout');
  } else if (v8.code === 1 && oursRan && /Invalid opcode 0xd4 \(enable with --experimental-wasm-typed_funcref\)/.test(v8.stderr)) {
    // Node 20's V8 (11.3) has typed function references only behind a
    // flag and in their pre-standard encoding, where 0xd4 is br_on_null:
    // it cannot run ref.as_non_null, which translate-to-fuzz emits even
    // with reference types alone.
    result.engine = skip('Node 20 decodes 0xd4 as the pre-standard br_on_null');
  } else if (!oursRan || v8.code !== 0 || v8.signal) {
    result.engine = mismatchOf(`exit status: ours ${ours.code}/${ours.signal}, v8 ${v8.code}/${v8.signal}`);
  } else {
    const b = canon(v8.stdout);
    if (a.exhausted || b.exhausted)
      result.engine = skip('resource exhaustion (stack, fuel, memory)');
    else if (a.lines.join('\n') !== b.lines.join('\n'))
      result.engine = mismatchOf('wasm64-run vs V8: first difference at ' + firstDiff(a.lines, b.lines));
    else
      result.engine = agree();
  }

  // The original against its conversion, both in wasm64-run.
  const how = wasm64 ? '--to32' : '--to64 --table64';
  if (rw.code !== 0) {
    // Refusals are documented (offsets or sizes that do not fit 32 bits).
    result.rewrite = skip('rewrite refused: ' + rw.stderr.replace(/^.*offset 0x[0-9a-f]+: /s, '').trim()
      .replace(/0x[0-9a-f]+|\d+/g, 'N'));
  } else if (!oursRan) {
    result.rewrite = skip('the original did not run');
  } else if (oursConv.timedOut) {
    result.rewrite = skip('timeout');
  } else {
    const c = canon(oursConv.stdout);
    const at = firstDiffIndex(a.lines, c.lines);
    if (a.exhausted || c.exhausted) {
      result.rewrite = skip('resource exhaustion (stack, fuel, memory)');
    } else if (oursConv.code === 0 && at < 0) {
      result.rewrite = agree();
    } else if (wasm64 && oursConv.code === 0 && a.lines.slice(0, at + 1).some((l) => /^(instantiate )?trap memory$/.test(l)) &&
               await saturatedAgrees()) {
      // --to32 wraps addresses and lengths with i32.wrap_i64
      // (docs/rewriter.md): an access at 4 GiB or above that trapped in
      // the original may land in bounds once lowered, and the lowered run
      // goes on (possibly to another trap with the same message).  When
      // the original trapped on memory at or before the first difference
      // and `--to32 --saturate` (addresses stay out of bounds) gives
      // exactly the original's lines, that wrap is the whole difference.
      result.rewrite = skip('--to32 wrapped an address at or above 4 GiB (documented; --saturate agrees)');
    } else {
      result.rewrite = mismatchOf(`original vs ${how}: first difference at ` + firstDiff(a.lines, c.lines));
    }
  }
  return result;
}
