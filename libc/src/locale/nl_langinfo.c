#include <langinfo.h>
#include <locale.h>

char *nl_langinfo(nl_item item)
{
	return nl_langinfo_l(item, uselocale((locale_t)0));
}
