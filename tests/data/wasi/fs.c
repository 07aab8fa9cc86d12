/*
 * WASI test program, built for both widths from this one source: wasm64
 * with the sysroot (main below), wasm32-wasip1 freestanding with start32.c.
 * argv[1] picks a scenario; each prints one line per call, "what: errno"
 * (and values), so the tests compare exact output.  The first --dir is
 * fd 3.
 */
#include "wasi_api.h"

#define DIR_FD 3

static int32_t open_at(int32_t dir, const char *path, uint32_t follow, uint32_t oflags,
                       uint64_t rights, uint32_t fdflags, int32_t *fd)
{
	return w_path_open(dir, follow, path, w_strlen(path), oflags, rights, 0, fdflags, fd);
}

/* A directory fd that passes every right on. */
static int32_t open_dir(int32_t dir, const char *path, int32_t *fd)
{
	return w_path_open(dir, FOLLOW, path, w_strlen(path), O_DIRECTORY_, RIGHTS_ALL, RIGHTS_ALL, 0,
	                   fd);
}

static int32_t write_str(int32_t fd, const char *s, size_t *n)
{
	struct w_ciovec v = {s, w_strlen(s)};
	return w_fd_write(fd, &v, 1, n);
}

/* Shows the whole content of a file. */
static void show_file(const char *label, const char *path)
{
	int32_t fd;
	char buf[256];
	size_t n;
	struct w_iovec v = {buf, sizeof buf};
	int32_t rc = open_at(DIR_FD, path, FOLLOW, 0, RIGHTS_READ, 0, &fd);
	if (rc == 0)
		rc = w_fd_read(fd, &v, 1, &n);
	say(label);
	say(": ");
	say_u((uint64_t)rc);
	if (rc == 0) {
		say(" [");
		put(1, buf, n);
		say("]");
		w_fd_close(fd);
	}
	say("\n");
}

static int prestat(void)
{
	struct w_prestat p;
	char name[256];
	for (int32_t fd = DIR_FD;; fd++) {
		int32_t rc = w_fd_prestat_get(fd, &p);
		if (rc) {
			show("prestat_get past the last preopen", (uint64_t)rc);
			break;
		}
		if (p.name_len > sizeof name)
			return 1;
		say("fd ");
		say_u((uint64_t)fd);
		say(": tag ");
		say_u(p.tag);
		say(" name ");
		rc = w_fd_prestat_dir_name(fd, name, p.name_len);
		if (rc)
			return 1;
		put(1, name, p.name_len);
		say("\n");
	}
	show("prestat_get stdout", (uint64_t)w_fd_prestat_get(1, &p));
	show("prestat_dir_name short buffer",
	     (uint64_t)w_fd_prestat_dir_name(DIR_FD, name, 1));
	return 0;
}

/* Compares an fdstat's rights with what files() asked for. */
static int rs_eq(uint64_t r)
{
	return r == RIGHTS_FILE;
}

