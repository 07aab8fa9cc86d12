#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# More real programs from the npm registry (scripts/fetch-programs.sh pins
# and checks each tarball), each built unmodified with its own build files
# and the plain command, and again natively with the build machine's
# compiler from the same sources; their outputs are compared byte for byte.
#
#   libexpat 2.2.1 (node-expat): CMake with toolchain.cmake, then ctest
#   Zopfli 1.0.2 (node-zopfli): its Makefile, `make zopfli CC=...`
#   LZ4 1.9.2 (lz4): the library through its own test programs,
#     `make -C tests frametest datagen CC=...` (its command-line program
#     does not compile on WASI: docs/libc.md, "Real programs")

setup_file() {
	load helpers
	in_native_pass || return 0
	fetch_programs
	local t="$BATS_FILE_TMPDIR"
	rm -rf "$t"/expat-* "$t"/zopfli-* "$t"/lz4-*
	# Both builds of libexpat read the source tree where it is and build
	# out of it; its own options (tools, examples, tests) stay as they are.
	# The native builds run beside the wasm64 ones.
	(cmake -S "$PROGS/expat" -B "$t/expat-native" &&
		cmake --build "$t/expat-native" --target xmlwf elements outline runtests) >"$t/expat-native.log" 2>&1 &
	local native=$!
	cmake -S "$PROGS/expat" -B "$t/expat-wasm" -DCMAKE_TOOLCHAIN_FILE="$ROOT/toolchain.cmake" >"$t/expat-wasm.log" 2>&1
	cmake --build "$t/expat-wasm" >>"$t/expat-wasm.log" 2>&1
	# Zopfli's Makefile writes objects into its tree: one copy per build.
	cp -R "$PROGS/zopfli" "$t/zopfli-wasm"
	cp -R "$PROGS/zopfli" "$t/zopfli-native"
	make -C "$t/zopfli-wasm" zopfli CC="$CLANG --target=wasm64-wasip1 --sysroot=$SYSROOT" >"$t/zopfli-wasm.log" 2>&1
	cp -R "$PROGS/lz4" "$t/lz4-wasm"
	cp -R "$PROGS/lz4" "$t/lz4-native"
	make -C "$t/lz4-wasm/tests" frametest datagen CC="$CLANG --target=wasm64-wasip1 --sysroot=$SYSROOT" >"$t/lz4-wasm.log" 2>&1
	wait "$native"
	make -C "$t/zopfli-native" zopfli >"$t/zopfli-native.log" 2>&1
	make -C "$t/lz4-native/tests" frametest datagen >"$t/lz4-native.log" 2>&1
}

setup() {
	load helpers
	native_pass_only "builds large programs once; the interpreter under the sanitizers is covered by the other suites"
	B="$BATS_FILE_TMPDIR"
	PROGS="$ROOT/build/programs"
	cd "$BATS_TEST_TMPDIR"
}

# same WASM NATIVE ARGS...: runs the wasm64 build (in wasm64-run, with the
# current directory mapped) and the native one with the same arguments in
# the same directory, each in a fresh copy of it; their standard output,
# standard error, exit status and every file they leave must be equal.
# Leaves the wasm64 run's directory in ./wasm.
same() {
	local wasm=$1 native=$2
	shift 2
	rm -rf wasm native
	mkdir wasm native
	cp -R in/. wasm/
	cp -R in/. native/
	local ws=0 ns=0
	(cd wasm && "$RUN" --dir . "$wasm" "$@" <stdin >../wasm.out 2>../wasm.err) || ws=$?
	(cd native && "$native" "$@" <stdin >../native.out 2>../native.err) || ns=$?
	assert_equal "$ws" "$ns"
	diff native.out wasm.out
	diff native.err wasm.err
	diff -r native wasm
}

