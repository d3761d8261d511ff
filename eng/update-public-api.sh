#!/usr/bin/env bash
# Adds every public symbol the build reports as untracked (RS0016) to src/OutcomeScoring/PublicAPI.Unshipped.txt.
# Run it after a deliberate public API change, then review the diff of PublicAPI.Unshipped.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/OutcomeScoring/OutcomeScoring.csproj
api=src/OutcomeScoring/PublicAPI.Unshipped.txt
dotnet build "$project" --no-incremental 2>&1 \
  | grep -o "error RS0016: Symbol '.*' is not part of the declared public API" \
  | sed -E "s/^error RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" \
  | sort -u >> "$api" || true
{ head -n 1 "$api"; tail -n +2 "$api" | sort -u; } > "$api.tmp" && mv "$api.tmp" "$api"
dotnet build "$project" 2>&1 | grep -E "error RS00(16|17)" | sort -u || echo "public API file is up to date"
