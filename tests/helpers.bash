# Shared setup for the bats tests: paths to the built tools and helpers.
load '/usr/lib/bats/bats-support/load.bash'
load '/usr/lib/bats/bats-assert/load.bash'

ROOT="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
RUN="${WASM64_RUN:-$ROOT/build/native/bin/wasm64-run}"
# The test tools built beside it (tests/spec/spec.mk, tests/fuzz/fuzz.mk).
FUZZ_RUN="$(dirname "$RUN")/w64-fuzz-run"
SYSROOT="$ROOT/sysroot"
NPM_BIN="$ROOT/node_modules/.bin"
CLANG=clang-22

# Keep the automatic wasm-opt step out of the way unless a test asks for it:
# the tests pick which wasm-opt (if any) is on PATH.
PATH_NO_WASM_OPT="$(printf '%s' "$PATH" | tr ':' '\n' | while read -r d; do
	[ -x "$d/wasm-opt" ] || printf '%s:' "$d"; done)"

# cc OUT SRC [FLAGS...]: the plain user command, nothing added.
cc() {
	local out=$1 src=$2
	shift 2
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm64 --sysroot="$SYSROOT" "$@" "$src" -o "$out"
}

# The sanitizer pass of tests/run runs every file again with WASM64_RUN
# set to the ASan/UBSan build (and the rewriter beside it).  A test whose
# cost is in something else (native programs with their own sanitizer
# build, browsers, cargo) calls this first: it runs once, in the
# build/native pass, and the other pass says why it skips.
#   native_pass_only REASON
in_native_pass() {
	case "${WASM64_RUN:-$ROOT/build/native/bin/wasm64-run}" in
	*/build/native/*) return 0 ;;
	esac
	return 1
}
native_pass_only() {
	in_native_pass || skip "$1: runs in the build/native pass only"
}

# wat OUT SRC: assemble a text module (all features on).
wat() {
	"$NPM_BIN/wat2wasm" --enable-all "$2" -o "$1"
}

# fetch_programs: the real programs scripts/fetch-programs.sh pins (npm
# tarballs checked against their sha512), unpacked once into
# build/programs; sets PROGS to that folder.
fetch_programs() {
	PROGS="$ROOT/build/programs"
	"$ROOT/scripts/fetch-programs.sh" "$PROGS"
}
