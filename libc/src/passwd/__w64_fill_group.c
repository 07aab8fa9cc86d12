#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "w64_user.h"

int __w64_fill_group(struct group *gr, char *buf, size_t size)
{
	/* The member list first (pointer-aligned), then the strings. */
	uintptr_t align = (uintptr_t)-(uintptr_t)buf % sizeof(char *);
	size_t need = align + 2 * sizeof(char *) + sizeof W64_GROUP_NAME + sizeof "x" +
		      sizeof W64_USER_NAME;
	if (size < need)
		return ERANGE;
	char **mem = (char **)(void *)(buf + align);
	char *s = (char *)(mem + 2);
	gr->gr_name = memcpy(s, W64_GROUP_NAME, sizeof W64_GROUP_NAME);
	s += sizeof W64_GROUP_NAME;
	gr->gr_passwd = memcpy(s, "x", sizeof "x");
	s += sizeof "x";
	mem[0] = memcpy(s, W64_USER_NAME, sizeof W64_USER_NAME);
	mem[1] = NULL;
	gr->gr_mem = mem;
	gr->gr_gid = W64_GID;
	return 0;
}
