/*
 * Links every WASI import the libc declares (libc/internal/w64_host.h,
 * expanded from abi/wasi.def), so tests/15-abi.bats can compare the
 * imports' types in the linked module with the table's signatures.
 */
#include <stdio.h>

#include "w64_host.h"

#define WASI_FUNC(name, result, params) (void *)__w64_host_##name,
static void *const __attribute__((used)) all[] = {
#include "wasi.def"
};

int main(void)
{
	printf("%zu imports\n", sizeof all / sizeof all[0]);
	return 0;
}
