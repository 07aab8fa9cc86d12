#!/usr/bin/env node
/**
 * campaign.mjs — differential execution of wasm64-run against V8 (Node)
 * and of wasm64-rewrite's conversions against their originals, on random
 * modules from Binaryen's translate-to-fuzz (docs/fuzzing.md).
 *
 *   node tests/fuzz/diff/campaign.mjs [--first SEED] [--count N] [--eh N] [--jobs J]
 *        [--keep DIR] [--results FILE] [--runtime PATH] [--verbose]
 *
 * For each seed: random bytes (a PRNG of the seed) -> `wasm-opt -ttf
 * --denan` with the features both engines have (even seeds with memory64,
 * odd seeds without) -> the two comparisons of differential.mjs (wasm64-run
 * vs V8; original vs --to32 / --to64 --table64 conversion).  Mismatches
 * are copied to --keep DIR (default build/fuzz/diff-mismatches) with the
 * outputs; the summary counts, per comparison, agreements, mismatches and
 * modules not comparable for a documented reason.  --results FILE appends
 * the figures as one JSON line.  Exit status 1 if anything mismatched.
 *
 * --eh N adds N exception-handling programs of eh-gen.mjs (seeds FIRST
 * ..FIRST+N-1, wasm64 for even seeds): the legacy encoding through the
 * same two comparisons, and, when the program has a standard-encoding
 * twin, that twin against the legacy module (both in wasm64-run) and
 * against its own conversion.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { FEATURES, OUR_FLAGS, ROOT, canon, compareModule, firstDiff, prng, run } from './differential.mjs';
import { ehPrograms } from './eh-gen.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const FIRST = Number(opt('--first', '1'));
const COUNT = Number(opt('--count', '100'));
const EH = Number(opt('--eh', '0'));
const WAT2WASM = path.join(ROOT, 'node_modules/.bin/wat2wasm');
const JOBS = Number(opt('--jobs', '2'));
const KEEP = opt('--keep', path.join(ROOT, 'build/fuzz/diff-mismatches'));
const RESULTS = opt('--results', null);
const RUNTIME = opt('--runtime', path.join(ROOT, 'build/native/bin/w64-fuzz-run'));
const REWRITE = opt('--rewrite', path.join(ROOT, 'build/native/bin/wasm64-rewrite'));
const VERBOSE = args.includes('--verbose');

function randomBytes(seed) {
  const rnd = prng(seed * 2654435761);
  const n = 1000 + Math.floor(rnd() * 15000);
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
if (EH) {
  stats.eh = { modules: 0, failed_to_generate: 0, engine: newComparison(), rewrite: newComparison(),
    standard: newComparison() };
}
const skip = (c, why) => { c.skipped[why] = (c.skipped[why] || 0) + 1; };

function keep(seed, files, note) {
  const dir = path.join(KEEP, `seed-${seed}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  fs.writeFileSync(path.join(dir, 'NOTE'), note + '\n');
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

    const r = await compareModule(orig, dir, wasm64, { runtime: RUNTIME, rewrite: REWRITE });
    for (const which of ['engine', 'rewrite']) {
      const { outcome, note } = r[which];
      if (outcome === 'agree') {
        stats[which].agree++;
      } else if (outcome === 'skip') {
        skip(stats[which], note);
      } else {
        stats[which].mismatch++;
        keep(seed, r.files(), note);
        if (VERBOSE) console.log(`seed ${seed}: ${note}`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// One exception-handling program (eh-gen.mjs).
async function oneEhSeed(seed) {
  const dir = path.join(tmpRoot, 'eh' + seed);
  fs.mkdirSync(dir);
  const st = stats.eh;
  const record = (which, { outcome, note }, files) => {
    if (outcome === 'agree') {
      st[which].agree++;
    } else if (outcome === 'skip') {
      skip(st[which], note);
    } else {
      st[which].mismatch++;
      keep('eh-' + seed, files(), note);
      if (VERBOSE) console.log(`eh seed ${seed}: ${note}`);
    }
  };
  try {
    const wasm64 = seed % 2 === 0;
    const prog = ehPrograms(seed, wasm64 ? 'i64' : 'i32');
    const wat = path.join(dir, 'legacy.wat'), orig = path.join(dir, 'orig.wasm');
    fs.writeFileSync(wat, prog.legacy);
    if ((await run(WAT2WASM, ['--enable-all', wat, '-o', orig])).code !== 0) {
      st.failed_to_generate++;
      return;
    }
    st.modules++;
    const r = await compareModule(orig, dir, wasm64, { runtime: RUNTIME, rewrite: REWRITE });
    record('engine', r.engine, r.files);
    record('rewrite', r.rewrite, r.files);
    if (!prog.standard)
      return;
    // The standard twin: the same lines as the legacy module, before and
    // after conversion.
    const swat = path.join(dir, 'standard.wat'), std = path.join(dir, 'standard.wasm');
    const sconv = path.join(dir, 'standard-conv.wasm');
    fs.writeFileSync(swat, prog.standard);
    if ((await run(WAT2WASM, ['--enable-all', swat, '-o', std])).code !== 0) {
      record('standard', { outcome: 'mismatch', note: 'the standard twin does not assemble' },
        () => ({ 'standard.wat': prog.standard }));
      return;
    }
    const want = canon(r.ours).lines;
    const ours = await run(RUNTIME, [...OUR_FLAGS, std]);
    const rw = await run(REWRITE, [...(wasm64 ? ['--to32'] : ['--to64', '--table64']), '--check', std, '-o', sconv]);
    const conv = rw.code === 0 ? await run(RUNTIME, [...OUR_FLAGS, sconv]) : null;
    const files = () => ({ 'legacy.wat': prog.legacy, 'standard.wat': prog.standard,
      'standard.txt': ours.stdout + ours.stderr, 'legacy.txt': r.ours });
    const got = canon(ours.stdout).lines;
    if (ours.code !== 0 || got.join('\n') !== want.join('\n'))
      record('standard', { outcome: 'mismatch', note: 'standard vs legacy: ' + firstDiff(want, got) }, files);
    else if (!conv || conv.code !== 0 || canon(conv.stdout).lines.join('\n') !== want.join('\n'))
      record('standard', { outcome: 'mismatch', note: 'standard vs its conversion: ' + (conv ?
        firstDiff(want, canon(conv.stdout).lines) : rw.stderr) }, files);
    else
      record('standard', { outcome: 'agree' }, files);
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
let nextEh = FIRST;
async function ehWorker() {
  while (nextEh < FIRST + EH) await oneEhSeed(nextEh++);
}
await Promise.all(Array.from({ length: JOBS }, ehWorker));
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
if (EH) {
  console.log(`exception-handling programs ${FIRST}..${FIRST + EH - 1}: ${stats.eh.modules} modules ` +
    `(${stats.eh.failed_to_generate} failed to assemble)`);
  line('legacy: wasm64-run vs V8', stats.eh.engine);
  line('legacy: original vs rewritten', stats.eh.rewrite);
  line('standard twin vs legacy, and vs its conversion', stats.eh.standard);
}
if (RESULTS)
  fs.appendFileSync(RESULTS, JSON.stringify({ first: FIRST, count: COUNT, seconds: Number(secs), ...stats }) + '\n');
const ehMismatches = EH ? stats.eh.engine.mismatch + stats.eh.rewrite.mismatch + stats.eh.standard.mismatch : 0;
process.exit(stats.engine.mismatch + stats.rewrite.mismatch + ehMismatches ? 1 : 0);
