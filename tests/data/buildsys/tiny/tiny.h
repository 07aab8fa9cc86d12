#ifndef TINY_H
#define TINY_H
int tiny_add(int a, int b);
#endif
