// Random printf-style formats over random values (seeded: the same ones on
// every platform), plus sscan of what was printed.  Prints a sample and a
// digest of everything; both builds must agree on every byte.
seed(12345);
let flags = ["", "-", "+", " ", "#", "0", "-+", "+0", " 0", "#0", "-#", "+ "];
fn pick(l) { return l[random(len(l))]; }
// only the flags C defines for each conversion
fn spec(conv) {
	let f = pick(flags);
	if (find("cs", conv) >= 0) { f = random(2) == 1 ? "-" : ""; }
	else if (find("diu", conv) >= 0) { f = replace(f, "#", ""); }
	let s = "%" + f;
	if (random(2) == 1) { s += str(1 + random(24)); }
	if (random(2) == 1 && conv != "c") { s += "." + str(random(20)); }
	return s + conv;
}
fn random_double() {
	let k = random(6);
	if (k == 0) { return pick([0, -0, 0.5, 1, -1, 9.5, 0.05, 1e-320, 1e300, 123456789, 0.1, 2.5e-5]); }
	if (k == 1) { return (random() - 0.5) * num(format("1e%d", random(60) - 30)); }
	if (k == 2) { return random(1000000) / 1000; }
	if (k == 3) { return ldexp(random() + 0.5, random(2000) - 1000); }
	if (k == 4) { return random(2000) - 1000 + 0.5; }
	return nextafter(random(100), 1000);
}
let h = 0;
fn digest(s) { for (let k = 0; k < len(s); k += 1) { h = (h * 131 + ord(s, k)) % 4294967291; } }
let sample = [];
for (let i = 0; i < 4000; i += 1) {
	let conv = pick(["e", "E", "f", "F", "g", "G", "d", "i", "x", "X", "o", "u", "s", "c"]);
	let f = spec(conv);
	let v;
	if (conv == "s") { v = pick(["", "a", "hello world", "tab\there", "12345678901234567890"]); }
	else if (conv == "c") { v = 33 + random(90); }
	else if (find("diouxX", conv) >= 0) {
		v = random(2) == 1 ? random(100000) : random(9007199254740992);
		if (find("di", conv) >= 0 && random(2) == 1) { v = -v; }
	} else { v = random_double(); }
	let out = format(f, v);
	digest(f + "=" + out + "\n");
	if (i % 100 == 0) { push(sample, f + " " + repr(out)); }
	// what %e/%f/%g printed reads back as the value rounded to that text
	if (find("eEfFgG", conv) >= 0) {
		let back = sscan(out, "%lg");
		let again = num(trim(out));
		if (len(back) == 1 && again != nil && back[0] != again && !isnan(again)) { print("sscan/strtod disagree:", repr(out)); }
	}
}
print(join(sample, "\n"));
print("digest of 4000 formats:", h);
// strftime over random times, every conversion C11 defines (without %Z)
let all = "%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %m %M %n %p %r %R %S %t %T %u %U %V %w %W %x %X %y %Y %z %%";
h = 0;
for (let i = 0; i < 2000; i += 1) {
	let t = random(2) == 1 ? random(4102444800) : random(253402300799) - 62135596800;
	let s = strftime(all, t);
	digest(s);
	if (i % 250 == 0) { print(t, repr(s)); }
}
print("digest of 2000 strftime results:", h);