static int files(void)
{
	int32_t fd;
	uint64_t pos;
	size_t n;
	char a[5], b[20];
	struct w_filestat st;
	struct w_fdstat fs;

	show("open f.txt creat", (uint64_t)open_at(DIR_FD, "f.txt", FOLLOW, O_CREAT_ | O_TRUNC_,
	                                           RIGHTS_FILE, 0, &fd));
	struct w_ciovec out[2] = {{"hello ", 6}, {"world\n", 6}};
	int32_t rc = w_fd_write(fd, out, 2, &n);
	say("write two iovecs: ");
	say_u((uint64_t)rc);
	say(" ");
	say_u(n);
	say("\n");
	w_fd_tell(fd, &pos);
	show("tell", pos);
	rc = w_fd_seek(fd, 0, 0, &pos);
	show("seek set 0", pos);
	struct w_iovec in[2] = {{a, sizeof a}, {b, sizeof b}};
	rc = w_fd_read(fd, in, 2, &n);
	say("read into 5+20: ");
	say_u((uint64_t)rc);
	say(" ");
	say_u(n);
	say(" [");
	put(1, a, 5);
	say("|");
	put(1, b, n - 5);
	say("]\n");
	rc = w_fd_read(fd, in, 2, &n);
	show("read at end, bytes", n);

	struct w_iovec pv = {b, 5};
	rc = w_fd_pread(fd, &pv, 1, 6, &n);
	say("pread 5 at 6: ");
	say_u((uint64_t)rc);
	say(" [");
	put(1, b, n);
	say("]\n");
	struct w_ciovec pw = {"HELLO", 5};
	rc = w_fd_pwrite(fd, &pw, 1, 0, &n);
	show("pwrite 5 at 0", n);
	w_fd_tell(fd, &pos);
	show("tell after pread/pwrite", pos);
	w_fd_seek(fd, -6, 2, &pos);
	show("seek end -6", pos);
	w_fd_seek(fd, 2, 1, &pos);
	show("seek cur +2", pos);
	show("seek bad whence", (uint64_t)w_fd_seek(fd, 0, 3, &pos));

	w_fd_filestat_get(fd, &st);
	say("filestat: type ");
	say_u(st.filetype);
	say(" size ");
	say_u(st.size);
	say(" nlink ");
	say_u(st.nlink);
	say("\n");
	show("set_size 5", (uint64_t)w_fd_filestat_set_size(fd, 5));
	w_fd_filestat_get(fd, &st);
	show("size", st.size);
	w_fd_fdstat_get(fd, &fs);
	say("fdstat: type ");
	say_u(fs.filetype);
	say(" flags ");
	say_u(fs.flags);
	say(rs_eq(fs.rights_base) ? " rights as opened\n" : " rights differ\n");
	show("close", (uint64_t)w_fd_close(fd));
	show("close again", (uint64_t)w_fd_close(fd));
	show("write to closed fd", (uint64_t)write_str(fd, "x", &n));

	/* Append mode: writes go to the end whatever the position. */
	show("open f.txt append", (uint64_t)open_at(DIR_FD, "f.txt", FOLLOW, 0, RIGHTS_FILE,
	                                            FD_APPEND, &fd));
	w_fd_fdstat_get(fd, &fs);
	show("fdstat flags", fs.flags);
	w_fd_seek(fd, 0, 0, &pos);
	write_str(fd, "!!", &n);
	w_fd_tell(fd, &pos);
	show("tell after append", pos);
	show("set_flags 0", (uint64_t)w_fd_fdstat_set_flags(fd, 0));
	w_fd_seek(fd, 0, 0, &pos);
	write_str(fd, "J", &n);
	w_fd_close(fd);
	show_file("content", "f.txt");

	/* A read-only fd: no write right, and the host file is read-only too. */
	open_at(DIR_FD, "f.txt", FOLLOW, 0, RIGHTS_READ, 0, &fd);
	show("write to read-only fd", (uint64_t)write_str(fd, "x", &n));
	show("seek without the right", (uint64_t)w_fd_seek(fd, 0, 0, &pos));
	show("drop rights", (uint64_t)w_fd_fdstat_set_rights(fd, (uint64_t)1 << 1, 0));
	show("add rights back", (uint64_t)w_fd_fdstat_set_rights(fd, RIGHTS_READ, 0));
	w_fd_close(fd);

	w_path_filestat_get(DIR_FD, FOLLOW, "f.txt", 5, &st);
	say("path_filestat f.txt: type ");
	say_u(st.filetype);
	say(" size ");
	say_u(st.size);
	say("\n");
	/* 2023-11-14T22:13:20Z */
	uint64_t t = 1700000000ull * 1000000000ull;
	show("path_filestat_set_times", (uint64_t)w_path_filestat_set_times(DIR_FD, FOLLOW, "f.txt", 5,
	                                                                     t, t + 5, 1 | 4));
	w_path_filestat_get(DIR_FD, FOLLOW, "f.txt", 5, &st);
	show("atim s", st.atim / 1000000000ull);
	show("mtim ns", st.mtim % 1000000000ull);
	show("set_times atim and atim_now", (uint64_t)w_path_filestat_set_times(DIR_FD, FOLLOW, "f.txt",
	                                                                         5, t, t, 1 | 2));
	show("open missing", (uint64_t)open_at(DIR_FD, "missing", FOLLOW, 0, RIGHTS_READ, 0, &fd));
	show("open excl existing", (uint64_t)open_at(DIR_FD, "f.txt", FOLLOW, O_CREAT_ | O_EXCL_,
	                                             RIGHTS_FILE, 0, &fd));
	show("open file as directory", (uint64_t)open_at(DIR_FD, "f.txt", FOLLOW, O_DIRECTORY_,
	                                                 RIGHTS_READ, 0, &fd));
	return 0;
}

/* fd_readdir with a 64-byte buffer, so that most entries take a call of
 * their own and some are cut: resumes from the last whole entry's cookie.
 * Names must be at most 40 bytes (24-byte header). */
