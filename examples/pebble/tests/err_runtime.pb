// An uncaught runtime error: output so far, then the message with where it
// happened and the calls that led there, status 1.
fn average(xs) { return total(xs) / len(xs); }
fn total(xs) {
	let t = 0;
	for x in xs { t = t + x; }
	return t;
}
print("average:", average([1, 2, 3, 4]));
print("average:", average([1, 2, "three"]));
print("not reached");
