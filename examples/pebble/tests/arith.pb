// Arithmetic, precedence and number formatting.
print("precedence:", 1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, 10 - 4 - 3, 100 / 10 / 5);
print("division:", 7 / 2, -7 / 2, 1 / 3, 2 / 3, 1 / 0, -1 / 0, 0 / 1);
print("modulo (fmod):", 7 % 3, -7 % 3, 7 % -3, 5.5 % 2, 1e17 % 7, 0.3 % 0.1);
print("compound:", 0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 - 0.9, 3 * 1.1, 100 * 1.1);
print("big and small:", 2 ** 53, 2 ** 53 + 1, 2 ** 64, 1e308 * 10, 5e-324, 5e-324 / 2, 2 ** -1074);
print("signed zero:", -0, 0 * -1, -0 == 0, 1 / -0, str(-0.0));
print("nan:", NAN, NAN == NAN, NAN != NAN, isnan(0 / 0), INF - INF, -NAN);

// the default text of a number: the shortest of %.15g/%.16g/%.17g that reads back
let samples = [0, 1, -1, 0.5, 0.1, 0.7, 1 / 3, 2 / 3, 123456789, 1234567890123456789,
	1e15, 1e16, 1e17, 1e21, 1e22, 1e-5, 1e-7, 123.456, 9007199254740993, 0.1 * 3,
	PI, E, 1.7976931348623157e308, 2.2250738585072014e-308, 4.9e-324];
for x in samples { print(x); }

// printf-style formats
let fmts = ["%g", "%.17g", "%e", "%.3e", "%f", "%.2f", "%10.4f", "%-12.3g|", "%+g", "% g",
	"%#g", "%G", "%E", "%.0f", "%.0e", "%#.0f", "%012.5f", "%.10g", "%.1g", "%.30f"];
let values = [0, -0, 1, -1.5, 0.1, 1 / 3, 123456.789, 1e-10, 6.02214076e23, 2.5, 3.5, -2.5,
	0.000123456, 1e100, 5e-324, 1.7976931348623157e308, INF, -INF, NAN];
for f in fmts {
	let row = [];
	for v in values { push(row, format(f, v)); }
	print(f, join(row, " "));
}
print(format("%d %i %5d %-5d| %05d %+d %x %X %#x %o %#o %u", 42, -42, 7, 7, 42, 42, 255, 255, 255, 8, 8, 3000000000));
print(format("%d %d %x", 9007199254740992, -9007199254740992, 4294967296));
print(format("%s|%10s|%-10s|%.2s|%c%c%c|100%%", "str", "right", "left", "truncate", 80, 66, "Lz"));

// rounding to even at halfway points, in every format that rounds
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e23, 8.5, 9.5] {
	print(format("%.0f %.2f %.1e %.3g", v, v, v, v));
}

// integers through arithmetic
let acc = 1;
for (let i = 1; i <= 25; i += 1) { acc *= i; }
print("25! =", acc, format("%.0f", acc), format("%.17g", acc));
let sum = 0;
for (let i = 1; i <= 1000; i += 1) { sum += 1 / i; }
print("H(1000) =", sum, format("%.20e", sum));
let x = 1;
for (let i = 0; i < 60; i += 1) { x = x * 1.1 - 0.05; }
print("recurrence:", x);
