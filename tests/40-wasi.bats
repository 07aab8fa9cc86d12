#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The runtime's WASI host: files behind preopened directories, the sandbox,
# guest pointer checks, clocks, poll -- for wasm64 and wasm32 programs.
#
# tests/data/wasi/fs.c is built twice from one source: for wasm64 with the
# sysroot, and for wasm32-wasip1 freestanding with its own _start
# (start32.c).  Both call the WASI imports directly (wasi_api.h) and print
# "what: errno" lines, so each scenario expects the same exact output from
# both widths.

setup_file() {
	load helpers
	export FS64="$BATS_FILE_TMPDIR/fs64.wasm" FS32="$BATS_FILE_TMPDIR/fs32.wasm"
	local src="$ROOT/tests/data/wasi"
	cc "$FS64" "$src/fs.c" -O2 -Wall -Wextra -Werror
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32-wasip1 -ffreestanding -nostdlib -O2 \
		-Wall -Wextra -Werror "$src/fs.c" "$src/start32.c" -o "$FS32"
}

setup() {
	load helpers
	T="$BATS_TEST_TMPDIR"
	mkdir -p "$T/box"
}

# --- preopens -------------------------------------------------------------

prestat_case() {
	mkdir -p "$T/other"
	cd "$T"
	# Without GUEST, a directory is named by its own absolute path.
	run -0 "$RUN" --dir box --dir "$T/other::/data" "$1" prestat
	assert_output - <<-EOF
		fd 3: tag 0 name $(cd box && pwd -P)
		fd 4: tag 0 name /data
		prestat_get past the last preopen: 8
		prestat_get stdout: 8
		prestat_dir_name short buffer: 37
	EOF
}
@test "prestat: preopens from fd 3, GUEST names, EBADF after the last (wasm64)" { prestat_case "$FS64"; }
@test "prestat: preopens from fd 3, GUEST names, EBADF after the last (wasm32)" { prestat_case "$FS32"; }

@test "--dir: a missing or non-directory HOST is a startup error, exit 1" {
	run -1 "$RUN" --dir "$T/nope" "$FS64" prestat
	assert_output "wasm64-run: --dir $T/nope: No such file or directory"
	touch "$T/file"
	run -1 "$RUN" --dir "$T/file::/f" "$FS64" prestat
	assert_output "wasm64-run: --dir $T/file: Not a directory"
}

@test "--dir: malformed values are usage errors, exit 2; --help documents it" {
	run -2 "$RUN" --dir "::/x" "$FS64"
	assert_line --index 0 "wasm64-run: --dir ::/x: expected HOST[::GUEST]"
	run -2 "$RUN" --dir "$T/box::" "$FS64"
	assert_line --index 0 "wasm64-run: --dir $T/box::: expected HOST[::GUEST]"
	run -2 "$RUN" --dir
	assert_line --index 0 "wasm64-run: --dir needs a value"
	run -0 "$RUN" --help
	assert_line "  --dir HOST[::GUEST]"
}

@test "without --dir there is no fd 3" {
	run -0 "$RUN" "$FS64" prestat
	assert_line --index 0 "prestat_get past the last preopen: 8"
}

# --- files ------------------------------------------------------------------

files_case() {
	run -0 "$RUN" --dir "$T/box::." "$1" files
	assert_output - <<-'EOF'
		open f.txt creat: 0
		write two iovecs: 0 12
		tell: 12
		seek set 0: 0
		read into 5+20: 0 12 [hello| world
		]
		read at end, bytes: 0
		pread 5 at 6: 0 [world]
		pwrite 5 at 0: 5
		tell after pread/pwrite: 12
		seek end -6: 6
		seek cur +2: 8
		seek bad whence: 28
		filestat: type 4 size 12 nlink 1
		set_size 5: 0
		size: 5
		fdstat: type 4 flags 0 rights as opened
		close: 0
		close again: 8
		write to closed fd: 8
		open f.txt append: 0
		fdstat flags: 1
		tell after append: 7
		set_flags 0: 0
		content: 0 [JELLO!!]
		write to read-only fd: 76
		seek without the right: 76
		drop rights: 0
		add rights back: 76
		path_filestat f.txt: type 4 size 7
		path_filestat_set_times: 0
		atim s: 1700000000
		mtim ns: 5
		set_times atim and atim_now: 28
		open missing: 44
		open excl existing: 20
		open file as directory: 54
	EOF
	# What the host sees.
	[ "$(stat -c %X "$T/box/f.txt")" = 1700000000 ]
	[ "$(cat "$T/box/f.txt")" = "JELLO!!" ]
	[ "$(ls -A "$T/box")" = f.txt ]
}
@test "files: create, write, read back, seek, tell, pread, pwrite, append, stat, times (wasm64)" { files_case "$FS64"; }
@test "files: create, write, read back, seek, tell, pread, pwrite, append, stat, times (wasm32)" { files_case "$FS32"; }

