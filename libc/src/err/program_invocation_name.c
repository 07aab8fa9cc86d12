#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "w64_host.h"

/*
 * The program's name as it was started (argv[0]) and its last path
 * component, as glibc provides them (err() and warn() use the short
 * one).  They are fetched by a constructor, from the host's arguments,
 * only in programs that use them; "" when the host gives no arguments.
 */
char *program_invocation_name = "";
char *program_invocation_short_name = "";

__attribute__((constructor)) static void load_name(void)
{
	size_t argc, size;
	if (__w64_host_args_sizes_get(&argc, &size) != 0 || argc == 0)
		return;
	char **argv = malloc((argc + 1) * sizeof *argv + size);
	if (argv == NULL)
		return;
	if (__w64_host_args_get(argv, (char *)(argv + argc + 1)) != 0) {
		free(argv);
		return;
	}
	/* argv[0] lives on in the block, for the rest of the run. */
	program_invocation_name = argv[0];
	const char *slash = strrchr(argv[0], '/');
	program_invocation_short_name = slash ? (char *)slash + 1 : argv[0];
}
