#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# A real library's thread-safe build on the threads sysroot: SQLite
# 3.52.0's amalgamation (scripts/fetch-programs.sh) compiled as its README
# says, with SQLITE_THREADSAFE=1 (its WASI port turns threads off unless
# asked), under a multi-threaded workload of our own
# (tests/data/threads/sqlite-threads.c: writers with connections of their
# own, one connection shared by several threads, concurrent readers).  The
# same program built natively against glibc prints the same lines.

setup_file() {
	load helpers
	fetch_programs
	# Built once for every pass (native, sanitizers, ThreadSanitizer: the
	# jobs of tests/run may run them at the same time), again only when
	# the program or the threads libc changed.
	local out="$ROOT/build/threads-sqlite" src="$PROGS/sqlite" lock
	local prog="$ROOT/tests/data/threads/sqlite-threads.c"
	mkdir -p "$out"
	exec {lock}>"$out/.lock"
	flock "$lock"
	if [ ! -s "$out/sqlite-threads.wasm" ] || [ ! -x "$out/native" ] ||
		[ -n "$(find "$prog" "$SYSROOT/lib/wasm64-wasip1-threads/libc.a" -newer "$out/sqlite-threads.wasm")" ]; then
		rm -f "$out/sqlite-threads.wasm" "$out/native"
		# Both builds at once: the native one is the reference.
		(command cc -O1 -DSQLITE_THREADSAFE=1 -DHAVE_USLEEP=1 -pthread -I"$src" "$prog" \
			"$src/sqlite3.c" -lm -o "$out/native") >"$out/native.log" 2>&1 &
		local native=$!
		"$CLANG" --target=wasm64-wasip1-threads --sysroot="$SYSROOT" -O2 -DSQLITE_THREADSAFE=1 \
			-DHAVE_USLEEP=1 -I"$src" "$prog" "$src/sqlite3.c" -o "$out/sqlite-threads.wasm" \
			>"$out/wasm.log" 2>&1
		wait "$native"
	fi
	exec {lock}>&-
}

setup() {
	load helpers
	T="$ROOT/build/threads-sqlite"
}

@test "SQLite with SQLITE_THREADSAFE=1 builds for wasm64-wasip1-threads with the plain command" {
	[ -s "$T/sqlite-threads.wasm" ] || fail "$(cat "$T/wasm.log")"
	[ -x "$T/native" ] || fail "$(cat "$T/native.log")"
	# Its shared memory is imported, and thread-spawn with it.
	run -0 "$NPM_BIN/wasm-objdump" -x -j Import "$T/sqlite-threads.wasm"
	assert_output --partial "memory[0] pages:"
	assert_output --partial "shared"
	assert_output --partial "<- wasi.thread-spawn"
}

@test "SQLite: writers, a shared connection and readers on 4 threads print what the native build prints" {
	mkdir "$BATS_TEST_TMPDIR/native" "$BATS_TEST_TMPDIR/wasm"
	run -0 "$T/native" "$BATS_TEST_TMPDIR/native"
	local expected="$output"
	run -0 --separate-stderr "$RUN" --dir "$BATS_TEST_TMPDIR/wasm::/db" "$T/sqlite-threads.wasm" /db
	assert_equal "$output" "$expected"
	# What the lines say, in case both builds went wrong the same way.
	assert_line "threadsafe 1"
	assert_line "1000|1000"
	assert_line --regexp '^3: 1000\|20711000\|4\|0\.1,0\.2,0\.3,0\.4,97\.1,.* \(49 of 49 later answers agree\)$'
	assert_line "ok"
	# The database is a standard SQLite file: Debian's sqlite3 reads it.
	run -0 sqlite3 "$BATS_TEST_TMPDIR/wasm/mt.db" "select count(*) from w; select count(*) from s;"
	assert_output $'1000\n600'
}
