#include <wchar.h>

/* The X/Open name of wcsstr. */
wchar_t *wcswcs(const wchar_t *hay, const wchar_t *needle)
{
	return wcsstr(hay, needle);
}
