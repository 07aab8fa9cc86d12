#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "w64_errno.h"
#include "w64_wide.h"

/* Letters and digits (hex digits, exponents, "inf", "nan(...)", "0x"),
 * signs, the radix point and a NaN's parentheses and underscore. */
static int in_number(wchar_t c)
{
	if ((unsigned)c >= 0x80)
		return 0;
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
	       (c != 0 && strchr("+-._()", (int)c) != NULL);
}

void __w64_narrow_number(struct __w64_narrow *n, const wchar_t *s)
{
	while (iswspace((wint_t)*s))
		s++;
	size_t len = 0;
	while (in_number(s[len]))
		len++;
	n->from = s;
	n->text = n->small;
	if (len >= sizeof n->small) {
		n->text = malloc(len + 1);
		if (n->text == NULL) {
			__w64_set_errno(ENOMEM);
			n->text = n->small;
			len = 0;
		}
	}
	for (size_t i = 0; i < len; i++)
		n->text[i] = (char)s[i];
	n->text[len] = '\0';
}

void __w64_narrow_done(struct __w64_narrow *n, const char *stop, const wchar_t *s, wchar_t **end)
{
	if (end != NULL)
		*end = (wchar_t *)(stop == n->text ? s : n->from + (stop - n->text));
	if (n->text != n->small)
		free(n->text);
}
