// An uncaught throw prints the thrown value.
fn check(cfg) {
	if (!has(cfg, "name")) { throw {error: "missing key", key: "name"}; }
}
print("checking");
check({size: 3});
