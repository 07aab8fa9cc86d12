#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The build systems through an installed, then moved, prefix: a library
# installed into a copy of its sysroot with a pkg-config file, then a
# CMake project (every form of add_test), an autotools project and a meson
# project that use it, each running its tests in wasm64-run
# (tests/data/buildsys/).

setup_file() {
	load helpers
	in_native_pass || return 0
	B="$BATS_FILE_TMPDIR"
	make -s -C "$ROOT" install PREFIX="$B/first" >"$B/install.log" 2>&1
	# Everything below uses the prefix after it has moved.
	mv "$B/first" "$B/sdk"
	cp -R "$B/sdk/share/wasm64-sysroot" "$B/sysroot"
	local tiny="$ROOT/tests/data/buildsys/tiny" lib="$B/sysroot/lib/wasm64-wasip1"
	PATH="$B/sdk/bin:$PATH_NO_WASM_OPT" WASM64_SYSROOT="$B/sysroot" \
		wasm64-wasip1-clang -O2 -c "$tiny/tiny.c" -o "$B/tiny.o"
	PATH="$B/sdk/bin:$PATH" wasm64-wasip1-ar rcs "$lib/libtiny.a" "$B/tiny.o"
	cp "$tiny/tiny.h" "$B/sysroot/include/"
	mkdir -p "$lib/pkgconfig"
	cp "$tiny/tiny.pc" "$lib/pkgconfig/"
}

setup() {
	load helpers
	native_pass_only "the installed wasm64-run (the optimised build) runs these projects"
	B="$BATS_FILE_TMPDIR"
	T="$BATS_TEST_TMPDIR"
	# The prefix's tools first; no wasm-opt (clang would run it after -O links).
	export PATH="$B/sdk/bin:$PATH_NO_WASM_OPT"
	export WASM64_SYSROOT="$B/sysroot"
}

# sdk_defaults MODULE: linked with the SDK's defaults (a 1 MiB stack; the
# setjmp lowering marks the exception-handling feature).
sdk_defaults() {
	"$NPM_BIN/wasm-objdump" -x "$1" | grep -q '<__stack_pointer> - init i64=1048576$' ||
		fail "$1: not a 1 MiB stack"
	"$NPM_BIN/wasm-objdump" -x -j target_features "$1" | grep -q exception-handling ||
		fail "$1: built without -wasm-enable-sjlj"
}

# project NAME: a copy of tests/data/buildsys/NAME with check.c and data/.
project() {
	local d="$ROOT/tests/data/buildsys"
	cp -R "$d/$1" "$T/$1"
	cp "$d/check.c" "$T/$1/"
	cp -R "$d/data" "$T/$1/data"
}

@test "install layout: tools, wrappers, clang config files, sysroots, CMake, meson and autoconf files; nothing names the tree" {
	local p="$B/sdk" f
	for f in bin/wasm64-run bin/wasm64-rewrite bin/wasm64-wasip1-clang bin/wasm64-wasip1-cc \
		bin/wasm64-wasip1-ar bin/wasm64-wasip1-pkg-config bin/wasm32-wasip1-clang \
		bin/wasm-defaults.cfg bin/wasm64-unknown-wasip1.cfg bin/wasm64.cfg bin/wasm64-clang.cfg \
		share/wasm64-sysroot/lib/wasm64-wasip1/libc.a share/wasm32-sysroot/lib/wasm32-wasip1/libc.a \
		share/cmake/wasm64-wasip1.cmake share/meson/wasm64-wasip1.meson share/wasm64-sdk/config.site; do
		[ -e "$p/$f" ] || fail "missing: $f"
	done
	# The sysroot's links survived the copy.
	[ "$(readlink "$p/share/wasm64-sysroot/lib/libc.a")" = wasm64-wasip1/libc.a ]
	run grep -rl --binary-files=without-match -e "$ROOT" -e "$B/first" "$p"
	assert_failure 1
}

@test "the moved prefix: wrappers, clang config files and --config build programs with the defaults" {
	cd "$T"
	run -0 wasm64-wasip1-clang "$ROOT/examples/hello.c" -o a.wasm
	run -0 clang-22 --config-user-dir="$B/sdk/bin" --target=wasm64-wasip1 "$ROOT/examples/hello.c" -o b.wasm
	run -0 clang-22 --config "$B/sdk/bin/wasm64-clang.cfg" "$ROOT/examples/hello.c" -o c.wasm
	for w in a b c; do
		run -0 wasm64-run "$w.wasm" "$w"
		assert_output $'Hello from wasm64!\n'"$w"
		"$NPM_BIN/wasm-objdump" -x "$w.wasm" | grep -q '<__stack_pointer> - init i64=1048576$'
	done
	run -0 wasm32-wasip1-clang "$ROOT/examples/hello.c" -o d.wasm
	run -0 wasm64-run d.wasm
	run -0 "$NPM_BIN/wasm-objdump" -x d.wasm
	refute_output --regexp 'memory\[0\] pages: .* i64'
}

