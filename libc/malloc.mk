# libc/malloc.mk — native builds of the allocator (libc/src/malloc/) for its
# tests (tests/31-malloc.bats) and its benchmark.  Included from libc.mk.
#
#   build/malloc-native/{stress,checker,fit}   tests/malloc/*.c, ASan/UBSan (make check)
#   build/malloc-native/bench                  bench/malloc.c, -O2, next to glibc
#                                              (make bench-malloc)
#
# The allocator's top half is compiled for the build machine as it is,
# against tests/malloc/native_memory.c in place of libc/host/memory_grow.c.
# Its public names would collide with glibc's malloc (and ASan's, which
# replaces it), so both the allocator and the programs that test it are
# compiled with every public name renamed by a macro on the command line:
# defined before any header is read, the rename also applies to glibc's
# declarations, so the prototypes are still checked against the system's.
# The programs' own libc use (stdio, exit) keeps the system allocator.

MALLOC_NATIVE_DIR := $(BUILD)/malloc-native
MALLOC_SRCS := $(sort $(wildcard libc/src/malloc/*.c))
MALLOC_NATIVE_DEPS := $(MALLOC_SRCS) libc/internal/w64_malloc.h tests/malloc/native_memory.c \
	tests/malloc/native_memory.h libc/malloc.mk
MALLOC_RENAME := -Dmalloc=w64t_malloc -Dfree=w64t_free -Dcalloc=w64t_calloc \
	-Drealloc=w64t_realloc -Daligned_alloc=w64t_aligned_alloc \
	-Dposix_memalign=w64t_posix_memalign -Dmemalign=w64t_memalign \
	-Dmalloc_usable_size=w64t_malloc_usable_size
MALLOC_NATIVE_CFLAGS := -std=c11 -g -Wall -Wextra -Werror -D_DEFAULT_SOURCE \
	-I libc/internal -I abi -I tests/malloc -I tests/libc $(MALLOC_RENAME)
MALLOC_NATIVE_TESTS := $(addprefix $(MALLOC_NATIVE_DIR)/,stress checker fit)

$(MALLOC_NATIVE_TESTS): $(MALLOC_NATIVE_DIR)/%: tests/malloc/%.c $(MALLOC_NATIVE_DEPS) \
		tests/libc/check.h | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(MALLOC_NATIVE_CFLAGS) -O1 $(SAN_FLAGS) -o $@.tmp $< \
		$(MALLOC_SRCS) tests/malloc/native_memory.c
	@mv -f $@.tmp $@

$(MALLOC_NATIVE_DIR)/bench: bench/malloc.c $(MALLOC_NATIVE_DEPS) | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(MALLOC_NATIVE_CFLAGS) -O2 -o $@.tmp bench/malloc.c \
		$(MALLOC_SRCS) tests/malloc/native_memory.c
	@mv -f $@.tmp $@

.PHONY: bench-malloc
bench-malloc: $(MALLOC_NATIVE_DIR)/bench
	$(MALLOC_NATIVE_DIR)/bench

CHECK_PREREQS += $(MALLOC_NATIVE_TESTS)
