# wasm64 SDK — top-level build.  `make demo`, `make check`; see README.md.
#
# Everything generated goes to build/ (objects, tools) and sysroot/ (the
# installed-looking C sysroot).  Each folder has its own make fragment
# (docs/architecture.md has the map); this file holds the rules they share
# and the user-facing goals.
#
# What must be installed is split by use (scripts/setup.sh, run once per
# tier): `make` needs only the compilers (tier build); the test suites,
# the browser tests and Rust install their own tiers when first asked for.

SHELL := /bin/bash
.DEFAULT_GOAL := all

# Every core, unless the caller chose (-j N, or -j1 for a serial build):
# `make check` on a two-core machine builds in about half the time.  The
# rules write each output under a temporary name and rename it, and
# scripts/setup.sh serialises its own runs, so any order is safe.
ifeq ($(filter -j%,$(MAKEFLAGS)),)
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 1)
endif

CLANG    ?= clang-22
LLVM_AR  ?= llvm-ar-22
BUILD    := build
SYSROOT  := sysroot
NPM_BIN  := $(CURDIR)/node_modules/.bin

# Native tools (runtime, rewriter, host-side libc tests).
NATIVE_CC     ?= clang-22
NATIVE_CFLAGS ?= -std=c11 -O2 -g -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_FILE_OFFSET_BITS=64
SAN_FLAGS     := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

# --- what is installed, by tier (scripts/setup.sh says what each holds) --------
#   build    clang, lld, llvm, compiler-rt for wasm: `make`, `make demo`
#   test     bats, cmake, libjansson, gcc, sanitizer runtimes, node and the
#            npm packages (binaryen, wabt): `make check`
#   browser  chromium (the JS host's browser tests)
#   rust     rustc-web, cargo-web, rust-web-src (`make rust`)
SETUP_TIERS := build test browser rust
setup_stamp = $(BUILD)/.setup-$(1)
SETUP_BUILD   := $(call setup_stamp,build)
SETUP_TEST    := $(call setup_stamp,test)
SETUP_BROWSER := $(call setup_stamp,browser)
SETUP_RUST    := $(call setup_stamp,rust)
$(foreach t,$(SETUP_TIERS),$(call setup_stamp,$(t))): $(BUILD)/.setup-%: scripts/setup.sh package.json package-lock.json cfg/wasm-defaults.cfg \
		cfg/wasm64-threads.cfg cfg/wasm32-threads.cfg
	@scripts/setup.sh $*
	@mkdir -p $(@D) && touch $@
setup: $(foreach t,$(SETUP_TIERS),$(call setup_stamp,$(t)))

SPEC_SUITE  := $(BUILD)/spec/wasm-spec-core/.unpacked

.PHONY: all setup sysroot tools demo check clean

# --- native code: three variants, one rule ------------------------------------
# `native` (optimised), `asan` (ASan + UBSan, for the sanitizer passes of
# make check) and `tsan` (ThreadSanitizer: make check runs the threads
# tests, tests/24-threads.bats, under its wasm64-run).  A fragment declares its sources with the include paths they
# may use (native_module), its libraries (native_library) and programs
# (native_program); an object only ever sees the paths its module declared.
NATIVE_VARIANTS := native asan tsan
VARIANT_FLAGS_native :=
VARIANT_FLAGS_asan := $(SAN_FLAGS)
VARIANT_FLAGS_tsan := -fsanitize=thread -fno-omit-frame-pointer
# The sanitizer runtimes come with the test tier.
VARIANT_SETUP_native := $(SETUP_BUILD)
VARIANT_SETUP_asan := $(SETUP_TEST)
VARIANT_SETUP_tsan := $(SETUP_TEST)

# $(call native_objs,VARIANT,SRCS): object paths of a native build variant.
native_objs = $(patsubst %.c,$(BUILD)/$(1)/%.o,$(2))

# $(call native_module,SRCS,FLAGS): SRCS compile with FLAGS (include paths
# and the module's own options), in every variant.
define native_module
$(foreach v,$(NATIVE_VARIANTS),$(call native_objs,$(v),$(1))): MODULE_FLAGS := $(2)
NATIVE_ALL_SRCS += $(1)
endef

# $(call native_library,NAME,SRCS): build/<variant>/NAME from SRCS' objects.
define native_library
$(foreach v,$(NATIVE_VARIANTS),$(BUILD)/$(v)/$(1)): $(BUILD)/%/$(1): $$$$(call native_objs,$$$$*,$(2))
	@rm -f $$@.tmp
	$$(LLVM_AR) qcsD $$@.tmp $$^
	@mv -f $$@.tmp $$@
endef

