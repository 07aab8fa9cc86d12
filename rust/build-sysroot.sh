#!/usr/bin/env bash
# Builds Rust's core, alloc and std for wasm64-unknown-unknown once, offline,
# into a rustc sysroot:
#
#   rust/build-sysroot.sh OUT        →  OUT/lib/rustlib/wasm64-unknown-unknown/lib/*.rlib
#
# and then `rustc --sysroot OUT --target wasm64-unknown-unknown` (RUSTFLAGS
# for cargo) finds them, with no -Zbuild-std in each project.
#
# Sources: Debian's rust-web-src (/usr/src/rustc-VERSION/library, with the
# crates std depends on vendored in library/vendor); compiler: rustc-web's
# /usr/bin/rustc and /usr/bin/cargo, which must be the same version.
# -Zbuild-std is unstable, hence RUSTC_BOOTSTRAP=1 (for this build only).
#
# One change to what cargo builds: compiler_builtins' copies of functions
# the libc also defines are removed from its rlib, so that C and Rust share
# the libc's:
#   - __eqtf2 __netf2 __lttf2 __letf2 __gttf2 __getf2 __unordtf2: the
#     long double (f128) comparisons.  compiler_builtins defines them
#     returning isize, LLVM calls them expecting i32 — the same bug as
#     compiler-rt's (docs/libc.md) — and on the usual link line (Rust
#     library first, then -lc) a C program's long double comparison would
#     reach the isize version and trap ("signature_mismatch:__lttf2").
#   - memcpy memmove memset memcmp bcmp strlen: one implementation, the
#     libc's, for both languages.
set -euo pipefail

out=${1:?usage: build-sysroot.sh OUT}
here=$(cd "$(dirname "$0")" && pwd)
rustc=${RUSTC:-/usr/bin/rustc}
cargo=${CARGO:-/usr/bin/cargo}
target=wasm64-unknown-unknown
ar=${LLVM_AR:-llvm-ar-22}
nm=${LLVM_NM:-llvm-nm-22}

version=$("$rustc" --version | awk '{ print $2 }')
src=${RUST_LIBRARY_SRC:-/usr/src/rustc-$version/library}
if [ ! -d "$src/core" ] || [ ! -d "$src/vendor" ]; then
	echo "build-sysroot.sh: no Rust $version library sources at $src (Debian package rust-web-src)" >&2
	exit 1
fi

work="$out.build"
rm -rf "$work" "$out"
mkdir -p "$work"
echo "build-sysroot.sh: building core, alloc, std for $target with $rustc ($version)"

# __CARGO_TESTS_ONLY_SRC_ROOT: where -Zbuild-std finds library/ (it would
# look in $(rustc --print sysroot)/lib/rustlib/src/rust, which rust-web-src
# leaves empty).  The vendored directory stands in for crates.io.
RUSTC_BOOTSTRAP=1 RUSTC="$rustc" __CARGO_TESTS_ONLY_SRC_ROOT="$src" \
	"$cargo" build --offline --release --quiet \
	--manifest-path "$here/sysroot/Cargo.toml" \
	--target "$target" --target-dir "$work/target" \
	-Zbuild-std=std,panic_abort \
	--config 'source.crates-io.replace-with="vendored-sources"' \
	--config "source.vendored-sources.directory=\"$src/vendor\""

lib="$out/lib/rustlib/$target/lib"
mkdir -p "$lib"
cp "$work/target/$target/release/deps/"*.rlib "$lib/"
rm -f "$lib"/libwasm64_sysroot_stub-*.rlib

builtins=$(ls "$lib"/libcompiler_builtins-*.rlib)
drop='^(__(eq|ne|lt|le|gt|ge|unord)tf2|memcpy|memmove|memset|memcmp|bcmp|strlen)$'
members=$("$nm" -A --defined-only "$builtins" 2>/dev/null |
	awk -v re="$drop" '$NF ~ re { split($1, p, ":"); print p[2] }' | sort -u)
n=$(printf '%s\n' "$members" | grep -c . || true)
if [ "$n" -ne 13 ]; then
	echo "build-sysroot.sh: expected 13 compiler_builtins members to drop, found $n:" $members >&2
	exit 1
fi
# shellcheck disable=SC2086
"$ar" d "$builtins" $members
rm -rf "$work"
echo "build-sysroot.sh: $out ready"
