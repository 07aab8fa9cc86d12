// wordfreq.pb DIR [FILE] [TOP]: a word-frequency tool.  Counts the words of
// FILE (default tests/data/text.txt), prints the TOP most frequent (most
// frequent first, then alphabetically), a histogram of word lengths, and
// writes the whole table to DIR/wordfreq.tsv.
let dir = ARGS[0];
let file = len(ARGS) > 1 ? ARGS[1] : "tests/data/text.txt";
let top = len(ARGS) > 2 ? num(ARGS[2]) : 12;

fn is_word_byte(c) {
	let o = ord(c);
	return (o >= 97 && o <= 122) || (o >= 48 && o <= 57) || c == "'" || c == "-";
}

fn words_of(text) {
	let out = [];
	let cur = "";
	for c in lower(text) {
		if (is_word_byte(c)) { cur += c; }
		else if (cur != "") { push(out, cur); cur = ""; }
	}
	if (cur != "") { push(out, cur); }
	return out;
}

let text = readfile(file);
let words = words_of(text);
let counts = {};
for w in words { counts[w] = (has(counts, w) ? counts[w] : 0) + 1; }
let table = keys(counts);
sort(table, fn(a, b) {
	if (counts[a] != counts[b]) { return counts[b] - counts[a]; }
	return a < b ? -1 : 1;
});
printf("%d words, %d distinct, %d bytes, %d lines\n", len(words), len(counts), len(text),
	len(split(text, "\n")) - 1);
let running = 0;
for (let i = 0; i < min(top, len(table)); i += 1) {
	let w = table[i];
	running += counts[w];
	printf("%3d. %-12s %4d %6.2f%% %6.2f%%\n", i + 1, w, counts[w], 100 * counts[w] / len(words),
		100 * running / len(words));
}

// word lengths
let lengths = {};
let longest = 0;
let total_len = 0;
for w in words {
	let n = len(w);
	lengths[n] = (has(lengths, n) ? lengths[n] : 0) + 1;
	longest = max(longest, n);
	total_len += n;
}
let most = max(values(lengths));
for (let n = 1; n <= longest; n += 1) {
	let c = has(lengths, n) ? lengths[n] : 0;
	printf("%2d %4d %s\n", n, c, "#" * round(40 * c / most));
}
printf("mean length %.4f, longest %s\n", total_len / len(words),
	join(filter(table, fn(w) { return len(w) == longest; }), ", "));

let out = open(dir + "/wordfreq.tsv", "w");
write(out, "word\tcount\tshare\n");
for w in table { write(out, format("%s\t%d\t%.6e\n", w, counts[w], counts[w] / len(words))); }
close(out);
print("wrote", len(table), "rows to", dir + "/wordfreq.tsv");
