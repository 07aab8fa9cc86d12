# abi/abi.mk — the host ABI as data (abi/wasi.def, docs/architecture.md).
#
#   libw64abi.a        the table as C data (abi/wasi_abi.h), for the WASI
#                      library and the rewriter
#   bin/w64-abigen     writes the table out for what cannot include it
#   make abi           rewrites js/wasi-abi.mjs from the table
#                      (tests/15-abi.bats fails while it is stale)
ABI_SRCS := abi/wasi_abi.c
ABI_INC  := -Iabi
$(eval $(call native_module,$(ABI_SRCS) abi/gen.c,$(ABI_INC)))
$(eval $(call native_library,libw64abi.a,$(ABI_SRCS)))

W64_ABIGEN := $(BUILD)/native/bin/w64-abigen
$(W64_ABIGEN): $(BUILD)/native/abi/gen.o $(BUILD)/native/libw64abi.a
	@mkdir -p $(@D)
	$(NATIVE_CC) -o $@.tmp $^
	@mv -f $@.tmp $@

.PHONY: abi
abi: $(W64_ABIGEN)
	$(W64_ABIGEN) js >js/wasi-abi.mjs.tmp
	@mv -f js/wasi-abi.mjs.tmp js/wasi-abi.mjs
