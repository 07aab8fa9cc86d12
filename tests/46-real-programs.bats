#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# Real programs from the npm registry, built unmodified with their own
# build files and the plain command (scripts/fetch-programs.sh pins and
# checks each tarball): SQLite 3.52.0's autoconf amalgamation,
# `./configure --host=wasm64-wasip1 CC=... && make sqlite3`.

setup_file() {
	load helpers
	in_native_pass || return 0
	fetch_programs
	rm -rf "$BATS_FILE_TMPDIR/sqlite"
	cp -R "$PROGS/sqlite" "$BATS_FILE_TMPDIR/sqlite"
	cd "$BATS_FILE_TMPDIR/sqlite"
	./configure --host=wasm64-wasip1 CC="$CLANG --target=wasm64-wasip1 --sysroot=$SYSROOT" >configure.log 2>&1
	make sqlite3 >make.log 2>&1
}

setup() {
	load helpers
	native_pass_only "builds a large program once; the interpreter under the sanitizers is covered by the other suites"
	S="$BATS_FILE_TMPDIR/sqlite"
}

@test "SQLite: ./configure --host=wasm64-wasip1 and make give a wasm64 sqlite3 that takes the WASI port" {
	# sqlite3.c turns on its WASI port when __wasi__ is defined; the port
	# leaves out extension loading.
	run -0 "$RUN" "$S/sqlite3" :memory: "pragma compile_options;"
	assert_line OMIT_LOAD_EXTENSION
	run -0 od -An -tx1 -N4 "$S/sqlite3"
	assert_output " 00 61 73 6d"
	# No HOME in the sandbox: the shell says it skips ~/.sqliterc, as natively.
	run -0 "$RUN" "$S/sqlite3" -version
	assert_line --regexp '^3\.52\.0 .*\(64-bit\)$'
}

@test "SQLite: queries, JSON, math functions and recursive CTEs in memory" {
	run -0 "$RUN" "$S/sqlite3" :memory: <<-'EOF'
		create table t(a integer, b text);
		insert into t values (1, 'one'), (2, 'two'), (3, 'three');
		select a, b, length(b) from t order by a desc;
		select sum(a), group_concat(b, '+') from t;
		select printf('%.3f', pi()), sqrt(2.0);
		with recursive c(x) as (select 1 union all select x+1 from c where x<10) select group_concat(x*x) from c;
		select json_object('a', 1, 'b', json_array(1,2,3));
	EOF
	assert_output --partial "3|three|5
2|two|3
1|one|3
6|one+two+three
3.142|1.4142135623730952
1,4,9,16,25,36,49,64,81,100
{\"a\":1,\"b\":[1,2,3]}"
}

@test "SQLite: a database file in a mapped directory, written, indexed, checked and read back" {
	cd "$BATS_TEST_TMPDIR"
	run -0 "$RUN" --dir . "$S/sqlite3" t.db <<-'EOF'
		create table t(x integer primary key, y text);
		with recursive c(i) as (select 1 union all select i+1 from c where i<20000) insert into t select i, hex(randomblob(8)) from c;
		create index iy on t(y);
		pragma integrity_check;
	EOF
	assert_output --partial "ok"
	[ -s t.db ]
	run -0 "$RUN" --dir . "$S/sqlite3" t.db "select count(*), sum(x), min(length(y)), max(length(y)) from t;"
	assert_output --partial "20000|200010000|16|16"
	# The file is a standard SQLite database: Debian's native sqlite3 reads
	# the same rows (the test tier of scripts/setup.sh installs it).
	local q="pragma integrity_check; select count(*), sum(x), group_concat(y) from (select * from t order by y limit 50);"
	run -0 --separate-stderr "$RUN" --dir . "$S/sqlite3" t.db "$q"
	local wasm="$output"
	run -0 sqlite3 t.db "$q"
	assert_equal "$output" "$wasm"
}
