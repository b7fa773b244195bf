#!/usr/bin/env bash
# Startup benchmark: time from launch to the first rendered frame, and peak memory, of
# `amiable capture --screen home` next to a bare Bevy app built with the same features
# (examples/bare_window.rs), both in release under Xvfb. Amiable should stay within 1.3x.
# Usage: bash scripts/bench-startup.sh [runs]   (default 5; medians are reported)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
cargo build --release --locked --bin amiable --example bare_window >/dev/null
out=$(mktemp -d)
measure() { # name, command...
    local name=$1; shift
    for i in $(seq "$runs"); do
        /usr/bin/time -f "peak-kb %M" xvfb-run -a -s "-screen 0 1280x800x24" "$@" >"$out/$name.$i" 2>&1 || {
            echo "$name run $i failed:"; tail -20 "$out/$name.$i"; exit 1; }
    done
    local ms kb
    ms=$(grep -h "^first-frame-ms" "$out/$name".* | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    kb=$(grep -h "^peak-kb" "$out/$name".* | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "$name $ms $kb"
}
bare=$(measure bare ./target/release/examples/bare_window "$out/bare.png")
amiable=$(AMIABLE_REPORT_FIRST_FRAME=1 AMIABLE_CONFIG_DIR="$out" measure amiable ./target/release/amiable capture --screen home --out "$out/home.png")
read -r _ bare_ms bare_kb <<<"$bare"
read -r _ ami_ms ami_kb <<<"$amiable"
printf '%-10s %10s %12s\n' "" "first frame" "peak memory"
printf '%-10s %8s ms %9s MiB\n' bare "$bare_ms" "$((bare_kb / 1024))"
printf '%-10s %8s ms %9s MiB\n' amiable "$ami_ms" "$((ami_kb / 1024))"
ratio_t=$(awk -v a="$ami_ms" -v b="$bare_ms" 'BEGIN {printf "%.2f", a / b}')
ratio_m=$(awk -v a="$ami_kb" -v b="$bare_kb" 'BEGIN {printf "%.2f", a / b}')
echo "ratio: time ${ratio_t}x, memory ${ratio_m}x (target: at most 1.3x each; medians of $runs runs)"
awk -v t="$ratio_t" -v m="$ratio_m" 'BEGIN {exit !(t <= 1.3 && m <= 1.3)}'
