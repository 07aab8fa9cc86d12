# rust/rust.mk — Rust for wasm64-unknown-unknown on the libc (docs/rust.md).
# Included by the top-level Makefile after libc/libc.mk.
#
#   make rust          the Rust sysroot (once), then examples/rust/ into
#                      $(RUST_OUT): c-main.wasm, c-main-lto.wasm,
#                      rust-main.wasm, std-main.wasm
#   make rust-sysroot  core, alloc and std for the target, built with
#                      -Zbuild-std into $(RUST_SYSROOT) (about a minute, once)
#
# The toolchain is Debian's rustc-web/cargo-web (/usr/bin/rustc, the same
# LLVM as clang-22) with rust-web-src; scripts/setup.sh installs them.  When
# /usr/bin/rustc is missing anyway, `make rust` says so and builds nothing,
# and tests/80-rust.bats skips.

RUSTC_BIN  ?= /usr/bin/rustc
CARGO_BIN  ?= /usr/bin/cargo
RUST_TARGET := wasm64-unknown-unknown
RUST_DIR    := $(BUILD)/rust
RUST_SYSROOT := $(RUST_DIR)/sysroot
RUST_SYSROOT_STAMP := $(RUST_SYSROOT)/.stamp
RUST_OUT    := $(RUST_DIR)/examples
RUST_EXAMPLES := examples/rust

# What a user's .cargo/config.toml says (docs/rust.md), as cargo's
# environment variables: rustc finds core/alloc/std in the Rust sysroot, and
# clang-22 links with the C sysroot (crt1.o, libc.a, compiler-rt builtins).
# --entry=_start undoes the target's --no-entry: a program's entry is crt1's
# _start.
RUST_LINK_FLAGS = --sysroot=$(abspath $(RUST_SYSROOT)) \
	-C link-self-contained=no -C default-linker-libraries=yes \
	-C link-arg=--sysroot=$(abspath $(SYSROOT)) -C link-arg=-Wl,--entry=_start
# MAKEFLAGS emptied: make (run with -j) closes its jobserver's descriptors
# for these recipes, and cargo would warn that it cannot join it; it runs
# its own jobs instead.
RUST_CARGO_ENV = RUSTC=$(RUSTC_BIN) WASM64_SYSROOT=$(abspath $(SYSROOT)) \
	CARGO_TARGET_WASM64_UNKNOWN_UNKNOWN_LINKER=$(CLANG) MAKEFLAGS= MFLAGS=
RUST_CARGO = $(CARGO_BIN) build --offline --release --quiet --locked \
	--manifest-path $(RUST_EXAMPLES)/Cargo.toml --target $(RUST_TARGET)

# C parts compiled as in the rest of the repository.
RUST_C_FLAGS := --target=wasm64 --sysroot=$(SYSROOT) -std=c11 -Wall -Wextra -Werror -O2

.PHONY: rust rust-sysroot
rust-sysroot: $(RUST_SYSROOT_STAMP)

$(RUST_SYSROOT_STAMP): rust/build-sysroot.sh rust/sysroot/Cargo.toml rust/sysroot/src/lib.rs | $(SETUP_RUST) $(SETUP_BUILD)
	@if [ -x $(RUSTC_BIN) ]; then \
		rm -rf $(RUST_DIR)/target $(RUST_DIR)/target-lto; \
		MAKEFLAGS= MFLAGS= RUSTC=$(RUSTC_BIN) CARGO=$(CARGO_BIN) LLVM_AR=$(LLVM_AR) rust/build-sysroot.sh $(RUST_SYSROOT) && touch $@; \
	else echo "rust: $(RUSTC_BIN) not found (Debian package rustc-web): Rust sysroot not built"; fi

# cargo decides what to rebuild; the links with clang are cheap.
# c-main-lto: cross-language LTO — the staticlib as LLVM bitcode
# (-C linker-plugin-lto), the C file as ThinLTO bitcode (Rust emits ThinLTO
# summaries, so clang must use -flto=thin for the two to be optimised as
# one), and wasm-ld-22 optimises them together.
rust: $(RUST_SYSROOT_STAMP) $(LIBC_SYSROOT_FILES)
	@if [ -x $(RUSTC_BIN) ]; then \
		set -e; mkdir -p $(RUST_OUT); \
		echo "cargo build $(RUST_EXAMPLES) (c-main rust-main std-main)"; \
		for p in c-main rust-main std-main; do \
			$(RUST_CARGO_ENV) CARGO_TARGET_DIR=$(RUST_DIR)/target \
			CARGO_TARGET_WASM64_UNKNOWN_UNKNOWN_RUSTFLAGS="$(RUST_LINK_FLAGS)" \
			$(RUST_CARGO) -p $$p; \
		done; \
		$(CLANG) $(RUST_C_FLAGS) -c $(RUST_EXAMPLES)/c-main/main.c -o $(RUST_OUT)/c-main.o; \
		$(CLANG) --target=wasm64 --sysroot=$(SYSROOT) $(RUST_OUT)/c-main.o \
			$(RUST_DIR)/target/$(RUST_TARGET)/release/libshapes.a -o $(RUST_OUT)/c-main.wasm; \
		cp $(RUST_DIR)/target/$(RUST_TARGET)/release/rust-main.wasm $(RUST_DIR)/target/$(RUST_TARGET)/release/std-main.wasm $(RUST_OUT)/; \
		echo "cargo build $(RUST_EXAMPLES) (c-main, -C linker-plugin-lto)"; \
		$(RUST_CARGO_ENV) CARGO_TARGET_DIR=$(RUST_DIR)/target-lto \
			CARGO_TARGET_WASM64_UNKNOWN_UNKNOWN_RUSTFLAGS="$(RUST_LINK_FLAGS) -C linker-plugin-lto" \
			$(RUST_CARGO) -p c-main; \
		$(CLANG) $(RUST_C_FLAGS) -flto=thin -c $(RUST_EXAMPLES)/c-main/main.c -o $(RUST_OUT)/c-main-lto.o; \
		$(CLANG) --target=wasm64 --sysroot=$(SYSROOT) -O2 -flto=thin --no-wasm-opt $(RUST_OUT)/c-main-lto.o \
			$(RUST_DIR)/target-lto/$(RUST_TARGET)/release/libshapes.a -o $(RUST_OUT)/c-main-lto.wasm; \
	else echo "rust: $(RUSTC_BIN) not found: Rust examples not built"; fi

CHECK_PREREQS += rust
