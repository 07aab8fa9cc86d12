#include <fenv.h>

int fegetexceptflag(fexcept_t *flagp, int excepts)
{
	(void)excepts;
	*flagp = 0;
	return 0;
}