# XML documents that take expat through namespaces, entities, DTDs,
# encodings and its error paths.
expat_inputs() {
	mkdir in
	cp "$PROGS/expat/doc/xmlwf.xml" "$PROGS/expat/doc/reference.html" in/
	cat >in/ns.xml <<-'EOF'
		<?xml version="1.0"?>
		<r xmlns="urn:a" xmlns:b="urn:b" b:at="1"><b:c x="&lt;&amp;&#x263A;"/><![CDATA[ <raw> ]]><?pi data?><!-- c --></r>
	EOF
	cat >in/dtd.xml <<-'EOF'
		<?xml version="1.0" standalone="no"?>
		<!DOCTYPE doc [
		  <!ELEMENT doc (item*)>
		  <!ATTLIST item kind CDATA "plain" id ID #IMPLIED>
		  <!ENTITY who "world">
		  <!ENTITY % p "<!ENTITY deep 'from a parameter entity'>">
		  %p;
		  <!ENTITY ext SYSTEM "ext.ent">
		]>
		<doc><item id="i1">hello &who;</item><item kind="x">&deep;</item><item>&ext;</item></doc>
	EOF
	printf 'external <b>text</b> &amp; more' >in/ext.ent
	printf '<?xml version="1.0" encoding="ISO-8859-1"?>\n<t a="\xe9t\xe9">caf\xe9 \xfc\xdf</t>\n' >in/latin1.xml
	printf '<?xml version="1.0" encoding="UTF-16"?>\n<t>\xce\xb1\xce\xb2\xce\xb3 \xe2\x82\xac \xf0\x9f\x98\x80</t>\n' |
		iconv -f UTF-8 -t UTF-16 >in/utf16.xml
	printf '<a><b></a>\n' >in/mismatch.xml
	printf '<a>&nope;</a>\n' >in/undefined.xml
	printf '<?xml version="1.0" encoding="no-such"?>\n<a/>\n' >in/encoding.xml
	printf '<a>\n  <b attr="1" attr="2"/>\n</a>\n' >in/duplicate.xml
	printf '<a>' >in/truncated.xml
	: >in/stdin
}

@test "libexpat: CMake with toolchain.cmake builds the library, xmlwf, the examples and both test programs (C and C++)" {
	run -0 od -An -tx1 -N4 "$B/expat-wasm/xmlwf/xmlwf.wasm"
	assert_output " 00 61 73 6d"
	grep -q "Linking CXX executable tests/runtestspp.wasm" "$B/expat-wasm.log"
	run -0 od -An -tx1 -N4 "$B/expat-wasm/tests/runtestspp.wasm"
	assert_output " 00 61 73 6d"
}

@test "libexpat: its test suite passes under ctest in wasm64-run (runtests, and runtestspp built as C++)" {
	run -0 ctest --test-dir "$B/expat-wasm" --output-on-failure
	assert_output --partial "100% tests passed, 0 tests failed out of 2"
	# The verbose report of the C suite equals the native one, count included.
	run -0 "$RUN" "$B/expat-wasm/tests/runtests.wasm" -v
	local wasm="$output"
	run -0 "$B/expat-native/tests/runtests" -v
	assert_equal "$wasm" "$output"
	assert_output --partial "100%: Checks: 98, Failed: 0"
}

@test "libexpat: xmlwf writes the same canonical XML and the same errors as its native build" {
	expat_inputs
	local x="$B/expat-wasm/xmlwf/xmlwf.wasm" n="$B/expat-native/xmlwf/xmlwf"
	local all=(xmlwf.xml reference.html ns.xml dtd.xml latin1.xml utf16.xml mismatch.xml undefined.xml encoding.xml duplicate.xml truncated.xml)
	mkdir in/out
	# Well-formedness, canonical output (-d), with namespaces (-n), with
	# parameter entities (-p) and external entities read from files (-x),
	# read() instead of mmap (-r), meta-information (-m), copies (-c).
	same "$x" "$n" -d out "${all[@]}"
	[ -s wasm/out/dtd.xml ] && [ -s wasm/out/utf16.xml ]
	grep -q '^reference.html:2160:2: mismatched tag$' wasm.out
	same "$x" "$n" -n -d out ns.xml dtd.xml
	grep -q 'urn:a' wasm/out/ns.xml
	same "$x" "$n" -p -x -d out dtd.xml
	grep -q 'external <b>text</b> &amp; more' wasm/out/dtd.xml
	same "$x" "$n" -r -m -d out dtd.xml ns.xml latin1.xml utf16.xml
	same "$x" "$n" -c -d out xmlwf.xml utf16.xml
	same "$x" "$n" -s dtd.xml ns.xml
	same "$x" "$n" -e ISO-8859-1 -d out latin1.xml
	# From standard input.
	cp in/ns.xml in/stdin
	same "$x" "$n" -d out
	# A usage error: the same message, naming the program as it was started.
	run -2 --separate-stderr "$RUN" "$x" -z
	local wasm="${stderr//$x/xmlwf}"
	run -2 --separate-stderr "$n" -z
	assert_equal "$wasm" "${stderr//$n/xmlwf}"
	assert_equal "${wasm%% *}" "usage:"
}

