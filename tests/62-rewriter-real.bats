#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# wasm64-rewrite on a real module another toolchain built: libvips 8.18.7
# as the npm package wasm-vips 0.0.19 ships it (lib/vips.wasm, 5.2 MB;
# scripts/fetch-programs.sh pins and checks the tarball).  Emscripten
# 6.0.10 built it as a main module with C++ exceptions (-fwasm-exceptions)
# and setjmp/longjmp on wasm exceptions, both in the legacy encoding (tags
# __cpp_exception and __c_longjmp), with SIMD and threads (an imported
# shared memory, atomics).  It runs only under Emscripten's JS glue, so
# what is checked is what a converter owes it: each conversion is valid
# for ours and for three independent validators (wabt, binaryen, V8), and
# the exception handling and everything else but the address conversions
# stay as they were.

setup_file() {
	load helpers
	export REWRITE="$(dirname "$RUN")/wasm64-rewrite"
	# Offline with nothing fetched (status 77), the tests skip with the
	# script's message; any other failure (a wrong checksum) is an error.
	local st=0
	"$ROOT/scripts/fetch-programs.sh" "$ROOT/build/programs" vips >"$BATS_FILE_TMPDIR/fetch.log" 2>&1 || st=$?
	[ "$st" -eq 0 ] || [ "$st" -eq 77 ] || { cat "$BATS_FILE_TMPDIR/fetch.log"; return 1; }
}

setup() {
	load helpers
	T="$BATS_TEST_TMPDIR"
	F="$BATS_FILE_TMPDIR"
	VIPS="$ROOT/build/programs/vips/vips.wasm"
	[ -f "$VIPS" ] || skip "wasm-vips is not fetched: $(cat "$F/fetch.log")"
}

# The conversions the tests look at, made by the first test (in both
# passes, so the sanitizer build converts the real module too):
#   vips64   --to64                 64-bit memory, 32-bit table (Node 20)
#   vipst64  --to64 --table64       64-bit memory and table
#   vips32   --to32 of vipst64      the round trip
#   again64  --to64 of vips32       a second round
converted() {
	[ -f "$F/again64.wasm" ] || fail "the first test did not convert the module"
}

# decls FILE: FILE's memory, table and tag declarations and its tag and
# table exports, as wasm-objdump prints them.
decls() {
	"$NPM_BIN/wasm-objdump" -x "$1" |
		grep -E '^( - (memory|table|tag)\[|Tag\[)' || true
}

