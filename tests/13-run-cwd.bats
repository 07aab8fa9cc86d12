#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# wasm64-run's working directory and environment: --dir HOST maps a
# directory under its own path, the program starts where the user is when
# that place exists in its namespace (getcwd, relative paths, PWD), --env
# NAME and --inherit-env pass the host's variables; nothing outside a
# mapped directory becomes reachable.  js/run.mjs follows the same rules.

setup_file() {
	load helpers
	B="$BATS_FILE_TMPDIR"
	# where ARGS...: prints the starting directory and PWD, then for each
	# argument "r:PATH" the file's first line (or the error), "s:PATH"
	# whether stat sees a directory (or the error), "e:NAME" the
	# variable's value (or "unset"), "n" the number of variables.
	cat >"$B/where.c" <<-'EOF'
	#include <errno.h>
	#include <stdio.h>
	#include <stdlib.h>
	#include <string.h>
	#include <sys/stat.h>
	#include <unistd.h>
	extern char **environ;
	int main(int argc, char **argv)
	{
		char cwd[4096];
		const char *pwd = getenv("PWD");
		printf("cwd %s\nPWD %s\n", getcwd(cwd, sizeof cwd) ? cwd : strerror(errno), pwd ? pwd : "unset");
		for (int i = 1; i < argc; i++) {
			const char *a = argv[i] + 2;
			if (argv[i][0] == 'e') {
				const char *v = getenv(a);
				printf("%s=%s\n", a, v ? v : "unset");
			} else if (argv[i][0] == 's') {
				struct stat st;
				if (stat(a, &st) != 0)
					printf("%s: %s\n", a, strerror(errno));
				else
					printf("%s: %s\n", a, S_ISDIR(st.st_mode) ? "directory" : "file");
			} else if (argv[i][0] == 'n') {
				int n = 0;
				while (environ[n])
					n++;
				printf("%d variables\n", n);
			} else {
				FILE *f = fopen(a, "r");
				char line[256] = "";
				if (!f) {
					printf("%s: %s\n", a, strerror(errno));
					continue;
				}
				if (!fgets(line, sizeof line, f))
					strcpy(line, "(empty)\n");
				printf("%s: %s", a, line);
				fclose(f);
			}
		}
		return 0;
	}
	EOF
	cc "$B/where.wasm" "$B/where.c" --target=wasm64-wasip1
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32-wasip1 --sysroot="$ROOT/sysroot32" "$B/where.c" -o "$B/where32.wasm"
	# box/ is mapped; outside.txt beside it never is.
	mkdir -p "$B/top/box/sub" "$B/top/box/links"
	echo "in box" >"$B/top/box/a.txt"
	echo "in sub" >"$B/top/box/sub/b.txt"
	echo "outside" >"$B/top/outside.txt"
	ln -s ../../outside.txt "$B/top/box/links/up"
	ln -s "$B/top/outside.txt" "$B/top/box/links/abs"
	ln -s ../a.txt "$B/top/box/links/ok"
}

setup() {
	load helpers
	B="$BATS_FILE_TMPDIR"
	# The canonical paths the program sees.
	BOX=$(cd "$B/top/box" && pwd -P)
	TOP=$(cd "$B/top" && pwd -P)
}

@test "--dir . inside a directory: the program starts there, under the directory's own path" {
	cd "$B/top/box"
	run -0 "$RUN" --dir . "$B/where.wasm" r:a.txt r:sub/b.txt "r:$BOX/a.txt"
	assert_output "cwd $BOX
PWD $BOX
a.txt: in box
sub/b.txt: in sub
$BOX/a.txt: in box"
}

@test "started in a subdirectory of a mapped directory: getcwd, relative paths and .. within it" {
	cd "$B/top/box/sub"
	run -0 "$RUN" --dir "$B/top/box" "$B/where.wasm" r:b.txt r:../a.txt r:./../sub/b.txt
	assert_output "cwd $BOX/sub
PWD $BOX/sub
b.txt: in sub
../a.txt: in box
./../sub/b.txt: in sub"
	# The same for a wasm32 program.
	run -0 "$RUN" --dir "$B/top/box" "$B/where32.wasm" r:../a.txt
	assert_line --index 0 "cwd $BOX/sub"
	assert_line "../a.txt: in box"
}

@test "above a directory mapped under its own path: starts there, reaches only what is mapped" {
	cd "$B/top"
	run -0 "$RUN" --dir box "$B/where.wasm" r:box/a.txt r:outside.txt
	assert_output "cwd $TOP
PWD $TOP
box/a.txt: in box
outside.txt: Capabilities insufficient"
}

@test "outside every mapped directory: starts in /, without PWD; absolute host paths still work" {
	cd /
	run -0 "$RUN" --dir "$B/top/box" "$B/where.wasm" "r:$BOX/sub/b.txt" r:a.txt
	assert_output "cwd /
PWD unset
$BOX/sub/b.txt: in sub
a.txt: Capabilities insufficient"
	# Without --dir as before: no PWD, nothing to open.
	run -0 "$RUN" "$B/where.wasm" n
	assert_output $'cwd /\nPWD unset\n0 variables'
}

@test "HOST::GUEST: inside HOST, the program starts at the same place under GUEST" {
	cd "$B/top/box/sub"
	run -0 "$RUN" --dir "$B/top/box::/data" "$B/where.wasm" r:b.txt r:/data/a.txt "r:$BOX/a.txt"
	assert_output "cwd /data/sub
PWD /data/sub
b.txt: in sub
/data/a.txt: in box
$BOX/a.txt: Capabilities insufficient"
}

