#include <fenv.h>

int fegetenv(fenv_t *envp)
{
	envp->__state = 0;
	return 0;
}
