#!/usr/bin/env bash
# Extracts the .ps1 and .psm1 files of public PowerShell repositories into grammar/corpus/files (git-ignored),
# parses them with `jposh -Parse` and reports the parse rate per repository (details in corpus/results/).
#
#   grammar/corpus/fetch-corpus.sh            uses bare mirrors under $JPOSH_MIRRORS (default /work/.mirror,
#                                              laid out as OWNER+NAME/repo), cloning into corpus/clones otherwise
#
# Build the launcher first: ./build -q -o package -DskipTests
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
mirrors=${JPOSH_MIRRORS:-/work/.mirror}
repos=(PowerShell/PowerShell pester/Pester PowerShell/PSScriptAnalyzer dataplat/dbatools
       chocolatey-community/chocolatey-packages)

mkdir -p "$here/files" "$here/results" "$here/clones"
printf '%-42s %-10s %7s %7s %8s\n' repository commit files parsed rate
for repo in "${repos[@]}"; do
    name=${repo//\//+}
    git_dir="$mirrors/$name/repo"
    if [ ! -d "$git_dir" ]; then
        git_dir="$here/clones/$name.git"
        [ -d "$git_dir" ] || git clone -q --bare --depth 1 "https://github.com/$repo" "$git_dir"
    fi
    commit=$(git -C "$git_dir" rev-parse --short HEAD)
    out="$here/files/$name"
    rm -rf "$out"
    mkdir -p "$out"
    # Pathspecs, not tar wildcards: a mirror may lack some large blobs, which only matters if they are archived.
    git -C "$git_dir" archive HEAD -- ':(glob,icase)**/*.ps1' ':(glob,icase)**/*.psm1' 2>/dev/null \
        | tar -x -C "$out"
    "$root/bin/jposh" -Parse "$out" > "$here/results/$name.txt" || true
    summary=$(tail -n 1 "$here/results/$name.txt")
    files=$(awk '{print $1}' <<< "$summary")
    parsed=$(awk '{print $3}' <<< "$summary")
    rate=$(sed -n 's/.*(\(.*\)% parsed).*/\1/p' <<< "$summary")
    printf '%-42s %-10s %7s %7s %7s%%\n' "$repo" "$commit" "$files" "$parsed" "$rate"
done