# counts FILE: FILE's code as wasm2wat lists it (one pass, kept in
# $F/NAME.counts): "NAME COUNT" for each opcode, then "try-access COUNT",
# the memory accesses inside a try (its body or a handler).
counts() {
	local out="$F/$(basename "$1" .wasm).counts"
	[ -f "$out" ] || "$NPM_BIN/wasm2wat" --enable-all "$1" | awk '
		/^ *\(func / { depth = 0; tries = 0 }
		$1 ~ /^[(;]/ { next }
		{ n[$1]++ }
		$1 ~ /^(block|loop|if|try)$/ { istry[++depth] = ($1 == "try"); tries += istry[depth]; next }
		$1 ~ /^(end|delegate)$/ { if (depth > 0) { tries -= istry[depth]; depth-- } next }
		($1 ~ /\.(load|store)/ || $1 ~ /^memory\./) && tries > 0 { inside++ }
		END { for (o in n) print o, n[o]; print "try-access", inside + 0 }' | sort >"$out"
	cat "$out"
}

# eh_counts FILE: the exception instructions' counts and try-access.
eh_counts() {
	counts "$1" | grep -E '^(try|catch|catch_all|delegate|rethrow|throw|try_table|throw_ref|try-access) '
}

@test "wasm-vips (Emscripten; C++ exceptions and setjmp, legacy encoding; SIMD; threads): --to64, --table64, --to32 and back are valid; types change, tags stay" {
	run -0 "$REWRITE" --to64 --check "$VIPS" -o "$F/vips64.wasm"
	run -0 "$REWRITE" --to64 --table64 --check "$VIPS" -o "$F/vipst64.wasm"
	run -0 "$REWRITE" --to32 --check "$F/vipst64.wasm" -o "$F/vips32.wasm"
	run -0 "$REWRITE" --to64 --table64 --check "$F/vips32.wasm" -o "$F/again64.wasm"
	# The 3.7 MB code section is cut into ranges for the threads: one
	# thread writes the same bytes.
	run -0 "$REWRITE" --to64 --threads 1 "$VIPS" -o "$BATS_TEST_TMPDIR/one.wasm"
	cmp "$F/vips64.wasm" "$BATS_TEST_TMPDIR/one.wasm"
	local f
	for f in "$VIPS" "$F"/{vips64,vipst64,vips32,again64}.wasm; do
		run -0 "$RUN" --validate "$f"
	done
	# The imported shared memory keeps its limits and sharing; the table
	# changes only with --table64; both tags and their exports stay.
	run -0 decls "$F/vips64.wasm"
	assert_line " - memory[0] pages: initial=4096 max=32768 shared i64 <- env.memory"
	assert_line " - table[0] type=funcref initial=6137"
	run -0 decls "$F/vipst64.wasm"
	assert_line " - table[0] type=funcref initial=6137 max=4294967295 i64"
	for f in "$F"/{vips64,vipst64,vips32}.wasm; do
		run -0 decls "$f"
		assert_line "Tag[2]:"
		assert_line " - tag[0] sig=1"
		assert_line " - tag[1] sig=1"
		assert_line ' - tag[0] -> "__c_longjmp"'
		assert_line ' - tag[1] -> "__cpp_exception"'
	done
	run -0 decls "$F/vips32.wasm"
	assert_line " - memory[0] pages: initial=4096 max=32768 shared <- env.memory"
	# target_features: Emscripten's entries stay; memory64 comes with the
	# 64-bit memory and goes with it.
	run -0 "$NPM_BIN/wasm-objdump" -x -j target_features "$F/vips64.wasm"
	assert_line "  - [+] exception-handling"
	assert_line "  - [+] memory64"
	run -0 "$NPM_BIN/wasm-objdump" -x -j target_features "$F/vips32.wasm"
	assert_line "  - [+] exception-handling"
	refute_line --partial memory64
}

@test "wasm-vips: every exception instruction is kept, and every memory access inside a try is converted in place" {
	native_pass_only "wasm2wat reads the outputs; the conversions ran in the test above"
	converted
	run -0 eh_counts "$VIPS"
	local want=$output
	# What the module has: fail here, not later, if the package changes.
	assert_line "try 5211"
	assert_line "catch 64"
	assert_line "catch_all 4823"
	assert_line "delegate 324"
	assert_line "rethrow 3420"
	assert_line "throw 2"
	assert_line "try-access 21445"
	local f
	for f in vips64 vipst64 vips32 again64; do
		run -0 eh_counts "$F/$f.wasm"
		assert_equal "$f: $output" "$f: $want"
	done
	# The accesses in try bodies take 64-bit addresses now: the output
	# validates (test above), so each got its i64 address in place.
	run -0 bash -c "grep '^i64.extend_i32_u ' '$F/vips64.counts' | cut -d' ' -f2"
	[ "$output" -gt 200000 ] || fail "too few address conversions: $output"
}

@test "wasm-vips: the round trips change only address conversions and scratch locals; every other instruction count is the original's" {
	native_pass_only "wasm2wat reads the outputs; the conversions ran in the first test"
	converted
	# What a conversion may add: zero-extensions and wraps of addresses,
	# scratch locals for the operands above an address, and (--to32 of a
	# 64-bit table) the compare-and-select that saturates table indices.
	local added='^(i64\.extend_i32_u|i32\.wrap_i64|local\.(get|set|tee)|i64\.const|i64\.lt_u|select) '
	counts "$VIPS" | grep -vE "$added" >"$T/orig"
	[ "$(wc -l <"$T/orig")" -gt 300 ] || fail "too few opcodes listed"
	local f
	for f in vips64 vipst64 vips32 again64; do
		counts "$F/$f.wasm" | grep -vE "$added" >"$T/$f"
		diff -u "$T/orig" "$T/$f" || fail "$f: instruction counts differ from the original"
	done
}

@test "wasm-vips: wabt (wasm-validate) and binaryen (wasm-opt) accept the original and every conversion" {
	native_pass_only "wabt and binaryen are the references, not the runtime under test"
	converted
	local f
	for f in "$VIPS" "$F"/{vips64,vipst64,vips32,again64}.wasm; do
		run -0 "$NPM_BIN/wasm-validate" --enable-all "$f"
		# wasm-opt validates what it reads; with no pass it writes it back.
		run -0 "$NPM_BIN/wasm-opt" -all "$f" -o "$T/out.wasm"
	done
}

@test "wasm-vips: V8 in Node 20 compiles the conversions (memory64 behind its flag; the 64-bit table after wasm-opt --table64-lowering)" {
	native_pass_only "V8 is the reference, not the runtime under test"
	converted
	local js="$ROOT/tests/data/js/compile.mjs"
	# The lowering as run.mjs does it: features from target_features, to
	# which --to64 added memory64.
	run -0 "$NPM_BIN/wasm-opt" --table64-lowering "$F/vipst64.wasm" -o "$T/lowered.wasm"
	run -0 eh_counts "$T/lowered.wasm"
	assert_line "try 5211"
	assert_line "delegate 324"
	head -c 100000 "$F/vips64.wasm" >"$T/truncated.wasm"
	run -1 node --experimental-wasm-memory64 "$js" "$VIPS" "$F/vips64.wasm" "$F/vips32.wasm" \
		"$T/lowered.wasm" "$T/truncated.wasm"
	assert_output --regexp "^vips.wasm: compiled
vips64.wasm: compiled
vips32.wasm: compiled
lowered.wasm: compiled
truncated.wasm: refused: .+$"
	# Without the flag, Node 20 refuses exactly the 64-bit memory; the
	# 64-bit table is what it refuses even with it.
	run -1 node "$js" "$F/vips64.wasm"
	assert_output --partial "invalid memory limits flags"
	run -1 node --experimental-wasm-memory64 "$js" "$F/vipst64.wasm"
	assert_output --partial "invalid table elements limits flags"
}

@test "wasm-vips: Chromium's V8 compiles every conversion, the 64-bit table included" {
	native_pass_only "Chromium is the reference, not the runtime under test"
	converted
	head -c 100000 "$F/vipst64.wasm" >"$T/truncated.wasm"
	run node "$ROOT/tests/data/js/compile.mjs" --chromium --profile "$T/profile" \
		"$F"/{vips64,vipst64,vips32,again64}.wasm "$T/truncated.wasm"
	[ "$status" -ne 77 ] || skip "$output"
	assert_equal "$status" 1
	assert_output --regexp "^vips64.wasm: compiled
vipst64.wasm: compiled
vips32.wasm: compiled
again64.wasm: compiled
truncated.wasm: refused: .+$"
}
