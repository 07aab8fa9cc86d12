# libc/native.mk — the libc's portable top half built for the build machine
# (x86_64, ASan + UBSan), for the tests in tests/32-libc-native.bats.
# Included from libc.mk.
#
#   build/libc-native/libw64c.a        libc/src/*/*.c, every public name
#                                      renamed w64_<name>
#   build/libc-native/host.o           libc/native/host.c: __w64_host_* on POSIX
#   build/libc-native/libc/<test>      each tests/libc/<test>.c, the very
#                                      program that runs in wasm64-run
#   build/libc-native/diff/<driver>    tests/libc-native/<driver>.c: glibc
#                                      against the libc, on generated inputs
#
# How the two C libraries live in one process.  The libc sources are
# compiled exactly as for wasm64 — our headers (-nostdlibinc -idirafter
# libc/include), -fno-builtin — and then their symbols are renamed with
# `llvm-objcopy --redefine-syms`: every global symbol the libc objects
# define becomes w64_<name> (printf -> w64_printf, errno -> w64_errno),
# in the definitions and in every reference, so the libc calls its own
# functions and glibc never sees them.  The map is computed from the
# objects themselves (llvm-nm), so nothing lists the functions: a new
# libc/src/<area>/<name>.c joins the native build, renamed, with no edit
# here, and a test calls it as w64_<name> after one line declaring it
# (tests/libc-native/w64.h).  Not renamed: the hidden __w64_* internals
# (glibc has no such names; tests call them directly) and the symbols
# ASan adds.  Excluded: libc/src/malloc (built and tested on its own by
# malloc.mk), so w64_strdup and friends allocate from the system's
# malloc, which ASan watches; and libc/src/setjmp, the runtime of a
# WebAssembly-only lowering (tests/36-setjmp.bats compares programs that
# use it with their glibc build instead).
#
# tests/libc/*.c are built the same way, with their main also renamed
# (w64_main; libc/native/start.c calls it and exits through w64_exit),
# so every libc test also runs natively under the sanitizers.

LIBC_NATIVE_DIR := $(BUILD)/libc-native
LLVM_NM ?= llvm-nm-22
LLVM_OBJCOPY ?= llvm-objcopy-22

