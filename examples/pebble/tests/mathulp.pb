// The transcendental functions over sweeps of arguments, one result a line
// ("function argument result", every digit).  C does not pin these down to
// the bit, so the test compares the native and wasm64 runs with ulpdiff.pb
// (within a few ulps) instead of byte
// for byte.
let unary = [["sin", sin, -20, 20], ["cos", cos, -20, 20], ["tan", tan, -1.5, 1.5],
	["asin", asin, -1, 1], ["acos", acos, -1, 1], ["atan", atan, -50, 50],
	["sinh", sinh, -20, 20], ["cosh", cosh, -20, 20], ["tanh", tanh, -5, 5],
	["asinh", asinh, -100, 100], ["acosh", acosh, 1, 100], ["atanh", atanh, -0.99, 0.99],
	["exp", exp, -700, 700], ["exp2", exp2, -1000, 1000], ["expm1", expm1, -2, 2],
	["log", log, 1e-5, 1e5], ["log2", log2, 1e-5, 1e5], ["log10", log10, 1e-5, 1e5],
	["log1p", log1p, -0.9, 10], ["cbrt", cbrt, -1000, 1000]];
let n = 300;
for u in unary {
	let step = (u[3] - u[2]) / n;
	for (let i = 0; i <= n; i += 1) {
		let x = u[2] + i * step;
		printf("%s %.17g %.17g\n", u[0], x, u[1](x));
	}
}
let binary = [["pow", pow, 0.1, 30], ["atan2", atan2, -10, 10], ["hypot", hypot, -1e3, 1e3]];
for b in binary {
	for (let i = 0; i <= 40; i += 1) {
		for (let j = 0; j <= 20; j += 1) {
			let x = b[2] + i * (b[3] - b[2]) / 40;
			let y = -7.3 + j * 0.71;
			printf("%s %.17g,%.17g %.17g\n", b[0], x, y, b[1](x, y));
		}
	}
}
