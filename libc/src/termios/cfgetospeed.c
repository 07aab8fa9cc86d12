#include <termios.h>

speed_t cfgetospeed(const struct termios *t)
{
	return t->__c_ospeed;
}
