#!/usr/bin/env bash
# Instructions executed by wasm64-run on each benchmark (valgrind's
# callgrind), at a medium size: a repeatable measure for interpreter work,
# unaffected by the machine's load.  Not a test.
#
#   bench/count.sh [RUNTIME]      (default build/native/bin/wasm64-run)
set -euo pipefail
cd "$(dirname "$0")/.."
runtime=${1:-build/native/bin/wasm64-run}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# valgrind 3.19 cannot read clang-22's DWARF 5: count a stripped copy.
strip -o "$tmp/run" "$runtime"
declare -A size=([fib]=100 [loops]=2 [nbody]=20000 [sha256]=4 [sort]=200 [memops]=40 [chase]=100 [mallocs]=300 [lz]=1)
total=0
for src in bench/programs/*.c; do
	name=$(basename "$src" .c)
	clang-22 --target=wasm64 --sysroot=sysroot -O2 "$src" -o "$tmp/$name.wasm"
	n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$tmp/run" "$tmp/$name.wasm" "${size[$name]}" 2>&1 >/dev/null |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
	printf '%-8s %14s\n' "$name" "$n"
	total=$((total + n))
done
printf '%-8s %14s\n' total "$total"
