# tests/fuzz/fuzz.mk — the libFuzzer targets (clang-22
# -fsanitize=fuzzer,address,undefined) and their seed corpora.  Included
# from the top-level Makefile after libc/libc.mk.  docs/fuzzing.md says
# what each target checks and records the figures.
#
#   build/fuzz/fuzz_decode    decode + validate
#   build/fuzz/fuzz_module    + instantiate, compile, run exports with fuel
#   build/fuzz/fuzz_rewrite   wasm64-rewrite --to64, --to32, round trip;
#                             accepted input must give valid output
#   build/fuzz/fuzz_printf    the libc's snprintf against glibc's
#   build/fuzz/fuzz_strtol    the libc's strto[u]l[l]/strto[iu]max against glibc's
#   build/fuzz/fuzz_malloc    the allocator under random operations, heap-checked
#
#   make fuzz FUZZ_SECONDS=N      every target N seconds (tests/fuzz/run-fuzzers)
#   make fuzz FUZZ_TARGETS="printf"   some of them
#
# Corpora grow in build/fuzz/corpus/<target> (seeded below: the spec
# suite's modules and the test programs for the wasm targets, a few
# hand-written inputs for the libc ones); crashes land in
# build/fuzz/crashes/.  `make check` runs each target briefly
# (tests/80-fuzz.bats); long campaigns are only ever `make fuzz`.

FUZZ_DIR := $(BUILD)/fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= decode module rewrite printf strtol malloc
FUZZ_BINS := $(addprefix $(FUZZ_DIR)/fuzz_,decode module rewrite printf strtol malloc)
FUZZ_SAN := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS := -std=c11 -D_DEFAULT_SOURCE -g -O1 -Wall -Wextra -Werror -ffp-contract=off \
	$(FUZZ_SAN) $(CORE_INC)

