#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# Whole programs built with the plain user command: examples/wordfreq.c
# must print, byte for byte, what its glibc build prints; objects and
# static archives link as they would anywhere else.

setup_file() {
	load helpers
	# The reference: the same source, built for this machine with glibc.
	"$CLANG" -O2 "$ROOT/examples/wordfreq.c" -o "$BATS_FILE_TMPDIR/wordfreq-native"
	# Text to count: the repository's own documentation, plus quotes,
	# digits, apostrophes and punctuation.
	cat "$ROOT/README.md" "$ROOT/docs/toolchain.md" "$ROOT/docs/host-abi.md" >"$BATS_FILE_TMPDIR/text"
	printf '%s\n' "Don't 'quote' me -- it's 1st-rate: 42, 42.0, 0x2a & 'tis O'Brien's!" >>"$BATS_FILE_TMPDIR/text"
}

setup() {
	load helpers
}

# wordfreq_case TARGET FLAGS...: build for wasm64, compare with glibc's.
wordfreq_case() {
	local target=$1
	shift
	run -0 env PATH="$PATH_NO_WASM_OPT" "$CLANG" --target="$target" --sysroot="$SYSROOT" "$@" \
		"$ROOT/examples/wordfreq.c" -o "$BATS_TEST_TMPDIR/wordfreq.wasm"
	local text
	text=$(cat "$BATS_FILE_TMPDIR/text")
	for args in "-n 25" "-n 0 -m 6" "-n 3"; do
		# shellcheck disable=SC2086 # the options are words
		run -0 "$BATS_FILE_TMPDIR/wordfreq-native" $args "$text" extra words here
		local expected=$output
		# shellcheck disable=SC2086
		run -0 "$RUN" "$BATS_TEST_TMPDIR/wordfreq.wasm" $args "$text" extra words here
		assert_output "$expected"
	done
	assert_line --regexp '^[0-9]+ words, [0-9]+ distinct'
}

@test "wordfreq: wasm64 output == glibc output, --target=wasm64 -O0" { wordfreq_case wasm64 -O0; }
@test "wordfreq: wasm64 output == glibc output, --target=wasm64 -O1" { wordfreq_case wasm64 -O1; }
@test "wordfreq: wasm64 output == glibc output, --target=wasm64 -O2" { wordfreq_case wasm64 -O2; }
@test "wordfreq: wasm64 output == glibc output, --target=wasm64 -O3 -g" { wordfreq_case wasm64 -O3 -g; }
@test "wordfreq: wasm64 output == glibc output, --target=wasm64 -Os" { wordfreq_case wasm64 -Os; }
@test "wordfreq: wasm64 output == glibc output, --target=wasm64-unknown-unknown -O2" {
	wordfreq_case wasm64-unknown-unknown -O2
}

@test "wordfreq: a bad option is reported on stderr with status 2, as natively" {
	cc "$BATS_TEST_TMPDIR/wordfreq.wasm" "$ROOT/examples/wordfreq.c" -O2
	run -2 "$RUN" "$BATS_TEST_TMPDIR/wordfreq.wasm" -n lots text
	assert_output "$BATS_TEST_TMPDIR/wordfreq.wasm: -n: not a count: 'lots'"
	run -0 "$RUN" "$BATS_TEST_TMPDIR/wordfreq.wasm"
	assert_output "no words"
}

@test "-c then link, through a static archive made with llvm-ar-22 (-static)" {
	cd "$BATS_TEST_TMPDIR"
	run -0 "$CLANG" --target=wasm64 --sysroot="$SYSROOT" -O2 -c "$ROOT/tests/data/archive_lib.c" -o lib.o
	run -0 llvm-ar-22 rcs libarchive_lib.a lib.o
	run -0 "$CLANG" --target=wasm64 --sysroot="$SYSROOT" -O2 -c "$ROOT/tests/data/archive_main.c" -o main.o
	run -0 env PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm64 --sysroot="$SYSROOT" -static main.o \
		-L. -larchive_lib -lm -o prog.wasm
	run -0 "$RUN" prog.wasm 7 1 9 4
	assert_output "median 1.375 (0x1.6p+0)"
}
