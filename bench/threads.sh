#!/usr/bin/env bash
# The threads benchmark: bench/threads/mandel.c (rows handed out to
# THREADS threads through an atomic counter) built for the threads
# sysroot (--target=wasm64-wasip1-threads) and natively (gcc -O2
# -pthread), run with 1 and 2 threads (and as many as the machine has
# cores, when more), best of RUNS each.  Checks that every run prints the
# native checksum, prints a table of times and of the speed-up over one
# thread, and writes it to bench/results/threads.md.
#
#   bench/threads.sh [RUNS]        best of RUNS runs each (default 3)
#
# A benchmark, not a test: the numbers depend on the machine and its load.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh "$@"
src=bench/threads/mandel.c
size=1200

gcc -O2 -pthread "$src" -o "$tmp/mandel"
clang-22 --target=wasm64-wasip1-threads --sysroot=sysroot -O2 "$src" -o "$tmp/mandel.wasm"
"$tmp/mandel" 1 "$size" >"$tmp/expect"

counts=(1 2)
[ "$(nproc)" -gt 2 ] && counts+=("$(nproc)")
declare -A nat wasm
for n in "${counts[@]}"; do
	nat[$n]=$(best "$runs" "$tmp/mandel" "$n" "$size")
	wasm[$n]=$(best "$runs" "$run" "$tmp/mandel.wasm" "$n" "$size")
	printf 'bench: mandel %d thread(s): native %6s ms, wasm64-run %6s ms\n' "$n" "${nat[$n]}" "${wasm[$n]}" >&2
done
{
	echo "| threads | native (gcc -O2 -pthread) | speed-up | wasm64-run (wasm64-wasip1-threads) | speed-up |"
	echo "| --- | --- | --- | --- | --- |"
	for n in "${counts[@]}"; do
		printf '| %d | %s ms | %sx | %s ms | %sx |\n' "$n" "${nat[$n]}" "$(ratio "${nat[1]}" "${nat[$n]}")" \
			"${wasm[$n]}" "$(ratio "${wasm[1]}" "${wasm[$n]}")"
	done
	echo
	echo "bench/threads/mandel.c, ${size}x$size points; speed-up is the time with one thread over"
	echo "the time with N.  $(machine); $(date -u +%Y-%m-%d); best of $runs runs."
} | tee "$out/threads.md"
