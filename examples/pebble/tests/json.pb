// A JSON encoder and decoder written in pebble: data goes to a file and
// comes back equal.
fn encode(v) {
	let t = type(v);
	if (t == "nil") { return "null"; }
	if (t == "bool") { return v ? "true" : "false"; }
	if (t == "number") {
		if (isnan(v) || isinf(v)) { throw "cannot encode " + str(v); }
		return format("%.17g", v);
	}
	if (t == "string") {
		let out = "\"";
		for c in v {
			let o = ord(c);
			if (c == "\"") { out += "\\\""; }
			else if (c == "\\") { out += "\\\\"; }
			else if (c == "\n") { out += "\\n"; }
			else if (o < 32) { out += format("\\u%04x", o); }
			else { out += c; }
		}
		return out + "\"";
	}
	if (t == "list") { return "[" + join(map(v, encode), ",") + "]"; }
	if (t == "map") {
		let parts = [];
		for k, x in v { push(parts, encode(str(k)) + ":" + encode(x)); }
		return "{" + join(parts, ",") + "}";
	}
	throw "cannot encode a " + t;
}

fn decode(text) {
	let pos = 0;
	fn fail(what) { throw format("json: %s at offset %d", what, pos); }
	fn skip() { while (pos < len(text) && find(" \t\n\r", text[pos]) >= 0) { pos += 1; } }
	fn value() {
		skip();
		if (pos >= len(text)) { fail("unexpected end"); }
		let c = text[pos];
		if (c == "{") {
			pos += 1;
			let m = {};
			skip();
			if (text[pos] == "}") { pos += 1; return m; }
			while (true) {
				skip();
				let k = value();
				skip();
				if (text[pos] != ":") { fail("expected ':'"); }
				pos += 1;
				m[k] = value();
				skip();
				if (text[pos] == ",") { pos += 1; continue; }
				if (text[pos] == "}") { pos += 1; return m; }
				fail("expected ',' or '}'");
			}
		}
		if (c == "[") {
			pos += 1;
			let l = [];
			skip();
			if (text[pos] == "]") { pos += 1; return l; }
			while (true) {
				push(l, value());
				skip();
				if (text[pos] == ",") { pos += 1; continue; }
				if (text[pos] == "]") { pos += 1; return l; }
				fail("expected ',' or ']'");
			}
		}
		if (c == "\"") {
			pos += 1;
			let out = "";
			while (text[pos] != "\"") {
				let ch = text[pos];
				if (ch == "\\") {
					pos += 1;
					let e = text[pos];
					if (e == "n") { out += "\n"; }
					else if (e == "u") {
						out += chr(sscan(substr(text, pos + 1, 4), "%4x")[0]);
						pos += 4;
					} else { out += e; }
				} else { out += ch; }
				pos += 1;
			}
			pos += 1;
			return out;
		}
		for word, val in {"true": true, "false": false, "null": nil} {
			if (substr(text, pos, len(word)) == word) { pos += len(word); return val; }
		}
		let r = sscan(substr(text, pos), "%lf%n");
		if (len(r) < 2) { fail("bad value"); }
		pos += r[1];
		return r[0];
	}
	let v = value();
	skip();
	if (pos != len(text)) { fail("trailing text"); }
	return v;
}

fn deep_equal(a, b) {
	if (type(a) != type(b)) { return false; }
	if (type(a) == "list") {
		if (len(a) != len(b)) { return false; }
		for i, x in a { if (!deep_equal(x, b[i])) { return false; } }
		return true;
	}
	if (type(a) == "map") {
		if (len(a) != len(b)) { return false; }
		for k, x in a { if (!has(b, k) || !deep_equal(x, b[k])) { return false; } }
		return true;
	}
	return a == b;
}

let data = {
	name: "pebble", version: 1.5, tags: ["small", "tree-walking", "gc"],
	nested: {empty_list: [], empty_map: {}, deep: [[[[1]]]], flags: [true, false, nil]},
	numbers: [0, -0.5, 1e-300, 6.02214076e23, 1 / 3, 123456789012, -2 ** 60],
	text: "quote \" backslash \\ newline \n tab \t bell \x07 end",
};
seed(99);
let randoms = [];
// powers of ten through strtod, not pow(): C does not require pow(10, 23) to be
// correctly rounded (glibc's is not), and this test is about JSON
for (let i = 0; i < 200; i += 1) { push(randoms, (random() - 0.5) * num(format("1e%d", random(40)))); }
data.randoms = randoms;
let text = encode(data);
writefile(ARGS[0] + "/data.json", text, "\n");
let back = decode(trim(readfile(ARGS[0] + "/data.json")));
print("round trip equal:", deep_equal(data, back), "length", len(text));
print(encode(back.nested), encode(back.numbers));
print(encode(decode(" { \"a\" : [ 1 , 2.5e3 , \"x\\u0041y\" ] , \"b\" : { } } ")));
for bad in ["[1, 2", "{\"a\" 1}", "[1] x", "tru"] {
	try { decode(bad); } catch (e) { print(repr(bad), "->", e); }
}
