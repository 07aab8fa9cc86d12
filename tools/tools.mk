# tools/tools.mk — the command-line tools, each one main() over the
# libraries: wasm64-run (engine + WASI) and wasm64-rewrite (rewriter).
# libw64cli.a (tools/cli.h) is what they share with the test tools:
# loading a module file, reading sizes.
$(eval $(call native_module,tools/cli.c,))
$(eval $(call native_library,libw64cli.a,tools/cli.c))
$(eval $(call native_module,tools/wasm64-run.c tools/run_env.c,-Icore/include -Iengine/include -Iwasi/include -Itools))
$(eval $(call native_module,tools/wasm64-rewrite.c,-Icore/include -Irewriter/include -Itools))
$(eval $(call native_program,wasm64-run,tools/wasm64-run.c tools/run_env.c,libw64cli.a libw64wasi.a libw64engine.a libw64abi.a libw64core.a,-lm))
$(eval $(call native_program,wasm64-rewrite,tools/wasm64-rewrite.c,libw64cli.a libw64rewrite.a libw64abi.a libw64core.a,-lpthread -lm))
