// ulpdiff.pb A B [MAX]: compares two outputs of mathulp.pb line by line and
// prints, per function, how many results differ and by how many ulps at
// most (with the worst argument).  Exits 1 if any differs by more than MAX
// ulps (default 3: glibc's cbrt is off by up to 2.2 ulps, sinh, tanh and atanh
// by just over 1; the wasm64 libm by less than 1) or the lines do not match up.
let a = lines(ARGS[0]);
let b = lines(ARGS[1]);
let limit = len(ARGS) > 2 ? num(ARGS[2]) : 3;
if (len(a) != len(b)) { eprint("different line counts:", len(a), len(b)); exit(1); }

// the distance between two doubles in units of the last place of the larger
fn ulps(x, y) {
	if (x == y || (isnan(x) && isnan(y))) { return 0; }
	if (isnan(x) || isnan(y) || isinf(x) || isinf(y)) { return INF; }
	let big = max(abs(x), abs(y));
	let e = frexp(big)[1];
	let unit = ldexp(1, max(e - 53, -1074));
	return abs(x - y) / unit;
}

let stats = {};
let order = [];
let failed = false;
for (let i = 0; i < len(a); i += 1) {
	let fa = split(a[i]);
	let fb = split(b[i]);
	if (fa[0] != fb[0] || fa[1] != fb[1]) { eprint("line", i + 1, "does not match up"); exit(1); }
	if (!has(stats, fa[0])) { stats[fa[0]] = {n: 0, diff: 0, worst: 0, at: ""}; push(order, fa[0]); }
	let s = stats[fa[0]];
	s.n += 1;
	let d = ulps(num(fa[2]), num(fb[2]));
	if (d > 0) { s.diff += 1; }
	if (d > s.worst) { s.worst = d; s.at = format("%s: %s vs %s", fa[1], fa[2], fb[2]); }
	if (d > limit) { failed = true; }
}
printf("%-6s %6s %6s %5s  %s\n", "fn", "inputs", "differ", "ulps", "worst case (argument: first vs second)");
for name in order {
	let s = stats[name];
	printf("%-6s %6d %6d %5g  %s\n", name, s.n, s.diff, s.worst, s.at);
}
if (failed) { eprint("some results differ by more than", limit, "ulps"); exit(1); }
