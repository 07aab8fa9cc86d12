#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The host ABI is written once, in abi/wasi.def; these tests check that
# what is expanded or generated from it is fresh and agrees with the
# hand-written interface description (docs/host-abi.md).

setup() {
	load helpers
	ABIGEN="$(dirname "$RUN")/w64-abigen"
	[ -x "$ABIGEN" ] || ABIGEN="$ROOT/build/native/bin/w64-abigen"
}

@test "js/wasi-abi.mjs is what abi/gen.c makes of abi/wasi.def (make abi rewrites it)" {
	run -0 "$ABIGEN" js
	diff -u "$ROOT/js/wasi-abi.mjs" <(printf '%s\n' "$output") ||
		fail "js/wasi-abi.mjs is stale: run make abi and commit it"
}

@test "docs/host-abi.md gives every function the table's two signatures" {
	local n=0 name t32 t64 section
	while IFS=$'\t' read -r name t32 t64; do
		section=$(awk -v h="### \`$name\`" '$0 == h { on = 1; next } /^### / { on = 0 } on' \
			"$ROOT/docs/host-abi.md")
		[ -n "$section" ] || fail "docs/host-abi.md has no section for $name"
		if [ "$t32" = "$t64" ]; then
			grep -qF "Signature, both widths: \`$t32\`" <<<"$section" ||
				fail "$name: the doc does not say $t32 for both widths"
		else
			grep -qF -- "- wasm32: \`$t32\`" <<<"$section" || fail "$name: the doc does not say wasm32 $t32"
			grep -qF -- "- wasm64: \`$t64\`" <<<"$section" || fail "$name: the doc does not say wasm64 $t64"
		fi
		n=$((n + 1))
	done < <("$ABIGEN" signatures)
	[ "$n" -eq 46 ]
}

# imports_of WASM: "name<TAB>type" for each import of the module.
imports_of() {
	node --input-type=module -e '
		import { readFileSync } from "node:fs";
		import { readModuleInfo } from "'"$ROOT"'/js/wasm-module-info.mjs";
		for (const i of readModuleInfo(readFileSync(process.argv[1])).imports) {
			const t = i.type;
			console.log(`${i.module}.${i.name}\t(${t.parameters.join(", ")}) -> ${t.results.length ? t.results.join(", ") : "()"}`);
		}' "$1"
}

# check_libc_imports TARGET SYSROOT COLUMN: every libc import, linked, has
# the table's type for that width (COLUMN 2: wasm32, 3: wasm64).
check_libc_imports() {
	local target=$1 sysroot=$2 column=$3
	"$CLANG" --target="$target" --sysroot="$sysroot" -O2 -I "$ROOT/libc/internal" -I "$ROOT/abi" \
		"$ROOT/tests/data/abi/all_imports.c" -o "$BATS_TEST_TMPDIR/all.wasm"
	imports_of "$BATS_TEST_TMPDIR/all.wasm" | sort >"$BATS_TEST_TMPDIR/have"
	"$ABIGEN" signatures | awk -F'\t' -v c="$column" '{ print "wasi_snapshot_preview1." $1 "\t" $c }' |
		sort >"$BATS_TEST_TMPDIR/want"
	run diff -u "$BATS_TEST_TMPDIR/want" "$BATS_TEST_TMPDIR/have"
	assert_success
	[ "$(wc -l <"$BATS_TEST_TMPDIR/have")" -eq 46 ]
}

@test "the wasm64 libc imports every WASI function with its wasm64 signature" {
	check_libc_imports wasm64 "$SYSROOT" 3
}

@test "the wasm32 libc (sysroot32) imports every WASI function with its wasm32 signature" {
	check_libc_imports wasm32 "$ROOT/sysroot32" 2
}

@test "wasm64-run binds every table function in both widths, and refuses a third type" {
	# A module importing each function twice, as wasm32 and as wasm64,
	# instantiates; a wrong type is a link error naming both accepted types.
	local wat="$BATS_TEST_TMPDIR/all.wat"
	{
		echo '(module'
		"$ABIGEN" signatures | while IFS=$'\t' read -r name t32 t64; do
			for t in "$t32" "$t64"; do
				params=$(sed -E 's/^\((.*)\) -> .*/\1/; s/,//g' <<<"$t")
				result=$(sed -E 's/.* -> //' <<<"$t")
				[ "$result" = "()" ] && result= || result="(result $result)"
				echo "  (import \"wasi_snapshot_preview1\" \"$name\" (func (param $params) $result))"
			done
		done
		echo '  (memory (export "memory") 1) (func (export "_start")))'
	} >"$wat"
	wat "$BATS_TEST_TMPDIR/all.wasm" "$wat"
	run -0 "$RUN" "$BATS_TEST_TMPDIR/all.wasm"
	cat >"$BATS_TEST_TMPDIR/bad.wat" <<-'WAT'
		(module (import "wasi_snapshot_preview1" "fd_seek" (func (param i32 i64 i32 i32) (result i64)))
		  (memory (export "memory") 1) (func (export "_start")))
	WAT
	wat "$BATS_TEST_TMPDIR/bad.wasm" "$BATS_TEST_TMPDIR/bad.wat"
	run -1 "$RUN" "$BATS_TEST_TMPDIR/bad.wasm"
	assert_output --partial 'import wasi_snapshot_preview1.fd_seek: type (i32, i64, i32, i32) -> i64 matches neither wasm32 (i32, i64, i32, i32) -> i32 nor wasm64 (i32, i64, i32, i64) -> i32'
}
