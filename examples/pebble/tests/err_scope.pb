fn f(a) {
	let b = 1;
	let b = 2;
	return a + b;
}
