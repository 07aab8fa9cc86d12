# libc/libm.mk — libm's accuracy run against glibc (docs/libm.md).
# Included from libc.mk, after native.mk.
#
#   make libm-accuracy   builds libc/src/math (and errno) for this machine
#                        without sanitizers, links the differential driver
#                        tests/libc-native/libm_accuracy.c against it and
#                        glibc's binary128 functions, and writes the table
#                        docs/libm-accuracy.md (LIBM_CASES inputs per
#                        function, default 1000000: minutes).
#
# The same driver, built with the sanitizers by native.mk, runs a reduced
# sample in make check (tests/36-libm.bats).  Symbols are renamed as in
# native.mk (w64_<name>; the hidden __w64_* keep theirs).

LIBM_NATIVE_DIR := $(BUILD)/libm-native
LIBM_NATIVE_SRCS := $(sort $(wildcard libc/src/math/*.c)) libc/src/errno/errno.c
LIBM_NATIVE_RAW := $(patsubst libc/src/%.c,$(LIBM_NATIVE_DIR)/raw/%.o,$(LIBM_NATIVE_SRCS))
LIBM_NATIVE_OBJS := $(patsubst libc/src/%.c,$(LIBM_NATIVE_DIR)/obj/%.o,$(LIBM_NATIVE_SRCS))
LIBM_NATIVE_MAP := $(LIBM_NATIVE_DIR)/renames.txt
LIBM_NATIVE_LIB := $(LIBM_NATIVE_DIR)/libw64m.a
LIBM_CASES ?= 1000000

$(LIBM_NATIVE_RAW): $(LIBM_NATIVE_DIR)/raw/%.o: libc/src/%.c libc/libm.mk | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(filter-out $(SAN_FLAGS),$(LIBC_NATIVE_CFLAGS)) -MD -MP -c $< -o $@

$(LIBM_NATIVE_MAP): $(LIBM_NATIVE_RAW)
	$(LLVM_NM) --defined-only --extern-only --format=just-symbols --no-sort $^ | \
		grep -v -e '^$$' -e ':$$' -e '^__w64_' | sort -u | \
		awk '{ print $$1, "w64_" $$1 }' >$@.tmp
	@mv -f $@.tmp $@

$(LIBM_NATIVE_OBJS): $(LIBM_NATIVE_DIR)/obj/%.o: $(LIBM_NATIVE_DIR)/raw/%.o $(LIBM_NATIVE_MAP)
	@mkdir -p $(@D)
	$(LLVM_OBJCOPY) --redefine-syms=$(LIBM_NATIVE_MAP) $< $@

$(LIBM_NATIVE_LIB): $(LIBM_NATIVE_OBJS)
	@rm -f $@.tmp
	$(LLVM_AR) qcsD $@.tmp $^
	@mv -f $@.tmp $@

$(LIBM_NATIVE_DIR)/libm_accuracy: tests/libc-native/libm_accuracy.c $(LIBM_NATIVE_LIB) libc/libm.mk
	$(NATIVE_CC) $(NATIVE_CFLAGS) -I libc/internal -I abi -o $@.tmp $< $(LIBM_NATIVE_LIB) -lm
	@mv -f $@.tmp $@

.PHONY: libm-accuracy
libm-accuracy: $(LIBM_NATIVE_DIR)/libm_accuracy
	$< -n $(LIBM_CASES) -o docs/libm-accuracy.md.tmp
	@mv -f docs/libm-accuracy.md.tmp docs/libm-accuracy.md

-include $(LIBM_NATIVE_RAW:.o=.d)