dirs_case() {
	run -0 "$RUN" --dir "$T/box" "$1" dirs
	assert_output - <<-'EOF'
		mkdir d: 0
		mkdir d again: 20
		mkdir d/sub/: 0
		create d/b: 0
		filestat d/sub type: 3
		open d: 0
		filestat via d fd: 0
		size of a: 1
		climb out of d fd: 76
		rights beyond the dir's: 76
		read a directory fd: 76
		rename d/a d/c: 0
		rename missing: 44
		unlink d/b: 0
		unlink d/b again: 44
		unlink a directory: 31
		unlink d/c/ (not a dir): 54
		rmdir a file: 54
		rmdir d/sub: 0
		rmdir d (not empty): 55
		link d/c d/h: 0
		nlink of d/h: 2
		symlink h d/s: 0
		readlink d/s: 0
		target: h
		readlink into 0 bytes: 0
		bytes: 0
		readlink a file: 28
		filestat d/s nofollow type: 7
		filestat d/s follow type: 4
		d/s: 0 [A]
	EOF
	[ "$(cd "$T/box" && find . | sort | tr '\n' ' ')" = ". ./d ./d/c ./d/h ./d/s " ]
	[ "$(readlink "$T/box/d/s")" = h ]
	[ "$(stat -c %i "$T/box/d/c")" = "$(stat -c %i "$T/box/d/h")" ]

	run -0 "$RUN" --dir "$T/box" "$1" ls d
	assert_equal "$(sort <<<"$output")" "$(printf 'entry %s\n' '. type 3' '.. type 3' 'c type 4' 'h type 4' 's type 7')"

	run -0 "$RUN" --dir "$T/box" "$1" clean
	assert_output - <<-'EOF'
		unlink d/c: 0
		unlink d/h: 0
		unlink d/s: 0
		rmdir d: 0
		filestat d: 44
	EOF
	[ -z "$(ls -A "$T/box")" ]
}
@test "directories: mkdir, rmdir, unlink, rename, link, symlink, readlink, fd_readdir (wasm64)" { dirs_case "$FS64"; }
@test "directories: mkdir, rmdir, unlink, rename, link, symlink, readlink, fd_readdir (wasm32)" { dirs_case "$FS32"; }

readdir_case() {
	# Names of 1 to 40 bytes: with a 64-byte buffer most entries are cut
	# and read again from their cookie.
	local i name expected
	mkdir "$T/box/big" "$T/box/big/a dir"
	expected=$'entry . type 3\nentry .. type 3\nentry a dir type 3'
	for i in $(seq 1 40); do
		name=$(printf "%${i}s" | tr ' ' x)
		touch "$T/box/big/$name"
		expected+=$'\n'"entry $name type 4"
	done
	ln -s nowhere "$T/box/big/link"
	expected+=$'\nentry link type 7'
	run -0 "$RUN" --dir "$T/box" "$1" ls big
	assert_equal "$(sort <<<"$output")" "$(sort <<<"$expected")"
}
@test "fd_readdir: 44 entries through a 64-byte buffer, resumed by cookie (wasm64)" { readdir_case "$FS64"; }
@test "fd_readdir: 44 entries through a 64-byte buffer, resumed by cookie (wasm32)" { readdir_case "$FS32"; }

