#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The libc's files through preopens: tests/libc/files.c and stdin.c in
# wasm64-run (with --dir) and natively under ASan/UBSan (the native host
# takes its preopens from W64_PREOPENS), plus the error messages a
# program prints for a missing file, a permission and a path outside.
#
# File permissions only bite an unprivileged user: when the suite runs as
# root, the programs run as nobody (setpriv), over a fixture made in a
# directory nobody can reach.

setup_file() {
	make -s -C "$BATS_TEST_DIRNAME/.." libc-native >/dev/null
}

setup() {
	load helpers
	NATIVE="$ROOT/build/libc-native"
	# A fixture outside $BATS_TEST_TMPDIR, whose parents only root may
	# enter.
	FIX=$(mktemp -d /tmp/w64-files.XXXXXX)
	chmod 755 "$FIX"
	mkdir "$FIX/work" "$FIX/ro" "$FIX/outside"
	seq 1 2000 | sed 's/^/line /' >"$FIX/ro/data.txt"
	echo secret >"$FIX/work/locked"
	chmod 000 "$FIX/work/locked"
	echo outside >"$FIX/outside/secret.txt"
	ln -s ../outside/secret.txt "$FIX/work/escape"
	ln -s /etc/passwd "$FIX/work/abs-escape"
	AS_USER=()
	if [ "$(id -u)" = 0 ]; then
		chown -R 65534:65534 "$FIX"
		AS_USER=(setpriv --reuid=65534 --regid=65534 --clear-groups)
	fi
}

teardown() {
	rm -rf "$FIX"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	refute_output --partial "Sanitizer"
	refute_output --partial "runtime error"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

# wasm_files NAME CFLAGS: build tests/libc/NAME.c into the fixture.
wasm_build() {
	cc "$FIX/$1.wasm" "$ROOT/tests/libc/$1.c" $2
	chmod 644 "$FIX/$1.wasm"
}

@test "libc/files.c -O2 in wasm64-run: streams, seeking, directories, cwd, errors" {
	wasm_build files -O2
	run "${AS_USER[@]}" "$RUN" --dir "$FIX/work::/work" --dir "$FIX/ro::/ro" "$FIX/files.wasm"
	assert_success
	assert_clean_summary
}

@test "libc/files.c -O0 in wasm64-run, walking instead of openat2" {
	wasm_build files -O0
	run "${AS_USER[@]}" env WASM64_RUN_RESOLVE=walk "$RUN" --dir "$FIX/work::/work" \
		--dir "$FIX/ro/::ro" "$FIX/files.wasm"
	assert_success
	assert_clean_summary
}

@test "native libc/files.c (ASan/UBSan)" {
	[ -x "$NATIVE/libc/files" ] || fail "not built: make libc-native"
	run "${AS_USER[@]}" env "W64_PREOPENS=$FIX/work::/work;$FIX/ro::/ro" "$NATIVE/libc/files"
	assert_success
	assert_clean_summary
}

@test "preopen names: '.', 'dir', './dir/' and '/dir' all name places from the root" {
	cat >"$BATS_TEST_TMPDIR/names.c" <<'EOF'
#include <stdio.h>
#include <unistd.h>
int main(void)
{
	const char *paths[] = {"top.txt", "/top.txt", "sub/in.txt", "/sub/in.txt", "/data/d.txt",
			       "data/d.txt", "/sub/../top.txt", "/x/../data/./d.txt", "/nowhere/x"};
	for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; i++) {
		FILE *f = fopen(paths[i], "r");
		char line[64] = "";
		if (f == NULL) {
			perror(paths[i]);
			continue;
		}
		fgets(line, sizeof line, f);
		printf("%s: %s", paths[i], line);
		fclose(f);
	}
	char cwd[64];
	chdir("sub");
	printf("cwd %s\n", getcwd(cwd, sizeof cwd));
	return 0;
}
EOF
	cc "$BATS_TEST_TMPDIR/names.wasm" "$BATS_TEST_TMPDIR/names.c" -O2
	mkdir -p "$BATS_TEST_TMPDIR/root/sub" "$BATS_TEST_TMPDIR/d"
	echo top >"$BATS_TEST_TMPDIR/root/top.txt"
	echo in >"$BATS_TEST_TMPDIR/root/sub/in.txt"
	echo data >"$BATS_TEST_TMPDIR/d/d.txt"
	cd "$BATS_TEST_TMPDIR/root"
	for data in data ./data/ /data; do
		# "." named explicitly: the program starts in "/" (no mapping under
		# its own path holds the current directory), so "." is the root.
		run --separate-stderr -0 "$RUN" --dir .::. --dir "../d::$data" "$BATS_TEST_TMPDIR/names.wasm"
		assert_output "top.txt: top
/top.txt: top
sub/in.txt: in
/sub/in.txt: in
/data/d.txt: data
data/d.txt: data
/sub/../top.txt: top
/x/../data/./d.txt: data
cwd /sub"
		[ "$stderr" = "/nowhere/x: No such file or directory" ] || fail "stderr: $stderr"
	done
}

