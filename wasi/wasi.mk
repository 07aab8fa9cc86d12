# wasi/wasi.mk — WASI preview 1 in both widths over the engine's public
# API (wasi/include/w64/wasi.h): the calls, expanded from abi/wasi.def,
# and the sandbox that resolves paths beneath preopened directories.
WASI_SRCS := $(sort $(wildcard wasi/src/*.c))
WASI_INC  := -Icore/include -Iengine/include -Iwasi/include -Iabi
$(eval $(call native_module,$(WASI_SRCS),$(WASI_INC)))
$(eval $(call native_library,libw64wasi.a,$(WASI_SRCS)))
