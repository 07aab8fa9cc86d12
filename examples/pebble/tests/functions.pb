// Functions: recursion, closures, higher-order functions.
fn fib(n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); }
print("fib:", map(range(15), fib), fib(22));
fn ack(m, n) {
	if (m == 0) { return n + 1; }
	if (n == 0) { return ack(m - 1, 1); }
	return ack(m - 1, ack(m, n - 1));
}
print("ackermann(2, 3) =", ack(2, 3), "ackermann(3, 3) =", ack(3, 3));
let moves = [];
fn hanoi(n, from, to, via) {
	if (n == 0) { return; }
	hanoi(n - 1, from, via, to);
	push(moves, from + to);
	hanoi(n - 1, via, to, from);
}
hanoi(10, "A", "C", "B");
print("hanoi(10):", len(moves), "moves, first", slice(moves, 0, 5), "last", moves[-1]);
// mutual recursion between globals declared in either order
fn is_even(n) { return n == 0 ? true : is_odd(n - 1); }
fn is_odd(n) { return n == 0 ? false : is_even(n - 1); }
print("even/odd:", is_even(10), is_odd(7), is_even(301));
// deep recursion
fn depth(n) { return n == 0 ? 0 : 1 + depth(n - 1); }
print("depth 900:", depth(900));
fn forever(n) { return forever(n + 1); }
try { forever(0); } catch (e) { print("caught:", e); }

// closures: counters, accumulators, shared state
fn counter(start) {
	let n = start;
	return {inc: fn() { n += 1; return n; }, get: fn() { return n; }};
}
let c1 = counter(0);
let c2 = counter(100);
c1.inc(); c1.inc(); c2.inc();
print("counters:", c1.get(), c2.get(), c1.inc());
fn adder(k) { return fn(x) { return x + k; }; }
let add5 = adder(5);
print("adders:", add5(1), adder(-1)(1), map([1, 2, 3], adder(10)));
fn compose(f, g) { return fn(x) { return f(g(x)); }; }
let inc_then_double = compose(fn(x) { return 2 * x; }, adder(1));
print("compose:", inc_then_double(3), compose(upper, trim)("  shout "));
// a local recursive function sees itself
fn outer(n) {
	fn fact(k) { return k <= 1 ? 1 : k * fact(k - 1); }
	return fact(n);
}
print("local recursion:", outer(10), outer(20));
// closures made in a loop capture the loop's variable (one per call of the enclosing function)
fn makers() {
	let fs = [];
	for i in range(3) {
		let j = i * 10;
		push(fs, fn() { return j; });
	}
	return fs;
}
print("loop closures:", map(makers(), fn(f) { return f(); }));
fn make_bound(i) { return fn() { return i; }; }
print("bound per call:", map(map(range(3), make_bound), fn(f) { return f(); }));
// memoization with a map held by a closure
fn memoize(f) {
	let cache = {};
	return fn(n) {
		if (!has(cache, n)) { cache[n] = f(n); }
		return cache[n];
	};
}
let slow_calls = 0;
let square = memoize(fn(n) { slow_calls += 1; return n * n; });
print("memo:", square(12), square(12), square(13), "calls:", slow_calls);
let memo_fib = nil;
memo_fib = memoize(fn(n) { return n < 2 ? n : memo_fib(n - 1) + memo_fib(n - 2); });
print("fib(90) =", memo_fib(90), format("%.0f", memo_fib(90)));
// functions are values: in lists, maps, passed, returned
let ops = {"+": fn(a, b) { return a + b; }, "-": fn(a, b) { return a - b; },
	"*": fn(a, b) { return a * b; }, "/": fn(a, b) { return a / b; }};
fn rpn(text) {
	let stack = [];
	for tok in split(text) {
		if (has(ops, tok)) { let b = pop(stack); let a = pop(stack); push(stack, ops[tok](a, b)); }
		else { push(stack, num(tok)); }
	}
	return pop(stack);
}
print("rpn:", rpn("3 4 + 2 *"), rpn("1 2 3 4 5 * * * *"), rpn("10 3 /"));
print("values:", fib, print, fn(x) {}, type(ops["+"]), reduce(range(1, 11), ops["*"], 1));
// argument count errors
try { fib(1, 2); } catch (e) { print("caught:", e); }
try { (fn(a, b) { return a; })(1); } catch (e) { print("caught:", e); }
try { len(); } catch (e) { print("caught:", e); }
try { substr("x"); } catch (e) { print("caught:", e); }
try { range(1, 2, 3, 4); } catch (e) { print("caught:", e); }
