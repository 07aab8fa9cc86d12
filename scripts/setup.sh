#!/usr/bin/env bash
# Installs what the build needs, idempotently, and says what it does.
#
#  - Debian packages (clang-22 and friends, bats, cmake, node, Rust 1.96
#    with its library sources: rustc-web, cargo-web, rust-web-src);
#  - the compiler-rt builtins link that makes the plain
#    `clang-22 --target=wasm64 --sysroot=…` link work (docs/toolchain.md);
#  - the npm packages pinned in package-lock.json (binaryen, wabt).
#
# When it cannot install (not root, no apt, no network) it stops with one
# message naming what is missing and the command that installs it.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

# package:command-that-proves-it-is-usable (a command, or a file path)
debian_needs=(
  "clang-22:clang-22"
  "lld-22:wasm-ld-22"
  "llvm-22:llvm-ar-22"
  "libclang-rt-22-dev-wasm64:/usr/lib/llvm-22/lib/clang/22/lib/wasi/libclang_rt.builtins-wasm64.a"
  "libclang-rt-22-dev-wasm32:/usr/lib/llvm-22/lib/clang/22/lib/wasi/libclang_rt.builtins-wasm32.a"
  "libclang-rt-22-dev:/usr/lib/llvm-22/lib/clang/22/lib/linux/libclang_rt.asan-x86_64.a"
  "bats:bats"
  "bats-support:/usr/lib/bats/bats-support/load.bash"
  "bats-assert:/usr/lib/bats/bats-assert/load.bash"
  "cmake:cmake"
  "libjansson-dev:/usr/include/jansson.h"
  "nodejs:node"
  "npm:npm"
  "chromium:/usr/bin/chromium"
  "gcc:gcc"
  "time:/usr/bin/time"
  "rustc-web:/usr/bin/rustc"
  "cargo-web:/usr/bin/cargo"
  "rust-web-src:/usr/lib/rustlib/src"
)

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

# clang runs the first `wasm-opt` on PATH after every optimised link; an old
# one (Debian's binaryen 108) rejects the 64-bit table and fails the link.
if old=$(command -v wasm-opt 2>/dev/null); then
  ver=$("$old" --version 2>/dev/null | grep -o '[0-9]\+' | head -1 || true)
  if [ -n "$ver" ] && [ "$ver" -lt 118 ]; then
    say "warning: $old is binaryen $ver; clang-22 -O1+ wasm64 links will fail with it first on PATH."
    say "         put $(pwd)/node_modules/.bin first on PATH, or pass --no-wasm-opt (docs/toolchain.md)."
  fi
fi

say "ok"
