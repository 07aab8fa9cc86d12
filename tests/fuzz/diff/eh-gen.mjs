/**
 * eh-gen.mjs — random exception-handling programs for the differential
 * campaign (campaign.mjs --eh N).  Binaryen's translate-to-fuzz mixes
 * the two encodings in one module, and Node 20's V8 runs only the legacy
 * one, so these programs are written here: one random tree of
 * statements, printed twice as text,
 *
 *   legacy:   try / catch / catch_all / delegate / rethrow, which V8 runs;
 *   standard: the same tree with try_table, catch_ref and throw_ref (a
 *             tree with delegate, which has no direct counterpart, is
 *             printed in the legacy encoding only),
 *
 * so that the legacy module is compared with V8 and with its conversion,
 * and the standard one with its conversion and with the legacy one.
 * Statements log values (fuzzing-support.log-i32), store to and load from
 * memory (so --to64 has addresses to convert), throw one of three tags,
 * call earlier functions, and nest tries whose handlers do the same.
 */

import { prng } from './differential.mjs';

const NTAGS = 3;

// The tree: statements are
//   {k: 'log', v} | {k: 'store', a, v} | {k: 'logload', a} | {k: 'throw', tag, v}
//   {k: 'call', f} | {k: 'rethrow'} (only directly in a catch)
//   {k: 'try', body, catches: [{tag|null, body}], delegate: depth|undefined}
function genTree(seed) {
  const rnd = prng(seed * 7919 + 17);
  const int = (n) => Math.floor(rnd() * n);
  // Half the programs may delegate: the other half has a standard twin.
  const mayDelegate = int(2) === 0;
  let hasDelegate = false;
  function stmts(depth, fn, inCatch, tryDepth) {
    const out = [];
    const n = 1 + int(4);
    for (let i = 0; i < n; i++) {
      const r = int(100);
      if (r < 20) out.push({ k: 'log', v: int(1000) });
      else if (r < 30) out.push({ k: 'store', a: 8 * int(16), v: int(1 << 20) });
      else if (r < 38) out.push({ k: 'logload', a: 8 * int(16) });
      else if (r < 50) out.push({ k: 'throw', tag: int(NTAGS), v: int(1000) });
      else if (r < 62 && fn > 0) out.push({ k: 'call', f: int(fn) });
      else if (r < 68 && inCatch) out.push({ k: 'rethrow' });
      else if (depth < 4) {
        const t = { k: 'try', body: stmts(depth + 1, fn, false, tryDepth + 1), catches: [] };
        if (mayDelegate && int(6) === 0) {
          // delegate to one of the enclosing tries or catch blocks (each
          // a label), or past them all to the caller
          t.delegate = int(tryDepth + 1);
          hasDelegate = true;
        } else {
          const nc = int(3) + (int(3) === 0 ? 0 : 1);
          const tags = [...Array(NTAGS).keys()].sort(() => rnd() - 0.5);
          for (let c = 0; c < nc && c < NTAGS; c++)
            t.catches.push({ tag: tags[c], body: stmts(depth + 1, fn, true, tryDepth + 1) });
          if (int(2) === 0)
            t.catches.push({ tag: null, body: stmts(depth + 1, fn, true, tryDepth + 1) });
        }
        out.push(t);
      } else out.push({ k: 'log', v: int(1000) });
    }
    return out;
  }
  const nfuncs = 2 + int(4);
  const funcs = [];
  for (let f = 0; f < nfuncs; f++) funcs.push(stmts(0, f, false, 0));
  return { funcs, hasDelegate };
}

const HEAD = (mem) => `(module
  (import "fuzzing-support" "log-i32" (func $log (param i32)))
  (memory ${mem} 1)
  (tag $t0 (param i32))
  (tag $t1 (param i32))
  (tag $t2 (param i32))
`;

