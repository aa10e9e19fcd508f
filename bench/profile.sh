#!/usr/bin/env bash
# Profiles one run of a script with async-profiler (CPU samples of every thread, Java and native frames):
#   bench/profile.sh script.ps1 [args]      # prints the 40 hottest methods, keeps the stacks for more
# The stacks are written collapsed (one line per stack, frames ';'-separated, suffixes _[0] interpreted by
# HotSpot, _[1] C1, _[j] C2 or Graal, _[i] inlined, _[k] kernel), with the thread as the first frame, to
# $OUT (default /tmp/jposh-profile.txt). async-profiler comes from Maven Central once, into $LIB.
# Unlike JFR it keeps the AOT cache in use, so start-up is what it is in a plain run.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: bench/profile.sh script.ps1 [args]" >&2; exit 2; }
[ -x "$repo/shell/target/dist/bin/jposh" ] || { echo "build first: ./build package -DskipTests" >&2; exit 1; }

version=4.2
LIB=${LIB:-/tmp/jposh-bench/lib}
OUT=${OUT:-/tmp/jposh-profile.txt}
agent="$LIB/async-profiler-$version/linux-x64/libasyncProfiler.so"
if [ ! -f "$agent" ]; then
    mkdir -p "$LIB/async-profiler-$version"
    jar="$LIB/async-profiler-$version/async-profiler.jar"
    curl -sSfL -o "$jar" \
        "https://repo1.maven.org/maven2/tools/profiler/async-profiler/$version/async-profiler-$version.jar"
    (cd "$LIB/async-profiler-$version" && unzip -oq "$jar" 'linux-x64/*')
fi

# DebugNonSafepoints: samples in C2 code name the inlined method they are in, not the nearest safepoint's.
JPOSH_JAVA_OPTS="${JPOSH_JAVA_OPTS:-} -agentpath:$agent=start,event=cpu,interval=1ms,file=$OUT,collapsed,ann,threads
    -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints" "$repo/bin/jposh" "$@" > /dev/null

awk '{ n = $NF; sub(/ [0-9]+$/, ""); k = split($0, f, ";"); split(f[1], t, " tid="); thread[t[1] "]"] += n;
       self[f[k]] += n; total += n }
     END {
       printf "%d samples of 1 ms\n\nby thread:\n", total
       for (x in thread) printf "%8d  %s\n", thread[x], x | "sort -rn"; close("sort -rn")
       print "\nhottest methods (self time, every thread):"
       for (x in self) printf "%8d  %5.1f%%  %s\n", self[x], 100 * self[x] / total, x | "sort -rn | head -40"
     }' "$OUT"
echo
echo "stacks: $OUT"