fdtable_case() {
	run -0 "$RUN" --dir "$T/box" "$1" fdtable
	assert_output - <<-'EOF'
		first file fd: 4
		second file fd: 5
		lowest free fd reused: 4
		fd_allocate: 0
		size after allocate: 100
		fd_advise: 0
		fd_advise bad: 28
		fd_sync: 0
		fd_datasync: 0
		fd_filestat_set_times: 0
		renumber to missing fd: 8
		renumber fd2 onto fd: 0
		fd2 is gone: 8
	EOF
	# After fd_renumber onto 1, "stdout" is out2.txt.
	[ ! -s "$T/box/out.txt" ]
	run -0 cat "$T/box/out2.txt"
	assert_output - <<-'EOF'
		via renumbered fd
		renumber onto stdout: 0
		fd 1 type now: 4
		sched_yield: 0
		proc_raise: 52
		sock_shutdown: 52
		close stdin: 0
		read closed stdin: 8
	EOF
}
@test "fd table: lowest free fd, renumber (also onto stdout), close, sync, allocate, ENOSYS calls (wasm64)" { fdtable_case "$FS64"; }
@test "fd table: lowest free fd, renumber (also onto stdout), close, sync, allocate, ENOSYS calls (wasm32)" { fdtable_case "$FS32"; }

cat_case() {
	run -0 "$RUN" "$1" cat < <(printf 'abc\ndefghij\nklmnopqrstuvwxyz')
	assert_output $'abc\ndefghij\nklmnopqrstuvwxyz'
}
@test "fd_read: stdin through two small iovecs (wasm64)" { cat_case "$FS64"; }
@test "fd_read: stdin through two small iovecs (wasm32)" { cat_case "$FS32"; }

iovecs_case() {
	# stdin is a file, so the one fd_read is never short.
	seq 1 2000 >"$T/in.txt"
	run -0 "$RUN" "$1" iovecs <"$T/in.txt"
	local letters expected
	letters=$(printf '%s\n' abcdefghijklmnopqrstuvwxyz)
	expected=$(for _ in $(seq 1 111); do printf '%s\n' "$letters"; done; printf 'abc')
	expected+=$'\nfd_write of 3000 iovecs: 0\nnwritten: 3000\nfd_read into 3000 iovecs: 0\nnread: 3000\n'
	expected+=$(head -c 3000 "$T/in.txt")
	assert_output "$expected"
}
@test "fd_write and fd_read with 3000 iovecs, beyond the host's IOV_MAX batches (wasm64)" { iovecs_case "$FS64"; }
@test "fd_write and fd_read with 3000 iovecs, beyond the host's IOV_MAX batches (wasm32)" { iovecs_case "$FS32"; }

# --- environ, clocks, random, poll -------------------------------------------

environ_case() {
	run -0 env HOST_ONLY=1 "$RUN" --env A=1 --env 'B=two words' "$1" environ
	assert_output $'count: 2\nsize: 16\nA=1\nB=two words'
	run -0 env HOST_ONLY=1 "$RUN" "$1" environ
	assert_output $'count: 0\nsize: 0'
}
@test "environ: exactly the --env variables, never the host's (wasm64)" { environ_case "$FS64"; }
@test "environ: exactly the --env variables, never the host's (wasm32)" { environ_case "$FS32"; }

clock_case() {
	run -0 "$RUN" "$1" clock
	assert_output - <<-'EOF'
		res_get monotonic: 0
		resolution plausible
		monotonic never goes back
		realtime after 2020
		cputime: 0
		bad clock: 28
		bad clock res: 28
	EOF
}
@test "clocks: resolution, monotonic, realtime, bad ids (wasm64)" { clock_case "$FS64"; }
@test "clocks: resolution, monotonic, realtime, bad ids (wasm32)" { clock_case "$FS32"; }

random_case() {
	run -0 "$RUN" "$1" random
	assert_output $'random_get: 0\nbytes filled, differ\nrandom_get 0 bytes: 0'
}
@test "random_get fills the buffer (wasm64)" { random_case "$FS64"; }
@test "random_get fills the buffer (wasm32)" { random_case "$FS32"; }

poll_case() {
	run -0 "$RUN" "$1" poll
	assert_output - <<-'EOF'
		poll 10 ms: 0
		nevents 1 userdata 42 error 0 type 0
		slept at least 10 ms
		two clocks: nevents 1 userdata 7
		past abstime: 0 nevents 1
		fd_write on stdout: nevents 1 userdata 2 type 2 error 0
		bad fd: nevents 1 error 8
		cputime clock: error 58
		no subscriptions: 28
	EOF
}
@test "poll_oneoff: sleeps on a clock, earliest clock wins, fd_write on stdout (wasm64)" { poll_case "$FS64"; }
@test "poll_oneoff: sleeps on a clock, earliest clock wins, fd_write on stdout (wasm32)" { poll_case "$FS32"; }

