# libc/threads.mk — the wasip1-threads variant of each sysroot (docs/libc.md,
# "Threads"): the same library compiled with atomics and bulk memory, with
# the files of libc/threads/ in place of the single-threaded ones of the
# same name (libc/threads/src/thread/pthread_create.c replaces
# libc/src/thread/pthread_create.c), plus the few that only it has.
# Included from libc/libc.mk, after the single-threaded build is defined.
#
#   make sysroot-threads  →  $(SYSROOT)/include/wasm64-wasip1-threads/…   the headers that differ
#                            $(SYSROOT)/lib/wasm64-wasip1-threads/…      crt1.o, libc.a, empty archives
#   make sysroot32        →  the same in $(SYSROOT32) for wasm32, besides its plain layout
#
# The single-threaded objects are not touched: each variant has its own
# object directory.

LIBC_THREADS_SRCS := $(sort $(wildcard libc/threads/src/*/*.c) $(wildcard libc/threads/src/*/*.S))
LIBC_THREADS_HEADERS := $(shell find libc/threads/include -type f -name '*.h')
LIBC_THREADS_HEADER_DIRS := $(shell find libc/threads/include -type d)
# The single-threaded sources no override replaces, then the overrides.
LIBC_THREADS_ALL_SRCS := $(filter-out $(patsubst libc/threads/%,libc/%,$(LIBC_THREADS_SRCS)),$(LIBC_SRCS)) \
	$(LIBC_THREADS_SRCS)

# -matomics -mbulk-memory: what clang-22 turns on for a *-wasip1-threads
# target, and what wasm-ld needs of every object before it links a shared
# memory; with atomics, _Thread_local is real thread-local storage.
# W64_THREADS: the few internal structures that hold a lock in this
# variant only (a stream's, libc/internal/w64_stdio.h).  The variant's
# headers come before the common ones, as in a user's compile.
LIBC_THREADS_FLAGS := -matomics -mbulk-memory -DW64_THREADS
libc_threads_cflags = $(subst -idirafter libc/include,-idirafter libc/threads/include -idirafter libc/include,$(1)) \
	$(LIBC_THREADS_FLAGS)

# $(call libc_threads_variant,WIDTH,SYSROOT,OBJDIR,CFLAGS): objects, rules
# and layout of one width (expand with $(eval)).
define libc_threads_variant
LIBC_THREADS_OBJS_$(1) := $$(patsubst libc/%,$(3)/%.o,$$(basename $$(LIBC_THREADS_ALL_SRCS)))
LIBC_THREADS_CRT1_$(1) := $(3)/crt/crt1.o
LIBC_THREADS_CFLAGS_$(1) := $$(call libc_threads_cflags,$(4))

$(3)/%.o: libc/%.c libc/libc.mk libc/threads.mk | $$(SETUP_BUILD)
	@mkdir -p $$(@D)
	$$(CLANG) $$(LIBC_THREADS_CFLAGS_$(1)) $$(LIBC_SJLJ) $$(LIBC_DEPFLAGS) -c $$< -o $$@

$(3)/%.o: libc/%.S libc/libc.mk libc/threads.mk | $$(SETUP_BUILD)
	@mkdir -p $$(@D)
	$$(CLANG) $$(LIBC_THREADS_CFLAGS_$(1)) $$(LIBC_DEPFLAGS) -c $$< -o $$@

# setjmp's runtime, and the two files that use it: a thread's entry sets
# the jump that pthread_exit takes.
$$(filter $(3)/src/setjmp/% $(3)/threads/src/thread/__w64_thread_entry.o \
		$(3)/threads/src/thread/pthread_exit.o,$$(LIBC_THREADS_OBJS_$(1))): \
	LIBC_SJLJ := -mllvm -wasm-enable-sjlj

$$(eval $$(call sysroot_threads_layout,$(2),$(1),$$(LIBC_THREADS_CRT1_$(1)),$$(LIBC_THREADS_OBJS_$(1))))

-include $$(LIBC_THREADS_OBJS_$(1):.o=.d) $$(LIBC_THREADS_CRT1_$(1):.o=.d)
endef

$(eval $(call libc_threads_variant,wasm64,$(SYSROOT),$(BUILD)/libc-threads,$(LIBC_CFLAGS)))
$(eval $(call libc_threads_variant,wasm32,$(SYSROOT32),$(BUILD)/libc32-threads,$(LIBC32_CFLAGS)))

.PHONY: sysroot-threads
sysroot-threads: $(call sysroot_threads_files,$(SYSROOT),wasm64)
sysroot32: $(call sysroot_threads_files,$(SYSROOT32),wasm32)
CHECK_PREREQS += sysroot-threads
