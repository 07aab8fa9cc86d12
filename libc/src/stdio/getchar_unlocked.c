#include <stdio.h>

int getchar_unlocked(void)
{
	return getchar();
}