static int list(const char *path)
{
	int32_t fd;
	int32_t rc = open_dir(DIR_FD, path, &fd);
	if (rc) {
		show("open", (uint64_t)rc);
		return 1;
	}
	_Alignas(8) unsigned char buf[64];
	uint64_t cookie = 0;
	for (;;) {
		size_t used;
		rc = w_fd_readdir(fd, buf, sizeof buf, cookie, &used);
		if (rc) {
			show("readdir", (uint64_t)rc);
			return 1;
		}
		size_t at = 0, whole = 0;
		while (at + sizeof(struct w_dirent) <= used) {
			struct w_dirent d;
			unsigned char *dp = (unsigned char *)&d;
			for (size_t i = 0; i < sizeof d; i++)
				dp[i] = buf[at + i];
			if (at + sizeof d + d.d_namlen > used)
				break; /* cut off: read it again from its cookie */
			say("entry ");
			put(1, (const char *)buf + at + sizeof d, d.d_namlen);
			say(" type ");
			say_u(d.d_type);
			say("\n");
			cookie = d.d_next;
			at += sizeof d + d.d_namlen;
			whole++;
		}
		if (used < sizeof buf)
			break;
		if (whole == 0) {
			say("an entry does not fit in the buffer\n");
			return 1;
		}
	}
	return w_fd_close(fd) != 0;
}

static int dirs(void)
{
	int32_t fd;
	size_t n;
	struct w_filestat st;
	show("mkdir d", (uint64_t)w_path_create_directory(DIR_FD, "d", 1));
	show("mkdir d again", (uint64_t)w_path_create_directory(DIR_FD, "d", 1));
	show("mkdir d/sub/", (uint64_t)w_path_create_directory(DIR_FD, "d/sub/", 6));
	open_at(DIR_FD, "d/a", FOLLOW, O_CREAT_, RIGHTS_FILE, 0, &fd);
	write_str(fd, "A", &n);
	w_fd_close(fd);
	show("create d/b", (uint64_t)open_at(DIR_FD, "d/b", FOLLOW, O_CREAT_, RIGHTS_FILE, 0, &fd));
	w_fd_close(fd);
	w_path_filestat_get(DIR_FD, FOLLOW, "d/sub", 5, &st);
	show("filestat d/sub type", st.filetype);
	/* Paths below an opened directory resolve beneath it. */
	show("open d", (uint64_t)open_dir(DIR_FD, "d", &fd));
	show("filestat via d fd", (uint64_t)w_path_filestat_get(fd, FOLLOW, "a", 1, &st));
	show("size of a", st.size);
	show("climb out of d fd", (uint64_t)w_path_filestat_get(fd, FOLLOW, "../d/a", 6, &st));
	show("rights beyond the dir's", (uint64_t)w_path_open(fd, FOLLOW, "a", 1, 0, RIGHTS_FILE,
	                                                     RIGHTS_ALL << 1, 0, &(int32_t){0}));
	show("read a directory fd", (uint64_t)w_fd_read(fd, &(struct w_iovec){&n, 1}, 1, &n));
	w_fd_close(fd);
	show("rename d/a d/c", (uint64_t)w_path_rename(DIR_FD, "d/a", 3, DIR_FD, "d/c", 3));
	show("rename missing", (uint64_t)w_path_rename(DIR_FD, "d/a", 3, DIR_FD, "d/e", 3));
	show("unlink d/b", (uint64_t)w_path_unlink_file(DIR_FD, "d/b", 3));
	show("unlink d/b again", (uint64_t)w_path_unlink_file(DIR_FD, "d/b", 3));
	show("unlink a directory", (uint64_t)w_path_unlink_file(DIR_FD, "d/sub", 5));
	show("unlink d/c/ (not a dir)", (uint64_t)w_path_unlink_file(DIR_FD, "d/c/", 4));
	show("rmdir a file", (uint64_t)w_path_remove_directory(DIR_FD, "d/c", 3));
	show("rmdir d/sub", (uint64_t)w_path_remove_directory(DIR_FD, "d/sub", 5));
	show("rmdir d (not empty)", (uint64_t)w_path_remove_directory(DIR_FD, "d", 1));
	show("link d/c d/h", (uint64_t)w_path_link(DIR_FD, 0, "d/c", 3, DIR_FD, "d/h", 3));
	w_path_filestat_get(DIR_FD, FOLLOW, "d/h", 3, &st);
	show("nlink of d/h", st.nlink);
	show("symlink h d/s", (uint64_t)w_path_symlink("h", 1, DIR_FD, "d/s", 3));
	char target[16];
	show("readlink d/s", (uint64_t)w_path_readlink(DIR_FD, "d/s", 3, target, sizeof target, &n));
	say("target: ");
	put(1, target, n);
	say("\n");
	show("readlink into 0 bytes", (uint64_t)w_path_readlink(DIR_FD, "d/s", 3, target, 0, &n));
	show("bytes", n);
	show("readlink a file", (uint64_t)w_path_readlink(DIR_FD, "d/c", 3, target, 16, &n));
	w_path_filestat_get(DIR_FD, NOFOLLOW, "d/s", 3, &st);
	show("filestat d/s nofollow type", st.filetype);
	w_path_filestat_get(DIR_FD, FOLLOW, "d/s", 3, &st);
	show("filestat d/s follow type", st.filetype);
	show_file("d/s", "d/s");
	return 0;
}

