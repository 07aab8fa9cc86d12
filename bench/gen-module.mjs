// Generates a large, valid wasm32 module for the rewriter benchmark: many
// functions mixing loads, stores, bulk memory, arithmetic, locals, calls
// and control flow, in proportions like compiled C.  Deterministic.
//
//   node bench/gen-module.mjs OUT.wasm MEGABYTES [BAD_INDEX...]
//
// Functions whose index is listed as BAD_INDEX end with an i64 where their
// i32 result is due (invalid, same size): for tests of error reporting.
import { writeFileSync } from "node:fs";

const [out, mbArg, ...badArgs] = process.argv.slice(2);
const bad = new Set(badArgs.map(Number));
if (!out || !mbArg) {
	console.error("usage: node bench/gen-module.mjs OUT.wasm MEGABYTES");
	process.exit(2);
}
const target = Number(mbArg) * 1024 * 1024;

const bytes = [];
const u32 = (v, o = bytes) => { do { let b = v & 0x7f; v >>>= 7; o.push(v ? b | 0x80 : b); } while (v); };
const s32 = (v, o = bytes) => {
	for (;;) {
		const b = v & 0x7f; v >>= 7;
		const done = (v === 0 && !(b & 0x40)) || (v === -1 && (b & 0x40));
		o.push(done ? b : b | 0x80);
		if (done) return;
	}
};
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };

// One function body: (param i32 i32) (result i32), 4 i32 locals + 1 f64.
function body() {
	const b = [];
	b.push(2, 4, 0x7f, 1, 0x7c); // locals: 4 x i32, 1 x f64
	const n = 40 + rnd(80);
	for (let i = 0; i < n; i++) {
		switch (rnd(10)) {
		case 0: case 1: // local = load(local + k)
			b.push(0x20, rnd(6)); b.push(0x28, 2); u32(rnd(4096) * 4, b); b.push(0x21, 2 + rnd(4));
			break;
		case 2: // store(local, local + 1)
			b.push(0x20, rnd(6)); b.push(0x20, rnd(6), 0x41, 1, 0x6a); b.push(0x36, 2); u32(rnd(1024) * 4, b);
			break;
		case 3: // 8-bit load/store
			b.push(0x20, rnd(6), 0x20, rnd(6), 0x2d, 0, 0); b.push(0x3a, 0, 3);
			break;
		case 4: // f64 through memory
			b.push(0x20, rnd(6), 0x2b, 3, 8, 0x21, 6);
			b.push(0x20, rnd(6), 0x20, 6, 0x44, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0xa0, 0x39, 3, 16);
			break;
		case 5: // arithmetic on locals
			b.push(0x20, rnd(6), 0x20, rnd(6), 0x6c, 0x41); s32(rnd(1000) - 500, b); b.push(0x6a, 0x21, 2 + rnd(4));
			break;
		case 6: // if/else with a load
			b.push(0x20, rnd(6), 0x04, 0x40, 0x20, rnd(6), 0x28, 2, 0, 0x21, 2, 0x05, 0x41, 7, 0x21, 3, 0x0b);
			break;
		case 7: // a small loop
			b.push(0x02, 0x40, 0x03, 0x40, 0x20, 2, 0x41, 1, 0x6b, 0x22, 2, 0x45, 0x0d, 1,
				0x20, 2, 0x20, 3, 0x36, 2, 0, 0x0c, 0, 0x0b, 0x0b);
			break;
		case 8: // memory.fill / memory.copy
			b.push(0x20, rnd(6), 0x41, 0, 0x41, 16, 0xfc, 11, 0);
			b.push(0x20, rnd(6), 0x20, rnd(6), 0x41, 32, 0xfc, 10, 0, 0);
			break;
		case 9: // call the previous function
			b.push(0x20, 0, 0x20, 1, 0x10, 0, 0x21, 2 + rnd(4));
			break;
		}
	}
	b.push(0x20, 2, 0x0b);
	return b;
}

const code = [];
let nfuncs = 0, codeSize = 0;
while (codeSize < target) {
	const b = body();
	if (bad.has(nfuncs))
		b.splice(b.length - 3, 3, 0x42, 0, 0x0b); // i64.const 0 where local.get 2 (i32) ends it
	const entry = [];
	u32(b.length, entry);
	for (const x of b) entry.push(x);
	code.push(entry);
	codeSize += entry.length;
	nfuncs++;
}

const section = (id, payload) => { bytes.push(id); u32(payload.length); for (const x of payload) bytes.push(x); };
bytes.push(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0);
section(1, [1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f]);
const funcs = []; u32(nfuncs, funcs); for (let i = 0; i < nfuncs; i++) funcs.push(0);
section(3, funcs);
section(5, [1, 0, 16]); // memory 16 pages
// code: write the section header, then the bodies without building one huge array
bytes.push(10);
const codePayloadLen = code.reduce((n, e) => n + e.length, 0) + (() => { const t = []; u32(nfuncs, t); return t.length; })();
u32(codePayloadLen);
u32(nfuncs);
const head = Buffer.from(bytes);
const parts = [head, ...code.map((e) => Buffer.from(e))];
writeFileSync(out, Buffer.concat(parts));
console.log(`${out}: ${nfuncs} functions, ${(Buffer.concat(parts).length / 1048576).toFixed(1)} MiB`);
