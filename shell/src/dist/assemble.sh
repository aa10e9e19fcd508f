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

# jlink takes a while and depends only on the JDK: rebuild the image only when the JDK changed.
if ! cmp -s "$java_home/release" "$dist/runtime/release"; then
    rm -rf "$dist/runtime"
    "$java_home/bin/jlink" --output "$dist/runtime" \
        --add-modules java.se,jdk.unsupported,jdk.management,jdk.jfr,jdk.internal.vm.ci,jdk.zipfs,jdk.localedata,jdk.charsets,jdk.net \
        --generate-cds-archive --strip-debug --no-header-files --no-man-pages > /dev/null
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