static int clean(void)
{
	show("unlink d/c", (uint64_t)w_path_unlink_file(DIR_FD, "d/c", 3));
	show("unlink d/h", (uint64_t)w_path_unlink_file(DIR_FD, "d/h", 3));
	show("unlink d/s", (uint64_t)w_path_unlink_file(DIR_FD, "d/s", 3));
	show("rmdir d", (uint64_t)w_path_remove_directory(DIR_FD, "d", 1));
	struct w_filestat st;
	show("filestat d", (uint64_t)w_path_filestat_get(DIR_FD, FOLLOW, "d", 1, &st));
	return 0;
}

static int env_list(void)
{
	size_t count, size;
	char *ptrs[16];
	char buf[512];
	if (w_environ_sizes_get(&count, &size) || count > 16 || size > sizeof buf)
		return 1;
	show("count", count);
	show("size", size);
	if (w_environ_get(ptrs, buf))
		return 1;
	for (size_t i = 0; i < count; i++) {
		say(ptrs[i]);
		say("\n");
	}
	return 0;
}

static int clocks(void)
{
	uint64_t res, t1, t2, rt;
	show("res_get monotonic", (uint64_t)w_clock_res_get(1, &res));
	say(res > 0 && res <= 1000000000 ? "resolution plausible\n" : "bad resolution\n");
	w_clock_time_get(1, 0, &t1);
	int ok = 1;
	for (int i = 0; i < 1000; i++) {
		w_clock_time_get(1, 0, &t2);
		ok &= t2 >= t1;
		t1 = t2;
	}
	say(ok ? "monotonic never goes back\n" : "monotonic went back\n");
	w_clock_time_get(0, 0, &rt);
	say(rt > 1600000000ull * 1000000000ull ? "realtime after 2020\n" : "realtime wrong\n");
	show("cputime", (uint64_t)w_clock_time_get(2, 0, &t1));
	show("bad clock", (uint64_t)w_clock_time_get(4, 0, &t1));
	show("bad clock res", (uint64_t)w_clock_res_get(99, &t1));
	return 0;
}

static int randoms(void)
{
	unsigned char a[64] = {0}, b[64] = {0};
	show("random_get", (uint64_t)w_random_get(a, sizeof a));
	w_random_get(b, sizeof b);
	int zero = 1;
	for (size_t i = 0; i < sizeof a; i++)
		zero &= a[i] == 0;
	say(!zero && !w_memeq(a, b, sizeof a) ? "bytes filled, differ\n" : "not random\n");
	show("random_get 0 bytes", (uint64_t)w_random_get(a, 0));
	return 0;
}

