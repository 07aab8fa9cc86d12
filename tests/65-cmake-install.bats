#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# toolchain.cmake with an ordinary CMake project (checks, try_run, ctest in
# wasm64-run), and `make install` into a prefix that is then moved.

setup() {
	load helpers
	T="$BATS_TEST_TMPDIR"
}

# cmake_example TOOLCHAIN: configure, build and test examples/cmake.
cmake_example() {
	run -0 cmake -S "$ROOT/examples/cmake" -B "$T/b" -DCMAKE_TOOLCHAIN_FILE="$1"
	assert_output --partial "-- Looking for strlen - found"
	assert_output --partial "-- pointer size (try_run in the emulator): 8"
	run -0 cmake --build "$T/b"
	[ -f "$T/b/sum.wasm" ]
	run -0 ctest --test-dir "$T/b" --output-on-failure
	assert_output --partial "100% tests passed, 0 tests failed out of 3"
	# The test marked WILL_FAIL passes because the program really fails.
	run -1 "$WASM64_RUN_USED" "$T/b/sum.wasm"
	assert_output "usage: sum WORD..."
	run -0 "$NPM_BIN/wasm-objdump" -x "$T/b/sum.wasm"
	assert_output --regexp "memory\[0\] pages: initial=[0-9]+ i64"
}

@test "toolchain.cmake from the source tree: checks, try_run, build, ctest in wasm64-run" {
	WASM64_RUN_USED="$ROOT/build/native/bin/wasm64-run"
	cmake_example "$ROOT/toolchain.cmake"
}

@test "make install, then the prefix moved: clang config, toolchain file, tools, library" {
	run -0 make -s -C "$ROOT" install PREFIX="$T/prefix"
	mv "$T/prefix" "$T/moved"
	local p="$T/moved"
	# Nothing installed names the source tree or the first prefix.
	run grep -rl --binary-files=without-match -e "$ROOT" -e "$T/prefix" "$p"
	assert_failure 1
	cd "$T"
	run -0 clang-22 --config "$p/bin/wasm64-clang.cfg" "$ROOT/examples/hello.c" -o hello.wasm
	run -0 "$p/bin/wasm64-run" hello.wasm installed
	assert_output $'Hello from wasm64!\ninstalled'
	# The config file links a 1 MiB stack (wasm-ld alone: 64 KiB).
	"$NPM_BIN/wasm-objdump" -x hello.wasm | grep -q '<__stack_pointer> - init i64=1048576$'
	# The threads targets from the prefix: each finds its configuration
	# file (sysroot, defaults, threads flags) there.
	local w
	for w in wasm64 wasm32; do
		run -0 clang-22 --config-user-dir="$p/bin" --target=$w-wasip1-threads \
			"$ROOT/tests/data/threads/stress.c" -o stress-$w.wasm
		run -0 "$p/bin/wasm64-run" stress-$w.wasm
		assert_output --partial "225 threads; ids joined sum 19900"
	done
	run -0 "$p/bin/wasm64-rewrite" --to32 hello.wasm -o hello32.wasm
	run -0 "$p/bin/wasm64-run" hello32.wasm
	WASM64_RUN_USED="$p/bin/wasm64-run"
	cmake_example "$p/share/cmake/wasm64-wasip1.cmake"
	grep -q "CMAKE_CROSSCOMPILING_EMULATOR:.*=$p/bin/wasm64-run" "$T/b/CMakeCache.txt" ||
		grep -q "$p/bin/wasm64-run" "$T/b/CTestTestfile.cmake"
	wat "$T/sum.wasm" "$ROOT/examples/embed/sum.wat"
	run -0 clang-22 -std=c11 -I"$p/include" "$ROOT/examples/embed/embed.c" "$p/lib/libw64run.a" -lm -o embed
	run -0 ./embed "$T/sum.wasm" 2
	assert_output --partial "sum = 3"
}

