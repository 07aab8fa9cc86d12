// Math functions whose results C and IEEE 754 pin down exactly: the
// correctly rounded ones (sqrt, fma), the exact ones (rounding to integers,
// fmod, remainder, scaling, splitting), and the special cases Annex F fixes
// for the others.  All printed with every digit (%.17g).  The transcendental
// functions' other values are checked to within an ulp by mathulp.pb.
fn show(x) { return format("%.17g", x); }

let exact = {sqrt: sqrt, floor: floor, ceil: ceil, trunc: trunc, round: round, rint: rint,
	abs: abs, logb: logb};
let inputs = [0, -0, 0.5, -0.5, 1, -1, 1.5, 2, 2.5, -2.5, 3, 3.5, -3.5, 10, 100, 0.1, 1e-8,
	1e-300, 5e-324, PI, 1e6, 1e22, 4503599627370495.5, -4503599627370497, 1.7976931348623157e308,
	INF, -INF, NAN];
for name, f in exact {
	let row = [];
	for x in inputs { push(row, show(f(x))); }
	print(name, join(row, " "));
}
let binary = {fmod: fmod, remainder: remainder, copysign: copysign, nextafter: nextafter,
	fdim: fdim};
let pairs = [[1, 1], [1, -1], [-1, 1], [-0, 1], [0, -0], [-0, 0], [7.5, 2], [-7.5, 2],
	[7.5, -2], [0.1, 0.03], [1e300, 3], [5e-324, 1], [1, 5e-324], [5.5, 1], [6.5, 1],
	[INF, 1], [1, INF], [-1, -INF], [NAN, 0], [0, NAN], [1.7976931348623157e308, INF]];
for name, f in binary {
	let row = [];
	for p in pairs { push(row, show(f(p[0], p[1]))); }
	print(name, join(row, " "));
}
print("frexp", frexp(8), frexp(0.3), frexp(-1e-310), frexp(0), frexp(-0));
print("modf", modf(3.75), modf(-2.5), modf(-0), modf(1e300));
print("ldexp", ldexp(1, 10), ldexp(0.75, -1074), ldexp(1, 2000), ldexp(-1, -2000), ldexp(3, -1075));
print("fma", show(fma(0.1, 10, -1)), fma(2, 3, 4), show(fma(1 + 2 ** -52, 1 + 2 ** -52, -1)),
	fma(INF, 0, 1), show(fma(1e308, 10, -1e308)));
print("min/max", min(3, 1, 2), max(3, 1, 2), min([5, -1, 7]), max([-3, -9]), min(1, NAN));
print("isnan/isinf/signbit", isnan(NAN), isinf(-INF), signbit(-0), signbit(0), signbit(-NAN) == signbit(-NAN));

// sqrt is correctly rounded: a sweep, every result printed
let h = 0;
for (let i = 0; i < 2000; i += 1) {
	let s = show(sqrt(i * 1.37 + i / 7));
	for (let k = 0; k < len(s); k += 1) { h = (h * 33 + ord(s, k)) % 2147483647; }
}
print("sqrt sweep digest", h, show(sqrt(2)), show(sqrt(1e-310)), show(sqrt(2 ** 1023)));

// Annex F special values
let special = [
	["pow(2, 0.5) - sqrt(2)", pow(2, 0.5) - sqrt(2)], ["2 ** -1074", 2 ** -1074], ["2 ** 1023", 2 ** 1023],
	["sin(0)", sin(0)], ["sin(-0)", sin(-0)], ["tan(-0)", tan(-0)], ["asin(-0)", asin(-0)],
	["atan(-0)", atan(-0)], ["sinh(-0)", sinh(-0)], ["tanh(-0)", tanh(-0)],
	["asinh(-0)", asinh(-0)], ["atanh(-0)", atanh(-0)], ["expm1(-0)", expm1(-0)],
	["log1p(-0)", log1p(-0)], ["cbrt(-0)", cbrt(-0)], ["cbrt(-inf)", cbrt(-INF)],
	["cos(-0)", cos(-0)], ["cosh(-0)", cosh(-0)], ["exp(-0)", exp(-0)], ["exp2(-0)", exp2(-0)],
	["acos(1)", acos(1)], ["acosh(1)", acosh(1)], ["log(1)", log(1)], ["log2(1)", log2(1)],
	["log10(1)", log10(1)], ["log(0)", log(0)], ["log(-0)", log(-0)], ["log(-1)", log(-1)],
	["log(inf)", log(INF)], ["exp(-inf)", exp(-INF)], ["exp(inf)", exp(INF)],
	["exp2(-inf)", exp2(-INF)], ["expm1(-inf)", expm1(-INF)], ["tanh(inf)", tanh(INF)],
	["tanh(-inf)", tanh(-INF)], ["sinh(-inf)", sinh(-INF)], ["cosh(-inf)", cosh(-INF)],
	["atanh(1)", atanh(1)], ["atanh(-1)", atanh(-1)], ["asin(2)", asin(2)], ["sqrt(-1)", sqrt(-1)],
	["atan(inf)", atan(INF)], ["atan(-inf)", atan(-INF)],
	["atan2(0, -0)", atan2(0, -0)], ["atan2(-0, -0)", atan2(-0, -0)], ["atan2(-0, 0)", atan2(-0, 0)],
	["atan2(1, -inf)", atan2(1, -INF)], ["atan2(-1, inf)", atan2(-1, INF)],
	["atan2(inf, 1)", atan2(INF, 1)], ["atan2(1, 0)", atan2(1, 0)],
	["pow(nan, 0)", pow(NAN, 0)], ["pow(1, nan)", pow(1, NAN)], ["pow(-1, inf)", pow(-1, INF)],
	["pow(-0, -3)", pow(-0, -3)], ["pow(-0, 3)", pow(-0, 3)], ["pow(0, -inf)", pow(0, -INF)],
	["pow(0.5, -inf)", pow(0.5, -INF)], ["pow(2, -inf)", pow(2, -INF)],
	["pow(-inf, 3)", pow(-INF, 3)], ["pow(-inf, -3)", pow(-INF, -3)], ["pow(-8, 1/3)", pow(-8, 1 / 3)],
	["pow(2, 10)", pow(2, 10)], ["pow(-2, 3)", pow(-2, 3)], ["pow(10, 2)", pow(10, 2)],
	["hypot(inf, nan)", hypot(INF, NAN)], ["hypot(-inf, 1)", hypot(-INF, 1)],
];
for s in special { printf("%-22s %s\n", s[0], show(s[1])); }
