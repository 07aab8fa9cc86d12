# rewriter/rewriter.mk — the rewriter as a library
# (rewriter/include/w64/rewrite.h): wasm32 memories and tables to 64-bit
# and back, and --wasi64's wrappers, expanded from abi/wasi.def.
REWRITER_SRCS := $(sort $(wildcard rewriter/src/*.c))
REWRITER_INC  := -Icore/include -Irewriter/include -Iabi
$(eval $(call native_module,$(REWRITER_SRCS),$(REWRITER_INC)))
$(eval $(call native_library,libw64rewrite.a,$(REWRITER_SRCS)))
