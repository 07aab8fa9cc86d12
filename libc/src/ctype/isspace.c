#include <ctype.h>

/* ' ', and \t \n \v \f \r (9 to 13). */
int isspace(int c)
{
	return c == ' ' || (unsigned)(c - '\t') < 5;
}