# $(call native_program,NAME,SRCS,LIBS,LDLIBS): build/<variant>/bin/NAME
# from SRCS' objects and the variant's LIBS (in link order).
define native_program
$(foreach v,$(NATIVE_VARIANTS),$(BUILD)/$(v)/bin/$(1)): $(BUILD)/%/bin/$(1): \
		$$$$(call native_objs,$$$$*,$(2)) $$$$(addprefix $(BUILD)/$$$$*/,$(3))
	@mkdir -p $$(@D)
	$$(NATIVE_CC) $$(VARIANT_FLAGS_$$*) -o $$@.tmp $$^ $(4)
	@mv -f $$@.tmp $$@
endef

NATIVE_ALL_SRCS :=
define native_variant_rule
$(BUILD)/$(1)/%.o: %.c | $(VARIANT_SETUP_$(1))
	@mkdir -p $$(@D)
	$$(NATIVE_CC) $$(NATIVE_CFLAGS) $$(VARIANT_FLAGS_$(1)) $$(MODULE_FLAGS) -MMD -MP -c $$< -o $$@
endef
$(foreach v,$(NATIVE_VARIANTS),$(eval $(call native_variant_rule,$(v))))
.SECONDEXPANSION:

# Fragments add what their tests need built (make check builds it first).
CHECK_PREREQS :=
include core/core.mk
include abi/abi.mk
include engine/engine.mk
include wasi/wasi.mk
include rewriter/rewriter.mk
include tools/tools.mk

WASM64_RUN := $(BUILD)/native/bin/wasm64-run
WASM64_RUN_ASAN := $(BUILD)/asan/bin/wasm64-run
WASM64_RUN_TSAN := $(BUILD)/tsan/bin/wasm64-run
WASM64_REWRITE := $(BUILD)/native/bin/wasm64-rewrite
WASM64_REWRITE_ASAN := $(BUILD)/asan/bin/wasm64-rewrite

tools: $(WASM64_RUN) $(WASM64_REWRITE) $(BUILD)/native/libw64run.a

include libc/libc.mk
include rust/rust.mk
# Test-only programs (the spec runner, fuzzing support and targets).
# Before `check`, whose prerequisites are expanded where it is read.
include tests/spec/spec.mk
include tests/fuzz/fuzz.mk

-include $(foreach v,$(NATIVE_VARIANTS),$(patsubst %.o,%.d,$(call native_objs,$(v),$(NATIVE_ALL_SRCS))))

# The wrappers under the names build systems look for (tools/wasm-sdk-tool),
# and wasm64-run beside them: `PATH=$PWD/build/bin:$PATH` gives the source
# tree what an install prefix's bin/ gives (docs/toolchain.md).
SDK_TRIPLES := wasm64-wasip1 wasm32-wasip1
SDK_TOOLS := clang cc ar ranlib nm strip pkg-config
SDK_WRAPPERS := $(foreach t,$(SDK_TRIPLES),$(addprefix $(t)-,$(SDK_TOOLS)))
$(addprefix $(BUILD)/bin/,$(SDK_WRAPPERS)): tools/wasm-sdk-tool
	@mkdir -p $(@D)
	ln -sfn ../../tools/wasm-sdk-tool $@
$(BUILD)/bin/wasm64-run: $(WASM64_RUN)
	@mkdir -p $(@D)
	ln -sfn ../native/bin/wasm64-run $@
sdk-bin: $(addprefix $(BUILD)/bin/,$(SDK_WRAPPERS)) $(BUILD)/bin/wasm64-run
.PHONY: sdk-bin

all: sysroot sysroot-threads tools sdk-bin

# --- user-facing goals ---------------------------------------------------------
demo: all
	$(CLANG) --target=wasm64-wasip1 --sysroot=$(SYSROOT) examples/hello.c -o $(BUILD)/hello.wasm
	$(WASM64_RUN) $(BUILD)/hello.wasm

# Every test: the bats suites (which build and run C programs with the
# sysroot), then the runtime again under ASan/UBSan.  Ends with
# "N passed, N failed".
# Fragments add what their tests need built to CHECK_PREREQS.
check: all $(WASM64_RUN_ASAN) $(WASM64_REWRITE_ASAN) $(WASM64_RUN_TSAN) $(CHECK_PREREQS) \
		$(SETUP_TEST) $(SETUP_BROWSER) $(SETUP_RUST)
	@tests/run

clean:
	rm -rf $(BUILD) $(SYSROOT)

# The spec suite: `make spec` runs the required directories
# (tests/spec/required.txt); `make spec SPEC_DIRS="simd gc"` any others.
SPEC_DIRS ?=
spec: $(W64_SPEC) $(SPEC_SUITE)
	@tests/spec/run $(SPEC_DIRS)
.PHONY: spec

