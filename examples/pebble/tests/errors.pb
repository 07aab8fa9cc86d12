// Runtime errors are values a script can catch; each message says what
// went wrong.
let attempts = [
	fn() { return 1 + "a"; },
	fn() { return "a" - 1; },
	fn() { return -"x"; },
	fn() { return [1, 2][2]; },
	fn() { return [1, 2][-3]; },
	fn() { return [1, 2][0.5]; },
	fn() { return [1]["x"]; },
	fn() { return "abc"[10]; },
	fn() { let s = "abc"; s[0] = "x"; },
	fn() { return nil[0]; },
	fn() { return 5(); },
	fn() { return undefined_name; },
	fn() { undeclared = 1; },
	fn() { let m = {}; m[[1]] = 2; },
	fn() { let m = {}; m[NAN] = 1; },
	fn() { return {[1]: 2}; },
	fn() { return pop([]); },
	fn() { return "ab" * -1; },
	fn() { return [1] < [2]; },
	fn() { return nil + nil; },
	fn() { return len(5); },
	fn() { return substr("abc", 9); },
	fn() { return format("%d", 1.5); },
	fn() { return format("%d"); },
	fn() { return format("%d", 1, 2); },
	fn() { return format("%q", 1); },
	fn() { return format("%#d", 1); },
	fn() { return format("%05s", "x"); },
	fn() { return format("%.2c", 65); },
	fn() { return chr(300); },
	fn() { return split("a", ""); },
	fn() { return insert([], 5, 1); },
	fn() { return range(0, 10, 0); },
	fn() { return open(ARGS[0] + "/no/such/file.txt"); },
	fn() { return open("x", "rw"); },
	fn() { return readfile(42); },
	fn() { assert(1 == 2, "one is not two"); },
	fn() { assert(false); },
	fn() { error("custom failure " + str(42)); },
	fn() { throw [1, "two"]; },
	fn() { throw nil; },
	fn() { exit(300); },
];
for i, f in attempts {
	try { let r = f(); print(i, "no error:", r); } catch (e) { print(i, type(e), e); }
}

// nested try: the inner one catches, the outer sees nothing
try {
	try { throw "inner"; } catch (e) { print("inner caught", e); }
	print("after inner");
} catch (e) { print("outer caught", e); }
// rethrow with more context
fn parse_int(s) {
	let n = num(s);
	if (n == nil || n != floor(n)) { throw "not an integer: " + repr(s); }
	return n;
}
fn sum_all(items) {
	let total = 0;
	for it in items {
		try { total += parse_int(it); } catch (e) { throw "in sum_all: " + e; }
	}
	return total;
}
print(sum_all(["1", "2", "39"]));
try { sum_all(["1", "x2"]); } catch (e) { print("caught:", e); }
// errors unwind loops and calls; state made before the error stays
let log = [];
try {
	for i in range(10) {
		push(log, i);
		if (i == 4) { [][0]; }
	}
} catch (e) { print("stopped after", log, "by", repr(e)); }
// a thrown map carries data
try { throw {code: 404, what: "not found"}; } catch (e) { printf("%d %s\n", e.code, e.what); }
// catch without a variable
try { nil(); } catch { print("caught without a name"); }
print("done");
