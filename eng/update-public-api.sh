#!/usr/bin/env bash
# Adds every public symbol the build reports as untracked (RS0016) to a project's PublicAPI.Unshipped.txt.
# Usage: eng/update-public-api.sh [project-folder]   (default: src/OutcomeScoring)
# Run it after a deliberate public API change, then review the diff of PublicAPI.Unshipped.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-src/OutcomeScoring}
dir=${dir%/}
project=$(ls "$dir"/*.csproj | head -n 1)
api=$dir/PublicAPI.Unshipped.txt
[ -f "$api" ] || printf '#nullable enable\n' > "$api"
[ -f "$dir/PublicAPI.Shipped.txt" ] || printf '#nullable enable\n' > "$dir/PublicAPI.Shipped.txt"
dotnet build "$project" --no-incremental 2>&1 \
  | grep -o "error RS0016: Symbol '.*' is not part of the declared public API" \
  | sed -E "s/^error RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" \
  | sort -u >> "$api" || true
{ head -n 1 "$api"; tail -n +2 "$api" | sort -u; } > "$api.tmp" && mv "$api.tmp" "$api"
dotnet build "$project" 2>&1 | grep -E "error RS00(16|17)" | sort -u || echo "public API file is up to date"
