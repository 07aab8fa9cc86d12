# libc/libc.mk — builds the wasm64 sysroot.  Included by the top-level
# Makefile, which must define CLANG, LLVM_AR, BUILD, SYSROOT and SETUP_BUILD
# before the include (rule prerequisites use them as the file is read);
# paths are relative to the repository root.
#
#   make sysroot   →  $(SYSROOT)/include/…                    public headers (libc/include)
#                     $(SYSROOT)/lib/wasm64-wasip1/crt1.o     program entry (_start)
#                     $(SYSROOT)/lib/wasm64-wasip1/libc.a     libc/src/*/*.c + libc/host/*.c
#                     $(SYSROOT)/lib/wasm64-wasip1/libm.a     empty: libm (libc/src/math)
#                                               lives in libc.a, which every
#                                               link gets, so -lm is optional
#                                               and links (docs/libc.md)
#                     and the names the other spellings of the target
#                     look for (libc/sysroot.mk, docs/toolchain.md)
#
# Sources are found by wildcard: adding a file needs no edit here.  Other
# fragments that need the sysroot can depend on $(LIBC_SYSROOT_FILES).

include libc/sysroot.mk

LIBC_OBJDIR := $(BUILD)/libc

# -nostdlibinc drops the sysroot include dir but keeps clang's resource
# headers (stddef.h, stdint.h, stdarg.h, float.h, stdbool.h, limits.h),
# which we do not duplicate.  -idirafter puts libc/include after them,
# where the sysroot's include dir sits in a user's compile, so the libc
# sees its headers in the same order (clang's limits.h and inttypes.h
# first, each pulling in ours with #include_next).
#
# --no-default-config: the libc is compiled with exactly these flags, even
#   where the SDK's clang configuration files (cfg/) are installed next
#   to clang and give user programs their defaults.
# -fno-builtin: inside the libc the compiler must not assume what libc
#   functions do.  Otherwise clang -O2 rewrites code into calls to them
#   (byte loops into memcpy/memset/strlen/bcmp, malloc+memset into calloc),
#   which within that function or its callees is infinite recursion.
#   __builtin_memcpy and friends still lower to memory.copy / memory.fill
#   (bulk memory is on by default for wasm64).
# -fvisibility=default: clang defaults wasm targets to hidden visibility,
#   which would make every libc function look internal.  With default, public
#   functions are public and the explicit visibility("hidden") on __w64_*
#   helpers is what marks internals, exactly as in a native build.
# -ffp-contract=off: each floating-point operation rounds once, as libm's
#   error-free transformations (libc/internal/w64_math.h) require; wasm
#   has no fused multiply-add anyway, and the native test build must
#   compute the same bits.
# -fno-math-errno: __builtin_sqrt is the f64.sqrt instruction (the libc
#   sets errno itself).
LIBC_CFLAGS := --target=wasm64 --no-default-config -std=c11 -O2 -Wall -Wextra -Werror \
	-nostdlibinc -idirafter libc/include -I libc/internal -I abi \
	-fno-builtin -fvisibility=default -ffp-contract=off -fno-math-errno

# -MD rather than -MMD: -MMD leaves out system headers, i.e. all of
# libc/include, so editing a public header would rebuild nothing.
LIBC_DEPFLAGS := -MD -MP

