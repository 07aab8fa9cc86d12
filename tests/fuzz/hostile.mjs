#!/usr/bin/env node
/**
 * hostile.mjs DIR [N] — writes hand-made hostile modules into DIR for
 * tests/80-fuzz.bats: nesting N deep (default 1000000) in blocks, loops,
 * ifs and the operand stack, and counts and limits far beyond what a host
 * can hold (types, functions, locals, br_table labels, element segments,
 * tables, memories).  Each must be a clear error or run, never a crash or
 * a host recursion that overflows.
 */
import fs from 'node:fs';
import path from 'node:path';

const [dir, nArg] = process.argv.slice(2);
const N = Number(nArg || 1000000);

function uleb(n) {
  const out = [];
  let v = BigInt(n);
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v) b |= 0x80;
    out.push(b);
  } while (v);
  return Buffer.from(out);
}
const bytes = (...parts) => Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));
const repeat = (b, n) => Buffer.alloc(b.length * n, Buffer.from(b));
const section = (id, payload) => bytes([id], uleb(payload.length), payload);
const vec = (items) => bytes(uleb(items.length), ...items);
const HEADER = Buffer.from('\0asm\x01\0\0\0', 'latin1');
const VOID_TYPE = section(1, vec([Buffer.from([0x60, 0, 0])]));

// One function of type [] -> [], exported as _start, with this body
// (locals declaration included).
function command(body) {
  return bytes(HEADER, VOID_TYPE, section(3, vec([Buffer.from([0])])),
    section(5, vec([Buffer.from([0, 1])])),
    section(7, vec([bytes(uleb(6), Buffer.from('_start'), [0, 0])])),
    section(10, vec([bytes(uleb(body.length), body)])));
}
const code = (...parts) => bytes([0], ...parts); // no locals

const modules = {
  'nest-block': command(code(repeat([0x02, 0x40], N), repeat([0x0b], N), [0x0b])),
  'nest-loop': command(code(repeat([0x03, 0x40], N), repeat([0x0b], N), [0x0b])),
  'nest-if': command(code(repeat([0x41, 0x00, 0x04, 0x40], N), repeat([0x0b], N), [0x0b])),
  'nest-br-out': command(code(repeat([0x02, 0x40], N), [0x0c], uleb(N - 1), repeat([0x0b], N), [0x0b])),
  'deep-stack': command(code(repeat([0x41, 0x01], N), repeat([0x6a], N - 1), [0x1a, 0x0b])),
  'nest-unclosed': command(code(repeat([0x02, 0x40], N), [0x0b])),
  'locals-huge': command(bytes(vec([bytes(uleb(0xffffffff), [0x7f])]), [0x0b])),
  'locals-sum-overflows': command(bytes(vec([bytes(uleb(0x80000000), [0x7f]),
    bytes(uleb(0x80000000), [0x7e])]), [0x0b])),
  'br-table-huge': command(code([0x02, 0x40, 0x41, 0x00, 0x0e], uleb(10000000),
    Buffer.alloc(10000000), [0x00, 0x0b, 0x0b])),
  'types-count': bytes(HEADER, section(1, bytes(uleb(0xfffffff0), repeat([0x60, 0, 0], 100)))),
  'funcs-count': bytes(HEADER, VOID_TYPE, section(3, bytes(uleb(0xffffffff), Buffer.alloc(10)))),
  'elem-count': bytes(HEADER, VOID_TYPE, section(3, vec([Buffer.from([0])])),
    section(4, vec([Buffer.from([0x70, 0, 1])])),
    section(9, vec([bytes([0, 0x41, 0, 0x0b], uleb(0xffffffff), Buffer.alloc(10))]))),
  'table-huge': bytes(HEADER, section(4, vec([bytes([0x70, 0], uleb(0xffffffff))]))),
  'table64-huge': bytes(HEADER, section(4, vec([bytes([0x70, 4], uleb(2n ** 40n))]))),
  'memory64-huge': bytes(HEADER, section(5, vec([bytes([4], uleb(2n ** 47n))]))),
  'memory64-too-big': bytes(HEADER, section(5, vec([bytes([4], uleb(2n ** 49n))]))),
};
fs.mkdirSync(dir, { recursive: true });
for (const [name, b] of Object.entries(modules)) fs.writeFileSync(path.join(dir, name + '.wasm'), b);
