// Reads its standard input line by line: sums the numbers, counts the
// rest, echoes them numbered.
let total = 0;
let count = 0;
let other = [];
let n = 0;
let line = input();
while (line != nil) {
	n += 1;
	let x = num(line);
	if (x != nil) { total += x; count += 1; } else { push(other, trim(line)); }
	printf("%3d| %s\n", n, line);
	line = input();
}
printf("%d lines, %d numbers summing to %.17g, other: %s\n", n, count, total, join(other, ","));