@test "a missing file, a permission and a path outside: errno and perror text as on Linux, but ENOTCAPABLE" {
	cat >"$FIX/errs.c" <<'EOF'
#include <errno.h>
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "r");
		if (f == NULL) {
			printf("%s: errno %d\n", argv[i], errno);
			perror(argv[i]);
		} else {
			fclose(f);
		}
	}
	return 0;
}
EOF
	cc "$FIX/errs.wasm" "$FIX/errs.c" -O2
	chmod 644 "$FIX/errs.wasm"
	run --separate-stderr -0 "${AS_USER[@]}" "$RUN" --dir "$FIX/work::/work" "$FIX/errs.wasm" \
		/work/missing /work/locked /etc/passwd /work/escape /work/data.txt/x
	assert_output "/work/missing: errno 44
/work/locked: errno 2
/etc/passwd: errno 76
/work/escape: errno 76
/work/data.txt/x: errno 44"
	[ "$stderr" = "/work/missing: No such file or directory
/work/locked: Permission denied
/etc/passwd: Capabilities insufficient
/work/escape: Capabilities insufficient
/work/data.txt/x: No such file or directory" ] || fail "stderr: $stderr"
}

stdin_input() {
	printf 'first line\nsecond\n'
	printf '%*s\n' 10000 '' | tr ' ' x
	printf '12 34\ntail, no newline'
}

@test "libc/stdin.c: getchar, ungetc, fgets, getline, fscanf and fread on stdin, in wasm64-run" {
	cc "$BATS_TEST_TMPDIR/stdin.wasm" "$ROOT/tests/libc/stdin.c" -O2
	run "$RUN" "$BATS_TEST_TMPDIR/stdin.wasm" < <(stdin_input)
	assert_success
	assert_clean_summary
}

@test "native libc/stdin.c (ASan/UBSan)" {
	[ -x "$NATIVE/libc/stdin" ] || fail "not built: make libc-native"
	run "$NATIVE/libc/stdin" < <(stdin_input)
	assert_success
	assert_clean_summary
}

@test "input on an unbuffered or line-buffered stream flushes line-buffered output first (a prompt)" {
	cat >"$BATS_TEST_TMPDIR/prompt.c" <<'EOF2'
#include <stdio.h>
#include <unistd.h>
int main(void)
{
	char name[32];
	/* What a terminal gets by default; forced here, on a pipe. */
	setvbuf(stdout, NULL, _IOLBF, 0);
	setvbuf(stdin, NULL, _IONBF, 0);
	printf("name? ");
	if (fgets(name, sizeof name, stdin) == NULL)
		return 1;
	write(1, "|raw|", 5); /* after the prompt only if fgets flushed it */
	printf("hello %s", name);
	return 0;
}
EOF2
	cc "$BATS_TEST_TMPDIR/prompt.wasm" "$BATS_TEST_TMPDIR/prompt.c" -O2
	run -0 "$RUN" "$BATS_TEST_TMPDIR/prompt.wasm" <<<"pipe"
	assert_output "name? |raw|hello pipe"
}