$(FUZZ_DIR)/fuzz_decode: tests/fuzz/fuzz_decode.c $(CORE_SRCS) | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(FUZZ_CFLAGS) $(filter %.c,$^) -lm -o $@
$(FUZZ_DIR)/fuzz_module: tests/fuzz/fuzz_module.c $(CORE_SRCS) $(ENGINE_SRCS) | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(FUZZ_CFLAGS) -Iengine/include -Iengine/src -ffp-contract=off $(filter %.c,$^) -lm -o $@
$(FUZZ_DIR)/fuzz_rewrite: tests/fuzz/fuzz_rewrite.c $(CORE_SRCS) $(ABI_SRCS) $(REWRITER_SRCS) \
		$(wildcard rewriter/src/*.h) | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(FUZZ_CFLAGS) -Irewriter/include -Iabi $(filter %.c,$^) -lpthread -lm -o $@

# The libc's top half as libc/native.mk builds it (our headers, renamed
# w64_<name> with the same map), but instrumented for libFuzzer.
FUZZ_LIBC_DIR := $(FUZZ_DIR)/libc
FUZZ_LIBC_RAW := $(patsubst libc/src/%.c,$(FUZZ_LIBC_DIR)/raw/%.o,$(LIBC_NATIVE_SRCS))
FUZZ_LIBC_OBJS := $(patsubst libc/src/%.c,$(FUZZ_LIBC_DIR)/obj/%.o,$(LIBC_NATIVE_SRCS))
FUZZ_LIBC_LIB := $(FUZZ_LIBC_DIR)/libw64c.a

$(FUZZ_LIBC_RAW): $(FUZZ_LIBC_DIR)/raw/%.o: libc/src/%.c tests/fuzz/fuzz.mk | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(filter-out $(SAN_FLAGS),$(LIBC_NATIVE_CFLAGS)) \
		-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -MD -MP -c $< -o $@
$(FUZZ_LIBC_OBJS): $(FUZZ_LIBC_DIR)/obj/%.o: $(FUZZ_LIBC_DIR)/raw/%.o $(LIBC_NATIVE_MAP)
	@mkdir -p $(@D)
	$(LLVM_OBJCOPY) --redefine-syms=$(LIBC_NATIVE_MAP) $< $@
$(FUZZ_LIBC_LIB): $(FUZZ_LIBC_OBJS)
	@rm -f $@.tmp
	$(LLVM_AR) qcsD $@.tmp $^
	@mv -f $@.tmp $@

$(FUZZ_DIR)/fuzz_printf $(FUZZ_DIR)/fuzz_strtol: $(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c \
		tests/libc-native/w64.h $(FUZZ_LIBC_LIB) $(LIBC_NATIVE_DIR)/host.o | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(FUZZ_CFLAGS) -I tests/libc-native -o $@ $< $(FUZZ_LIBC_LIB) \
		$(LIBC_NATIVE_DIR)/host.o -lm

$(FUZZ_DIR)/fuzz_malloc: tests/fuzz/fuzz_malloc.c $(MALLOC_NATIVE_DEPS) | $(SETUP_TEST)
	@mkdir -p $(@D)
	$(NATIVE_CC) $(FUZZ_CFLAGS) -I libc/internal -I abi -I tests/malloc $(MALLOC_RENAME) -o $@ $< \
		$(MALLOC_SRCS) tests/malloc/native_memory.c

.PHONY: fuzz-build fuzz-seeds fuzz
fuzz-build: $(FUZZ_BINS)

# Seeds: spec modules under 20 KiB; the test programs (wasm64, and their
# --to32 lowering as wasm32 input); hand-written libc inputs
# (tests/fuzz/seeds).  Copied without overwriting what the corpus holds.
FUZZ_PROGRAMS := examples/hello.c tests/libc/strtol.c tests/libc/qsort.c tests/libc/ctype.c
fuzz-seeds: $(SPEC_SUITE) $(LIBC_SYSROOT_FILES) $(WASM64_REWRITE)
	@mkdir -p $(FUZZ_DIR)/seeds/wasm $(addprefix $(FUZZ_DIR)/corpus/,$(FUZZ_TARGETS))
	@find $(BUILD)/spec/wasm-spec-core/json -name '*.wasm' -size -20k -exec cp -n {} $(FUZZ_DIR)/seeds/wasm/ \;
	@for c in $(FUZZ_PROGRAMS); do \
		n=$$(basename $$c .c); \
		$(CLANG) --target=wasm64 --sysroot=$(SYSROOT) -O2 -Wl,--strip-debug $$c -o $(FUZZ_DIR)/seeds/wasm/prog-$$n.wasm && \
		$(WASM64_REWRITE) --to32 $(FUZZ_DIR)/seeds/wasm/prog-$$n.wasm -o $(FUZZ_DIR)/seeds/wasm/prog32-$$n.wasm; \
	done
	@for t in decode module rewrite; do cp -n $(FUZZ_DIR)/seeds/wasm/* $(FUZZ_DIR)/corpus/$$t/ 2>/dev/null || true; done
	@for t in printf strtol; do mkdir -p $(FUZZ_DIR)/corpus/$$t; cp -n tests/fuzz/seeds/$$t/* $(FUZZ_DIR)/corpus/$$t/; done
	@mkdir -p $(FUZZ_DIR)/corpus/malloc

fuzz: $(FUZZ_BINS) fuzz-seeds
	tests/fuzz/run-fuzzers $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# make check: tests/80-fuzz.bats runs each target briefly on spec seeds.
CHECK_PREREQS += $(FUZZ_BINS) $(SPEC_SUITE)

# w64-fuzz-run: a translate-to-fuzz module run with the fuzzing-support
# imports (tests/fuzz/fuzzing.c), for the differential campaign against V8.
W64_FUZZ_RUN := $(BUILD)/native/bin/w64-fuzz-run
W64_FUZZ_RUN_ASAN := $(BUILD)/asan/bin/w64-fuzz-run
$(eval $(call native_module,tests/fuzz/fuzzing.c,-Icore/include -Iengine/include -Itools))
$(eval $(call native_program,w64-fuzz-run,tests/fuzz/fuzzing.c,libw64cli.a libw64engine.a libw64core.a,-lm))
CHECK_PREREQS += $(W64_FUZZ_RUN) $(W64_FUZZ_RUN_ASAN)
