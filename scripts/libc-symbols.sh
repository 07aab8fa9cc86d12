#!/usr/bin/env bash
# Prints the symbols libc.a exports, one per line, sorted: those that
# `llvm-nm-22 --defined-only --extern-only` lists, minus the hidden
# internals (__w64_*, which `llvm-objdump-22 -t` marks .hidden).
#
#   scripts/libc-symbols.sh [LIBC_A]      default: sysroot/lib/libc.a
#
# tests/expected/libc-symbols.txt holds the accepted list; `make
# libc-symbols` rewrites it from the current build after an intended
# change of the interface.
set -euo pipefail
cd "$(dirname "$0")/.."
lib=${1:-sysroot/lib/libc.a}
[ -f "$lib" ] || { echo "libc-symbols.sh: $lib: not built (make sysroot)" >&2; exit 1; }

hidden=$(llvm-objdump-22 -t "$lib" | awk '/\.hidden/ && !/\*UND\*/ { print $NF }' | sort -u)
llvm-nm-22 --quiet --defined-only --extern-only --format=just-symbols "$lib" |
	grep -v -e '^$' -e ':$' | sort -u | comm -23 - <(printf '%s\n' "$hidden")
