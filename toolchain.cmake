# CMake toolchain file for wasm64 with this SDK.
#
#   cmake -S project -B build -DCMAKE_TOOLCHAIN_FILE=<sdk>/toolchain.cmake
#   cmake --build build && ctest --test-dir build
#
# Compiles with clang-22 --target=wasm64-wasip1 against the SDK's sysroot
# with its default flags (cfg/wasm-defaults.cfg), makes `.wasm`
# executables, and runs try_run() and every ctest test inside wasm64-run
# (docs/toolchain.md, "CMake").  It finds the SDK relative to itself, in
# the source tree (toolchain.cmake next to sysroot/, cfg/ and build/) or in
# an install prefix (<prefix>/share/cmake/wasm64-wasip1.cmake next to
# <prefix>/share/wasm64-sysroot and <prefix>/bin).  Override with
# -DWASM64_SYSROOT=... and -DWASM64_RUN=... if you keep them elsewhere.

set(CMAKE_SYSTEM_NAME Generic)   # CMake 3.25 knows no WASI platform
set(CMAKE_SYSTEM_PROCESSOR wasm64)

get_filename_component(_w64_here "${CMAKE_CURRENT_LIST_DIR}" ABSOLUTE)
if(NOT WASM64_SYSROOT)
  if(EXISTS "${_w64_here}/sysroot/lib/libc.a")
    set(WASM64_SYSROOT "${_w64_here}/sysroot")
  elseif(EXISTS "${_w64_here}/../wasm64-sysroot/lib/libc.a")
    get_filename_component(WASM64_SYSROOT "${_w64_here}/../wasm64-sysroot" ABSOLUTE)
  else()
    message(FATAL_ERROR "wasm64: no sysroot next to ${CMAKE_CURRENT_LIST_FILE} "
                        "(run `make` in the SDK, or set -DWASM64_SYSROOT=...)")
  endif()
endif()
if(NOT WASM64_RUN)
  foreach(_w64_candidate "${_w64_here}/build/native/bin/wasm64-run" "${_w64_here}/../../bin/wasm64-run")
    if(EXISTS "${_w64_candidate}")
      get_filename_component(WASM64_RUN "${_w64_candidate}" ABSOLUTE)
      break()
    endif()
  endforeach()
endif()
foreach(_w64_candidate "${_w64_here}/cfg/wasm-defaults.cfg" "${_w64_here}/../../bin/wasm-defaults.cfg")
  if(NOT WASM64_DEFAULTS_CFG AND EXISTS "${_w64_candidate}")
    get_filename_component(WASM64_DEFAULTS_CFG "${_w64_candidate}" ABSOLUTE)
  endif()
endforeach()
# -DWASM64_THREADS=ON: the threads sysroot (--target=wasm64-wasip1-threads,
# docs/libc.md "Threads"), with what a threaded module needs besides the
# defaults (cfg/wasm64-threads.cfg: its memory imported, shared, with a
# maximum).  find_package(Threads) then finds real pthreads.
set(WASM64_THREADS OFF CACHE BOOL "build for wasm64-wasip1-threads (real pthreads)")
set(_w64_target wasm64-wasip1)
if(WASM64_THREADS)
  set(_w64_target wasm64-wasip1-threads)
  foreach(_w64_candidate "${_w64_here}/cfg/wasm64-threads.cfg" "${_w64_here}/../../bin/wasm64-threads.cfg")
    if(NOT WASM64_THREADS_CFG AND EXISTS "${_w64_candidate}")
      get_filename_component(WASM64_THREADS_CFG "${_w64_candidate}" ABSOLUTE)
    endif()
  endforeach()
  if(NOT WASM64_THREADS_CFG OR NOT EXISTS "${WASM64_SYSROOT}/lib/wasm64-wasip1-threads/libc.a")
    message(FATAL_ERROR "wasm64: WASM64_THREADS needs cfg/wasm64-threads.cfg and the threads "
                        "sysroot (${WASM64_SYSROOT}/lib/wasm64-wasip1-threads): run `make` in the SDK")
  endif()
endif()
# try_compile() projects re-read this file: hand them what we found.
set(CMAKE_TRY_COMPILE_PLATFORM_VARIABLES WASM64_SYSROOT WASM64_RUN WASM64_DEFAULTS_CFG WASM64_THREADS
    WASM64_THREADS_CFG)

find_program(CMAKE_C_COMPILER NAMES clang-22 REQUIRED)
find_program(CMAKE_AR NAMES llvm-ar-22 REQUIRED)
find_program(CMAKE_RANLIB NAMES llvm-ranlib-22 REQUIRED)
set(CMAKE_C_COMPILER_TARGET ${_w64_target})
# The SDK's default flags (setjmp, stack protector), the same the wrappers
# and clang's own configuration files give.
set(_w64_cfg_flags "")
if(WASM64_DEFAULTS_CFG)
  string(APPEND _w64_cfg_flags "--config=${WASM64_DEFAULTS_CFG} ")
endif()
if(WASM64_THREADS)
  string(APPEND _w64_cfg_flags "--config=${WASM64_THREADS_CFG} ")
endif()
set(CMAKE_C_FLAGS_INIT "${_w64_cfg_flags}")
set(CMAKE_SYSROOT "${WASM64_SYSROOT}")
set(CMAKE_EXECUTABLE_SUFFIX ".wasm")
set(CMAKE_EXECUTABLE_SUFFIX_C ".wasm")