function simple(s, pad, addr) {
  switch (s.k) {
    case 'log': return `${pad}(call $log (i32.const ${s.v}))\n`;
    case 'store': return `${pad}(i32.store (${addr}.const ${s.a}) (i32.const ${s.v}))\n`;
    case 'logload': return `${pad}(call $log (i32.load (${addr}.const ${s.a})))\n`;
    case 'throw': return `${pad}(throw $t${s.tag} (i32.const ${s.v}))\n`;
    case 'call': return `${pad}(call $f${s.f})\n`;
  }
  return null;
}

function legacy(list, pad, addr) {
  let o = '';
  for (const s of list) {
    const t = simple(s, pad, addr);
    if (t !== null) { o += t; continue; }
    if (s.k === 'rethrow') { o += `${pad}(rethrow 0)\n`; continue; }
    o += `${pad}(try\n${pad}  (do\n${legacy(s.body, pad + '    ', addr)}${pad}  )\n`;
    if (s.delegate !== undefined) {
      o += `${pad}  (delegate ${s.delegate})\n`;
    } else {
      for (const c of s.catches) {
        if (c.tag === null) o += `${pad}  (catch_all\n`;
        else o += `${pad}  (catch $t${c.tag}\n${pad}    (call $log (i32.add (i32.const 5000)))\n`;
        o += `${legacy(c.body, pad + '    ', addr)}${pad}  )\n`;
      }
    }
    o += `${pad})\n`;
  }
  return o;
}

// A legacy try with catches, in the standard encoding: each clause is a
// catch_ref to a block of its own; the handler code follows that block,
// with the exception in a local for rethrow (throw_ref).
function standard(list, pad, addr, ctx) {
  let o = '';
  for (const s of list) {
    const t = simple(s, pad, addr);
    if (t !== null) { o += t; continue; }
    if (s.k === 'rethrow') { o += `${pad}(throw_ref (local.get $x${ctx.catchDepth - 1}))\n`; continue; }
    const id = ctx.next++;
    const n = s.catches.length;
    const clauses = s.catches.map((c, i) =>
      c.tag === null ? `(catch_all_ref $h${id}_${i})` : `(catch_ref $t${c.tag} $h${id}_${i})`).join(' ');
    // block $end { block $h_{n-1} { ... block $h_0 { try_table body } br $end } handler 0; br $end } ... }
    let inner = `${pad}(try_table ${clauses}\n${standard(s.body, pad + '  ', addr, ctx)}${pad})\n` +
      `${pad}(br $end${id})\n`;
    ctx.catchDepth++;
    ctx.maxDepth = Math.max(ctx.maxDepth, ctx.catchDepth);
    for (let i = 0; i < n; i++) {
      const c = s.catches[i];
      const type = c.tag === null ? '(result exnref)' : '(result i32 exnref)';
      let handler = `${pad}(local.set $x${ctx.catchDepth - 1})\n`;
      if (c.tag !== null) handler += `${pad}(call $log (i32.add (i32.const 5000)))\n`;
      handler += standard(c.body, pad, addr, ctx) + `${pad}(br $end${id})\n`;
      inner = `${pad}(block $h${id}_${i} ${type}\n${inner}${pad})\n${handler}`;
    }
    ctx.catchDepth--;
    o += `${pad}(block $end${id}\n${inner}${pad})\n`;
  }
  return o;
}

/**
 * The program of `seed` as { legacy, standard } module texts (standard
 * null when the tree has a delegate); `mem` "i32" or "i64".
 */
export function ehPrograms(seed, mem = 'i32') {
  const { funcs, hasDelegate } = genTree(seed);
  const addr = mem;
  let leg = HEAD(mem), std = hasDelegate ? null : HEAD(mem);
  funcs.forEach((body, f) => {
    leg += `  (func $f${f} (export "f${f}")\n${legacy(body, '    ', addr)}  )\n`;
    if (std !== null) {
      const ctx = { next: 0, catchDepth: 0, maxDepth: 0 };
      const code = standard(body, '    ', addr, ctx);
      const locals = [...Array(ctx.maxDepth).keys()].map((k) => ` (local $x${k} exnref)`).join('');
      std += `  (func $f${f} (export "f${f}")${locals}\n${code}  )\n`;
    }
  });
  return { legacy: leg + ')\n', standard: std === null ? null : std + ')\n' };
}
