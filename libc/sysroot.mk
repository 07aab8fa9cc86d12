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

# $(call sysroot_libdir,DIR,CRT1_OBJ,LIBC_OBJS,MAKEFILE): crt1.o, libc.a and
# the empty archives in one library directory (a part of sysroot_layout
# and of sysroot_threads_layout).
define sysroot_libdir
$(1)/crt1.o: $(2)
	@mkdir -p $$(@D)
	cp $$< $$@.tmp
	@mv -f $$@.tmp $$@

# Archives are written under a temporary name, then renamed, so an
# interrupted build never leaves a truncated libc.a behind.  `q` appends
# without replacing, so two members with the same file name (from
# different directories) both stay; `s` writes the symbol index; `D` (also
# llvm-ar's default) zeroes timestamps for reproducible archives.
$(1)/libc.a: $(3) $$(LIBC_SRC_DIRS) $(4)
	@mkdir -p $$(@D)
	@rm -f $$@.tmp
	$$(LLVM_AR) qcsD $$@.tmp $(3)
	@mv -f $$@.tmp $$@

$(addprefix $(1)/,$(SYSROOT_EMPTY_LIBS)): libc/sysroot.mk
	@mkdir -p $$(@D)
	@rm -f $$@.tmp
	$$(LLVM_AR) qcsD $$@.tmp
	@mv -f $$@.tmp $$@
endef

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

$(call sysroot_libdir,$(1)/lib/$(2)-wasip1,$(3),$(4),libc/libc.mk)

$(addprefix $(1)/lib/,$(SYSROOT_LIB_FILES)): $(1)/lib/%: $(1)/lib/$(2)-wasip1/%
	ln -sfn $(2)-wasip1/$$* $$@

$(1)/lib/$(2)-wasi: | $(1)/lib/$(2)-wasip1/libc.a
	ln -sfn $(2)-wasip1 $$@
endef

# --- the wasip1-threads variant ------------------------------------------------
# clang-22 --target=<W>-wasip1-threads (measured; docs/toolchain.md) searches
# include/<W>-wasip1-threads, then include, and links from
# lib/<W>-wasip1-threads; <W>-wasi-threads the same with its own names.
# The variant's few headers that differ (libc/threads/include) go to
# include/<W>-wasip1-threads, where they win over include/; its libraries
# to lib/<W>-wasip1-threads; the wasi-threads spelling gets links.

# $(call sysroot_threads_files,SYSROOT,WIDTH)
sysroot_threads_files = $(1)/include/$(2)-wasip1-threads/.stamp \
	$(addprefix $(1)/lib/$(2)-wasip1-threads/,$(SYSROOT_LIB_FILES)) \
	$(1)/lib/$(2)-wasi-threads

# $(call sysroot_threads_layout,SYSROOT,WIDTH,CRT1_OBJ,LIBC_OBJS)
define sysroot_threads_layout
# After include/ itself, which is rebuilt from scratch (and so loses this
# directory and the link to it) whenever a header changes: the link is
# made here too.
$(1)/include/$(2)-wasip1-threads/.stamp: $(1)/include/.stamp $$(LIBC_THREADS_HEADERS) \
		$$(LIBC_THREADS_HEADER_DIRS) libc/sysroot.mk
	@rm -rf $(1)/include/$(2)-wasip1-threads.tmp
	cp -R libc/threads/include $(1)/include/$(2)-wasip1-threads.tmp
	@touch $(1)/include/$(2)-wasip1-threads.tmp/.stamp
	@rm -rf $(1)/include/$(2)-wasip1-threads
	@mv $(1)/include/$(2)-wasip1-threads.tmp $(1)/include/$(2)-wasip1-threads
	ln -sfn $(2)-wasip1-threads $(1)/include/$(2)-wasi-threads

$(call sysroot_libdir,$(1)/lib/$(2)-wasip1-threads,$(3),$(4),libc/threads.mk)

$(1)/lib/$(2)-wasi-threads: | $(1)/lib/$(2)-wasip1-threads/libc.a
	ln -sfn $(2)-wasip1-threads $$@
endef
