/* Why the last getdate failed (POSIX's codes 1 to 8). */
int getdate_err;
