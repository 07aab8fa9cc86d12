#include <errno.h>
#include <string.h>

#include "w64_crypt.h"
#include "w64_errno.h"

/*
 * Bytes a setting may hold anywhere, as libxcrypt checks them: printable
 * ASCII without the space and without the characters password files and
 * shells give meaning to (':' separates fields, '!' and '*' mark locked
 * accounts, ';' and '\').
 */
static int setting_ok(const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c <= ' ' || c >= 0x7f || strchr("!*:;\\", c))
			return 0;
	}
	return 1;
}

char *__w64_crypt(const char *phrase, const char *setting, char *out)
{
	int err = EINVAL;

	if (phrase != NULL && setting != NULL && setting_ok(setting)) {
		if (strnlen(phrase, W64_CRYPT_PHRASE_MAX) >= W64_CRYPT_PHRASE_MAX)
			err = ERANGE;
		else if (strncmp(setting, "$6$", 3) == 0)
			err = __w64_crypt_sha512(phrase, setting, out);
		else if (strncmp(setting, "$5$", 3) == 0)
			err = __w64_crypt_sha256(phrase, setting, out);
		else if (strncmp(setting, "$1$", 3) == 0)
			err = __w64_crypt_md5(phrase, setting, out);
		else if (strncmp(setting, "$2", 2) == 0)
			err = __w64_crypt_bcrypt(phrase, setting, out);
		else if (setting[0] == '_')
			err = __w64_crypt_bsdi(phrase, setting, out);
		else if (setting[0] != '$')
			err = __w64_crypt_des(phrase, setting, out);
		if (err == 0)
			return out;
	}
	/* Never equal to the setting, so a failure cannot verify. */
	strcpy(out, setting != NULL && setting[0] == '*' && setting[1] == '0' ? "*1" : "*0");
	__w64_set_errno(err);
	return out;
}
