#!/usr/bin/env bash
# Mutation testing of the core library with Stryker.NET (the local tool in dotnet-tools.json), one folder at a time.
#
# Usage: eng/mutation.sh [folder...]        (default: every folder below, in this order)
#   folders: Change FriendsAndFamily Engine Definitions CoreFamily Forms
#
# Each folder is one Stryker run over tests/OutcomeScoring.Tests (Microsoft.Testing.Platform runner, one test session
# at a time, under `nice -n 10`: the machine is shared). Reports go to artifacts/mutation/<folder>/ (HTML and JSON);
# the summary table is written to artifacts/mutation/summary.md and printed. Exits 1 when any folder scores below its
# threshold (MUTATION_THRESHOLD overrides them all), 2 when a run fails. Not part of .ci/run: a run of every folder
# takes about an hour on a 2-core machine. Record the last table and its date in docs/testing.md.
#
# Environment: MUTATION_THRESHOLD (percent, default per folder below), MUTATION_CONCURRENCY (default 1),
# MUTATION_SINCE (a git commit: mutate only lines changed since it, Stryker's --since).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# The folders and what each mutates (globs relative to src/OutcomeScoring). "Engine" is the scoring engine: its
# internal machinery and the public engine types at the library root; "Definitions" is the definition data and its
# stages (the JSON reader and writer, stage checks, calibration, value sets, lowest-rated); "Forms" is the form reader
# that the command line reads CSV through.
declare -A globs=(
  [Change]='Change/**/*.cs'
  [FriendsAndFamily]='FriendsAndFamily/**/*.cs'
  [CoreFamily]='CoreFamily/**/*.cs'
  [Forms]='Forms/**/*.cs'
  [Engine]='Engine/ScorePlan.cs Engine/ItemPoints.cs Engine/InstrumentValidation.cs Engine/BuiltInDefinitions.cs Instrument.cs Instrument.Batch.cs Instrument.Points.cs InstrumentResult.cs ResponseScale.cs ScoreDefinition.cs Score.cs ScoringOutcome.cs ScoringError.cs SeverityBanding.cs CutoffReference.cs CutoffLookup.cs AnswerCodes.cs Answer.cs'
  [Definitions]='Engine/InstrumentJson.cs Engine/InstrumentJson.Stages.cs Engine/JsonLayout.cs Engine/StageChecks.cs Instrument.Json.cs DefinitionStage.cs CalibrationStage.cs ValueSetStage.cs ValueSetDimension.cs ValueSetTerm.cs LowestRatedStage.cs ItemLevels.cs StageResult.cs StageOutput.cs'
)
declare -A thresholds=([Change]=90 [FriendsAndFamily]=90 [CoreFamily]=90 [Forms]=90 [Engine]=90 [Definitions]=90)
order=(Change FriendsAndFamily Engine Definitions CoreFamily Forms)

folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=("${order[@]}")
for folder in "${folders[@]}"; do
  [ -n "${globs[$folder]:-}" ] || { echo "error: unknown folder '$folder' (known: ${order[*]})" >&2; exit 2; }
done

dotnet tool restore >/dev/null
out=$root/artifacts/mutation
mkdir -p "$out"
failed=0
for folder in "${folders[@]}"; do
  args=()
  for glob in ${globs[$folder]}; do
    args+=(--mutate "**/src/OutcomeScoring/$glob")
  done
  [ -z "${MUTATION_SINCE:-}" ] || args+=(--since "$MUTATION_SINCE")
  rm -rf "${out:?}/$folder"
  echo "== $folder: Stryker started $(date -u '+%Y-%m-%d %H:%M') UTC" >&2
  start=$(date +%s)
  if ! (cd tests/OutcomeScoring.Tests && nice -n 10 dotnet stryker --test-runner mtp --concurrency "${MUTATION_CONCURRENCY:-1}" \
      --project OutcomeScoring.csproj "${args[@]}" --reporter json --reporter html --reporter progress \
      --output "$out/$folder" --break-at 0 > "$out/$folder.log" 2>&1); then
    echo "error: Stryker failed on $folder; see $out/$folder.log" >&2
    failed=2
    continue
  fi
  echo "$(( $(date +%s) - start ))" > "$out/$folder.seconds"
done

# One row per folder from each run's JSON report (Stryker's mutation-testing-elements schema).
limits=()
for folder in "${folders[@]}"; do limits+=("$folder=${MUTATION_THRESHOLD:-${thresholds[$folder]}}"); done
python3 - "$out" "${limits[@]}" <<'PY' | tee "$out/summary.md"
import json, os, sys
out = sys.argv[1]
limits = dict(arg.split("=", 1) for arg in sys.argv[2:])
print("| folder | mutants | killed | timeout | survived | no coverage | compile error | ignored | score | threshold | minutes |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
below = False
for folder, limit in limits.items():
    limit = float(limit)
    path = os.path.join(out, folder, "reports", "mutation-report.json")
    if not os.path.exists(path):
        print(f"| {folder} | run failed | | | | | | | | | |"); below = True; continue
    counts = {}
    for f in json.load(open(path))["files"].values():
        for m in f["mutants"]:
            counts[m["status"]] = counts.get(m["status"], 0) + 1
    k, t, s, n = (counts.get(x, 0) for x in ("Killed", "Timeout", "Survived", "NoCoverage"))
    valid = k + t + s + n
    score = 100.0 * (k + t) / valid if valid else 100.0
    below |= score < limit
    seconds = open(os.path.join(out, folder + ".seconds")).read().strip() if os.path.exists(os.path.join(out, folder + ".seconds")) else "?"
    minutes = f"{int(seconds) / 60:.0f}" if seconds.isdigit() else "?"
    print(f"| {folder} | {sum(counts.values())} | {k} | {t} | {s} | {n} | {counts.get('CompileError', 0)} | {counts.get('Ignored', 0)} | {score:.1f}% | {limit:.0f}% | {minutes} |")
sys.exit(1 if below else 0)
PY
status=${PIPESTATUS[0]}
[ "$failed" -eq 0 ] || exit "$failed"
exit "$status"
