// Strings: literals and escapes, operators, the string library.
let s = "Hello, World";
print(s, len(s), s[0], s[-1], s[7], upper(s), lower(s));
print("escapes:", repr("tab\there\nnewline \"quoted\" back\\slash \x41\x42 \0end"), len("\x00\xff"));
print('single quotes', 'it\'s', "mixed 'quotes'");
print("concat:", "abc" + "def", "ab" * 3, "-" * 0, "x" + str(1) + str(nil) + str(true));
print("compare:", "a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "same" == "same", "a" != "b");
print("find:", find(s, "o"), find(s, "o", 5), find(s, "xyz"), find(s, ""), find(s, "World"), find("aaa", "aa", 1));
print("substr:", substr(s, 7), substr(s, 0, 5), substr(s, -5, 3), substr(s, 12), repr(substr(s, 3, 0)));
print("slice:", slice(s, 1, 4), slice(s, -5), slice(s, 5, 2), slice(s, -100, 100));
print("split:", split("a,b,,c", ","), split("  lots   of\tspace\n here "), split("a--b--c", "--"), split("", ","), split("abc", "x"));
print("join:", join(["a", "b", "c"], ", "), join([1, 2.5, nil, true, [1]], "|"), join([], "x"), join(["solo"]));
print("trim:", repr(trim("  \t x y \n")), repr(trim("")), repr(trim("   ")));
print("replace:", replace("a.b.c", ".", "::"), replace("aaaa", "aa", "b"), replace("abc", "x", "y"), replace("abab", "ab", ""));
print("affixes:", startswith(s, "Hell"), startswith(s, "hell"), endswith(s, "World"), endswith("a", "abc"), startswith("x", ""));
print("bytes:", ord("A"), ord("abc", 2), chr(72, 105, 33), ord(chr(255)), len(chr(0, 0)));
let all = "";
for (let i = 0; i < 256; i += 1) { all += chr(i); }
print("256 bytes:", len(all), ord(all, 0), ord(all, 128), ord(all, 255), repr(slice(all, 120, 130)));
let rev = "";
for c in "stressed" { rev = c + rev; }
print("reversed:", rev);
for i, c in "abc" { printf("%d=%s ", i, c); }
print();

// caesar cipher, vowels count, palindromes: small string programs
fn caesar(text, k) {
	let out = [];
	for c in text {
		let o = ord(c);
		if (o >= 97 && o <= 122) { push(out, chr((o - 97 + k) % 26 + 97)); }
		else if (o >= 65 && o <= 90) { push(out, chr((o - 65 + k) % 26 + 65)); }
		else { push(out, c); }
	}
	return join(out, "");
}
let secret = caesar("The quick brown fox jumps over the lazy dog!", 13);
print(secret, "->", caesar(secret, 13));
fn is_palindrome(w) {
	let t = lower(replace(w, " ", ""));
	for (let i = 0; i < len(t) / 2; i += 1) { if (t[i] != t[len(t) - 1 - i]) { return false; } }
	return true;
}
for w in ["Racecar", "A man a plan a canal Panama", "pebble", ""] { print(repr(w), is_palindrome(w)); }

// format with strings and padding, a table
let rows = [["apple", 3, 1.25], ["banana", 12, 0.5], ["cherry", 150, 12.125]];
printf("%-10s|%5s|%8s\n", "item", "qty", "price");
for r in rows { printf("%-10s|%5d|%8.2f\n", r[0], r[1], r[2]); }
print(format("[%8.3s] [%-8s] [%c]", "abcdef", "ab", "xyz"));
print("str of values:", str(12), str(1.5), str([1, "a", {k: "v"}]), str({}), str([]), repr("q\"uote"));
print(type("s"), type(1), type(nil), type(true), type([]), type({}), type(print), type(fn() {}));