LIBC_SRCS := $(sort $(wildcard libc/src/*/*.c) $(wildcard libc/host/*.c))
LIBC_OBJS := $(patsubst libc/%.c,$(LIBC_OBJDIR)/%.o,$(LIBC_SRCS))
LIBC_CRT1_OBJ := $(LIBC_OBJDIR)/crt/crt1.o
# See LIBC_HEADER_DIRS: this is what drops a deleted source from libc.a.
LIBC_SRC_DIRS := $(shell find libc/src libc/host -type d)

LIBC_HEADERS := $(shell find libc/include -type f -name '*.h')
# A directory's mtime changes when an entry is added, removed or renamed, so
# depending on the directories notices a deleted file.
LIBC_HEADER_DIRS := $(shell find libc/include -type d)
# The stamp lives inside the include dir it vouches for: deleting
# $(SYSROOT)/include (or all of $(SYSROOT)) also deletes the stamp.
LIBC_INCLUDE_STAMP := $(SYSROOT)/include/.stamp

# The sysroot's layout (include/, lib/wasm64-wasip1/ and the names every
# spelling of the target looks for) is libc/sysroot.mk's.
LIBC_SYSROOT_FILES = $(call sysroot_files,$(SYSROOT),wasm64)

.PHONY: sysroot
sysroot: $(LIBC_SYSROOT_FILES)

$(LIBC_OBJS) $(LIBC_CRT1_OBJ): $(LIBC_OBJDIR)/%.o: libc/%.c libc/libc.mk | $(SETUP_BUILD)
	@mkdir -p $(@D)
	$(CLANG) $(LIBC_CFLAGS) $(LIBC_SJLJ) $(LIBC_DEPFLAGS) -c $< -o $@

$(eval $(call sysroot_layout,$(SYSROOT),wasm64,$(LIBC_CRT1_OBJ),$(LIBC_OBJS)))

# tests/expected/libc-symbols.txt: every symbol libc.a exports, compared
# with the build by tests/30-libc.bats so that the interface changes only
# on purpose.  After an intended change, `make libc-symbols` rewrites it.
.PHONY: libc-symbols
libc-symbols: $(SYSROOT)/lib/libc.a
	scripts/libc-symbols.sh $< >tests/expected/libc-symbols.txt

-include $(LIBC_OBJS:.o=.d) $(LIBC_CRT1_OBJ:.o=.d)

# --- sysroot32: the same library built for wasm32 ------------------------------
# The same sources and headers for --target=wasm32 (ILP32; file offsets and
# times stay 64-bit, see bits/types.h), importing WASI preview 1 with its
# own wasm32 signatures.  It exists to compare the two widths on one
# library (bench/run.sh: memory64's cost in wasm64-run) and for users who
# want both from one SDK:
#   clang-22 --target=wasm32 --sysroot=sysroot32 prog.c -o prog.wasm
SYSROOT32 := sysroot32
LIBC32_OBJDIR := $(BUILD)/libc32
LIBC32_CFLAGS := $(patsubst --target=wasm64,--target=wasm32,$(LIBC_CFLAGS))
LIBC32_OBJS := $(patsubst libc/%.c,$(LIBC32_OBJDIR)/%.o,$(LIBC_SRCS))
LIBC32_CRT1_OBJ := $(LIBC32_OBJDIR)/crt/crt1.o
LIBC32_SYSROOT_FILES = $(call sysroot_files,$(SYSROOT32),wasm32)

.PHONY: sysroot32
sysroot32: $(LIBC32_SYSROOT_FILES)
CHECK_PREREQS += sysroot32

$(LIBC32_OBJS) $(LIBC32_CRT1_OBJ): $(LIBC32_OBJDIR)/%.o: libc/%.c libc/libc.mk | $(SETUP_BUILD)
	@mkdir -p $(@D)
	$(CLANG) $(LIBC32_CFLAGS) $(LIBC_SJLJ) $(LIBC_DEPFLAGS) -c $< -o $@

$(eval $(call sysroot_layout,$(SYSROOT32),wasm32,$(LIBC32_CRT1_OBJ),$(LIBC32_OBJS)))

-include $(LIBC32_OBJS:.o=.d) $(LIBC32_CRT1_OBJ:.o=.d)

# libc/src/setjmp is the runtime of LLVM's setjmp/longjmp lowering: it
# throws the exception tag that code built with the same flag catches
# (and includes setjmp.h, which insists on the flag).
$(filter $(LIBC_OBJDIR)/src/setjmp/% $(LIBC32_OBJDIR)/src/setjmp/%,$(LIBC_OBJS) $(LIBC32_OBJS)): \
	LIBC_SJLJ := -mllvm -wasm-enable-sjlj

include libc/threads.mk
include libc/malloc.mk
include libc/native.mk
include libc/libm.mk
