// Reading numbers: literals and num() both go through strtod.
let texts = ["0", "-0", "+1", "1.", ".5", "1e3", "1E-3", "  42  ", "\t-7.25\n", "1e", "e5",
	"0x10", "0X1p4", "0x1.8p1", "0x.1p0", "-0x1p-1074", "0x1.fffffffffffffp1023",
	"inf", "-INF", "infinity", "nan", "NaN", "1e400", "-1e400", "1e-400", "4.9e-324",
	"2.4703282292062327e-324", "2.4703282292062328e-324", "2.2250738585072011e-308",
	"2.2250738585072012e-308", "1.7976931348623158e308", "1.7976931348623159e308",
	"9007199254740993", "9007199254740993.0000000001", "0.1", "0.30000000000000004",
	"123456789012345678901234567890", "3.14159265358979323846264338327950288",
	"1.00000000000000011102230246251565404236316680908203125",
	"1.000000000000000111022302462515654042363166809082031250000001",
	"0.000000000000000000000000000000000000000000000000001",
	"", " ", "12abc", "--1", "1..2", "0x", "1_000"];
for t in texts {
	let n = num(t);
	if (n == nil) { print(repr(t), "-> nil"); }
	else { print(repr(t), "->", n, format("%.17g %.13e", n, n)); }
}

// a long decimal string: 800 digits of a number close to 1/7
let digits = "0.";
for (let i = 0; i < 133; i += 1) { digits += "142857"; }
print(len(digits), num(digits), num(digits) == 1 / 7);

// literals in the source are read the same way
print(0x1p-2, 0xff, 1.5e3, .25, 1e-310, 0x1.0000000000001p0 - 1);

// every printed double reads back exactly: %.17g round trips
seed(2024);
let bad = 0;
let tried = 0;
for (let i = 0; i < 3000; i += 1) {
	let x = (random() - 0.5) * 10 ** (random(600) - 300);
	for v in [x, 1 / x, x * x] {
		tried += 1;
		if (num(format("%.17g", v)) != v || num(str(v)) != v) { bad += 1; print("no round trip:", v); }
	}
}
print("round trips:", tried, "tried,", bad, "failed");

// strings of random digits: the same double as C's own literal parsing gives
// natively and in wasm64 (the runs compare byte for byte)
let lines = [];
for (let i = 0; i < 200; i += 1) {
	let s = str(random(10)) + ".";
	for (let k = 0; k < 5 + random(30); k += 1) { s += str(random(10)); }
	s += "e" + str(random(60) - 30);
	push(lines, format("%s %.17g", s, num(s)));
}
print(join(slice(lines, 0, 20), "\n"));
let h = 0;
for l in lines { for (let i = 0; i < len(l); i += 1) { h = (h * 31 + ord(l, i)) % 1000000007; } }
print("digest of 200 conversions:", h);