@test "toolchain.cmake: C++ (enabled by a bare project()) is compiled for wasm64 by clang++-22, never the build machine's c++" {
	# Before, CMake took /usr/bin/c++ (g++) for C++ and built host objects
	# against the wasm sysroot (libexpat's runtestspp.cpp failed on
	# <assert.h>).  There is no C++ standard library: C++ that uses the C
	# library links without one; <vector> is not there.
	mkdir "$T/p"
	cat >"$T/p/CMakeLists.txt" <<-'CMAKE'
		cmake_minimum_required(VERSION 3.13)
		project(cxx)
		enable_testing()
		add_executable(greet greet.cpp)
		add_test(NAME greet COMMAND greet cmake)
		set_tests_properties(greet PROPERTIES PASS_REGULAR_EXPRESSION "^built 1: hello, cmake\n$")
	CMAKE
	cat >"$T/p/greet.cpp" <<-'CPP'
		#include <stdio.h>
		#include <string.h>
		struct counter { int n; counter() : n(1) {} };
		static counter built;  // a static constructor, run before main
		template <typename T> static T twice(T x) { return x + x; }
		int main(int argc, char **argv) {
			if (argc < 2 || twice(1) != 2) return 1;
			printf("built %d: hello, %s\n", built.n, argv[1]);
			return 0;
		}
	CPP
	run -0 cmake -S "$T/p" -B "$T/b" -DCMAKE_TOOLCHAIN_FILE="$ROOT/toolchain.cmake"
	assert_output --partial "The CXX compiler identification is Clang 22"
	run -0 cmake --build "$T/b"
	run -0 od -An -tx1 -N4 "$T/b/greet.wasm"
	assert_output " 00 61 73 6d"
	run -0 ctest --test-dir "$T/b" --output-on-failure
	assert_output --partial "100% tests passed, 0 tests failed out of 1"
	printf '#include <vector>\nint main() { return 0; }\n' >"$T/p/greet.cpp"
	run -2 cmake --build "$T/b"
	assert_output --partial "'vector' file not found"
}

@test "toolchain.cmake -DWASM64_THREADS=ON: find_package(Threads) finds real pthreads, ctest runs a threaded program" {
	mkdir "$T/p"
	cat >"$T/p/CMakeLists.txt" <<-'CMAKE'
		cmake_minimum_required(VERSION 3.13)
		project(threaded C)
		enable_testing()
		find_package(Threads REQUIRED)
		add_executable(workers workers.c)
		target_link_libraries(workers Threads::Threads)
		add_test(NAME workers COMMAND workers 4)
		set_tests_properties(workers PROPERTIES PASS_REGULAR_EXPRESSION "^4 threads added 4000\n$")
	CMAKE
	cat >"$T/p/workers.c" <<-'C'
		#include <pthread.h>
		#include <stdio.h>
		#include <stdlib.h>
		static int total;
		static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
		static void *work(void *arg) {
			(void)arg;
			for (int i = 0; i < 1000; i++) {
				pthread_mutex_lock(&lock);
				total++;
				pthread_mutex_unlock(&lock);
			}
			return NULL;
		}
		int main(int argc, char **argv) {
			int n = argc > 1 ? atoi(argv[1]) : 1;
			pthread_t t[16];
			for (int i = 0; i < n; i++)
				if (pthread_create(&t[i], NULL, work, NULL)) return 1;
			for (int i = 0; i < n; i++)
				pthread_join(t[i], NULL);
			printf("%d threads added %d\n", n, total);
			return 0;
		}
	C
	run -0 cmake -S "$T/p" -B "$T/b" -DCMAKE_TOOLCHAIN_FILE="$ROOT/toolchain.cmake" -DWASM64_THREADS=ON
	assert_output --partial "Found Threads: TRUE"
	run -0 cmake --build "$T/b"
	run -0 "$NPM_BIN/wasm-objdump" -x -j Import "$T/b/workers.wasm"
	assert_output --partial "<- wasi.thread-spawn"
	run -0 ctest --test-dir "$T/b" --output-on-failure
	assert_output --partial "100% tests passed, 0 tests failed out of 1"
	# Without the option, the same project builds for the single-threaded
	# sysroot, where pthread_create says EAGAIN.
	run -0 cmake -S "$T/p" -B "$T/b1" -DCMAKE_TOOLCHAIN_FILE="$ROOT/toolchain.cmake"
	run -0 cmake --build "$T/b1"
	run -1 "$RUN" "$T/b1/workers.wasm" 4
}
