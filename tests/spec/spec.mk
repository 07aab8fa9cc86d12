# tests/spec/spec.mk — w64-spec, the runner of the spec suite's command
# files (wast2json's JSON and binaries) over the engine's embedding API,
# with the spectest module.  It is the only user of libjansson, so only
# the test tier needs it.  tests/spec/run drives it.
W64_SPEC := $(BUILD)/native/bin/w64-spec
W64_SPEC_ASAN := $(BUILD)/asan/bin/w64-spec
$(eval $(call native_module,tests/spec/spec.c,-Icore/include -Iengine/include -Itools))
$(eval $(call native_program,w64-spec,tests/spec/spec.c,libw64cli.a libw64engine.a libw64core.a,-ljansson -lm))
$(W64_SPEC) $(W64_SPEC_ASAN): | $(SETUP_TEST)
CHECK_PREREQS += $(W64_SPEC) $(W64_SPEC_ASAN) $(SPEC_SUITE)
