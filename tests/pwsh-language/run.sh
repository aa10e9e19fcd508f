#!/usr/bin/env bash
# Runs PowerShell's own language tests (Pester 4 style) with JPosh's built-in Pester and prints, per file,
# the passed/total It blocks. The test files, and the helper modules they import (HelpersCommon,
# HelpersLanguage, put on PSModulePath as PowerShell's own test runs do), are copied out of PowerShell's
# repository (a bare clone, no network needed) into a scratch folder; they are not part of this repository.
# bin/testexe, a stand-in for PowerShell's test executable, is put on PATH.
#
#   tests/pwsh-language/run.sh [--verbose] [POWERSHELL_BARE_REPO]
#
# --verbose prints Pester's full report of each file (failures with their messages).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
verbose=0
if [[ "${1:-}" == "--verbose" ]]; then verbose=1; shift; fi
repo="${1:-/work/.mirror/PowerShell+PowerShell/repo}"
files=(
    Language/Operators/RangeOperator
    Language/Operators/SplitOperator
    Language/Operators/ComparisonOperator
    Language/Operators/ReplaceOperator
    Language/Scripting/TryCatch
    Language/Scripting/Trap
    Language/Scripting/ParameterBinding
    Language/Scripting/OutErrorVariable
    engine/ParameterBinding/Splatting
    engine/ParameterBinding/BooleanParameterDCR
    engine/ParameterBinding/NullableBooleanDCR
    Language/Scripting/MyInvocation
    Language/Operators/NullConditional
    Language/Parser/LineContinuance
    Language/Parser/Parser
    Language/Operators/PipelineChainOperator
    Language/Operators/TernaryOperator
    Language/Scripting/CommonParameters
    Language/Scripting/DollarHook
    Language/Scripting/Requires
    Language/Scripting/I18n/I18n
    Language/Scripting/LineEndings
    Language/Scripting/NativeExecution/NativeCommandArguments
    Language/Scripting/CmdletDeclaration
    Language/Scripting/Delegates
    Language/Classes/Scripting.Classes.Break
    Language/Classes/Scripting.Classes.MiscOps
)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for module in HelpersCommon HelpersLanguage; do
    mkdir -p "$work/Modules/$module"
    for f in $(git --git-dir="$repo" ls-tree --name-only HEAD "test/tools/Modules/$module/"); do
        git --git-dir="$repo" show "HEAD:$f" > "$work/Modules/$module/$(basename "$f")"
    done
done
export PATH="$here/bin:$PATH"
setup="\$env:PSModulePath = '$work/Modules:' + \$env:PSModulePath; Set-Location"
commit="$(git --git-dir="$repo" rev-parse --short HEAD)"
echo "PowerShell tests at $commit"
printf '| %-55s | %6s | %6s | %6s | %6s |\n' file passed failed skipped total
total_passed=0; total_all=0
for f in "${files[@]}"; do
    name="$(basename "$f").Tests.ps1"
    # the whole folder: some tests read files beside them (I18n's culture folders)
    git --git-dir="$repo" archive HEAD "test/powershell/$(dirname "$f")" | tar -x -C "$work" --strip-components=2
    if (( verbose )); then
        "$root/bin/jposh" -c "$setup '$work/$(dirname "$f")'; Invoke-Pester -Script './$name' -Show All" || true
    fi
    line="$("$root/bin/jposh" -c "$setup '$work/$(dirname "$f")'; \$r = Invoke-Pester './$name' -PassThru -Show None; '{0} {1} {2} {3}' -f \$r.PassedCount, \$r.FailedCount, (\$r.SkippedCount + \$r.PendingCount), \$r.TotalCount" 2>/dev/null | tail -1 || true)"
    read -r passed failed skipped total <<< "${line:-0 0 0 0}"
    printf '| %-55s | %6s | %6s | %6s | %6s |\n' "$f.Tests.ps1" "$passed" "$failed" "$skipped" "$total"
    total_passed=$((total_passed + passed)); total_all=$((total_all + total))
done
echo "passed $total_passed of $total_all"
