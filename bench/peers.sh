#!/usr/bin/env bash
# Runs the shared peer benchmarks (../shared/bench: fib, loop, strings, hashtable, array, objects,
# startup) through jposh next to the peer JVM languages, in one run, and prints one markdown table.
#   bench/peers.sh                         # jposh + the fastest JVM peers, N=3
#   N=5 BENCHES="fib loop" bench/peers.sh
#   LANGS="jposh-fast groovy" bench/peers.sh
# The peers' jars are fetched once from Maven Central into $LIB (about 190 MB, a minute).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$repo/../shared/bench"
[ -x "$shared/run.sh" ] || { echo "bench/peers.sh needs ../shared/bench beside the checkout" >&2; exit 1; }
[ -x "$repo/shell/target/dist/bin/jposh" ] || { echo "build first: ./build install -DskipTests" >&2; exit 1; }

export LIB=${LIB:-/tmp/jposh-bench/lib}
[ -d "$LIB/groovy" ] || "$shared/get-peers.sh" "$LIB"
export JPOSH_CMD="$repo/bin/jposh"
export LANGS=${LANGS:-"java jposh-fast jposh-pipe groovy nashorn rhino graaljs graaljs-aot"}
# The harness checks our columns under the name "jps-*" but runs them as "jposh-*", so as shipped it
# skips them as unknown; run it with the check reading the names it runs (the harness itself unchanged).
exec bash -c "$(sed 's/^    jps-\*)/    jposh-*)/' "$shared/run.sh")" "$shared/run.sh"
