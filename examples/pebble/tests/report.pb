// report.pb DIR: reads tests/data/sales.csv, checks every field, and writes
// DIR/by-region.csv, DIR/by-month.csv and DIR/summary.txt; prints the
// summary too.
let dir = ARGS[0];
let rows = lines("tests/data/sales.csv");
let header = split(rows[0], ",");
print("columns:", header);
let records = [];
for (let i = 1; i < len(rows); i += 1) {
	if (trim(rows[i]) == "") { continue; }
	let f = split(rows[i], ",");
	if (len(f) != len(header)) { throw format("line %d: %d fields", i + 1, len(f)); }
	let date = sscan(f[0], "%4d-%2d-%2d");
	let units = num(f[3]);
	let price = num(f[4]);
	if (len(date) != 3 || units == nil || price == nil) { throw format("line %d: bad field", i + 1); }
	push(records, {year: date[0], month: date[1], day: date[2], region: f[1], product: f[2],
		units: units, price: price, amount: units * price});
}
print(len(records), "records");

fn group(recs, key) {
	let groups = {};
	for r in recs {
		let k = r[key];
		if (!has(groups, k)) { groups[k] = {units: 0, amount: 0, n: 0, amounts: []}; }
		let g = groups[k];
		g.units += r.units;
		g.amount += r.amount;
		g.n += 1;
		push(g.amounts, r.amount);
	}
	return groups;
}
fn stats(xs) {
	let n = len(xs);
	let mean = reduce(xs, fn(a, x) { return a + x; }, 0) / n;
	let ss = reduce(xs, fn(a, x) { return a + (x - mean) * (x - mean); }, 0);
	let s = sort(copy(xs));
	let median = n % 2 == 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
	return {mean: mean, sd: sqrt(ss / (n - 1)), median: median, min: s[0], max: s[-1]};
}
fn write_groups(name, groups, names) {
	let f = open(dir + "/" + name, "w");
	write(f, "key,records,units,amount,mean,sd,median\n");
	for k in names {
		let g = groups[k];
		let st = stats(g.amounts);
		write(f, format("%s,%d,%d,%.2f,%.4f,%.4f,%.2f\n", str(k), g.n, g.units, g.amount, st.mean, st.sd, st.median));
	}
	close(f);
}
let regions = group(records, "region");
let months = group(records, "month");
let products = group(records, "product");
write_groups("by-region.csv", regions, sort(keys(regions)));
write_groups("by-month.csv", months, sort(keys(months)));

let all = stats(map(records, fn(r) { return r.amount; }));
let best = sort(keys(products), fn(a, b) { return products[b].amount - products[a].amount; });
let summary = [
	format("records      %d", len(records)),
	format("total units  %d", reduce(records, fn(a, r) { return a + r.units; }, 0)),
	format("total amount %.2f", reduce(records, fn(a, r) { return a + r.amount; }, 0)),
	format("mean amount  %.6f (sd %.6f)", all.mean, all.sd),
	format("median       %.2f, min %.2f, max %.2f", all.median, all.min, all.max),
	format("best product %s (%.2f), worst %s (%.2f)", best[0], products[best[0]].amount,
		best[-1], products[best[-1]].amount),
];
writefile(dir + "/summary.txt", join(summary, "\n") + "\n");
print(readfile(dir + "/summary.txt"));
print(readfile(dir + "/by-region.csv"));
print(sort(listdir(dir)));
