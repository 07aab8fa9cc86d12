#ifndef W64_TIME_H
#define W64_TIME_H

#include <stdint.h>
#include <time.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* a / b rounded toward minus infinity (b > 0), for negative years and
 * days. */
W64_HIDDEN int64_t __w64_floor_div(int64_t a, int64_t b);

/* Days from 1970-01-01 to year y, month m (1-12), day d of the proleptic
 * Gregorian calendar; negative before 1970. */
W64_HIDDEN int64_t __w64_days_from_civil(int64_t y, int m, int d);

/* Breaks t (seconds since the epoch, UTC) down into *tm, zone named
 * `zone`.  0, or EOVERFLOW when the year does not fit tm_year. */
W64_HIDDEN int __w64_time_to_tm(int64_t t, struct tm *tm, const char *zone);

/* The time *tm names, taking every field as it is (out of range ones
 * carry over), then *tm normalised and its weekday and year day set.
 * -1 with errno EOVERFLOW when the result does not fit. */
W64_HIDDEN time_t __w64_tm_to_time(struct tm *tm, const char *zone);

/* WASI's clock in nanoseconds; 0 or an errno. */
W64_HIDDEN int __w64_clock_ns(clockid_t id, uint64_t *ns);

/* strftime's engine: formats into s, storing at most max bytes (no
 * NUL), and returns the length of the whole result, which may pass max.
 * Bytes of fmt other than conversions are copied as they are, so a wide
 * format in w64_wide.h's encoding goes through too (wcsftime). */
W64_HIDDEN size_t __w64_strftime(char *s, size_t max, const char *fmt, const struct tm *tm);

/* strptime, also saying which fields the input gave (W64_TM_*, for
 * getdate); a weekday or day of the year strptime computed is not given,
 * a month and day computed from %j or a week number are. */
W64_HIDDEN char *__w64_strptime(const char *s, const char *fmt, struct tm *tm, unsigned *seen);
#define W64_TM_YEAR 0x01
#define W64_TM_MON 0x02
#define W64_TM_MDAY 0x04
#define W64_TM_WDAY 0x08
#define W64_TM_HOUR 0x10
#define W64_TM_MIN 0x20
#define W64_TM_SEC 0x40

/* The "C" locale's names. */
W64_HIDDEN extern const char *const __w64_day_names[7];
W64_HIDDEN extern const char *const __w64_month_names[12];

#undef W64_HIDDEN

#endif
