#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# C and Rust (wasm64-unknown-unknown) in one module: the wasm64-libc crate
# (rust/wasm64-libc), the Rust sysroot (rust/build-sysroot.sh), the examples
# in examples/rust/ (built by `make rust`), and the commands docs/rust.md
# gives a user.  Expected outputs are in tests/data/rust/.

setup_file() {
	# make check builds these first; this keeps `tests/run tests/80-rust.bats`
	# honest after an edit (cargo and the links are no-ops when up to date).
	if [ -x /usr/bin/rustc ]; then
		make -s -C "$BATS_TEST_DIRNAME/.." rust >/dev/null
	fi
}

setup() {
	load helpers
	[ -x /usr/bin/rustc ] && [ -x /usr/bin/cargo ] ||
		skip "no Rust toolchain: /usr/bin/rustc and /usr/bin/cargo come from Debian's rustc-web and cargo-web"
	EX="$ROOT/build/rust/examples"
	DATA="$ROOT/tests/data/rust"
	RUST_SYSROOT="$ROOT/build/rust/sysroot"
}

# available_gib: MemAvailable in whole GiB.
available_gib() {
	awk '/MemAvailable/ { print int($2 / 1048576) }' /proc/meminfo
}

# user_project DIR FEATURES: a new Cargo project as docs/rust.md describes
# it — a no_std Rust main using wasm64-libc — without its .cargo/config.toml.
user_project() {
	local dir=$1 features=$2
	mkdir -p "$dir/src" "$dir/.cargo"
	cat >"$dir/Cargo.toml" <<-EOF
		[package]
		name = "hello"
		version = "0.1.0"
		edition = "2021"

		[dependencies]
		wasm64-libc = { path = "$ROOT/rust/wasm64-libc", features = [$features] }

		[profile.dev]
		panic = "abort"

		[profile.release]
		panic = "abort"
	EOF
	cat >"$dir/src/main.rs" <<-'EOF'
		#![no_std]
		#![no_main]
		extern crate alloc;

		use alloc::vec::Vec;
		use core::ffi::{c_char, c_int};
		use wasm64_libc::println;

		#[no_mangle]
		pub extern "C" fn main(argc: c_int, _argv: *const *const c_char) -> c_int {
		    let v: Vec<u64> = (1..=argc as u64 * 10).collect();
		    println!("hello from Rust on wasm64: {} numbers, sum {}", v.len(), v.iter().sum::<u64>());
		    0
		}
	EOF
}

@test "c-main: a C main calls Rust with slices, structs and strings (exact output)" {
	run --separate-stderr -0 "$RUN" "$EX/c-main.wasm"
	diff -u "$DATA/c-main.out" <(printf '%s\n' "$output")
	[ -z "$stderr" ]
}

@test "c-main: printf and println! share C's stdout, in program order" {
	# The output is a pipe, so stdout is fully buffered: Rust text written
	# around C's buffer would come out first.
	run -0 "$RUN" "$EX/c-main.wasm"
	assert_line --index 8 'c: step 1'
	assert_line --index 9 'rust: step 1'
	assert_line --index 10 'c: step 2'
	assert_line --index 11 'rust: step 2'
	assert_line --index 12 'c: step 3'
	assert_line --index 13 'rust: step 3'
}

@test "heap blocks cross the language boundary both ways (malloc/free, Vec, CString)" {
	run -0 "$RUN" "$EX/c-main.wasm"
	# Rust frees C's malloc blocks (free and Vec drop), C frees Rust's Vecs,
	# CStrings and 256-aligned blocks: 2000 rounds, checked on the way.
	assert_line 'crossed: 4000 blocks'
	assert_line 'Hello, wasm64! (6 bytes of UTF-8)'
	assert_line 'rust: consumed "FROM C HEAP"'
	run -0 "$RUN" "$EX/rust-main.wasm"
	assert_line 'c_join: wasm64+rust+c'
	assert_line 'c_release: 18'
}