# --- the sandbox ---------------------------------------------------------------

# box/ is preopened; outside/ holds what must stay untouched.
make_sandbox() {
	mkdir -p "$T/box/sub" "$T/outside" "$T/other"
	printf secret >"$T/outside/secret"
	printf inside >"$T/box/inside.txt"
	ln -s ../outside/secret "$T/box/link_out"
	ln -s ../outside "$T/box/link_dir"
	ln -s /etc/passwd "$T/box/link_abs"
	ln -s /etc "$T/box/link_abs_dir"
	ln -s ../.. "$T/box/sub/link_up"
	ln -s ../inside.txt "$T/box/sub/link_in_up"
	ln -s inside.txt "$T/box/link_in"
	ln -s sub "$T/box/link_sub"
	ln -s ../outside/new "$T/box/dangling_out"
	ln -s loop2 "$T/box/loop1"
	ln -s loop1 "$T/box/loop2"
	# Any change outside (a file written, created, removed, renamed in or
	# out, its times set) moves one of these.
	touch -d @1000000000 "$T/outside/secret" "$T/outside"
}

assert_outside_untouched() {
	# Times first: reading the file moves its atime.
	[ "$(stat -c '%X %Y' "$T/outside/secret")" = "1000000000 1000000000" ]
	[ "$(cat "$T/outside/secret")" = secret ]
	[ "$(stat -c %Y "$T/outside")" = 1000000000 ]
	[ "$(ls -A "$T/outside")" = secret ]
	[ -z "$(ls -A "$T/other")" ]
}

sandbox_case() {
	make_sandbox
	run -0 env WASM64_RUN_RESOLVE="$2" "$RUN" --dir "$T/box" --dir "$T/other" "$1" sandbox
	assert_output - <<-'EOF'
		open ../outside/secret FOLLOW 0: 76
		open /etc/passwd FOLLOW 0: 76
		open link_out FOLLOW 0: 76
		open link_out NOFOLLOW 0: 32
		open link_dir/secret NOFOLLOW 0: 76
		open link_abs FOLLOW 0: 76
		open link_abs_dir/passwd NOFOLLOW 0: 76
		open sub/../../outside/secret FOLLOW 0: 76
		open sub/link_up/outside/secret FOLLOW 0: 76
		open ..: 76
		open dangling_out FOLLOW O_CREAT_: 76
		open link_dir/new FOLLOW O_CREAT_: 76
		open link_out FOLLOW O_CREAT_ | O_TRUNC_: 76
		open loop1 FOLLOW 0: 32
		open  FOLLOW 0: 44
		sub/../inside.txt: 0 [inside]
		link_in: 0 [inside]
		sub/link_in_up: 0 [inside]
		link_sub/../inside.txt: 0 [inside]
		./sub/./../inside.txt/: 54
		mkdir ../newdir: 76
		mkdir link_dir/newdir: 76
		unlink link_dir/secret: 76
		rmdir link_dir/.: 76
		rmdir ..: 76
		rename inside.txt ../moved: 76
		rename inside.txt link_dir/moved: 76
		rename link_dir/secret stolen: 76
		rename inside.txt to second preopen: 76
		link inside.txt to second preopen: 76
		link link_dir/secret stolen: 76
		link link_out (follow) stolen: 76
		symlink /etc/passwd: 76
		symlink ../outside/secret: 0
		open mine FOLLOW 0: 76
		filestat link_out follow: 76
		filestat link_out nofollow: 0
		type: 7
		filestat ..: 76
		filestat link_dir/: 76
		set_times link_out follow: 76
		readlink link_out: 0
		target: ../outside/secret
		readlink link_dir/secret: 76
		path with NUL: 28
		path of 5000 bytes: 37
		path_open on a file fd: 76
		path_open on a bad fd: 8
		unlink link_out: 0
	EOF
	assert_outside_untouched
	[ ! -e "$T/newdir" ] && [ ! -e "$T/moved" ]
	[ "$(cat "$T/box/inside.txt")" = inside ]
	[ "$(readlink "$T/box/mine")" = ../outside/secret ]
	[ ! -L "$T/box/link_out" ] && [ ! -e "$T/box/stolen" ]
}
# openat2(RESOLVE_BENEATH) where the kernel has it; the component walk is
# the fallback for kernels or seccomp filters without it, forced here with
# WASM64_RUN_RESOLVE=walk.  Both must agree.
@test "sandbox: .., absolute paths, symlinks out (last and middle component), rename/link out: ENOTCAPABLE, nothing touched (wasm64, openat2 where available)" { sandbox_case "$FS64" default; }
@test "sandbox: .., absolute paths, symlinks out (last and middle component), rename/link out: ENOTCAPABLE, nothing touched (wasm32, openat2 where available)" { sandbox_case "$FS32" default; }
@test "sandbox: .., absolute paths, symlinks out (last and middle component), rename/link out: ENOTCAPABLE, nothing touched (wasm64, component walk)" { sandbox_case "$FS64" walk; }
@test "sandbox: .., absolute paths, symlinks out (last and middle component), rename/link out: ENOTCAPABLE, nothing touched (wasm32, component walk)" { sandbox_case "$FS32" walk; }

