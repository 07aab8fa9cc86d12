// Sorting: the default order (C's qsort), comparison functions (a stable
// merge sort), and sorting-based algorithms.
print(sort([5, 3, 9, 1, 5, -2, 0, -0, 0.5, 1e10, -INF, INF]));
print(sort(["pear", "Apple", "apple", "banana", "", "b", "ab", "a\x00", "a"]));
print(sort([3, "3", 1, "10", 2, "2"]));
print(sort([]), sort([42]), sort([2, 1]));
let nums = [];
seed(7);
for (let i = 0; i < 5000; i += 1) { push(nums, random(100000) / 8); }
let sorted = sort(copy(nums));
let ok = true;
for (let i = 1; i < len(sorted); i += 1) { if (sorted[i - 1] > sorted[i]) { ok = false; } }
print("5000 numbers sorted:", ok, sorted[0], sorted[2499], sorted[-1], len(sorted));

// comparison functions: numbers (<0, 0, >0) or booleans (true: a first)
print(sort([5, 3, 9, 1], fn(a, b) { return b - a; }));
print(sort(["ccc", "a", "bb", "dddd", "ee"], fn(a, b) { return len(a) - len(b); }));
print(sort(["ccc", "a", "bb", "dddd", "ee"], fn(a, b) { return len(a) > len(b); }));

// stability: records with equal keys keep their order
let recs = [];
let names = ["ann", "bob", "cid", "dot", "eve", "fay", "gus", "hal", "ivy", "jon"];
for (let i = 0; i < 40; i += 1) { push(recs, {name: names[i % 10] + str(i), score: (i * 7) % 5}); }
sort(recs, fn(a, b) { return a.score - b.score; });
for (let s = 0; s < 5; s += 1) {
	print(s, join(map(filter(recs, fn(r) { return r.score == s; }), fn(r) { return r.name; }), " "));
}

// sorting by several keys
let words = split("the quick brown fox jumps over the lazy dog and the cat sat on the mat by the dog");
let counts = {};
for w in words { counts[w] = (has(counts, w) ? counts[w] : 0) + 1; }
let uniq = keys(counts);
sort(uniq, fn(a, b) {
	if (counts[a] != counts[b]) { return counts[b] - counts[a]; }
	return a < b ? -1 : a > b ? 1 : 0;
});
for w in uniq { printf("%-6s %d\n", w, counts[w]); }

// hand-written sorts agree with sort()
fn quicksort(xs) {
	if (len(xs) <= 1) { return xs; }
	let pivot = xs[len(xs) / 2 - (len(xs) / 2) % 1];
	let less = filter(xs, fn(x) { return x < pivot; });
	let same = filter(xs, fn(x) { return x == pivot; });
	let more = filter(xs, fn(x) { return x > pivot; });
	return quicksort(less) + same + quicksort(more);
}
fn insertion(xs) {
	let a = copy(xs);
	for (let i = 1; i < len(a); i += 1) {
		let v = a[i];
		let j = i - 1;
		while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j -= 1; }
		a[j + 1] = v;
	}
	return a;
}
let sample = slice(nums, 0, 300);
let q = quicksort(sample);
let ins = insertion(sample);
let ref = sort(copy(sample));
let same = true;
for (let i = 0; i < len(ref); i += 1) { if (q[i] != ref[i] || ins[i] != ref[i]) { same = false; } }
print("quicksort and insertion sort agree with sort():", same);

// errors from sorting
try { sort([1, [2]]); } catch (e) { print("caught:", e); }
try { sort([3, 1, 2], fn(a, b) { return "x"; }); } catch (e) { print("caught:", e); }
try { sort([3, 1, 2], fn(a, b) { throw "stop at " + str(a); }); } catch (e) { print("caught:", e); }
