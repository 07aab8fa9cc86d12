# core/core.mk — the wasm binary core: bounded reader, opcode table,
# decoder, validator, writer.  It depends on nothing; the engine, the
# rewriter and the tools all link it (libw64core.a).
CORE_SRCS := $(sort $(wildcard core/src/*.c))
CORE_INC  := -Icore/include
$(eval $(call native_module,$(CORE_SRCS),$(CORE_INC)))
$(eval $(call native_library,libw64core.a,$(CORE_SRCS)))
