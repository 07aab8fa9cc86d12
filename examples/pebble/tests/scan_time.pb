// sscan (C's sscanf, one conversion at a time) and times (gmtime, strftime, timegm).
let cases = [
	["42 3.5 word", "%d %g %s"],
	["  -17   +0x1F  077", "%i %i %i"],
	["ff 10 777", "%x %o %u"],
	["1e3,2.5e-3,-inf,nan", "%g,%g,%g,%g"],
	["0x1.8p1 4.9e-324 1e400", "%a %e %f"],
	["key=value; rest", "%[a-z]=%[^;]; %s"],
	["abc123def", "%[a-c]%d%s"],
	["hello world", "%5s%n"],
	["hello world", "%3c%c%n"],
	["2025-11-23T15:04:05Z", "%4d-%2d-%2dT%2d:%2d:%2dZ"],
	["12 apples", "%d %*s %n"],
	["100%", "%d%%"],
	["x 1", "%d %d"],
	["7 x", "%d %d"],
	["", "%d"],
	["  ", "%s"],
	["3.0000000000000000000000000001", "%lf"],
	["123456789012345678", "%lld"],
];
for c in cases { print(repr(c[0]), repr(c[1]), "->", sscan(c[0], c[1])); }

// seconds since 1970 to UTC calendar dates and back
let times = [0, 86399, 86400, 951782400, 951868800, 1000000000, 1234567890, 1700000000,
	2147483647, 2147483648, 4102444800, -1, -86400, -2208988800, 253402300799];
let fmt = "%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %y %C %e %D %T %R %p %I %%";
for t in times { print(t, "|", strftime(fmt, t)); }
print(strftime("%c|%x|%X|%G-W%V-%u|%h|%n|%t|", 1700000000));
print(timegm(2000, 2, 29), timegm(1970, 1, 1), timegm(2038, 1, 19, 3, 14, 8), timegm(1969, 12, 31, 23, 59, 59));
print("normalised:", timegm(2025, 13, 1), timegm(2025, 1, 32), timegm(2024, 3, 0), timegm(2025, 1, 1, 24, 60, 60));
// day of week for some dates, through a round trip
for d in [[1969, 7, 20], [2000, 1, 1], [2024, 2, 29], [2100, 3, 1], [1900, 3, 1]] {
	let t = timegm(d[0], d[1], d[2]);
	print(d, t, strftime("%A %d %B %Y, day %j", t), timegm(num(strftime("%Y", t)), num(strftime("%m", t)), num(strftime("%d", t))) == t);
}