# --- guest pointers -------------------------------------------------------------

efault_case() {
	make_sandbox
	ln -s inside.txt "$T/box/link"
	run -0 "$RUN" --env A=B --dir "$T/box" "$1" efault < <(printf hello)
	# No "AAA"/"BBB": a call with a bad range writes nothing at all.
	assert_output - <<-'EOF'
		iovec array straddles the end: 21
		second buffer straddles the end: 21
		buffer near 2^N wraps: 21
		iovec array near 2^N: 21
		huge iovec count: 21
		nwritten straddles the end: 21
		nwritten untouched: 12345
		fd_read buffer straddles the end: 21
		fd_read nread out of range: 21
		args_sizes_get: 21
		args_get: 21
		environ_get: 21
		clock_time_get: 21
		random_get: 21
		random_get near 2^N: 21
		fd_fdstat_get: 21
		fd_filestat_get: 21
		fd_prestat_get: 21
		fd_prestat_dir_name: 21
		path_open path: 21
		path_open opened_fd: 21
		path_create_directory path length: 21
		path_filestat_get stat: 21
		path_readlink bufused: 21
		path_symlink target: 21
		fd_readdir buffer: 21
		poll_oneoff in: 21
		poll_oneoff out: 21
		poll_oneoff huge count: 21
		fd_seek newoffset: 21
		fd_tell offset: 21
		empty buffer at the end: 0
		nwritten: 0
		empty buffer past the end: 21
		last byte of memory: 0
		stdin: hello
	EOF
	# path_open with a bad opened_fd pointer created nothing.
	[ ! -e "$T/box/created" ] && [ ! -e "$T/box/newdir" ] && [ ! -e "$T/box/newlink" ]
	assert_outside_untouched
}
@test "EFAULT: ranges past the end, near 2^N, huge counts; nothing read, written or created (wasm64)" { efault_case "$FS64"; }
@test "EFAULT: ranges past the end, near 2^N, huge counts; nothing read, written or created (wasm32)" { efault_case "$FS32"; }

# --- linking ----------------------------------------------------------------------

@test "a wasm32 module over a 64-bit memory keeps i32 imports, next to a wasm64 one" {
	wat "$T/m.wasm" "$ROOT/tests/data/wasi/imports32-mem64.wat"
	run -3 "$RUN" "$T/m.wasm" one two
	assert_output "hello from i32 pointers in a 64-bit memory"
}

@test "an import type that matches neither width is a link error naming it, exit 1" {
	wat "$T/bad.wasm" "$ROOT/tests/data/wasi/bad-signature.wat"
	run -1 "$RUN" "$T/bad.wasm"
	assert_output "wasm64-run: $T/bad.wasm: import wasi_snapshot_preview1.fd_write: type (i32, i64, i64, i32) -> i32 matches neither wasm32 (i32, i32, i32, i32) -> i32 nor wasm64 (i32, i64, i64, i64) -> i32"
}

@test "an unknown WASI function is a link error, exit 1" {
	wat "$T/bad.wasm" "$ROOT/tests/data/wasi/bad-import.wat"
	run -1 "$RUN" "$T/bad.wasm"
	assert_output "wasm64-run: $T/bad.wasm: unknown import wasi_snapshot_preview1.path_frobnicate"
}
