# libc/sysroot.mk — the layout of a sysroot (sysroot/ for wasm64,
# sysroot32/ for wasm32), made so that every spelling of the target finds
# the same headers and libraries, as wasi-sdk's multiarch sysroot does.
#
# clang-22 looks in different places for each spelling (measured;
# docs/toolchain.md has the table):
#
#   --target=wasm64-wasip1 (and wasm64-unknown-wasip1)
#                      include/wasm64-wasip1, then include; links -L lib/wasm64-wasip1
#   --target=wasm64-wasi include/wasm64-wasi, then include; links -L lib/wasm64-wasi
#   --target=wasm64 (and wasm64-unknown-unknown)
#                      include; links -L lib
#
# The headers serve both widths and every spelling (they test __wasm64__,
# never the OS part of the triple), so they live once, in include/.  The
# libraries live once, in lib/<W>-wasip1/, the spelling the docs lead
# with; lib/<W>-wasi is a symbolic link to that directory, and lib/ holds a
# relative symbolic link per file for the triples without an OS.  Relative
# links keep a copied or moved sysroot (make install) whole.
#
# Besides libc.a and crt1.o, empty archives for the names programs pass to
# the link out of habit, whose functions libc.a has: -lm, the libraries
# POSIX systems split out (-lpthread, -ldl, -lrt, -lutil, -lxnet,
# -lresolv, as wasi-libc ships them too; configure scripts probe them),
# and the ones wasi-libc splits its emulations into
# (-lwasi-emulated-signal, -getpid, -process-clocks, -mman), which a
# program ported to WASI links.

SYSROOT_EMPTY_LIBS := libm.a libpthread.a libdl.a librt.a libutil.a libxnet.a libresolv.a \
	libwasi-emulated-signal.a libwasi-emulated-getpid.a libwasi-emulated-process-clocks.a \
	libwasi-emulated-mman.a
SYSROOT_LIB_FILES := crt1.o libc.a $(SYSROOT_EMPTY_LIBS)

# $(call sysroot_files,SYSROOT,WIDTH): every file of the layout (WIDTH is
# wasm64 or wasm32), for use as prerequisites.
sysroot_files = $(1)/include/.stamp $(addprefix $(1)/lib/$(2)-wasip1/,$(SYSROOT_LIB_FILES)) \
	$(addprefix $(1)/lib/,$(SYSROOT_LIB_FILES)) $(1)/lib/$(2)-wasi

# $(call sysroot_layout,SYSROOT,WIDTH,CRT1_OBJ,LIBC_OBJS): the rules that
# make it (expand with $(eval)).
define sysroot_layout
# The include dir is rebuilt from scratch, so a header removed from
# libc/include disappears from the sysroot too, and swapped in by rename.
# The stamp lives inside the include dir it vouches for: deleting it (or
# the whole sysroot) also deletes the stamp.
$(1)/include/.stamp: $$(LIBC_HEADERS) $$(LIBC_HEADER_DIRS) libc/libc.mk libc/sysroot.mk
	@mkdir -p $(1)
	@rm -rf $(1)/include.tmp
	cp -R libc/include $(1)/include.tmp
	@touch $(1)/include.tmp/.stamp
	@rm -rf $(1)/include
	@mv $(1)/include.tmp $(1)/include

$(1)/lib/$(2)-wasip1/crt1.o: $(3)
	@mkdir -p $$(@D)
	cp $$< $$@.tmp
	@mv -f $$@.tmp $$@

# Archives are written under a temporary name, then renamed, so an
# interrupted build never leaves a truncated libc.a behind.  `q` appends
# without replacing, so two members with the same file name (from
# different directories) both stay; `s` writes the symbol index; `D` (also
# llvm-ar's default) zeroes timestamps for reproducible archives.
$(1)/lib/$(2)-wasip1/libc.a: $(4) $$(LIBC_SRC_DIRS) libc/libc.mk
	@mkdir -p $$(@D)
	@rm -f $$@.tmp
	$$(LLVM_AR) qcsD $$@.tmp $(4)
	@mv -f $$@.tmp $$@

$(addprefix $(1)/lib/$(2)-wasip1/,$(SYSROOT_EMPTY_LIBS)): libc/sysroot.mk
	@mkdir -p $$(@D)
	@rm -f $$@.tmp
	$$(LLVM_AR) qcsD $$@.tmp
	@mv -f $$@.tmp $$@

$(addprefix $(1)/lib/,$(SYSROOT_LIB_FILES)): $(1)/lib/%: $(1)/lib/$(2)-wasip1/%
	ln -sfn $(2)-wasip1/$$* $$@

$(1)/lib/$(2)-wasi: | $(1)/lib/$(2)-wasip1/libc.a
	ln -sfn $(2)-wasip1 $$@
endef