@test "rust-main: Rust main behind crt1.o calls C: qsort comparator, bsearch, printf, callbacks, stderr" {
	cd "$EX"
	run --separate-stderr -0 "$RUN" --env GREETING=hi rust-main.wasm one "two words"
	diff -u "$DATA/rust-main.out" <(printf '%s\n' "$output")
	diff -u "$DATA/rust-main.err" <(printf '%s\n' "$stderr")
}

@test "rust-main: exit() from Rust sets the status and flushes stdout" {
	run --separate-stderr -7 "$RUN" "$EX/rust-main.wasm" exit 7
	[ "$output" = "exiting with 7 (this line has no newline)" ]
	run -0 "$RUN" "$EX/rust-main.wasm" exit 0
}

@test "a no_std Rust panic: message and location on stderr, status 134" {
	run --separate-stderr -134 "$RUN" "$EX/rust-main.wasm" panic
	# stdout is flushed before the report.
	[ "$output" = "about to index out of bounds" ]
	[[ "${stderr_lines[0]}" =~ ^panicked\ at\ rust-main/src/main\.rs:[0-9]+:[0-9]+:$ ]]
	[ "${stderr_lines[1]}" = "index out of bounds: the len is 3 but the index is 7" ]
	# abort is a trap: wasm64-run says so, under the report.
	[ "${stderr_lines[2]}" = "wasm64-run: trap: unreachable" ]
}

@test "std-main: std over the libc (collections, io::Write, System and malloc side by side)" {
	cd "$EX"
	run --separate-stderr -0 "$RUN" std-main.wasm
	diff -u "$DATA/std-main.out" <(printf '%s\n' "$output")
	[ "$stderr" = "std-main: done" ]
	# std's own println! discards its output on this target.
	refute_output --partial 'discarded'
}

@test "a std panic goes through wasm64-libc's hook: message on stderr, status 134" {
	run --separate-stderr -134 "$RUN" "$EX/std-main.wasm" panic
	assert_line --index 1 'about to unwrap a missing key'
	[[ "${stderr_lines[0]}" =~ ^panicked\ at\ std-main/src/main\.rs:[0-9]+:[0-9]+:$ ]]
	[ "${stderr_lines[1]}" = 'key "missing" is not in the map' ]
}

@test "a heap larger than 4 GiB, allocated and filled from Rust" {
	local have
	have=$(available_gib)
	[ "$have" -ge 7 ] || skip "needs 7 GiB of available memory, this machine has $have GiB"
	run --separate-stderr -0 "$RUN" "$EX/rust-main.wasm" big 4608
	assert_output --regexp '^big: 9 blocks of 512 MiB filled and checked, heap ends at 0x[0-9a-f]+ \([0-9]+ GiB\)$'
	local end
	end=$(printf '%s\n' "$output" | sed -n 's/.*heap ends at \(0x[0-9a-f]*\).*/\1/p')
	# The blocks reach past 4 GiB: 64-bit pointers all the way.
	[ $((end)) -gt $((4 << 30)) ]
}

@test "cross-language LTO: -C linker-plugin-lto with clang -flto=thin inlines Rust into C" {
	run -0 "$RUN" "$EX/c-main-lto.wasm"
	diff -u "$DATA/c-main.out" <(printf '%s\n' "$output")
	# Without LTO every Rust function is in the module; with it, the small
	# ones are inlined into C's main and gone.
	for f in rust_mean rust_say rust_translate; do
		grep -q -a "$f" "$EX/c-main.wasm"
		run -1 grep -q -a "$f" "$EX/c-main-lto.wasm"
	done
}