@test "pkg-config: the wrapper sees only the sysroot's .pc files, with paths inside the sysroot" {
	run -0 wasm64-wasip1-pkg-config --cflags --libs tiny
	assert_output --regexp "^-I$B/sysroot/include -DTINY_FROM_PKG_CONFIG=1 -L$B/sysroot/lib/wasm64-wasip1 -ltiny ?\$"
	# The host's own packages are invisible (jansson: the spec runner's).
	run -1 wasm64-wasip1-pkg-config --exists jansson
	run -0 pkg-config --exists jansson
}

@test "CMake: every form of add_test runs in wasm64-run with ctest's directory, arguments and environment" {
	project cmake
	run -0 cmake -S "$T/cmake" -B "$T/b" -DCMAKE_TOOLCHAIN_FILE="$B/sdk/share/cmake/wasm64-wasip1.cmake" \
		-DWASM64_SYSROOT="$B/sysroot"
	assert_output --partial "Found tiny, version 1.0"
	run -0 cmake --build "$T/b"
	sdk_defaults "$T/b/check.wasm"
	run -0 ctest --test-dir "$T/b" --output-on-failure
	assert_output --partial "100% tests passed, 0 tests failed out of 13"
	# Each test ran the module in the interpreter, with its arguments.
	run -0 ctest --test-dir "$T/b" -V -R '^(old_form|dot_form|target_file_form|sub_old_form)$'
	assert_output --partial "tiny_add(2, 3) = 5"
	assert_output --partial "tiny_add(40, 2) = 42"
	assert_output --partial "1: Test command: $B/sdk/bin/wasm64-run \"--dir\" \"$T/cmake\" \"--dir\" \"$T/b\" \"--dir\" \".\" \"--inherit-env\" \"$T/b/check.wasm\" \"sum\" \"2\" \"3\" \"5\""
	assert_output --partial "\"--inherit-env\" \"$T/b/./check.wasm\" \"sum\""
	assert_output --partial "\"--inherit-env\" \"$T/b/sub/../check.wasm\" \"sum\" \"40\""
}

@test "autotools: configure --host=wasm64-wasip1 with the site file, make, make check in wasm64-run" {
	project autotools
	cd "$T/autotools"
	run -0 autoreconf -i
	CONFIG_SITE="$B/sdk/share/wasm64-sdk/config.site" run -0 ./configure --host=wasm64-wasip1
	assert_line "checking for wasm64-wasip1-gcc... wasm64-wasip1-clang"
	assert_line "checking whether we are cross compiling... yes"
	assert_line "checking for wasm64-wasip1-pkg-config... $B/sdk/bin/wasm64-wasip1-pkg-config"
	assert_line "checking size of void *... 8"
	assert_line "checking for GNU libc compatible malloc... (cached) yes"
	assert_line "checking whether a built program runs here... cross-compiling: not tried"
	run -0 make
	[ "$(head -c 4 tinycheck | od -An -tx1 | tr -d ' ')" = 0061736d ]
	sdk_defaults tinycheck
	run -0 make check LOG_COMPILER='wasm64-run --dir . --inherit-env'
	assert_line "PASS: tinycheck"
	assert_line "# PASS:  1"
	run -0 cat tinycheck.log
	assert_line "self-test ok (greeting hi there)"
}

@test "meson: the installed cross file; run() checks and meson test in wasm64-run" {
	project meson
	cd "$T/meson"
	run -0 meson setup --cross-file "$B/sdk/share/meson/wasm64-wasip1.meson" build
	assert_output --partial "Checking if \"64-bit pointers\" runs: YES"
	assert_output --partial "Run-time dependency tiny found: YES 1.0"
	run -0 meson compile -C build
	sdk_defaults build/check
	run -0 meson test -C build
	assert_output --regexp "Ok: +4"
	assert_output --regexp "Expected Fail: +1"
	assert_output --regexp "Fail: +0"
	run -0 cat build/meson-logs/testlog.txt
	assert_output --partial "tiny_add(2, 3) = 5"
	assert_output --partial "data.txt: hello from the data directory"
}
