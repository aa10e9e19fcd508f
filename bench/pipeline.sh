#!/usr/bin/env bash
# The pipeline benchmarks of issue #4 (bench/pipeline.ps1): a million objects through ForEach-Object,
# Where-Object and Measure-Object, and calls of a small advanced function with two named parameters,
# each measured after warm-up in one launcher process (JIT on). Prints a Markdown table.
# Usage: bench/pipeline.sh [WARMUP] [ROUNDS]   (defaults 5 and 7)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/bin/jposh" -NoProfile "$repo/bench/pipeline.ps1" -Warmup "${1:-5}" -Rounds "${2:-7}"