static int polls(void)
{
	struct w_subscription s[2] = {0};
	struct w_event e[2];
	size_t n;
	uint64_t t0, t1;

	s[0].userdata = 42;
	s[0].tag = 0;
	s[0].u.clock.id = 1;
	s[0].u.clock.timeout = 10000000; /* 10 ms */
	w_clock_time_get(1, 0, &t0);
	int32_t rc = w_poll_oneoff(s, e, 1, &n);
	w_clock_time_get(1, 0, &t1);
	show("poll 10 ms", (uint64_t)rc);
	say("nevents ");
	say_u(n);
	say(" userdata ");
	say_u(e[0].userdata);
	say(" error ");
	say_u(e[0].error);
	say(" type ");
	say_u(e[0].type);
	say("\n");
	say(t1 - t0 >= 10000000 ? "slept at least 10 ms\n" : "woke early\n");

	/* Two clocks: only the earlier fires. */
	s[0].u.clock.timeout = 10000000000ull;
	s[1] = s[0];
	s[1].userdata = 7;
	s[1].u.clock.timeout = 1000000;
	rc = w_poll_oneoff(s, e, 2, &n);
	say("two clocks: nevents ");
	say_u(n);
	say(" userdata ");
	say_u(e[0].userdata);
	say("\n");

	/* An absolute realtime deadline in the past fires at once. */
	s[0].u.clock.id = 0;
	s[0].u.clock.timeout = 1;
	s[0].u.clock.flags = 1;
	rc = w_poll_oneoff(s, e, 1, &n);
	say("past abstime: ");
	say_u((uint64_t)rc);
	say(" nevents ");
	say_u(n);
	say("\n");

	/* stdout is writable now; the 10 s clock does not fire. */
	s[0] = (struct w_subscription){.userdata = 1, .tag = 0};
	s[0].u.clock.id = 1;
	s[0].u.clock.timeout = 10000000000ull;
	s[1] = (struct w_subscription){.userdata = 2, .tag = 2};
	s[1].u.fd.fd = 1;
	rc = w_poll_oneoff(s, e, 2, &n);
	say("fd_write on stdout: nevents ");
	say_u(n);
	say(" userdata ");
	say_u(e[0].userdata);
	say(" type ");
	say_u(e[0].type);
	say(" error ");
	say_u(e[0].error);
	say("\n");

	s[1].u.fd.fd = 99;
	rc = w_poll_oneoff(s, e, 2, &n);
	say("bad fd: nevents ");
	say_u(n);
	say(" error ");
	say_u(e[0].error);
	say("\n");
	s[0].u.clock.id = 2;
	rc = w_poll_oneoff(s, e, 1, &n);
	say("cputime clock: error ");
	say_u(e[0].error);
	say("\n");
	show("no subscriptions", (uint64_t)w_poll_oneoff(s, e, 0, &n));
	return 0;
}

