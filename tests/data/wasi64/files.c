/*
 * A file workload for wasm64-rewrite --wasi64, built with sysroot32
 * (wasm32) and compared before and after the conversion: argv, environ,
 * stdio streams over files in a preopened directory (argv[1]), fread and
 * fwrite in blocks, seeking, directories, rename, remove, and an error on
 * stderr.  Exits with 3 so the status is compared too.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entries of `dir`, sorted, with their sizes. */
static void list(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		perror(dir);
		return;
	}
	char *names[64];
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 64)
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof names[0], cmp_names);
	for (size_t i = 0; i < n; i++) {
		char path[512];
		struct stat st;
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		if (stat(path, &st) == 0)
			printf("  %s %s %lld\n", names[i], S_ISDIR(st.st_mode) ? "dir" : "file",
			       S_ISDIR(st.st_mode) ? 0LL : (long long)st.st_size);
		free(names[i]);
	}
}

int main(int argc, char **argv)
{
	for (int i = 0; i < argc; i++)
		printf("argv[%d] = %s\n", i, argv[i]);
	const char *greeting = getenv("GREETING");
	printf("GREETING=%s\n", greeting ? greeting : "(unset)");
	const char *dir = argc > 1 ? argv[1] : "/box";
	char path[512], path2[512];

	snprintf(path, sizeof path, "%s/input.txt", dir);
	FILE *f = fopen(path, "r");
	if (f) {
		char line[256];
		unsigned long sum = 0, lines = 0;
		while (fgets(line, sizeof line, f)) {
			lines++;
			for (char *p = line; *p; p++)
				sum = sum * 31 + (unsigned char)*p;
		}
		printf("input.txt: %lu lines, hash %lu\n", lines, sum);
		fclose(f);
	} else {
		perror(path);
	}

	snprintf(path, sizeof path, "%s/lines.txt", dir);
	f = fopen(path, "w");
	if (!f) {
		perror(path);
		return 1;
	}
	for (int i = 0; i < 2000; i++)
		fprintf(f, "line %d: %s\n", i, i % 7 ? "seven" : "lucky");
	fclose(f);

	static unsigned char block[100000], back[100000];
	for (size_t i = 0; i < sizeof block; i++)
		block[i] = (unsigned char)(i * 7 + i / 251);
	snprintf(path2, sizeof path2, "%s/data.bin", dir);
	f = fopen(path2, "wb+");
	if (!f) {
		perror(path2);
		return 1;
	}
	size_t w = fwrite(block, 1, sizeof block, f);
	fseek(f, 50000, SEEK_SET);
	size_t r = fread(back, 1, 10, f);
	printf("data.bin: wrote %zu, at 50000 read %zu, equal %d, tell %ld\n", w, r,
	       memcmp(back, block + 50000, 10) == 0, ftell(f));
	rewind(f);
	size_t total = 0;
	while ((r = fread(back + total, 1, 4096, f)) > 0)
		total += r;
	printf("data.bin: read back %zu, equal %d\n", total, memcmp(back, block, total) == 0);
	fclose(f);

	snprintf(path2, sizeof path2, "%s/sub", dir);
	printf("mkdir: %d\n", mkdir(path2, 0755));
	snprintf(path2, sizeof path2, "%s/sub/moved.txt", dir);
	printf("rename: %d\n", rename(path, path2));
	snprintf(path, sizeof path, "%s/gone.txt", dir);
	f = fopen(path, "w");
	fputs("short-lived\n", f);
	fclose(f);
	printf("remove: %d\n", remove(path));
	printf("%s:\n", dir);
	list(dir);
	snprintf(path2, sizeof path2, "%s/sub", dir);
	printf("%s:\n", path2);
	list(path2);

	snprintf(path, sizeof path, "%s/missing/file", dir);
	if (!fopen(path, "r"))
		perror(path);
	fprintf(stderr, "errno %d after the failed open\n", errno);
	return 3;
}
