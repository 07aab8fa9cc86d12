#!/usr/bin/env bash
# Rewriter throughput (issue 6): generates a large wasm32 module, converts
# it with wasm64-rewrite --to64 and --to32, and lowers the same wasm64
# module with binaryen 132's wasm-opt --memory64-lowering.  Prints a table
# and writes it to bench/results/rewrite.md.  Not a test: timings vary.
#
#   bench/rewrite.sh [MEGABYTES]     (default 40)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-40}
rw=build/native/bin/wasm64-rewrite
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

node bench/gen-module.mjs "$tmp/in32.wasm" "$mb" >/dev/null
"$rw" --to64 "$tmp/in32.wasm" -o "$tmp/in64.wasm"

# best of N wall-clock seconds for a command
best() {
	local n=$1 b= t
	shift
	for ((i = 0; i < n; i++)); do
		/usr/bin/time -o "$tmp/time" -f %e "$@" >/dev/null 2>&1
		t=$(tail -n 1 "$tmp/time")
		if [ -z "$b" ] || awk -v a="$t" -v b="$b" 'BEGIN { exit !(a < b) }'; then b=$t; fi
	done
	printf '%s' "$b"
}
size() { stat -c %s "$1"; }
mbs() { awk -v s="$1" -v t="$2" 'BEGIN { printf "%.0f", s / 1048576 / t }'; }

s32=$(size "$tmp/in32.wasm") s64=$(size "$tmp/in64.wasm")
t64=$(best 5 "$rw" --to64 "$tmp/in32.wasm" -o "$tmp/o64.wasm")
t32=$(best 5 "$rw" --to32 "$tmp/in64.wasm" -o "$tmp/o32.wasm")
t32s=$(best 3 "$rw" --threads 1 --to32 "$tmp/in64.wasm" -o "$tmp/o32.wasm")
two=$(best 1 node_modules/.bin/wasm-opt --enable-memory64 --enable-bulk-memory --memory64-lowering \
	"$tmp/in64.wasm" -o "$tmp/opt32.wasm")

{
	echo "| conversion | input | time (s) | MB/s |"
	echo "| --- | --- | --- | --- |"
	echo "| wasm64-rewrite --to64 | $((s32 / 1048576)) MiB wasm32 | $t64 | $(mbs "$s32" "$t64") |"
	echo "| wasm64-rewrite --to32 | $((s64 / 1048576)) MiB wasm64 | $t32 | $(mbs "$s64" "$t32") |"
	echo "| wasm64-rewrite --to32 --threads 1 | $((s64 / 1048576)) MiB wasm64 | $t32s | $(mbs "$s64" "$t32s") |"
	echo "| wasm-opt --memory64-lowering (binaryen 132, npm) | $((s64 / 1048576)) MiB wasm64 | $two | $(mbs "$s64" "$two") |"
	echo
	echo "--to32 is $(awk -v a="$two" -v b="$t32" 'BEGIN { printf "%.0f", a / b }')x faster than wasm-opt on the same input."
	echo "Machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $(date -u +%Y-%m-%d)."
} | tee bench/results/rewrite.md
