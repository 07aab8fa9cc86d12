#!/usr/bin/env bash
# wasi-libc-parity.sh SYSROOT [WASI_INCLUDE WASI_LIBC_A]
#
# Compares the wasm64 sysroot with Debian's wasi-libc package (the C
# library wasm32 users already have): every public header of wasi-libc
# must compile when included for wasm64, and every public symbol its
# libc.a defines must be defined by ours — except the deliberate
# exceptions in tests/parity/exceptions.txt, each with its reason.
# Prints what is missing and the parity figures; exits 1 when something
# missing is not an exception, or an exception is no longer missing
# (so the list stays true).  PARITY_EXCEPTIONS=FILE replaces the list.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sysroot=${1:?usage: wasi-libc-parity.sh SYSROOT [WASI_INCLUDE WASI_LIBC_A]}
winc=${2:-/usr/include/wasm32-wasi}
wlib=${3:-/usr/lib/wasm32-wasi/libc.a}
exceptions=${PARITY_EXCEPTIONS:-$here/exceptions.txt}
clang=${CLANG:-clang-22}
nm=${LLVM_NM:-llvm-nm-22}

for f in "$winc" "$wlib" "$sysroot/lib/libc.a"; do
	[ -e "$f" ] || { echo "wasi-libc-parity.sh: $f: not found (Debian package wasi-libc)" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# exception KIND NAME: the reason, or nothing.
awk -F'\t' '!/^#/ && NF >= 3 { print $1 "\t" $2 }' "$exceptions" | sort >"$tmp/excepted"

# Public headers: not bits/ (included by the others), not the internal
# __header.h files; each compiled alone, as a program would include it.
(cd "$winc" && find . -name '*.h' | sed 's|^\./||' | grep -v '^bits/\|/__\|^__' | sort) >"$tmp/wheaders"
: >"$tmp/missing"
while read -r h; do
	if ! printf '#include <%s>\n' "$h" |
		"$clang" --target=wasm64-wasip1 --sysroot="$sysroot" -fsyntax-only -x c - 2>"$tmp/err"; then
		printf 'header\t%s\t%s\n' "$h" "$(grep -m1 'error:' "$tmp/err" | sed 's/.*error: //')" >>"$tmp/missing"
	fi
done <"$tmp/wheaders"

# Public symbols: defined, global, not reserved (_x or __x).
symbols() { "$nm" --quiet --defined-only -g "$1" 2>/dev/null | awk '$2 ~ /^[TDBRVWC]$/ && $3 !~ /^_/ { print $3 }' | sort -u; }
symbols "$wlib" >"$tmp/wsyms"
symbols "$sysroot/lib/libc.a" >"$tmp/osyms"
comm -23 "$tmp/wsyms" "$tmp/osyms" | sed 's/^/symbol\t/; s/$/\t/' >>"$tmp/missing"

cut -f1,2 "$tmp/missing" | sort >"$tmp/missing.keys"
unexplained=$(comm -23 "$tmp/missing.keys" "$tmp/excepted")
stale=$(comm -13 "$tmp/missing.keys" "$tmp/excepted")

nh=$(wc -l <"$tmp/wheaders") nmh=$(grep -c '^header' "$tmp/missing")
ns=$(wc -l <"$tmp/wsyms") nms=$(grep -c '^symbol' "$tmp/missing")
ne=$(wc -l <"$tmp/excepted")
nyet=$(awk -F'\t' '!/^#/ && $3 == "not yet written"' "$exceptions" | wc -l)
if [ -n "$unexplained" ]; then
	echo "missing, and not a listed exception:"
	while IFS=$'\t' read -r kind name; do
		printf '  %s %s %s\n' "$kind" "$name" "$(awk -F'\t' -v k="$kind" -v n="$name" '$1 == k && $2 == n { print $3 }' "$tmp/missing")"
	done <<<"$unexplained"
fi
if [ -n "$stale" ]; then
	echo "listed as exceptions in tests/parity/exceptions.txt but present now (remove them):"
	sed 's/^/  /' <<<"$stale"
fi
printf 'parity with wasi-libc: headers %d/%d, symbols %d/%d (%d listed in exceptions.txt, %d of them not yet written)\n' \
	$((nh - nmh)) "$nh" $((ns - nms)) "$ns" "$ne" "$nyet"
[ -z "$unexplained" ] && [ -z "$stale" ]
