# Shared by the benchmark scripts, sourced from the top of the tree with
# the script's arguments: sets runs (the first argument, default 3), run
# (the runtime), out (where results go) and tmp (a scratch folder, removed
# at exit).  A script writes the expected output to $tmp/expect before it
# calls best.
runs=${1:-3}
run=build/native/bin/wasm64-run
out=bench/results
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# best N CMD...: the best wall-clock time in ms of N runs; fails if the
# output differs from $tmp/expect.
best() {
	local n=$1 b= t
	shift
	for ((k = 0; k < n; k++)); do
		/usr/bin/time -o "$tmp/time" -f %e "$@" >"$tmp/got" 2>"$tmp/err" || {
			echo "bench: $* failed: $(head -3 "$tmp/err")" >&2
			return 1
		}
		if ! cmp -s "$tmp/got" "$tmp/expect"; then
			echo "bench: $* printed $(head -1 "$tmp/got"), expected $(head -1 "$tmp/expect")" >&2
			return 1
		fi
		t=$(awk '{ printf "%d", $1 * 1000 }' "$tmp/time")
		if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
	done
	printf '%s' "$b"
}

# ratio A B: A / B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : a) }'; }

# machine: one line on the machine the figures come from.
machine() {
	printf 'Machine: %s CPUs (%s), %s' "$(nproc)" \
		"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
		"$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
}
