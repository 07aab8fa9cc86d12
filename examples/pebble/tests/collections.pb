// Lists and maps.
let l = [1, 2, 3];
push(l, 4, 5);
print(l, len(l), l[0], l[-1], pop(l), l);
insert(l, 0, "first");
insert(l, 2, "middle");
insert(l, len(l), "last");
print(l, removeat(l, 2), removeat(l, -1), l);
l[1] = "one";
l[-1] += 10;
print(l, index(l, 3), index(l, "nope"), slice(l, 1, 3), slice(l, -2), reverse(copy(l)), l);
let nested = [[1, 2], [3, [4, 5]], []];
nested[1][1][0] = "four";
print(nested, len(nested[2]), nested + [[6]], [] + []);

let m = {name: "pebble", "version": 1, 3: "three", true: "yes", nil: "nothing"};
print(m, m.name, m["version"], m[3], m[true], m[nil], m.missing, len(m));
m.version += 1;
m["new key"] = [1, 2];
m[2.5] = "float key";
m[-0] = "zero";
print(m[0], m[-0], has(m, 0), has(m, "name"), has(m, "gone"), has(m, [1]));
print(delete(m, "name"), delete(m, "name"), len(m), keys(m));
print(values(m));
for k, v in m { printf("%s => %s\n", repr(k), repr(v)); }

// insertion order survives deletes and re-inserts, and growth
let big = {};
for (let i = 0; i < 1000; i += 1) { big["k" + str(i)] = i * i; }
for (let i = 0; i < 1000; i += 3) { delete(big, "k" + str(i)); }
big.k0 = "back";
let ks = keys(big);
print(len(big), slice(ks, 0, 5), slice(ks, -3), big.k999, big.k998, big.k0);
let total = 0;
for k, v in big { if (type(v) == "number") { total += v; } }
print("sum of squares left:", total);

// maps as records, lists of records
let people = [{name: "Ada", born: 1815}, {name: "Grace", born: 1906}, {name: "Alan", born: 1912},
	{name: "Edsger", born: 1930}, {name: "Barbara", born: 1939}];
let by_decade = {};
for p in people {
	let d = str(p.born - p.born % 10) + "s";
	if (!has(by_decade, d)) { by_decade[d] = []; }
	push(by_decade[d], p.name);
}
print(by_decade);
print(map(people, fn(p) { return p.name; }), filter(people, fn(p) { return p.born > 1910; })[0].name);
print(reduce(people, fn(acc, p) { return acc + p.born; }, 0) / len(people));

// a list that contains itself prints up to a depth
let loop = [1];
push(loop, loop);
print(len(str(loop)) > 0, loop[1][1][1][0]);
