# wasm64 SDK — top-level build.  `make demo`, `make check`; see README.md.
#
# Everything generated goes to build/ (objects, tools) and sysroot/ (the
# installed-looking C sysroot).  The first goal that needs tools runs
# scripts/setup.sh once (it installs missing Debian/npm packages, or says
# exactly what to install when it cannot).

SHELL := /bin/bash
.DEFAULT_GOAL := all

CLANG    ?= clang-22
LLVM_AR  ?= llvm-ar-22
BUILD    := build
SYSROOT  := sysroot
NPM_BIN  := $(CURDIR)/node_modules/.bin

# Native tools (runtime, rewriter, host-side libc tests).
NATIVE_CC     ?= clang-22
NATIVE_CFLAGS ?= -std=c11 -O2 -g -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_FILE_OFFSET_BITS=64
SAN_FLAGS     := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

SETUP_STAMP := $(BUILD)/.setup-done
SPEC_SUITE  := $(BUILD)/spec/wasm-spec-core/.unpacked
setup: $(SETUP_STAMP)
$(SETUP_STAMP): scripts/setup.sh package.json package-lock.json
	@scripts/setup.sh
	@mkdir -p $(@D) && touch $@

.PHONY: all setup sysroot tools demo check clean

# --- the shared wasm binary core (decoder, opcode table, validator) ----------
CORE_SRCS := $(sort $(wildcard core/src/*.c))
CORE_INC  := -Icore/include

# --- the runtime: wasm64-run ------------------------------------------------
RUNTIME_SRCS := $(sort $(wildcard runtime/src/*.c))
REWRITER_SRCS := $(sort $(wildcard rewriter/src/*.c))
RUNTIME_LIB_SRCS := $(filter-out runtime/src/main.c runtime/src/spec.c runtime/src/wasi.c runtime/src/fuzzing.c,$(RUNTIME_SRCS))
RUNTIME_INC  := -Iruntime/include -Iruntime/src
# -ffp-contract=off: wasm float ops are individually rounded; never fuse.
RUNTIME_CFLAGS := -ffp-contract=off

# $(call native_objs,VARIANT,SRCS): object paths of a native build variant.
native_objs = $(patsubst %.c,$(BUILD)/$(1)/%.o,$(2))

# Two native variants: `native` (optimised) and `asan` (sanitizers, for
# make check-asan and the sanitizer tests).
define native_variant
$(BUILD)/$(1)/%.o: %.c | $(SETUP_STAMP)
	@mkdir -p $$(@D)
	$$(NATIVE_CC) $$(NATIVE_CFLAGS) $(2) $$(CORE_INC) $$(RUNTIME_INC) -Irewriter/src $$(RUNTIME_CFLAGS) -MMD -MP -c $$< -o $$@

$(BUILD)/$(1)/libw64core.a: $(call native_objs,$(1),$(CORE_SRCS))
	@rm -f $$@.tmp
	$$(LLVM_AR) qcsD $$@.tmp $$^
	@mv -f $$@.tmp $$@

# The embedding library: the core and the runtime without the command line
# (main.c, the spec runner) and WASI.
$(BUILD)/$(1)/libw64run.a: $(call native_objs,$(1),$(CORE_SRCS) $(RUNTIME_LIB_SRCS))
	@rm -f $$@.tmp
	$$(LLVM_AR) qcsD $$@.tmp $$^
	@mv -f $$@.tmp $$@

$(BUILD)/$(1)/bin/wasm64-run: $(call native_objs,$(1),$(RUNTIME_SRCS)) $(BUILD)/$(1)/libw64core.a
	@mkdir -p $$(@D)
	$$(NATIVE_CC) $(2) -o $$@.tmp $$^ -ljansson -lm
	@mv -f $$@.tmp $$@

$(BUILD)/$(1)/bin/wasm64-rewrite: $(call native_objs,$(1),$(REWRITER_SRCS)) $(BUILD)/$(1)/libw64core.a
	@mkdir -p $$(@D)
	$$(NATIVE_CC) $(2) -o $$@.tmp $$^ -lpthread -lm
	@mv -f $$@.tmp $$@

-include $$(patsubst %.o,%.d,$(call native_objs,$(1),$(CORE_SRCS) $(RUNTIME_SRCS) $(REWRITER_SRCS)))
endef
$(eval $(call native_variant,native,))
$(eval $(call native_variant,asan,$(SAN_FLAGS)))

WASM64_RUN := $(BUILD)/native/bin/wasm64-run
WASM64_RUN_ASAN := $(BUILD)/asan/bin/wasm64-run
WASM64_REWRITE := $(BUILD)/native/bin/wasm64-rewrite
WASM64_REWRITE_ASAN := $(BUILD)/asan/bin/wasm64-rewrite

tools: $(WASM64_RUN) $(WASM64_REWRITE) $(BUILD)/native/libw64run.a

CHECK_PREREQS :=
include libc/libc.mk
include rust/rust.mk
# Fuzzing (libFuzzer targets, the differential campaign).  Before `check`,
# whose prerequisites are expanded where it is read.
include tests/fuzz/fuzz.mk

all: sysroot tools

# --- user-facing goals ---------------------------------------------------------
demo: all
	$(CLANG) --target=wasm64 --sysroot=$(SYSROOT) examples/hello.c -o $(BUILD)/hello.wasm
	$(WASM64_RUN) $(BUILD)/hello.wasm

# Every test: the bats suites (which build and run C programs with the
# sysroot), then the runtime again under ASan/UBSan.  Ends with
# "N passed, N failed".
# Fragments add what their tests need built to CHECK_PREREQS.
check: all $(WASM64_RUN_ASAN) $(WASM64_REWRITE_ASAN) $(CHECK_PREREQS)
	@tests/run

clean:
	rm -rf $(BUILD) $(SYSROOT)

# The spec suite: `make spec` runs the directories issue 3 requires
# (tests/spec/required.txt); `make spec SPEC_DIRS="simd gc"` any others.
SPEC_DIRS ?=
spec: $(WASM64_RUN) $(SPEC_SUITE)
	@tests/spec/run $(SPEC_DIRS)
.PHONY: spec

# The spec suite on converted modules (issue 6), as make check runs it:
# wasm32 modules made 64-bit (and back), wasm64 modules lowered (and back).
spec-rewrite: $(WASM64_RUN) $(WASM64_REWRITE) $(SPEC_SUITE)
	@tests/spec/run --rewrite "--to64" . bulk-memory multi-memory
	@tests/spec/run --rewrite "--to64 --table64|--to32" . bulk-memory multi-memory
	@tests/spec/run --rewrite "--to32" memory64
	@tests/spec/run --rewrite "--to32|--to64 --table64" memory64
.PHONY: spec-rewrite

$(SPEC_SUITE):
	@tests/spec/run --unpack-only
	@touch $@

# Benchmarks print tables (and write bench/results/); never part of check.
bench-rewrite: $(WASM64_REWRITE)
	bench/rewrite.sh
.PHONY: bench-rewrite

# make install PREFIX=...: the tools, the sysroot, the CMake toolchain file,
# a clang config file, the embedding library and headers, the docs.
#   clang-22 --config $(PREFIX)/bin/wasm64-clang.cfg prog.c -o prog.wasm
PREFIX ?= /usr/local
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/w64 \
		$(DESTDIR)$(PREFIX)/share/wasm64-sdk $(DESTDIR)$(PREFIX)/share/doc/wasm64-sdk
	install -m 755 $(WASM64_RUN) $(WASM64_REWRITE) $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(BUILD)/native/libw64run.a $(DESTDIR)$(PREFIX)/lib/
	install -m 644 runtime/include/w64/*.h core/include/w64/*.h core/include/w64/*.def \
		$(DESTDIR)$(PREFIX)/include/w64/
	rm -rf $(DESTDIR)$(PREFIX)/share/wasm64-sysroot
	cp -R $(SYSROOT) $(DESTDIR)$(PREFIX)/share/wasm64-sysroot
	install -m 644 toolchain.cmake $(DESTDIR)$(PREFIX)/share/wasm64-sdk/
	printf '%s\n' '# clang-22 --config <this file>: compile and link for wasm64 with the SDK.' \
		'--target=wasm64' '--sysroot=<CFGDIR>/../share/wasm64-sysroot' \
		'# a 1 MiB stack (wasm-ld: 64 KiB), at link time only' '$$-Wl,-z,stack-size=1048576' \
		>$(DESTDIR)$(PREFIX)/bin/wasm64-clang.cfg
	install -m 644 README.md docs/*.md $(DESTDIR)$(PREFIX)/share/doc/wasm64-sdk/
.PHONY: install

bench: all sysroot32
	bench/run.sh
.PHONY: bench
