#!/usr/bin/env bash
# Rewriter throughput: generates a large wasm32 module, converts
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

# best of N runs of a command: "WALL CPU", the least wall-clock seconds and
# the least CPU seconds (user + sys, all threads).  On a shared machine the
# wall clock also counts the time spent waiting for a CPU; the CPU time
# does not.  Each run writes a new file: the outputs are removed before
# the timing, since replacing an existing 80 MB file makes the filesystem
# drop the old one inside the timed rename (about 50 ms here).
best() {
	local n=$1 b= c= t u
	shift
	for ((i = 0; i < n; i++)); do
		rm -f "$tmp"/o*.wasm
		/usr/bin/time -o "$tmp/time" -f '%e %U %S' "$@" >/dev/null 2>&1
		read -r t u < <(tail -n 1 "$tmp/time" | awk '{ print $1, $2 + $3 }')
		if [ -z "$b" ] || awk -v a="$t" -v b="$b" 'BEGIN { exit !(a < b) }'; then b=$t; fi
		if [ -z "$c" ] || awk -v a="$u" -v b="$c" 'BEGIN { exit !(a < b) }'; then c=$u; fi
	done
	printf '%s %s\n' "$b" "$c"
}
size() { stat -c %s "$1"; }
mbs() { awk -v s="$1" -v t="$2" 'BEGIN { printf "%.0f", s / 1048576 / t }'; }

s32=$(size "$tmp/in32.wasm") s64=$(size "$tmp/in64.wasm")
read -r t64 c64 < <(best 5 "$rw" --to64 "$tmp/in32.wasm" -o "$tmp/o64.wasm")
read -r t64s c64s < <(best 5 "$rw" --threads 1 --to64 "$tmp/in32.wasm" -o "$tmp/o64.wasm")
read -r t32 c32 < <(best 5 "$rw" --to32 "$tmp/in64.wasm" -o "$tmp/o32.wasm")
read -r t32s c32s < <(best 5 "$rw" --threads 1 --to32 "$tmp/in64.wasm" -o "$tmp/o32.wasm")
read -r two cwo < <(best 1 node_modules/.bin/wasm-opt --enable-memory64 --enable-bulk-memory \
	--memory64-lowering "$tmp/in64.wasm" -o "$tmp/opt32.wasm")

# row LABEL SIZE INPUT WALL CPU
row() {
	echo "| $1 | $(($2 / 1048576)) MiB $3 | $4 | $(mbs "$2" "$4") | $5 | $(mbs "$2" "$5") |"
}
{
	echo "| conversion | input | wall (s) | MB/s | CPU (s) | MB/CPU-s |"
	echo "| --- | --- | --- | --- | --- | --- |"
	row "wasm64-rewrite --to64" "$s32" wasm32 "$t64" "$c64"
	row "wasm64-rewrite --to64 --threads 1" "$s32" wasm32 "$t64s" "$c64s"
	row "wasm64-rewrite --to32" "$s64" wasm64 "$t32" "$c32"
	row "wasm64-rewrite --to32 --threads 1" "$s64" wasm64 "$t32s" "$c32s"
	row "wasm-opt --memory64-lowering (binaryen 132, npm)" "$s64" wasm64 "$two" "$cwo"
	echo
	echo "--to32 is $(awk -v a="$two" -v b="$t32" 'BEGIN { printf "%.0f", a / b }')x faster than wasm-opt on the same input."
	echo "Machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1 /proc/loadavg) at the end; $(date -u +%Y-%m-%d)."
} | tee bench/results/rewrite.md