/* Every escape must fail, with ENOTCAPABLE, and touch nothing outside. */
static int sandbox(void)
{
	int32_t fd;
	size_t n;
	struct w_filestat st;
#define TRY_OPEN(path, follow, oflags) \
	show("open " path " " #follow " " #oflags, \
	     (uint64_t)open_at(DIR_FD, path, follow, oflags, RIGHTS_FILE, 0, &fd))
	TRY_OPEN("../outside/secret", FOLLOW, 0);
	TRY_OPEN("/etc/passwd", FOLLOW, 0);
	TRY_OPEN("link_out", FOLLOW, 0);
	TRY_OPEN("link_out", NOFOLLOW, 0);
	TRY_OPEN("link_dir/secret", NOFOLLOW, 0);
	TRY_OPEN("link_abs", FOLLOW, 0);
	TRY_OPEN("link_abs_dir/passwd", NOFOLLOW, 0);
	TRY_OPEN("sub/../../outside/secret", FOLLOW, 0);
	TRY_OPEN("sub/link_up/outside/secret", FOLLOW, 0);
	show("open ..", (uint64_t)open_dir(DIR_FD, "..", &fd));
	TRY_OPEN("dangling_out", FOLLOW, O_CREAT_);
	TRY_OPEN("link_dir/new", FOLLOW, O_CREAT_);
	TRY_OPEN("link_out", FOLLOW, O_CREAT_ | O_TRUNC_);
	TRY_OPEN("loop1", FOLLOW, 0);
	TRY_OPEN("", FOLLOW, 0);
	/* Inside is fine, also through symlinks and "..". */
	show_file("sub/../inside.txt", "sub/../inside.txt");
	show_file("link_in", "link_in");
	show_file("sub/link_in_up", "sub/link_in_up");
	show_file("link_sub/../inside.txt", "link_sub/../inside.txt");
	show_file("./sub/./../inside.txt/", "./sub/./../inside.txt/");
	show("mkdir ../newdir", (uint64_t)w_path_create_directory(DIR_FD, "../newdir", 9));
	show("mkdir link_dir/newdir", (uint64_t)w_path_create_directory(DIR_FD, "link_dir/newdir", 15));
	show("unlink link_dir/secret", (uint64_t)w_path_unlink_file(DIR_FD, "link_dir/secret", 15));
	show("rmdir link_dir/.", (uint64_t)w_path_remove_directory(DIR_FD, "link_dir/.", 10));
	show("rmdir ..", (uint64_t)w_path_remove_directory(DIR_FD, "..", 2));
	show("rename inside.txt ../moved",
	     (uint64_t)w_path_rename(DIR_FD, "inside.txt", 10, DIR_FD, "../moved", 8));
	show("rename inside.txt link_dir/moved",
	     (uint64_t)w_path_rename(DIR_FD, "inside.txt", 10, DIR_FD, "link_dir/moved", 14));
	show("rename link_dir/secret stolen",
	     (uint64_t)w_path_rename(DIR_FD, "link_dir/secret", 15, DIR_FD, "stolen", 6));
	show("rename inside.txt to second preopen",
	     (uint64_t)w_path_rename(DIR_FD, "inside.txt", 10, DIR_FD + 1, "moved", 5));
	show("link inside.txt to second preopen",
	     (uint64_t)w_path_link(DIR_FD, 0, "inside.txt", 10, DIR_FD + 1, "linked", 6));
	show("link link_dir/secret stolen",
	     (uint64_t)w_path_link(DIR_FD, 0, "link_dir/secret", 15, DIR_FD, "stolen", 6));
	show("link link_out (follow) stolen",
	     (uint64_t)w_path_link(DIR_FD, FOLLOW, "link_out", 8, DIR_FD, "stolen", 6));
	show("symlink /etc/passwd", (uint64_t)w_path_symlink("/etc/passwd", 11, DIR_FD, "mine", 4));
	show("symlink ../outside/secret",
	     (uint64_t)w_path_symlink("../outside/secret", 17, DIR_FD, "mine", 4));
	TRY_OPEN("mine", FOLLOW, 0);
	show("filestat link_out follow",
	     (uint64_t)w_path_filestat_get(DIR_FD, FOLLOW, "link_out", 8, &st));
	show("filestat link_out nofollow",
	     (uint64_t)w_path_filestat_get(DIR_FD, NOFOLLOW, "link_out", 8, &st));
	show("type", st.filetype);
	show("filestat ..", (uint64_t)w_path_filestat_get(DIR_FD, FOLLOW, "..", 2, &st));
	show("filestat link_dir/", (uint64_t)w_path_filestat_get(DIR_FD, NOFOLLOW, "link_dir/", 9, &st));
	show("set_times link_out follow",
	     (uint64_t)w_path_filestat_set_times(DIR_FD, FOLLOW, "link_out", 8, 0, 0, 2 | 8));
	char target[64];
	show("readlink link_out", (uint64_t)w_path_readlink(DIR_FD, "link_out", 8, target, 64, &n));
	say("target: ");
	put(1, target, n);
	say("\n");
	show("readlink link_dir/secret",
	     (uint64_t)w_path_readlink(DIR_FD, "link_dir/secret", 15, target, 64, &n));
	show("path with NUL", (uint64_t)w_path_create_directory(DIR_FD, "a\0b", 3));
	static char longpath[5000];
	for (size_t i = 0; i < sizeof longpath; i++)
		longpath[i] = i % 2 ? '/' : 'a';
	show("path of 5000 bytes",
	     (uint64_t)w_path_create_directory(DIR_FD, longpath, sizeof longpath));
	show("path_open on a file fd", (uint64_t)open_at(1, "x", FOLLOW, 0, RIGHTS_READ, 0, &fd));
	show("path_open on a bad fd", (uint64_t)open_at(99, "x", FOLLOW, 0, RIGHTS_READ, 0, &fd));
	/* The link itself is ours to remove; its target stays. */
	show("unlink link_out", (uint64_t)w_path_unlink_file(DIR_FD, "link_out", 8));
	return 0;
}

