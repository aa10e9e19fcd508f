#!/usr/bin/env bash
# Completes the distribution that Maven has filled with lib/ and jvmci/:
#   bin/      the launcher
#   runtime/  a jlink image of the build JDK without its empty jdk.graal.compiler stub, so that the
#             Graal compiler in jvmci/ is used from the plain module path and class-data sharing works
#   runtime/app.aot  a JDK 25 AOT cache made by one training run of the real launcher
# Usage: assemble.sh JAVA_HOME DIST_DIR SHELL_JAR
set -euo pipefail
java_home=$1 dist=$2 shell_jar=$3
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)

mkdir -p "$dist/bin"
cp "$repo/bin/jposh" "$repo/bin/jdk.sh" "$dist/bin/"
chmod +x "$dist/bin/jposh"
cp "$shell_jar" "$dist/lib/"

# The JVM options the image carries: the compiler threads run below the script's thread, C1 and C2 at nice 5
# and Truffle's compiler thread (Java's highest priority, which only it and the JDK's Reference Handler use)
# at nice 19. On two cores a script otherwise shares its core with the cold Graal compiler and C2, for
# compilations that mostly finish after it ends; and until C2 has compiled the interpreter, which is what
# makes a script of a second or two fast, the Graal compiler (itself Java code still run by HotSpot's
# interpreter) is better off waiting. Measured on the peer benchmarks and bench/pipeline.sh (README,
# "Performance"). Java priorities 6 to 9 map to the unchanged nice 0, so that no thread outranks the
# script's. Thread priorities only act with ThreadPriorityPolicy=1, which the JVM warns about at every
# start when a user other than root gives it on the command line; carried by the image it does not, and
# lowering a priority needs no privilege.
image_options="-XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=5 -XX:JavaPriority6_To_OSPriority=0"
image_options+=" -XX:JavaPriority7_To_OSPriority=0 -XX:JavaPriority8_To_OSPriority=0"
image_options+=" -XX:JavaPriority9_To_OSPriority=0 -XX:JavaPriority10_To_OSPriority=19"

# jlink takes a while and depends only on the JDK and the options: rebuild the image only when one changed.
if ! cmp -s "$java_home/release" "$dist/runtime/release" \
        || [ "$(cat "$dist/runtime/jposh-image-options" 2>/dev/null)" != "$image_options" ]; then
    rm -rf "$dist/runtime"
    "$java_home/bin/jlink" --output "$dist/runtime" \
        --add-modules java.se,jdk.unsupported,jdk.management,jdk.jfr,jdk.internal.vm.ci,jdk.zipfs,jdk.localedata,jdk.charsets,jdk.net \
        --add-options="$image_options" \
        --generate-cds-archive --strip-debug --no-header-files --no-man-pages > /dev/null
    echo "$image_options" > "$dist/runtime/jposh-image-options"
fi

# The cache is only valid for these exact jars, so it is trained again on every build.
rm -f "$dist/runtime/app.aot"
# The JVM reports the cache it writes on stderr; that is kept in a log and shown only on failure.
# It trains with Truffle's compilation off: the profiles it keeps are then the interpreter's, which
# every script runs in first, and no cold Graal compiler competes with the training for the cores
# (README "Performance" has the measurements that chose this).
log="$dist/runtime/aot-training.log"
if ! JPOSH_JAVA_OPTS=-Dpolyglot.engine.Compilation=false JPOSH_AOT_OUTPUT="$dist/runtime/app.aot" "$dist/bin/jposh" "$repo/shell/src/dist/aot-training.ps1" > "$log" 2>&1; then
    cat "$log" >&2
    exit 1
fi