@test "libexpat: the outline and elements examples print the same trees as natively" {
	expat_inputs
	cp in/xmlwf.xml in/stdin
	same "$B/expat-wasm/examples/outline.wasm" "$B/expat-native/examples/outline"
	[ "$(wc -l <wasm.out)" -gt 50 ]
	same "$B/expat-wasm/examples/elements.wasm" "$B/expat-native/examples/elements"
	cp in/mismatch.xml in/stdin
	same "$B/expat-wasm/examples/outline.wasm" "$B/expat-native/examples/outline"
}

@test "Zopfli: make zopfli CC=... builds a wasm64 zopfli whose gzip, zlib and deflate output equals the native build's" {
	run -0 od -An -tx1 -N4 "$B/zopfli-wasm/zopfli"
	assert_output " 00 61 73 6d"
	mkdir in
	: >in/stdin
	cp "$B/zopfli-wasm/src/zopfli/squeeze.c" "$B/zopfli-wasm/COPYING" in/
	: >in/empty
	head -c 20000 /dev/zero | tr '\0' 'a' >in/run
	awk 'BEGIN { for (i = 0; i < 200; i++) printf "%d %x %.3f\n", i, i * 2654435761 % 4294967296, sin(i) }' >in/numbers
	local z="$B/zopfli-wasm/zopfli" n="$B/zopfli-native/zopfli"
	# -v prints sizes and percentages; each file is written as FILE.gz.
	same "$z" "$n" -v squeeze.c COPYING empty run numbers
	# The output really is gzip: the build machine's gzip gives the input
	# back, and it is smaller than gzip -9's.
	for f in squeeze.c COPYING empty run numbers; do
		gzip -dc "wasm/$f.gz" | cmp - "in/$f"
	done
	[ "$(stat -c %s wasm/numbers.gz)" -le "$(gzip -9c in/numbers | wc -c)" ]
	# The zlib and raw deflate formats, fewer iterations, standard output.
	same "$z" "$n" --zlib --i5 squeeze.c numbers
	[ -s wasm/numbers.zlib ]
	same "$z" "$n" --deflate --i1 COPYING run
	[ -s wasm/run.deflate ]
	same "$z" "$n" -c --i3 numbers
	gzip -dc wasm.out | cmp - in/numbers
}

@test "LZ4: its frame-format tester passes in wasm64-run as natively, and its data generator writes the same bytes" {
	local w="$B/lz4-wasm/tests" n="$B/lz4-native/tests"
	run -0 od -An -tx1 -N4 "$w/frametest"
	assert_output " 00 61 73 6d"
	# frametest round-trips generated data through the LZ4 frame API
	# (lz4, lz4hc, xxhash): basic tests, then random round trips; its
	# progress counter is timed, so only the report lines are compared.
	local seed
	for seed in 1234 99; do
		run -0 bash -c '"$@" 2>&1 | tr "\r" "\n" | grep -v "^ *[0-9]"' _ "$RUN" "$w/frametest" -s$seed -i12 -P70
		local wasm="$output"
		run -0 bash -c '"$@" 2>&1 | tr "\r" "\n" | grep -v "^ *[0-9]"' _ "$n/frametest" -s$seed -i12 -P70
		assert_equal "$wasm" "$output"
		assert_line "Basic tests completed "
		assert_line "All tests completed   "
	done
	local args
	for args in "-g200000 -s7" "-g65536 -P0" "-g100000 -P100 -s3"; do
		# shellcheck disable=SC2086
		cmp <("$RUN" "$w/datagen" $args) <("$n/datagen" $args)
	done
}
