#!/usr/bin/env bash
# Installs what a tier of the build needs, idempotently, and says what it
# does.  scripts/setup.sh [TIER...] (default: every tier):
#
#   build    clang-22, lld-22, llvm-22, compiler-rt's wasm builtins, the
#            builtins link that makes the plain `clang-22 --target=wasm64
#            --sysroot=…` link work, and the SDK's default flags as clang
#            configuration files for the wasm64-wasip1 spellings
#            (docs/toolchain.md): `make`, `make demo`
#   test     bats, cmake, autoconf, automake, libtool, meson, pkg-config,
#            libjansson (the spec runner), gcc, time, the sanitizer
#            runtimes, node and the npm packages pinned in package-lock.json
#            (binaryen, wabt, playwright-core)
#   browser  chromium, for the JS host's browser tests
#   rust     Rust 1.96 with its library sources (rustc-web, cargo-web,
#            rust-web-src), for `make rust` and its tests
#
# The Makefile runs each tier once, when a goal first needs it.  When it
# cannot install (not root, no apt, no network) it stops with one message
# naming what is missing and the command that installs it.
set -euo pipefail
cd "$(dirname "$0")/.."

# make runs the tiers' stamps in parallel: one setup at a time (apt-get
# and npm would otherwise race for their locks and files).
mkdir -p build
exec 9>build/.setup.lock
flock 9

say() { printf 'setup: %s\n' "$*"; }

tiers=("$@")
[ ${#tiers[@]} -gt 0 ] || tiers=(build test browser rust)

# package:command-that-proves-it-is-usable (a command, or a file path)
debian_build=(
  "clang-22:clang-22"
  "lld-22:wasm-ld-22"
  "llvm-22:llvm-ar-22"
  "libclang-rt-22-dev-wasm64:/usr/lib/llvm-22/lib/clang/22/lib/wasi/libclang_rt.builtins-wasm64.a"
  "libclang-rt-22-dev-wasm32:/usr/lib/llvm-22/lib/clang/22/lib/wasi/libclang_rt.builtins-wasm32.a"
)
debian_test=(
  "libclang-rt-22-dev:/usr/lib/llvm-22/lib/clang/22/lib/linux/libclang_rt.asan-x86_64.a"
  "bats:bats"
  "bats-support:/usr/lib/bats/bats-support/load.bash"
  "bats-assert:/usr/lib/bats/bats-assert/load.bash"
  "cmake:cmake"
  "autoconf:autoconf"
  "automake:automake"
  "libtool:/usr/share/libtool/build-aux/ltmain.sh"
  "meson:meson"
  "pkgconf:pkg-config"
  "libjansson-dev:/usr/include/jansson.h"
  "nodejs:node"
  "npm:npm"
  "gcc:gcc"
  "time:/usr/bin/time"
  "wasi-libc:/usr/lib/wasm32-wasi/libc.a"
  "sqlite3:/usr/bin/sqlite3"
)
debian_browser=(
  "chromium:/usr/bin/chromium"
)
debian_rust=(
  "rustc-web:/usr/bin/rustc"
  "cargo-web:/usr/bin/cargo"
  "rust-web-src:/usr/lib/rustlib/src"
)

debian_needs=()
for tier in "${tiers[@]}"; do
  case "$tier" in
  build) debian_needs+=("${debian_build[@]}") ;;
  test) debian_needs+=("${debian_test[@]}") ;;
  browser) debian_needs+=("${debian_browser[@]}") ;;
  rust) debian_needs+=("${debian_rust[@]}") ;;
  *) say "unknown tier '$tier' (build, test, browser, rust)"; exit 2 ;;
  esac
