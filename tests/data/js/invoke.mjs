// Calls one export of a module in V8 and prints its result as wasm64-run
// --invoke does (i32:N, i64:N), "exception" for a wasm exception that
// escapes, or "trap: MESSAGE".  Usage: node invoke.mjs MODULE.wasm NAME [ARGS...]
import { readFileSync } from "node:fs";
const [file, name, ...args] = process.argv.slice(2);
const { instance } = await WebAssembly.instantiate(readFileSync(file), {});
try {
	const r = instance.exports[name](...args.map(Number));
	console.log(typeof r === "bigint" ? `i64:${BigInt.asUintN(64, r)}` : `i32:${r >>> 0}`);
} catch (e) {
	console.log(e instanceof WebAssembly.Exception ? "exception" : `trap: ${e.message}`);
}