LIBC_NATIVE_SRCS := $(filter-out libc/src/malloc/% libc/src/setjmp/%,$(sort $(wildcard libc/src/*/*.c)))
LIBC_NATIVE_RAW := $(patsubst libc/src/%.c,$(LIBC_NATIVE_DIR)/raw/%.o,$(LIBC_NATIVE_SRCS))
LIBC_NATIVE_OBJS := $(patsubst libc/src/%.c,$(LIBC_NATIVE_DIR)/obj/%.o,$(LIBC_NATIVE_SRCS))
LIBC_NATIVE_MAP := $(LIBC_NATIVE_DIR)/renames.txt
LIBC_NATIVE_LIB := $(LIBC_NATIVE_DIR)/libw64c.a
LIBC_NATIVE_HOST := $(LIBC_NATIVE_DIR)/host.o $(LIBC_NATIVE_DIR)/start.o

# The libc's own flags, for the build machine; -O2 as in wasm64 (and the
# big-number loops of printf dominate the differential runs).
LIBC_NATIVE_CFLAGS := -std=c11 -O2 -g -Wall -Wextra -Werror \
	-nostdlibinc -idirafter libc/include -I libc/internal -I abi -fno-builtin \
	-ffp-contract=off -fno-math-errno $(SAN_FLAGS)

$(LIBC_NATIVE_RAW): $(LIBC_NATIVE_DIR)/raw/%.o: libc/src/%.c libc/native.mk | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(LIBC_NATIVE_CFLAGS) -MD -MP -c $< -o $@

# "old new" per line (nm prints each file name, then its symbols).  Symbols ASan generates (__odr_asan_gen_*,
# ___asan_globals_registered) and the hidden __w64_* keep their names.
$(LIBC_NATIVE_MAP): $(LIBC_NATIVE_RAW)
	$(LLVM_NM) --defined-only --extern-only --format=just-symbols --no-sort $^ | \
		grep -v -e '^$$' -e ':$$' | \
		grep -v -e '^__w64_' -e '^__odr_asan' -e '^___asan' | sort -u | \
		awk '{ print $$1, "w64_" $$1 }' >$@.tmp
	@mv -f $@.tmp $@

$(LIBC_NATIVE_DIR)/renames-main.txt: $(LIBC_NATIVE_MAP)
	{ cat $<; echo 'main w64_main'; } >$@.tmp
	@mv -f $@.tmp $@

$(LIBC_NATIVE_OBJS): $(LIBC_NATIVE_DIR)/obj/%.o: $(LIBC_NATIVE_DIR)/raw/%.o $(LIBC_NATIVE_MAP)
	@mkdir -p $(@D)
	$(LLVM_OBJCOPY) --redefine-syms=$(LIBC_NATIVE_MAP) $< $@

$(LIBC_NATIVE_LIB): $(LIBC_NATIVE_OBJS)
	@rm -f $@.tmp
	$(LLVM_AR) qcsD $@.tmp $^
	@mv -f $@.tmp $@

# The stand-in bottom half and entry point: system headers, no renaming.
$(LIBC_NATIVE_HOST): $(LIBC_NATIVE_DIR)/%.o: libc/native/%.c libc/internal/w64_host.h \
		libc/native.mk | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(NATIVE_CFLAGS) $(SAN_FLAGS) -I libc/internal -I abi -c $< -o $@

# tests/libc/<name>.c: compiled like the libc, then renamed, main too.
LIBC_NATIVE_TEST_NAMES := $(patsubst tests/libc/%.c,%,$(wildcard tests/libc/*.c))
LIBC_NATIVE_TESTS := $(patsubst %,$(LIBC_NATIVE_DIR)/libc/%,$(LIBC_NATIVE_TEST_NAMES))
LIBC_NATIVE_TEST_RAW := $(patsubst %,%.raw.o,$(LIBC_NATIVE_TESTS))
LIBC_NATIVE_TEST_OBJS := $(patsubst %,%.o,$(LIBC_NATIVE_TESTS))

$(LIBC_NATIVE_TEST_RAW): $(LIBC_NATIVE_DIR)/libc/%.raw.o: tests/libc/%.c libc/native.mk | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(LIBC_NATIVE_CFLAGS) -MD -MP -c $< -o $@

$(LIBC_NATIVE_TEST_OBJS): %.o: %.raw.o $(LIBC_NATIVE_DIR)/renames-main.txt
	$(LLVM_OBJCOPY) --redefine-syms=$(LIBC_NATIVE_DIR)/renames-main.txt $< $@

$(LIBC_NATIVE_TESTS): %: %.o $(LIBC_NATIVE_LIB) $(LIBC_NATIVE_HOST)
	$(NATIVE_CC) $(SAN_FLAGS) -o $@.tmp $< $(LIBC_NATIVE_HOST) $(LIBC_NATIVE_LIB)
	@mv -f $@.tmp $@

# tests/libc-native/<driver>.c: ordinary programs against glibc that also
# call the libc under test by its w64_ names.  -lm for glibc's own libm.
LIBC_NATIVE_DIFF := $(patsubst tests/libc-native/%.c,$(LIBC_NATIVE_DIR)/diff/%,$(wildcard tests/libc-native/*.c))

$(LIBC_NATIVE_DIFF): $(LIBC_NATIVE_DIR)/diff/%: tests/libc-native/%.c tests/libc-native/w64.h tests/libc-native/diff.h \
		$(LIBC_NATIVE_LIB) $(LIBC_NATIVE_DIR)/host.o libc/native.mk | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(NATIVE_CFLAGS) $(SAN_FLAGS) -I libc/internal -I abi -I tests/libc-native -o $@.tmp $< \
		$(LIBC_NATIVE_LIB) $(LIBC_NATIVE_DIR)/host.o -lm $(LIBC_NATIVE_DIFF_LIBS)
	@mv -f $@.tmp $@

# crypt_diff compares with libxcrypt, Debian's libcrypt.
$(LIBC_NATIVE_DIR)/diff/crypt_diff: LIBC_NATIVE_DIFF_LIBS := -lcrypt

.PHONY: libc-native
libc-native: $(LIBC_NATIVE_TESTS) $(LIBC_NATIVE_DIFF)

CHECK_PREREQS += libc-native

-include $(LIBC_NATIVE_RAW:.o=.d) $(LIBC_NATIVE_TEST_RAW:.o=.d)
