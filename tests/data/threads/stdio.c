/*
 * Threads writing to one stream at once: each line is written whole
 * (printf, fputs, fwrite, putchar and a flockfile'd run of putc_unlocked),
 * so the sorted output is the same as glibc's
 * (tests/25-threads-libc.bats).  Also fflush(NULL) and fopen/fclose
 * from many threads at once.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#define THREADS 6
#define LINES 300

static void *writer(void *arg)
{
	int me = (int)(intptr_t)arg;
	char line[64];
	for (int i = 0; i < LINES; i++) {
		switch (i % 4) {
		case 0:
			printf("thread %d line %d: printf\n", me, i);
			break;
		case 1:
			snprintf(line, sizeof line, "thread %d line %d: fputs\n", me, i);
			fputs(line, stdout);
			break;
		case 2:
			snprintf(line, sizeof line, "thread %d line %d: fwrite\n", me, i);
			fwrite(line, 1, strlen(line), stdout);
			break;
		default:
			snprintf(line, sizeof line, "thread %d line %d: putc\n", me, i);
			flockfile(stdout);
			for (const char *p = line; *p; p++)
				putc_unlocked(*p, stdout);
			funlockfile(stdout);
		}
		if (i % 50 == 0)
			fflush(NULL);
	}
	/* Streams opened and closed by many threads at once (in the
	 * working directory). */
	int opened = 0;
	for (int i = 0; i < 20; i++) {
		snprintf(line, sizeof line, "stdio-%d.tmp", me);
		FILE *f = fopen(line, "w");
		if (f == NULL)
			continue;
		fprintf(f, "%d\n", i);
		opened += fclose(f) == 0;
		remove(line);
	}
	return (void *)(intptr_t)opened;
}

int main(void)
{
	pthread_t t[THREADS];
	for (int i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, writer, (void *)(intptr_t)i);
	int opened = 0;
	for (int i = 0; i < THREADS; i++) {
		void *r;
		pthread_join(t[i], &r);
		opened += (int)(intptr_t)r;
	}
	printf("done: %d streams opened and closed\n", opened);

	/* The other locked functions, once each from the main thread (wide
	 * characters, positioning): some take a lock they already hold. */
	FILE *f = fopen("stdio-wide.tmp", "w+");
	if (f == NULL)
		return 1;
	fwprintf(f, L"%ls %d\n", L"wide", 42);
	fputws(L"second line\n", f);
	fputwc(L'z', f);
	long end = ftell(f);
	rewind(f);
	wchar_t w[32];
	fgetws(w, 32, f);
	wint_t c = fgetwc(f);
	ungetwc(c, f);
	fseek(f, -1, SEEK_END);
	wint_t last = fgetwc(f);
	clearerr(f);
	printf("wide: %ld bytes, first line %ls", end, w);
	printf("wide: next %lc, last %lc, oriented %d\n", (wint_t)c, last, fwide(f, 0) > 0);
	fclose(f);
	remove("stdio-wide.tmp");
	f = fopen("stdio-wide.tmp", "w");
	printf("setvbuf: %d\n", setvbuf(f, NULL, _IOLBF, 64));
	fclose(f);
	remove("stdio-wide.tmp");
	return 0;
}
