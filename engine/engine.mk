# engine/engine.mk — the engine: store, compiler to internal code,
# interpreter, and the embedding API (engine/include/w64/runtime.h).  It
# sees the core's headers and its own, nothing else.
#
#   libw64engine.a     the engine alone
#   libw64run.a        core + engine: what an embedder links
#                      (examples/embed, `make install`)
ENGINE_SRCS := $(sort $(wildcard engine/src/*.c))
ENGINE_INC  := -Icore/include -Iengine/include
# -ffp-contract=off: wasm float operations round one by one; never fuse.
$(eval $(call native_module,$(ENGINE_SRCS),$(ENGINE_INC) -ffp-contract=off))
$(eval $(call native_library,libw64engine.a,$(ENGINE_SRCS)))
$(eval $(call native_library,libw64run.a,$(CORE_SRCS) $(ENGINE_SRCS)))