/* Out-of-range guest pointers: EFAULT, and nothing happens. */
static int efault(void)
{
	uintptr_t end = memory_end();
	size_t n = 12345;
	int32_t fd;
	struct w_ciovec good = {"AAA", 3};
	struct w_ciovec mixed[2] = {{"BBB", 3}, {(const void *)(end - 4), 8}};
	struct w_ciovec wraps = {(const void *)(uintptr_t)-8, 16};
	show("iovec array straddles the end",
	     (uint64_t)w_fd_write(1, (const struct w_ciovec *)(end - 4), 1, &n));
	show("second buffer straddles the end", (uint64_t)w_fd_write(1, mixed, 2, &n));
	show("buffer near 2^N wraps", (uint64_t)w_fd_write(1, &wraps, 1, &n));
	show("iovec array near 2^N", (uint64_t)w_fd_write(1, (const struct w_ciovec *)(uintptr_t)-8, 1, &n));
	show("huge iovec count", (uint64_t)w_fd_write(1, &good, (size_t)-1 / 4, &n));
	show("nwritten straddles the end", (uint64_t)w_fd_write(1, &good, 1, (size_t *)(end - 2)));
	show("nwritten untouched", n);
	char buf[8];
	struct w_iovec rv = {(void *)(end - 4), 8};
	show("fd_read buffer straddles the end", (uint64_t)w_fd_read(0, &rv, 1, &n));
	rv = (struct w_iovec){buf, sizeof buf};
	show("fd_read nread out of range", (uint64_t)w_fd_read(0, &rv, 1, (size_t *)(end - 2)));
	show("args_sizes_get", (uint64_t)w_args_sizes_get((size_t *)(end - 2), &n));
	show("args_get", (uint64_t)w_args_get((char **)(end - 2), buf));
	show("environ_get", (uint64_t)w_environ_get((char **)buf, (char *)(uintptr_t)-1));
	show("clock_time_get", (uint64_t)w_clock_time_get(1, 0, (uint64_t *)(end - 4)));
	show("random_get", (uint64_t)w_random_get((void *)(end - 4), 8));
	show("random_get near 2^N", (uint64_t)w_random_get((void *)(uintptr_t)-4, 8));
	show("fd_fdstat_get", (uint64_t)w_fd_fdstat_get(1, (struct w_fdstat *)(end - 23)));
	show("fd_filestat_get", (uint64_t)w_fd_filestat_get(1, (struct w_filestat *)(end - 63)));
	show("fd_prestat_get", (uint64_t)w_fd_prestat_get(DIR_FD, (struct w_prestat *)(end - 7)));
	show("fd_prestat_dir_name", (uint64_t)w_fd_prestat_dir_name(DIR_FD, (char *)(end - 1), 2));
	show("path_open path", (uint64_t)w_path_open(DIR_FD, FOLLOW, (const char *)(end - 2), 8, 0,
	                                             RIGHTS_READ, 0, 0, &fd));
	show("path_open opened_fd", (uint64_t)w_path_open(DIR_FD, FOLLOW, "created", 7, O_CREAT_,
	                                                  RIGHTS_FILE, 0, 0, (int32_t *)(end - 2)));
	show("path_create_directory path length",
	     (uint64_t)w_path_create_directory(DIR_FD, "newdir", (size_t)-1));
	show("path_filestat_get stat",
	     (uint64_t)w_path_filestat_get(DIR_FD, FOLLOW, ".", 1, (struct w_filestat *)(end - 8)));
	show("path_readlink bufused", (uint64_t)w_path_readlink(DIR_FD, "link", 4, buf, 8,
	                                                       (size_t *)(end - 2)));
	show("path_symlink target", (uint64_t)w_path_symlink((const char *)(end - 2), 4, DIR_FD,
	                                                     "newlink", 7));
	show("fd_readdir buffer", (uint64_t)w_fd_readdir(DIR_FD, (void *)(end - 8), 16, 0, &n));
	struct w_subscription sub = {.userdata = 1, .tag = 0};
	sub.u.clock.id = 1;
	struct w_event ev;
	show("poll_oneoff in", (uint64_t)w_poll_oneoff((const struct w_subscription *)(end - 47), &ev,
	                                                1, &n));
	show("poll_oneoff out", (uint64_t)w_poll_oneoff(&sub, (struct w_event *)(end - 31), 1, &n));
	show("poll_oneoff huge count", (uint64_t)w_poll_oneoff(&sub, &ev, (size_t)-1 / 16, &n));
	show("fd_seek newoffset", (uint64_t)w_fd_seek(0, 0, 1, (uint64_t *)(end - 4)));
	show("fd_tell offset", (uint64_t)w_fd_tell(0, (uint64_t *)(end - 4)));
	/* The edges: an empty buffer may sit right at the end, not past it. */
	struct w_ciovec empty = {(const void *)end, 0};
	n = 12345;
	show("empty buffer at the end", (uint64_t)w_fd_write(1, &empty, 1, &n));
	show("nwritten", n);
	empty.buf = (const void *)(end + 1);
	show("empty buffer past the end", (uint64_t)w_fd_write(1, &empty, 1, &n));
	show("last byte of memory", (uint64_t)w_random_get((void *)(end - 1), 1));
	/* stdin was not consumed by the calls that failed */
	rv = (struct w_iovec){buf, sizeof buf};
	w_fd_read(0, &rv, 1, &n);
	say("stdin: ");
	put(1, buf, n);
	say("\n");
	return 0;
}

