#!/usr/bin/env bash
# Instructions executed by wasm64-run on each benchmark (valgrind's
# callgrind), at a medium size: a repeatable measure for interpreter work,
# unaffected by the machine's load.  Each program is counted in its wasm64
# build and its wasm32 build (sysroot32); the last column is what 64-bit
# addresses cost the interpreter.  Not a test.
#
#   bench/count.sh [RUNTIME [NAME...]]
#       RUNTIME: default build/native/bin/wasm64-run; NAMEs: some of
#       bench/programs (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
runtime=${1:-build/native/bin/wasm64-run}
shift $(($# > 0))
names=("$@")
[ ${#names[@]} -gt 0 ] || names=($(ls bench/programs/*.c | xargs -n1 basename | sed 's/\.c$//'))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# valgrind 3.19 cannot read clang-22's DWARF 5: count a stripped copy.
strip -o "$tmp/run" "$runtime"
declare -A size=([fib]=100 [loops]=2 [nbody]=20000 [sha256]=4 [sort]=200 [memops]=40 [chase]=100 [mallocs]=300 [lz]=1 [sieve]=1000 [matmul]=160 [hashtab]=200 [script]=2)
count() { # count WASM ARG: instructions the runtime executes
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$tmp/run" "$1" "$2" 2>&1 >/dev/null |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
total64=0 total32=0
printf '%-8s %14s %14s %9s\n' benchmark wasm64 wasm32 '64/32'
for name in "${names[@]}"; do
	src=bench/programs/$name.c
	[ -f "$src" ] || { echo "count: no benchmark $src" >&2; exit 2; }
	clang-22 --target=wasm64 --sysroot=sysroot -O2 "$src" -o "$tmp/$name.wasm"
	clang-22 --target=wasm32 --sysroot=sysroot32 -O2 "$src" -o "$tmp/$name.32.wasm"
	n64=$(count "$tmp/$name.wasm" "${size[$name]}")
	n32=$(count "$tmp/$name.32.wasm" "${size[$name]}")
	printf '%-8s %14s %14s %9s\n' "$name" "$n64" "$n32" "$(awk -v a="$n64" -v b="$n32" 'BEGIN { printf "%.3f", a / b }')"
	total64=$((total64 + n64)) total32=$((total32 + n32))
done
printf '%-8s %14s %14s %9s\n' total "$total64" "$total32" "$(awk -v a="$total64" -v b="$total32" 'BEGIN { printf "%.3f", a / b }')"