# C++ (a project() that names no languages enables it too) is compiled by
# clang++-22 for the same target; otherwise CMake would take the build
# machine's c++ and build host objects against the wasm sysroot.  The SDK
# has no C++ standard library (Debian ships libc++ for wasm32 only), so
# C++ links without one (-nostdlib++): C++ that uses the C library links
# and runs; <vector> is not found and operator new stays undefined.
find_program(CMAKE_CXX_COMPILER NAMES clang++-22)
set(CMAKE_CXX_COMPILER_TARGET ${_w64_target})
set(CMAKE_CXX_FLAGS_INIT "${_w64_cfg_flags}-nostdlib++")
set(CMAKE_EXECUTABLE_SUFFIX_CXX ".wasm")

# Executables can be linked, so checks (check_include_file, check_symbol_exists,
# try_compile) build and link real programs; try_run and ctest run them in
# wasm64-run, which sees the source and build trees under their own paths,
# and the test's working directory, where the program starts; the test's
# environment is passed on.
if(WASM64_RUN)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${WASM64_RUN};--dir;${CMAKE_SOURCE_DIR};--dir;${CMAKE_BINARY_DIR};--dir;.;--inherit-env")
  # CMake puts the emulator in front of a test's command only when the
  # command names an executable target.  ctest reads this file before the
  # tests (TEST_INCLUDE_FILES), and it puts the emulator in front of every
  # other command that is a wasm module: add_test(name exe) of the old
  # form, ./exe, $<TARGET_FILE:exe>, any path to a built module (with or
  # without its .wasm suffix).
  if(NOT CMAKE_IN_TRY_COMPILE)
    set(_w64_ctest "${CMAKE_BINARY_DIR}/wasm64-ctest.cmake")
    string(REPLACE ";" "]==] [==[" _w64_emulator "[==[${CMAKE_CROSSCOMPILING_EMULATOR}]==]")
    file(WRITE "${_w64_ctest}.tmp" "# Written by the wasm64 toolchain file: ctest runs wasm modules in wasm64-run.
get_property(_w64_wrapped GLOBAL PROPERTY WASM64_ADD_TEST_WRAPPED)
if(NOT _w64_wrapped)
  set_property(GLOBAL PROPERTY WASM64_ADD_TEST_WRAPPED 1)
  function(add_test name command)
    set(_path \"\${command}\")
    if(NOT IS_ABSOLUTE \"\${_path}\")
      # ctest reads each directory's tests from inside that directory.
      file(REAL_PATH . _here)
      set(_path \"\${_here}/\${_path}\")
    endif()
    foreach(_try \"\${_path}\" \"\${_path}.wasm\")
      if(NOT IS_DIRECTORY \"\${_try}\" AND EXISTS \"\${_try}\")
        file(READ \"\${_try}\" _magic LIMIT 4 HEX)
        if(_magic STREQUAL \"0061736d\")
          _add_test(\${name} ${_w64_emulator} \"\${_try}\" \${ARGN})
          return()
        endif()
      endif()
    endforeach()
    _add_test(\${name} \"\${command}\" \${ARGN})
  endfunction()
endif()
")
    file(RENAME "${_w64_ctest}.tmp" "${_w64_ctest}")
    set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY TEST_INCLUDE_FILES "${_w64_ctest}")
  endif()
else()
  message(WARNING "wasm64: wasm64-run not found next to the SDK; ctest and try_run "
                  "cannot run programs (set -DWASM64_RUN=...)")
endif()

# The stack of every executable: wasm-ld's default is 64 KiB, which deep
# recursion in ordinary C code outgrows (docs/toolchain.md).
set(WASM64_STACK_SIZE 1048576 CACHE STRING "wasm64: stack size of executables, in bytes")

# clang runs the first wasm-opt on PATH after an optimised link; binaryen
# before 118 cannot read wasm64's 64-bit table and fails the link
# (docs/toolchain.md).  Turn the step off when such a wasm-opt comes first.
find_program(_w64_wasm_opt wasm-opt)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-Wl,-z,stack-size=${WASM64_STACK_SIZE}")
if(_w64_wasm_opt)
  execute_process(COMMAND "${_w64_wasm_opt}" --version OUTPUT_VARIABLE _w64_opt_version
                  ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  string(REGEX MATCH "[0-9]+" _w64_opt_major "${_w64_opt_version}")
  if(_w64_opt_major AND _w64_opt_major LESS 118)
    string(APPEND CMAKE_EXE_LINKER_FLAGS_INIT " --no-wasm-opt")
  endif()
endif()

# pkg-config (find_package(PkgConfig), pkg_check_modules) reads only the
# sysroot's .pc files and gives paths inside it, as the wasm64-wasip1-pkg-config
# wrapper does.
set(ENV{PKG_CONFIG_SYSROOT_DIR} "${WASM64_SYSROOT}")
set(ENV{PKG_CONFIG_LIBDIR} "${WASM64_SYSROOT}/lib/wasm64-wasip1/pkgconfig:${WASM64_SYSROOT}/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

set(CMAKE_FIND_ROOT_PATH "${WASM64_SYSROOT}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