/* Renumbering, closing stdio, the calls with no memory operands. */
static int fdtable(void)
{
	int32_t fd, fd2;
	size_t n;
	struct w_fdstat fs;
	open_at(DIR_FD, "out.txt", FOLLOW, O_CREAT_ | O_TRUNC_, RIGHTS_FILE, 0, &fd);
	show("first file fd", (uint64_t)fd);
	open_at(DIR_FD, "out2.txt", FOLLOW, O_CREAT_ | O_TRUNC_, RIGHTS_FILE, 0, &fd2);
	show("second file fd", (uint64_t)fd2);
	w_fd_close(fd);
	open_at(DIR_FD, "out.txt", FOLLOW, 0, RIGHTS_FILE, 0, &fd);
	show("lowest free fd reused", (uint64_t)fd);
	show("fd_allocate", (uint64_t)w_fd_allocate(fd, 0, 100));
	struct w_filestat st;
	w_fd_filestat_get(fd, &st);
	show("size after allocate", st.size);
	w_fd_filestat_set_size(fd, 0);
	show("fd_advise", (uint64_t)w_fd_advise(fd, 0, 0, 1));
	show("fd_advise bad", (uint64_t)w_fd_advise(fd, 0, 0, 6));
	show("fd_sync", (uint64_t)w_fd_sync(fd));
	show("fd_datasync", (uint64_t)w_fd_datasync(fd));
	show("fd_filestat_set_times", (uint64_t)w_fd_filestat_set_times(fd, 0, 0, 2 | 8));
	show("renumber to missing fd", (uint64_t)w_fd_renumber(fd, 50));
	show("renumber fd2 onto fd", (uint64_t)w_fd_renumber(fd2, fd));
	show("fd2 is gone", (uint64_t)w_fd_close(fd2));
	write_str(fd, "via renumbered fd\n", &n);
	show("renumber onto stdout", (uint64_t)w_fd_renumber(fd, 1));
	w_fd_fdstat_get(1, &fs);
	/* From here stdout is out2.txt. */
	show("fd 1 type now", fs.filetype);
	show("sched_yield", (uint64_t)w_sched_yield());
	show("proc_raise", (uint64_t)w_proc_raise(2));
	show("sock_shutdown", (uint64_t)w_sock_shutdown(1, 3));
	show("close stdin", (uint64_t)w_fd_close(0));
	show("read closed stdin", (uint64_t)w_fd_read(0, &(struct w_iovec){&n, 1}, 1, &n));
	return 0;
}

/* One fd_write of 3000 one-byte iovecs (more than IOV_MAX), then one
 * fd_read into 3000 iovecs from stdin. */
static int many_iovecs(void)
{
	static struct w_ciovec out[3000];
	static struct w_iovec in[3000];
	static char bytes[3000];
	static const char letters[] = "abcdefghijklmnopqrstuvwxyz\n";
	size_t n;
	for (size_t i = 0; i < 3000; i++) {
		out[i] = (struct w_ciovec){&letters[i % 27], 1};
		in[i] = (struct w_iovec){&bytes[i], 1};
	}
	int32_t rc = w_fd_write(1, out, 3000, &n);
	say("\n");
	show("fd_write of 3000 iovecs", (uint64_t)rc);
	show("nwritten", n);
	rc = w_fd_read(0, in, 3000, &n);
	show("fd_read into 3000 iovecs", (uint64_t)rc);
	show("nread", n);
	put(1, bytes, n);
	return 0;
}

/* Copies stdin to stdout through fd_read with two small buffers. */
static int cat(void)
{
	char a[3], b[4];
	for (;;) {
		struct w_iovec v[2] = {{a, sizeof a}, {b, sizeof b}};
		size_t n;
		if (w_fd_read(0, v, 2, &n))
			return 1;
		if (n == 0)
			return 0;
		put(1, a, n < 3 ? n : 3);
		if (n > 3)
			put(1, b, n - 3);
	}
}

int test_main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	const char *what = argv[1];
	if (w_streq(what, "prestat"))
		return prestat();
	if (w_streq(what, "files"))
		return files();
	if (w_streq(what, "ls"))
		return argc > 2 ? list(argv[2]) : 2;
	if (w_streq(what, "dirs"))
		return dirs();
	if (w_streq(what, "clean"))
		return clean();
	if (w_streq(what, "environ"))
		return env_list();
	if (w_streq(what, "clock"))
		return clocks();
	if (w_streq(what, "random"))
		return randoms();
	if (w_streq(what, "poll"))
		return polls();
	if (w_streq(what, "sandbox"))
		return sandbox();
	if (w_streq(what, "efault"))
		return efault();
	if (w_streq(what, "fdtable"))
		return fdtable();
	if (w_streq(what, "iovecs"))
		return many_iovecs();
	if (w_streq(what, "cat"))
		return cat();
	return 2;
}

#ifdef __wasm64__
int main(int argc, char **argv)
{
	return test_main(argc, argv);
}
#endif
