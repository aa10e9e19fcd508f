#!/usr/bin/env bash
# Parameter binding cost per command invocation (interpreter/src/test/java/.../bench/BinderBenchmark.java):
# compiles the interpreter and its tests, then runs the benchmark on the build JDK (Truffle's fallback
# runtime; the binder is plain Java behind a TruffleBoundary, so the JIT used is the JVM's own).
# Usage: bench/binder.sh
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$repo/bin/jdk.sh"
java_home=$(jposh_find_jdk)
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
"$repo/build" -q -o -pl interpreter -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test > /dev/null
classpath="$repo/interpreter/target/classes:$repo/interpreter/target/test-classes:$repo/grammar/target/classes:$(cat "$cp_file")"
"$java_home/bin/java" --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED \
    -cp "$classpath" org.jposh.interpreter.commands.bench.BinderBenchmark
