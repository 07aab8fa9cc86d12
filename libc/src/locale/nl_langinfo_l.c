#include <langinfo.h>
#include <locale.h>

#include "w64_locale.h"
#include "w64_time.h"

/* glibc's answers in "C" and "C.UTF-8"; "" for an item that is none. */
char *nl_langinfo_l(nl_item item, locale_t l)
{
	static const char *const abday[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
	static const char *const abmon[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	static const char *const time_items[] = {
		[AM_STR - AM_STR] = "AM",
		[PM_STR - AM_STR] = "PM",
		[D_T_FMT - AM_STR] = "%a %b %e %H:%M:%S %Y",
		[D_FMT - AM_STR] = "%m/%d/%y",
		[T_FMT - AM_STR] = "%H:%M:%S",
		[T_FMT_AMPM - AM_STR] = "%I:%M:%S %p",
		[ERA - AM_STR] = "",
		[ERA_D_FMT - AM_STR] = "",
		[ALT_DIGITS - AM_STR] = "",
		[ERA_D_T_FMT - AM_STR] = "",
		[ERA_T_FMT - AM_STR] = "",
	};
	const char *s = "";

	if (item == CODESET)
		s = __w64_locale_ctype_utf8(l) ? "UTF-8" : "ANSI_X3.4-1968";
	else if (item == RADIXCHAR)
		s = ".";
	else if (item >= ABDAY_1 && item <= ABDAY_7)
		s = abday[item - ABDAY_1];
	else if (item >= DAY_1 && item <= DAY_7)
		s = __w64_day_names[item - DAY_1];
	else if (item >= ABMON_1 && item <= ABMON_12)
		s = abmon[item - ABMON_1];
	else if (item >= MON_1 && item <= MON_12)
		s = __w64_month_names[item - MON_1];
	else if (item >= AM_STR && item <= ERA_T_FMT)
		s = time_items[item - AM_STR];
	else if (item == CRNCYSTR)
		s = "-";
	else if (item == YESEXPR)
		s = "^[yY]";
	else if (item == NOEXPR)
		s = "^[nN]";
	return (char *)s;
}
