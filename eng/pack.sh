#!/usr/bin/env bash
# Packs every package into the folder given (default: artifacts): OutcomeScoring, OutcomeScoring.Charts,
# OutcomeScoring.Fhir, OutcomeScoring.Sql, and the command-line tool as OutcomeScoring.Cli (the package `dotnet tool install` reads)
# with one package per supported platform and the portable OutcomeScoring.Cli.any (docs/packages.md).
# The version comes from the git tag through MinVer. Symbol packages (.snupkg) hold our own portable PDBs only.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts}"
for project in OutcomeScoring OutcomeScoring.Charts OutcomeScoring.Fhir OutcomeScoring.Sql OutcomeScoring.Cli; do
  dotnet pack "src/$project" -c Release -o "$out"
done
ls -l "$out"
