#!/usr/bin/env bash
# Start-up time of the launcher: runs `jposh -c 'Write-Output hello'` once to warm the page cache,
# then RUNS more times, and prints the median and fastest wall time and the peak memory (RSS).
# Usage: bench/startup.sh [RUNS]   (default 20; needs GNU time: apt-get install time)
set -euo pipefail
runs=${1:-20}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jposh="$repo/bin/jposh"
[ -x /usr/bin/time ] || { echo "bench/startup.sh needs GNU time: apt-get install time" >&2; exit 1; }

"$jposh" -c 'Write-Output hello' > /dev/null
times=() rss=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    kb=$( { /usr/bin/time -f %M "$jposh" -c 'Write-Output hello' > /dev/null; } 2>&1 | tail -1)
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    rss+=("$kb")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
printf '| runs | median | fastest | peak RSS |\n|---|---|---|---|\n'
printf '| %d | %d ms | %d ms | %d MiB |\n' "$runs" "${sorted[$((runs / 2))]}" "${sorted[0]}" "$((peak / 1024))"
