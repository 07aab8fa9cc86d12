// Allocation-heavy work: many short-lived strings, lists and maps, with a
// few long-lived ones that must survive every collection.
let keep = [];
let table = {};
for (let round = 0; round < 200; round += 1) {
	let tmp = [];
	for (let i = 0; i < 200; i += 1) { push(tmp, "s" + str(round * 1000 + i)); }
	let m = {};
	for s in tmp { m[s] = len(s); }
	if (round % 20 == 0) { push(keep, tmp); table[round] = m; }
	let joined = join(tmp, ",");
	if (round % 50 == 0) { print(round, len(joined), len(m), substr(joined, 0, 20)); }
}
let total = 0;
for l in keep { total += len(l); }
print("kept", len(keep), "lists,", total, "strings,", len(table), "maps; first", keep[0][0], "last", keep[-1][-1]);
// closures kept alive only through other closures
// (each closure needs its own g: variables belong to a function's call,
// so the wrapping is done by a function)
fn wrap(g) { return fn() { return g() + 1; }; }
fn chain(n) {
	let f = fn() { return 0; };
	for (let i = 0; i < n; i += 1) { f = wrap(f); }
	return f;
}
print("chain:", chain(300)());
// a long string built by doubling, and many slices of it
let s = "ab";
for (let i = 0; i < 18; i += 1) { s = s + s; }
let sum = 0;
for (let i = 0; i < 2000; i += 1) { sum += len(slice(s, i, i + 100)); }
print("doubled:", len(s), sum);
fn runaway(n) { return runaway(n + 1) + 1; }
runaway(0);