done
has_tier() { local t; for t in "${tiers[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }

have() {
  case "$1" in
    /*) [ -e "$1" ] ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
  esac
}

missing=()
for entry in "${debian_needs[@]}"; do
  pkg=${entry%%:*} probe=${entry#*:}
  have "$probe" || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # A stale package index is the usual reason a fresh machine cannot find
    # clang-22; refresh it once, then install.
    if ! apt-get install -y --no-install-recommends "${missing[@]}" >/tmp/wasm64-setup-apt.log 2>&1; then
      apt-get update >>/tmp/wasm64-setup-apt.log 2>&1 || true
      if ! apt-get install -y --no-install-recommends "${missing[@]}" >>/tmp/wasm64-setup-apt.log 2>&1; then
        say "apt-get could not install: ${missing[*]} (log: /tmp/wasm64-setup-apt.log)"
        tail -5 /tmp/wasm64-setup-apt.log >&2
        exit 1
      fi
    fi
  else
    say "missing Debian packages: ${missing[*]}"
    say "install them with:  sudo apt-get install ${missing[*]}"
    exit 1
  fi
fi

builtins_links() {
  # clang-22 --target=wasm64 links <resource-dir>/lib/<triple>/libclang_rt.builtins.a
  # but Debian ships the wasm64 builtins as lib/wasi/libclang_rt.builtins-wasm64.a.
  # Nothing inside a sysroot can change that absolute path, so we add the
  # links clang looks for (one per spelling of the triple; wasm32 too, for
  # sysroot32).
  resdir=$(clang-22 -print-resource-dir)
  for triple in wasm64 wasm64-unknown-unknown wasm32 wasm32-unknown-unknown; do
    builtins="$resdir/lib/wasi/libclang_rt.builtins-${triple%%-*}.a"
    link="$resdir/lib/$triple/libclang_rt.builtins.a"
    [ -e "$link" ] && continue
    if [ -w "$resdir/lib" ]; then
      say "linking $link -> $builtins"
      mkdir -p "$(dirname "$link")"
      ln -sf "$builtins" "$link"
    else
      say "clang-22 --target=$triple cannot find its builtins at $link"
      say "create the link with:  sudo mkdir -p $(dirname "$link") && sudo ln -s $builtins $link"
      exit 1
    fi
  done
}

default_configs() {
  # clang-22 reads <triple>.cfg from its own directory for the target it
  # compiles for (docs/toolchain.md, "Default flags"): the plain command
  # then gets the SDK's defaults.  Only the wasip1 spellings of wasm64: the
  # old spellings keep clang's own defaults (as do wasm32's, which Debian's
  # wasi-libc also uses, and which lacks what the defaults need).  The
  # threads targets, which no other sysroot here serves, get the defaults
  # and what a threaded program needs (cfg/<W>-threads.cfg), in both widths.
  bindir=$(dirname "$(readlink -f "$(command -v clang-22)")")
  local triple cfg parts
  for triple in wasm64-unknown-wasip1 wasm64-unknown-wasi wasm64-unknown-wasip1-threads \
      wasm64-unknown-wasi-threads wasm32-unknown-wasip1-threads wasm32-unknown-wasi-threads; do
    parts="$(pwd)/cfg/wasm-defaults.cfg"
    case $triple in *-threads) parts="$parts $(pwd)/cfg/${triple%%-*}-threads.cfg" ;; esac
    cfg="$bindir/$triple.cfg"
    # shellcheck disable=SC2086 # parts is a list of paths without spaces
    cat $parts | cmp -s - "$cfg" && continue
    if [ -w "$bindir" ]; then
      say "installing the SDK's default flags as $cfg"
      # shellcheck disable=SC2086
      cat $parts >"$cfg.tmp" && mv -f "$cfg.tmp" "$cfg"
    else
      say "note: clang-22 --target=${triple/-unknown/} without the SDK's defaults"
      say "      install them with:  cat $parts | sudo tee $cfg"
    fi
  done
}

old_wasm_opt_warning() {
  # clang runs the first `wasm-opt` on PATH after every optimised link; an old
  # one (Debian's binaryen 108) rejects the 64-bit table and fails the link.
  if old=$(command -v wasm-opt 2>/dev/null); then
    ver=$("$old" --version 2>/dev/null | grep -o '[0-9]\+' | head -1 || true)
    if [ -n "$ver" ] && [ "$ver" -lt 118 ]; then
      say "warning: $old is binaryen $ver; clang-22 -O1+ wasm64 links will fail with it first on PATH."
      say "         put $(pwd)/node_modules/.bin first on PATH, or pass --no-wasm-opt (docs/toolchain.md)."
    fi
  fi
}

npm_packages() {
  # npm packages: binaryen and wabt, exactly as package-lock.json pins them.
  want_bin=(node_modules/.bin/wasm-opt node_modules/.bin/wasm-validate node_modules/.bin/playwright-core)
  need_npm=0
  for b in "${want_bin[@]}"; do [ -x "$b" ] || need_npm=1; done
  if [ -f node_modules/.package-lock.json ] && [ package-lock.json -nt node_modules/.package-lock.json ]; then
    need_npm=1
  fi
  if [ $need_npm -eq 1 ]; then
    say "installing npm packages pinned in package-lock.json (binaryen, wabt)"
    if ! npm ci --no-audit --no-fund --loglevel=error >/tmp/wasm64-setup-npm.log 2>&1; then
      say "npm ci failed (log: /tmp/wasm64-setup-npm.log); run it by hand:  npm ci"
      tail -5 /tmp/wasm64-setup-npm.log >&2
      exit 1
    fi
  fi
}

if has_tier build; then
  builtins_links
  default_configs
  old_wasm_opt_warning
fi
if has_tier test; then
  npm_packages
fi

say "ok: ${tiers[*]}"
