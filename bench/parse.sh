#!/usr/bin/env bash
# Parse speed on one core: runs org.jposh.grammar.ParseBenchmark (grammar's test classes) over the corpus that
# grammar/corpus/fetch-corpus.sh extracted, pinned to one CPU with taskset when available. A measurement, not a
# test.
#
#   bench/parse.sh [DIR [warm-up rounds [measured rounds]]]     (defaults: grammar/corpus/files 10 5)
#
# Build first: ./build -q -o -pl grammar test-compile
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
. "$root/bin/jdk.sh"
java="$(jposh_find_jdk)/bin/java"
version=$(sed -n 's:.*<antlr.version>\(.*\)</antlr.version>.*:\1:p' "$root/pom.xml")
antlr="$HOME/.m2/repository/org/antlr/antlr4-runtime/$version/antlr4-runtime-$version.jar"
cp="$root/grammar/target/classes:$root/grammar/target/test-classes:$antlr"
pin=()
command -v taskset > /dev/null && pin=(taskset -c 0)
exec "${pin[@]}" "$java" -Xss16m -cp "$cp" org.jposh.grammar.ParseBenchmark "${1:-$root/grammar/corpus/files}" "${@:2}"