# The spec suite on converted modules, as make check runs it: wasm32
# modules made 64-bit (and back), wasm64 modules lowered (and back).
spec-rewrite: $(W64_SPEC) $(WASM64_REWRITE) $(SPEC_SUITE)
	@tests/spec/run --rewrite-passes
.PHONY: spec-rewrite

$(SPEC_SUITE):
	@tests/spec/run --unpack-only
	@touch $@

# Benchmarks print tables (and write bench/results/); never part of check.
bench-rewrite: $(WASM64_REWRITE)
	bench/rewrite.sh
.PHONY: bench-rewrite

# make install PREFIX=...: the layout docs/toolchain.md tabulates ("Install
# layout").  Everything found relative to something else is found by a
# relative path, so the prefix can be moved.
PREFIX ?= /usr/local
SDK_CFG_TRIPLES_wasm64 := wasm64-unknown-wasip1 wasm64-unknown-wasi wasm64 wasm64-unknown-unknown
SDK_CFG_TRIPLES_wasm32 := wasm32-unknown-wasip1 wasm32-unknown-wasi wasm32 wasm32-unknown-unknown
INSTALL_ROOT = $(DESTDIR)$(PREFIX)
install: all sysroot32
	install -d $(INSTALL_ROOT)/bin $(INSTALL_ROOT)/lib $(INSTALL_ROOT)/include/w64 $(INSTALL_ROOT)/share/cmake $(INSTALL_ROOT)/share/meson \
		$(INSTALL_ROOT)/share/wasm64-sdk $(INSTALL_ROOT)/share/doc/wasm64-sdk
	install -m 755 $(WASM64_RUN) $(WASM64_REWRITE) tools/wasm-sdk-tool $(INSTALL_ROOT)/bin/
	for w in $(SDK_WRAPPERS); do ln -sfn wasm-sdk-tool $(INSTALL_ROOT)/bin/$$w; done
	install -m 644 $(BUILD)/native/libw64run.a $(INSTALL_ROOT)/lib/
	install -m 644 engine/include/w64/*.h core/include/w64/*.h core/include/w64/*.def \
		$(INSTALL_ROOT)/include/w64/
	for s in wasm64:$(SYSROOT) wasm32:$(SYSROOT32); do \
		rm -rf $(INSTALL_ROOT)/share/$${s%%:*}-sysroot.tmp && \
		cp -R $${s#*:} $(INSTALL_ROOT)/share/$${s%%:*}-sysroot.tmp && \
		rm -rf $(INSTALL_ROOT)/share/$${s%%:*}-sysroot && \
		mv $(INSTALL_ROOT)/share/$${s%%:*}-sysroot.tmp $(INSTALL_ROOT)/share/$${s%%:*}-sysroot; done
	install -m 644 toolchain.cmake $(INSTALL_ROOT)/share/cmake/wasm64-wasip1.cmake
	install -m 644 cfg/wasm64-wasip1.meson $(INSTALL_ROOT)/share/meson/
	install -m 644 cfg/config.site $(INSTALL_ROOT)/share/wasm64-sdk/
	install -m 644 cfg/wasm-defaults.cfg $(INSTALL_ROOT)/bin/
	for w in wasm64 wasm32; do for t in $(SDK_CFG_TRIPLES_wasm64) $(SDK_CFG_TRIPLES_wasm32); do \
		case $$t in $$w*) printf '%s\n' "# clang-22 --config-user-dir=<this dir> --target=$$t: the SDK's sysroot and defaults" \
			"--sysroot=<CFGDIR>/../share/$$w-sysroot" '@wasm-defaults.cfg' >$(INSTALL_ROOT)/bin/$$t.cfg ;; esac; done; done
	for w in wasm64 wasm32; do install -m 644 cfg/$$w-threads.cfg $(INSTALL_ROOT)/bin/ && \
		for t in $$w-unknown-wasip1-threads $$w-unknown-wasi-threads; do \
		printf '%s\n' "# clang-22 --config-user-dir=<this dir> --target=$$t: the SDK's sysroot, defaults and threads flags" \
			"--sysroot=<CFGDIR>/../share/$$w-sysroot" '@wasm-defaults.cfg' "@$$w-threads.cfg" \
			>$(INSTALL_ROOT)/bin/$$t.cfg; done; done
	printf '%s\n' '# clang-22 --config <this file>: compile and link for wasm64 with the SDK.' \
		'--target=wasm64-wasip1' '@wasm64-unknown-wasip1.cfg' >$(INSTALL_ROOT)/bin/wasm64-clang.cfg
	install -m 644 README.md docs/*.md $(INSTALL_ROOT)/share/doc/wasm64-sdk/
.PHONY: install

bench: all sysroot32 $(SETUP_TEST)
	bench/run.sh
	bench/threads.sh
.PHONY: bench
