#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# Reliability (docs/fuzzing.md): the regression corpus of the differential
# campaign, a short bounded run of every libFuzzer target and of the
# campaign, and hostile modules and arguments.  Long campaigns are
# `make fuzz` / campaign.mjs, never tests.

setup_file() {
	load helpers
	export REWRITE="$(dirname "$RUN")/wasm64-rewrite"
	export FUZZ="$ROOT/build/fuzz"
}

setup() {
	load helpers
	T="$BATS_TEST_TMPDIR"
}

# The features translate-to-fuzz modules use (tests/fuzz/diff/differential.mjs).
wasm_as() {
	"$NPM_BIN/wasm-as" --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
		--enable-mutable-globals --enable-reference-types --enable-multivalue --enable-tail-call \
		--enable-extended-const --enable-memory64 "$2" -o "$1" 2>/dev/null
}

@test "regression corpus: each module gives its recorded output in wasm64-run, V8 and after conversion" {
	local n=0 wat name width
	for wat in "$ROOT"/tests/fuzz/regress/*.wat; do
		name=$(basename "$wat" .wat)
		width=$(sed -n 's/^;; compare: //p' "$wat")
		wasm_as "$T/$name.wasm" "$wat"
		run node "$ROOT/tests/fuzz/diff/compare.mjs" --runtime "$FUZZ_RUN" --rewrite "$REWRITE" \
			"$width" "$T/$name.wasm"
		[ "$status" -eq 0 ] || fail "$name: mismatch: $output"
		diff -u "$ROOT/tests/fuzz/regress/$name.expected" <(printf '%s\n' "$output") ||
			fail "$name: output differs from $name.expected"
		n=$((n + 1))
	done
	[ "$n" -ge 4 ]
}

@test "fuzz target findings: each input in tests/fuzz/regress/crashes runs clean in its target and the tools" {
	local f n=0
	for f in "$ROOT"/tests/fuzz/regress/crashes/*; do
		case $(basename "$f") in
		rewrite-*)
			# rewrite-nonminimal-local-count: a local count as a 2-byte
			# LEB128 was read through a reader with an uninitialised error
			# (so it failed) and copied into the output twice.
			run -0 "$REWRITE" --to64 --check "$f" -o "$T/out64.wasm"
			run -0 "$REWRITE" --to32 --check "$T/out64.wasm" -o "$T/out32.wasm"
			run -0 "$RUN" --validate "$T/out64.wasm" ;;
		module-*)
			# module-simd-atomics-validated-not-run: SIMD and atomics
			# validated, but the interpreter's compiler had no code for
			# either; now both run (f stores 7 atomically, then reads
			# it back as a lane of a v128.load).
			run -0 "$RUN" --validate "$f"
			run -0 "$RUN" --invoke f "$f"
			assert_output "i32:7" ;;
		printf-*) ;; # printf-literal-split-in-percent: the target's own format
			# builder split the literal text inside a doubled '%'
		*) fail "$f: name it TARGET-what (TARGET: the fuzz target that found it)" ;;
		esac
		if [[ $RUN == */build/native/* ]]; then
			run -0 "$FUZZ/fuzz_$(basename "$f" | cut -d- -f1)" "$f"
		fi
		n=$((n + 1))
	done
	[ "$n" -ge 1 ]
}

@test "w64-fuzz-run prints its canonical lines (calls, logs of each type, results, traps)" {
	cat >"$T/m.wat" <<-'EOF'
		(module
		  (import "fuzzing-support" "log-i32" (func $li (param i32)))
		  (import "fuzzing-support" "log-i64" (func $lI (param i64)))
		  (import "fuzzing-support" "log-f32" (func $lf (param f32)))
		  (import "fuzzing-support" "log-f64" (func $lF (param f64)))
		  (import "fuzzing-support" "call-export-catch" (func $catch (param i32) (result i32)))
		  (func (export "logs") (result i32 f64)
		    (call $li (i32.const -1)) (call $lI (i64.const 0x123456789))
		    (call $lf (f32.const -0.5)) (call $lF (f64.const 1))
		    (i32.const 7) (f64.const -0))
		  (func (export "takes_i64") (param i64))
		  (func (export "catches") (call $li (call $catch (i32.const 1))))
		  (func (export "traps") (unreachable)))
	EOF
	wat "$T/m.wasm" "$T/m.wat"
	run -0 "$FUZZ_RUN" "$T/m.wasm"
	assert_output - <<-'EOF'
		call logs
		log i32 0xffffffff
		log i64 0x0000000123456789
		log f32 0xbf000000
		log f64 0x3ff0000000000000
		result i32 0x00000007 f64 0x8000000000000000
		call takes_i64
		exception
		call catches
		log i32 0x00000001
		call traps
		trap unreachable
	EOF
	# An import it does not provide is a link error.
	printf '(module (import "fuzzing-support" "nope" (func)))' >"$T/bad.wat"
	wat "$T/bad.wasm" "$T/bad.wat"
	run -1 "$FUZZ_RUN" "$T/bad.wasm"
	assert_output --partial 'unknown import fuzzing-support.nope'
}

@test "libFuzzer targets: seeds and 5 seconds of fuzzing each, no finding" {
	native_pass_only "the fuzz targets have their own sanitizer build"
	local t wasm_seeds=("$ROOT"/build/spec/wasm-spec-core/json/*/*.wasm)
	for t in decode module rewrite printf strtol malloc; do
		[ -x "$FUZZ/fuzz_$t" ] || fail "build/fuzz/fuzz_$t is not built (make check builds it)"
		mkdir -p "$T/$t"
		case $t in
		decode | module | rewrite)
			# A sample of the spec suite's modules (the whole corpus is make fuzz's).
			[ -e "${wasm_seeds[0]}" ] || fail "the spec suite is not unpacked (make check does it)"
			printf '%s\n' "${wasm_seeds[@]}" | awk 'NR % 40 == 0' | xargs cp -t "$T/$t" ;;
		printf | strtol) cp "$ROOT/tests/fuzz/seeds/$t"/* "$T/$t/" ;;
		esac
		run "$FUZZ/fuzz_$t" -max_total_time=5 -timeout=20 -rss_limit_mb=2048 \
			-artifact_prefix="$T/crash-$t-" "$T/$t"
		[ "$status" -eq 0 ] || fail "fuzz_$t found something: $(grep -m 5 -E 'ERROR|mismatch|SUMMARY' <<<"$output")"
		assert_output --partial 'Done '
	done
}

@test "differential campaign: 12 generated modules and 8 exception-handling programs agree (wasm64-run vs V8, original vs rewritten, standard vs legacy)" {
	native_pass_only "a campaign against V8, once"
	run -0 node "$ROOT/tests/fuzz/diff/campaign.mjs" --first 1 --count 12 --eh 8 --jobs 2 \
		--runtime "$FUZZ_RUN" --rewrite "$REWRITE" --keep "$T/mismatches"
	assert_line --regexp '^seeds 1\.\.12: 12 modules'
	assert_line --regexp '^  wasm64-run vs V8: [0-9]+ agree, 0 mismatches'
	assert_line --regexp '^  original vs rewritten: [0-9]+ agree, 0 mismatches'
	assert_line 'exception-handling programs 1..8: 8 modules (0 failed to assemble)'
	assert_line --regexp '^  legacy: wasm64-run vs V8: 8 agree, 0 mismatches'
	assert_line --regexp '^  legacy: original vs rewritten: 8 agree, 0 mismatches'
	assert_line --regexp '^  standard twin vs legacy, and vs its conversion: [1-9][0-9]* agree, 0 mismatches'
}

@test "hostile modules: million-deep nesting runs, huge counts and limits are clear errors" {
	node "$ROOT/tests/fuzz/hostile.mjs" "$T" 1000000
	local m
	# Nesting a million deep: decoded, validated, compiled and run without
	# host recursion (the decoder, validator and compiler keep explicit stacks).
	for m in nest-block nest-loop nest-if nest-br-out deep-stack; do
		run -0 "$RUN" "$T/$m.wasm"
		run -0 "$REWRITE" --to64 --check "$T/$m.wasm" -o "$T/$m.64.wasm"
	done
	run -1 "$RUN" "$T/nest-unclosed.wasm"
	assert_output --partial 'unexpected end of function body'
	run -1 "$RUN" "$T/locals-huge.wasm"
	assert_output --partial 'too many locals'
	run -1 "$RUN" "$T/locals-sum-overflows.wasm"
	assert_output --partial 'too many locals'
	run -1 "$RUN" "$T/br-table-huge.wasm"
	assert_output --partial 'br_table has too many labels (10000000)'
	run -1 "$RUN" "$T/types-count.wasm"
	assert_output --partial 'too many types (4294967280; the limit is 1000000)'
	run -1 "$RUN" "$T/funcs-count.wasm"
	assert_output --partial 'too many functions (4294967295; the limit is 1000000)'
	run -1 "$RUN" "$T/elem-count.wasm"
	assert_output --partial '4294967295 elements declared, 10 bytes left'
	run -1 "$RUN" "$T/table-huge.wasm"
	assert_output --partial 'table of 4294967295 elements exceeds the limit of 134217728'
	run -1 "$RUN" "$T/table64-huge.wasm"
	assert_output --partial 'table of 1099511627776 elements exceeds the limit'
	run -1 "$RUN" --max-memory 1G "$T/memory64-huge.wasm"
	assert_output --partial 'memory of 140737488355328 pages exceeds the limit of 16384 pages (--max-memory)'
	run -1 "$RUN" "$T/memory64-too-big.wasm"
	assert_output --partial 'memory size must be at most 281474976710656'
	for m in "$T"/*.wasm; do
		run "$REWRITE" --to32 "$m" -o "$T/out.wasm"
		[ "$status" -le 1 ] || fail "wasm64-rewrite --to32 $m: status $status: $output"
	done
}

@test "huge argument and environment lists reach the program, or fail cleanly when memory is short" {
	cat >"$T/args.c" <<-'EOF'
		#include <stdio.h>
		#include <stdlib.h>
		#include <string.h>
		int main(int argc, char **argv)
		{
			size_t total = 0;
			for (int i = 0; i < argc; i++)
				total += strlen(argv[i]);
			const char *big = getenv("BIG");
			printf("argc %d, %zu bytes; BIG %zu bytes; last %s\n", argc, total,
			       big ? strlen(big) : 0, argv[argc - 1]);
			return 0;
		}
	EOF
	cc "$T/args.wasm" "$T/args.c" -O2
	local big
	big=$(head -c 120000 /dev/zero | tr '\0' x)
	run -0 "$RUN" "$T/args.wasm" $(seq 1 100000)
	assert_output "argc 100001, $((488895 + ${#T} + 10)) bytes; BIG 0 bytes; last 100000"
	run -0 "$RUN" --env "BIG=$big" --env "B2=$big" "$T/args.wasm" "$big" "$big" "$big" end
	assert_output --regexp "^argc 5, [0-9]+ bytes; BIG 120000 bytes; last end$"
	# Too little memory for them: the program's start-up says so; no host crash.
	run -71 "$RUN" --max-memory 256K --env "BIG=$big" "$T/args.wasm" "$big" "$big" "$big" "$big" \
		"$big" "$big" "$big" "$big"
	assert_output --partial 'cannot get the program arguments from the host'
}
