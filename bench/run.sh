#!/usr/bin/env bash
# The interpreter benchmark: every program in bench/programs,
# built native (gcc -O2), for wasm64 with the sysroot and for wasm32 with
# sysroot32 (the same libc built for wasm32; clang-22 -O2), run natively,
# under wasm64-run (both widths: the wasm64/wasm32 column is what 64-bit
# memories cost), and under node (V8's baseline compiler Liftoff alone,
# and its default tiering).  Checks that every run prints
# the native checksum, then prints a table of times and ratios to native
# with their geometric means, and writes it (Markdown, and an SVG bar
# chart of the ratios) to bench/results/.
#
#   bench/run.sh [RUNS]        best of RUNS runs each (default 3)
#
# A benchmark, not a test: the numbers depend on the machine and its load.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh "$@"

names=() nat=() w64=() w32=() lift=() v8=()
for src in bench/programs/*.c; do
	name=$(basename "$src" .c)
	gcc -O2 -w "$src" -o "$tmp/$name"
	clang-22 --target=wasm64 --sysroot=sysroot -O2 "$src" -o "$tmp/$name.wasm"
	clang-22 --target=wasm32 --sysroot=sysroot32 -O2 "$src" -o "$tmp/$name.32.wasm"
	"$tmp/$name" >"$tmp/expect"
	n=$(best "$runs" "$tmp/$name")
	w=$(best "$runs" "$run" "$tmp/$name.wasm")
	w32b=$(best "$runs" "$run" "$tmp/$name.32.wasm")
	l=$(best "$runs" node --liftoff --no-wasm-tier-up js/run.mjs "$tmp/$name.wasm")
	d=$(best "$runs" node js/run.mjs "$tmp/$name.wasm")
	names+=("$name") nat+=("$n") w64+=("$w") w32+=("$w32b") lift+=("$l") v8+=("$d")
	printf 'bench: %-8s native %6s ms  wasm64-run %6s ms (%sx), wasm32 build %6s ms\n' "$name" "$n" "$w" \
		"$(ratio "$w" "$n")" "$w32b" >&2
done

# Start-up: hello world, and the runtime's memory overhead on the largest
# benchmark (peak RSS under wasm64-run minus the native program's).
clang-22 --target=wasm64 --sysroot=sysroot -O2 examples/hello.c -o "$tmp/hello.wasm"
hello=
for ((k = 0; k < 20; k++)); do
	t0=$(date +%s%N)
	"$run" "$tmp/hello.wasm" >/dev/null
	t=$((($(date +%s%N) - t0) / 1000))
	if [ -z "$hello" ] || [ "$t" -lt "$hello" ]; then hello=$t; fi
done
hello=$(awk -v u="$hello" 'BEGIN { printf "%.1f", u / 1000 }')
big=lz
/usr/bin/time -o "$tmp/rss" -f %M "$tmp/$big" >/dev/null
rss_native=$(cat "$tmp/rss")
/usr/bin/time -o "$tmp/rss" -f %M "$run" "$tmp/$big.wasm" >/dev/null
rss_run=$(cat "$tmp/rss")

geo() { # geomean of ratios: geo TIMES [BASE] (BASE: nat unless given)
	local -n t=$1 base=${2:-nat}
	local i s=0
	for i in "${!names[@]}"; do
		s=$(awk -v s="$s" -v a="${t[$i]}" -v b="${base[$i]}" 'BEGIN { print s + log((a > 0 ? a : 1) / (b > 0 ? b : 1)) }')
	done
	awk -v s="$s" -v n="${#names[@]}" 'BEGIN { printf "%.2f", exp(s / n) }'
}

{
	echo "| benchmark | native (gcc -O2) | wasm64-run | wasm32 build in wasm64-run | wasm64 / wasm32 | node Liftoff | node default |"
	echo "| --- | --- | --- | --- | --- | --- | --- |"
	for i in "${!names[@]}"; do
		printf '| %s | %s ms | %s ms (%sx) | %s ms (%sx) | %s | %s ms (%sx) | %s ms (%sx) |\n' "${names[$i]}" "${nat[$i]}" \
			"${w64[$i]}" "$(ratio "${w64[$i]}" "${nat[$i]}")" \
			"${w32[$i]}" "$(ratio "${w32[$i]}" "${nat[$i]}")" \
			"$(ratio "${w64[$i]}" "${w32[$i]}")" \
			"${lift[$i]}" "$(ratio "${lift[$i]}" "${nat[$i]}")" \
			"${v8[$i]}" "$(ratio "${v8[$i]}" "${nat[$i]}")"
	done
	printf '| **geomean** | 1x | **%sx** | %sx | **%s** | %sx | %sx |\n' "$(geo w64)" "$(geo w32)" \
		"$(geo w64 w32)" "$(geo lift)" "$(geo v8)"
	echo
	echo "Hello world start-up under wasm64-run: $hello ms (whole process, best of 20)."
	echo "Peak RSS on $big: native $((rss_native / 1024)) MiB, wasm64-run $((rss_run / 1024)) MiB" \
		"(the runtime's own overhead: about $(((rss_run - rss_native) / 1024)) MiB)."
	echo "wasm64 builds (clang-22 -O2, the sysroot); node $(node --version) runs them through"
	echo "js/run.mjs, which lowers them to a 32-bit memory and table for Node 20."
	echo "$(machine); $(date -u +%Y-%m-%d); best of $runs runs."
} | tee "$out/interp.md"

# An SVG bar chart of the ratios to native, one group per benchmark.
{
	w=$((120 + 90 * ${#names[@]})) h=320
	echo "<svg xmlns='http://www.w3.org/2000/svg' width='$w' height='$h' font-family='sans-serif' font-size='11'>"
	echo "<text x='10' y='16' font-size='13'>time relative to native (gcc -O2), lower is better</text>"
	max=1
	for i in "${!names[@]}"; do
		for r in "$(ratio "${w64[$i]}" "${nat[$i]}")" "$(ratio "${lift[$i]}" "${nat[$i]}")" "$(ratio "${v8[$i]}" "${nat[$i]}")"; do
			max=$(awk -v m="$max" -v r="$r" 'BEGIN { print (r > m ? r : m) }')
		done
	done
	colors=("#d95f02" "#7570b3" "#1b9e77")
	for i in "${!names[@]}"; do
		x=$((60 + 90 * i))
		j=0
		for r in "$(ratio "${w64[$i]}" "${nat[$i]}")" "$(ratio "${lift[$i]}" "${nat[$i]}")" "$(ratio "${v8[$i]}" "${nat[$i]}")"; do
			bh=$(awk -v r="$r" -v m="$max" 'BEGIN { printf "%d", r / m * 240 }')
			echo "<rect x='$((x + 22 * j))' y='$((280 - bh))' width='20' height='$bh' fill='${colors[$j]}'/>"
			echo "<text x='$((x + 22 * j))' y='$((276 - bh))' font-size='9'>$r</text>"
			j=$((j + 1))
		done
		echo "<text x='$x' y='296'>${names[$i]}</text>"
	done
	echo "<text x='60' y='314' fill='${colors[0]}'>wasm64-run</text>"
	echo "<text x='150' y='314' fill='${colors[1]}'>node Liftoff</text>"
	echo "<text x='250' y='314' fill='${colors[2]}'>node default</text>"
	echo "</svg>"
} >"$out/interp.svg"
echo "bench: wrote $out/interp.md and $out/interp.svg" >&2
