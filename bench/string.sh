#!/usr/bin/env bash
# Word-at-a-time vs byte loops for strlen and memchr, in wasm64-run.
# Prints nanoseconds per byte scanned (best wall time of 5 runs, minus
# that of an empty run) and the speed-up.  Needs `make all`.
#
#   bench/string.sh [ITERATIONS_PER_LENGTH_UNIT]
set -euo pipefail
cd "$(dirname "$0")/.."
run=build/native/bin/wasm64-run
wasm=$(mktemp --suffix=.wasm)
trap 'rm -f "$wasm"' EXIT
clang-22 --target=wasm64 --sysroot=sysroot -O2 -fno-builtin bench/string.c -o "$wasm"
budget=${1:-40000000} # bytes scanned per measurement

seconds() { # run ARGS..., print the best wall time of 5 runs
	local t0 t1 t best=
	for _ in 1 2 3 4 5; do
		t0=$(date +%s.%N)
		"$run" "$wasm" "$@" >/dev/null
		t1=$(date +%s.%N)
		t=$(echo "$t1 - $t0" | bc -l)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
	done
	echo "$best"
}

printf '%-7s %7s %12s %12s %8s\n' func len "byte ns/B" "libc ns/B" speedup
for func in strlen memchr; do
	for len in 8 16 64 256 4096 65536; do
		iters=$((budget / len))
		base=$(seconds "$func" byte "$len" 0)
		byte=$(seconds "$func" byte "$len" "$iters")
		libc=$(seconds "$func" libc "$len" "$iters")
		printf '%-7s %7d %12.3f %12.3f %7.1fx\n' "$func" "$len" \
			"$(echo "($byte - $base) * 1000000000 / $budget" | bc -l)" \
			"$(echo "($libc - $base) * 1000000000 / $budget" | bc -l)" \
			"$(echo "($byte - $base) / ($libc - $base)" | bc -l)"
	done
done