@test "long double comparisons in C reach the libc's builtins, with a Rust library first on the line" {
	# The Rust sysroot's compiler_builtins has no __lttf2 & co. (their
	# isize results do not match LLVM's i32 calls): the libc's serve.
	/usr/bin/rustc --edition 2021 --sysroot "$RUST_SYSROOT" --target wasm64-unknown-unknown \
		--crate-type staticlib -C panic=abort -O "$DATA/ldcmp.rs" -o "$BATS_TEST_TMPDIR/libldcmp.a"
	cc "$BATS_TEST_TMPDIR/ldcmp.o" "$DATA/ldcmp.c" -c -O2 -std=c11 -Wall -Wextra -Werror
	run -0 "$CLANG" --target=wasm64 --sysroot="$SYSROOT" "$BATS_TEST_TMPDIR/libldcmp.a" \
		"$BATS_TEST_TMPDIR/ldcmp.o" -o "$BATS_TEST_TMPDIR/ldcmp.wasm"
	refute_output --partial 'signature mismatch'
	run -0 "$RUN" "$BATS_TEST_TMPDIR/ldcmp.wasm" 1
	assert_output $'1 1 0 0 0 1\ntwice: 2'
	run -0 "$RUN" "$BATS_TEST_TMPDIR/ldcmp.wasm" 3
	assert_output $'0 0 1 1 0 1\ntwice: 6'
}

@test "docs/rust.md: a new Cargo project with the SDK's Rust sysroot, debug and release" {
	local dir="$BATS_TEST_TMPDIR/hello"
	user_project "$dir" '"main"'
	cat >"$dir/.cargo/config.toml" <<-EOF
		[build]
		target = "wasm64-unknown-unknown"
		rustc = "/usr/bin/rustc"

		[target.wasm64-unknown-unknown]
		linker = "clang-22"
		rustflags = [
		    "--sysroot=$RUST_SYSROOT",
		    "-C", "link-self-contained=no",
		    "-C", "default-linker-libraries=yes",
		    "-C", "link-arg=--sysroot=$SYSROOT",
		    "-C", "link-arg=-Wl,--entry=_start",
		]
	EOF
	cd "$dir"
	run -0 /usr/bin/cargo build --offline --release --quiet
	run -0 "$RUN" target/wasm64-unknown-unknown/release/hello.wasm
	assert_output 'hello from Rust on wasm64: 10 numbers, sum 55'
	run -0 /usr/bin/cargo build --offline --quiet
	run -0 "$RUN" target/wasm64-unknown-unknown/debug/hello.wasm a b
	assert_output 'hello from Rust on wasm64: 30 numbers, sum 465'
}

@test "docs/rust.md: the same project with -Zbuild-std=core,alloc from rust-web-src" {
	native_pass_only "its cost is cargo building core and alloc"
	local version src dir="$BATS_TEST_TMPDIR/hello"
	version=$(/usr/bin/rustc --version | awk '{ print $2 }')
	src="/usr/src/rustc-$version/library"
	[ -d "$src" ] || skip "no Rust library sources at $src (Debian package rust-web-src)"
	user_project "$dir" '"main"'
	cat >"$dir/.cargo/config.toml" <<-EOF
		[build]
		target = "wasm64-unknown-unknown"
		rustc = "/usr/bin/rustc"

		[unstable]
		build-std = ["core", "alloc"]

		[source.crates-io]
		replace-with = "vendored-sources"

		[source.vendored-sources]
		directory = "$src/vendor"

		[target.wasm64-unknown-unknown]
		linker = "clang-22"
		rustflags = [
		    "-C", "link-self-contained=no",
		    "-C", "default-linker-libraries=yes",
		    "-C", "link-arg=--sysroot=$SYSROOT",
		    "-C", "link-arg=-Wl,--entry=_start",
		]
	EOF
	cd "$dir"
	# core and alloc take half a minute to build: keep them between runs.
	CARGO_TARGET_DIR="$ROOT/build/rust/test-build-std" RUSTC_BOOTSTRAP=1 __CARGO_TESTS_ONLY_SRC_ROOT="$src" \
		run -0 /usr/bin/cargo build --offline --release --quiet
	run -0 "$RUN" "$ROOT/build/rust/test-build-std/wasm64-unknown-unknown/release/hello.wasm"
	assert_output 'hello from Rust on wasm64: 10 numbers, sum 55'
}