@test "a relative GUEST is placed where the program starts: beside it, or at the root" {
	cd "$B/top"
	# Started in top/ (box is mapped under its own path below it).
	run -0 "$RUN" --dir box --dir "$B/top/box/sub::data" "$B/where.wasm" r:data/b.txt "r:$TOP/data/b.txt"
	assert_output "cwd $TOP
PWD $TOP
data/b.txt: in sub
$TOP/data/b.txt: in sub"
	# Started in /: "data" is /data, "." the root.
	cd /
	run -0 "$RUN" --dir "$B/top/box/sub::data" --dir "$B/top/box::." "$B/where.wasm" r:data/b.txt r:/a.txt
	assert_output "cwd /
PWD unset
data/b.txt: in sub
/a.txt: in box"
}

# sandbox RESOLVER: from inside the mapped directory, every way out fails
# (a path that leaves and comes back in names a file inside, as natively).
sandbox() {
	cd "$B/top/box"
	run -0 env WASM64_RUN_RESOLVE="$1" "$RUN" --dir . "$B/where.wasm" r:../outside.txt \
		"r:$TOP/outside.txt" r:links/up r:links/abs r:sub/../../outside.txt r:/etc/passwd \
		r:links/ok r:../box/a.txt
	assert_output "cwd $BOX
PWD $BOX
../outside.txt: Capabilities insufficient
$TOP/outside.txt: Capabilities insufficient
links/up: Capabilities insufficient
links/abs: Capabilities insufficient
sub/../../outside.txt: Capabilities insufficient
/etc/passwd: Capabilities insufficient
links/ok: in box
../box/a.txt: in box"
}

@test "sandbox: .., absolute paths and symlinks reach nothing outside (openat2)" { sandbox openat2; }
@test "sandbox: .., absolute paths and symlinks reach nothing outside (component walk)" { sandbox walk; }

@test "sandbox: a PWD naming a directory outside the mapped ones is ignored" {
	cd "$B/top/box"
	run -0 "$RUN" --dir . --env PWD=/etc "$B/where.wasm" r:/etc/passwd r:a.txt
	assert_output "cwd /
PWD /etc
/etc/passwd: Capabilities insufficient
a.txt: Capabilities insufficient"
	# A PWD inside one is where the program starts.
	run -0 "$RUN" --dir . --env "PWD=$BOX/sub" "$B/where.wasm" r:b.txt
	assert_line --index 0 "cwd $BOX/sub"
	assert_line "b.txt: in sub"
}

@test "--env NAME passes the host's value; --inherit-env the whole environment; --env still wins" {
	cd /
	W64_A="from host" run -0 "$RUN" --env W64_A --env W64_UNSET_HERE "$B/where.wasm" e:W64_A e:W64_UNSET_HERE n
	assert_output $'cwd /\nPWD unset\nW64_A=from host\nW64_UNSET_HERE=unset\n1 variables'
	W64_A="from host" W64_B=b run -0 "$RUN" --inherit-env --env W64_B=mine "$B/where.wasm" \
		e:W64_A e:W64_B e:HOME
	assert_line "W64_A=from host"
	assert_line "W64_B=mine"
	assert_line "HOME=$HOME"
	# The host's PWD is a host path: the program gets its own.
	assert_line --index 1 "PWD /"
	cd "$B/top/box/sub"
	run -0 "$RUN" --inherit-env --dir "$B/top/box::/data" "$B/where.wasm" e:PWD
	assert_line "PWD=/data/sub"
}

@test "--env and --help: bad values are usage errors; --help documents the rules" {
	run -2 "$RUN" --env "=x" "$B/where.wasm"
	assert_line --index 0 "wasm64-run: --env =x: expected NAME=VALUE or NAME"
	run -0 "$RUN" --help
	assert_line "  --env NAME         pass the host's value of NAME, if it has one"
	assert_line --partial "--inherit-env"
	assert_output --partial "default: HOST's own absolute path"
}

@test "run.mjs: the same starting directory, PWD and environment as wasm64-run" {
	native_pass_only "Node runs the program; the interpreter is not involved"
	local runmjs="$ROOT/js/run.mjs"
	same() {
		run -0 "$RUN" "$@"
		local want=$output
		run -0 node "$runmjs" "$@"
		assert_equal "$output" "$want"
	}
	cd "$B/top/box/sub"
	same --dir "$B/top/box" "$B/where.wasm" r:b.txt r:../a.txt r:../../outside.txt
	same --dir "$B/top/box::/data" "$B/where.wasm" r:/data/a.txt
	cd "$B/top"
	same --dir box "$B/where.wasm" r:box/a.txt r:outside.txt
	cd /
	W64_A=x same --env W64_A --env W64_NOPE --dir "$B/top/box" "$B/where.wasm" e:W64_A e:W64_NOPE n
	W64_A=x run -0 node "$runmjs" --inherit-env "$B/where.wasm" e:W64_A e:PWD
	assert_line "W64_A=x"
	assert_line "PWD=/"
}

@test "the directories above a mapped one exist for stat (a path walked from the root), and nothing else does" {
	cd "$B/top/box"
	run -0 "$RUN" --dir . "$B/where.wasm" s:/ "s:$TOP" "s:$BOX" "s:$BOX/a.txt" "s:$TOP/outside.txt" s:/etc
	assert_output "cwd $BOX
PWD $BOX
/: directory
$TOP: directory
$BOX: directory
$BOX/a.txt: file
$TOP/outside.txt: Capabilities insufficient
/etc: Capabilities insufficient"
}
