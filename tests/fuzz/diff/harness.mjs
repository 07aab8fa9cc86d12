#!/usr/bin/env node
/**
 * harness.mjs — the JS side of the differential fuzzing of wasm64-run
 * (docs/fuzzing.md): runs a Binaryen translate-to-fuzz module in V8 with
 * the fuzzing-support imports and prints the same canonical lines as
 * `w64-fuzz-run` (tests/fuzz/fuzzing.c):
 *
 *     call NAME | log TYPE BITS | result (TYPE BITS)... | trap MESSAGE |
 *     exception | instantiate trap MESSAGE | instantiate exception
 *
 * The semantics are those of Binaryen's scripts/fuzz_shell.js: every
 * exported function in export order, called with null for each
 * parameter; call-export / call-ref run a function the same way;
 * *-catch imports swallow JS exceptions (1) but not traps.  Written here
 * from that description; no code is shared with Binaryen.
 *
 *   node --experimental-wasm-type-reflection [--experimental-wasm-memory64]
 *        harness.mjs MODULE.wasm
 *
 * Exit status 0 when the module ran, 1 when it did not compile or link.
 */
import fs from 'node:fs';

// The same bound as fuzzing.c's MAX_NESTING: calls from wasm back into
// exports nest the engine's stack; past it both sides report exhaustion.
const MAX_NESTING = 200;

const lines = [];
const out = (s) => lines.push(s);
const flush = () => fs.writeSync(1, lines.length ? lines.join('\n') + '\n' : '');

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

const hex = (v, digits) => '0x' + v.toString(16).padStart(digits, '0');

function value(type, x) {
  switch (type) {
    case 'i32': return 'i32 ' + hex(x >>> 0, 8);
    case 'i64': return 'i64 ' + hex(BigInt.asUintN(64, x), 16);
    case 'f32': f32[0] = x; return 'f32 ' + hex(u32[0], 8);
    case 'f64': f64[0] = x; return 'f64 ' + hex(u64[0], 16);
    default: return 'ref ' + (x === null ? 'null' : 'nonnull');
  }
}

function escapeName(name) {
  let s = '';
  for (const b of new TextEncoder().encode(name))
    s += b > 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : '\\' + hex(b, 2).slice(2);
  return s;
}

class StackExhausted extends Error {}

function isExhaustion(e) {
  return e instanceof StackExhausted ||
    (e instanceof RangeError && /Maximum call stack size exceeded|[Oo]ut of memory/.test(e.message));
}

let nesting = 0;
const types = new Map();  // exported function -> its type (type reflection)

// Calls a wasm function as fuzz_shell.js does: null for every parameter.
function callFunc(func) {
  if (nesting >= MAX_NESTING) throw new StackExhausted('call stack exhausted');
  const args = [];
  for (let i = 0; i < func.length; i++) args.push(null);
  nesting++;
  try {
    return func.apply(null, args);
  } finally {
    nesting--;
  }
}

// JS exceptions become 1; traps and host limits go on.
function tryCall(f) {
  try {
    f();
    return 0;
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError || isExhaustion(e)) throw e;
    return 1;
  }
}

const file = process.argv[2];
let module;
try {
  module = new WebAssembly.Module(fs.readFileSync(file));
} catch (e) {
  console.error(`harness.mjs: ${file}: ${e.message}`);
  process.exit(1);
}

let exportList = [];
let exports = {};
let tempRet0 = 0;
const imports = {
  'fuzzing-support': {
    'log-i32': (x) => out('log ' + value('i32', x)),
    'log-i64': (x) => out('log ' + value('i64', x)),
    'log-f32': (x) => out('log ' + value('f32', x)),
    'log-f64': (x) => out('log ' + value('f64', x)),
    'log-funcref': (x) => out('log ' + value('ref', x)),
    'log-externref': (x) => out('log ' + value('ref', x)),
    'throw': () => { throw new Error('some JS error'); },
    'table-get': (i) => exports.table.get(i >>> 0),
    'table-set': (i, v) => { exports.table.set(i >>> 0, v); },
    'call-export': (i) => { callFunc(exportList[i].value); },
    'call-export-catch': (i) => tryCall(() => callFunc(exportList[i].value)),
    'call-ref': (f) => { callFunc(f); },
    'call-ref-catch': (f) => tryCall(() => callFunc(f)),
    'sleep': (ms, id) => id,
  },
  'env': {
    'setTempRet0': (x) => { tempRet0 = x; },
    'getTempRet0': () => tempRet0,
  },
  '__fuzz_import': {},
};
// Imported globals get a non-null value of their type, as in Binaryen.
for (const imp of WebAssembly.Module.imports(module)) {
  if (imp.module !== '__fuzz_import' || imp.kind !== 'global') continue;
  const t = imp.type.value;
  const v = t === 'externref' || t.startsWith('(ref') ? { extern: true } :
    t === 'i64' ? 0n : 0;
  imports.__fuzz_import[imp.name] = imp.type.mutable ?
    new WebAssembly.Global({ value: t, mutable: true }, v) : v;
}

let instance;
try {
  instance = new WebAssembly.Instance(module, imports);
} catch (e) {
  if (e instanceof WebAssembly.LinkError || e instanceof WebAssembly.CompileError) {
    console.error(`harness.mjs: ${file}: ${e.message}`);
    process.exit(1);
  }
  if (e instanceof WebAssembly.RuntimeError) out('instantiate trap ' + e.message);
  else if (isExhaustion(e)) out('instantiate trap call stack exhausted');
  else out('instantiate exception');
  flush();
  process.exit(0);
}

exports = instance.exports;
const described = WebAssembly.Module.exports(module);
for (const d of described) exportList.push({ name: d.name, value: exports[d.name] });

for (const d of described) {
  if (d.kind !== 'function') continue;
  out('call ' + escapeName(d.name));
  try {
    const r = callFunc(exports[d.name]);
    const results = d.type.results;
    if (results.length === 1) out('result ' + value(results[0], r));
    else if (results.length > 1) out('result ' + results.map((t, k) => value(t, r[k])).join(' '));
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) out('trap ' + e.message);
    else if (isExhaustion(e)) out('trap call stack exhausted');
    else out('exception');
  }
}
flush();
