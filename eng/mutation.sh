#!/usr/bin/env bash
# Mutation testing of the core library with Stryker.NET (the local tool in dotnet-tools.json).
#
# Usage: eng/mutation.sh [folder...]        (default: every folder below, in this order)
#   folders: Change FriendsAndFamily Engine Definitions CoreFamily Forms
#
# Each folder is one Stryker run over tests/OutcomeScoring.Tests (Microsoft.Testing.Platform runner, one test session
# at a time, under `nice -n 10`: the machine is shared). With MUTATION_COMBINED=1 the folders given share one run:
# Stryker compiles every mutant of the project and captures per-test coverage once per run (about 20 minutes of a
# 25-minute run on a loaded 2-core machine), so one run of several folders is much shorter than one run each.
# Reports go to artifacts/mutation/<run>/reports (HTML and JSON); the summary table, one row per folder whatever the
# runs, goes to artifacts/mutation/summary.md and is printed. Exits 1 when a folder scores below its threshold
# (MUTATION_THRESHOLD overrides them all), 2 when a run fails. Not part of .ci/run. Record the table and its date in
# docs/testing.md, with every survivor fixed by a test or explained there.
#
# Environment: MUTATION_COMBINED (1: one run for all the folders given), MUTATION_THRESHOLD (percent; default per folder
# below), MUTATION_CONCURRENCY (default 1), MUTATION_SINCE (a git commit: mutate only code changed since, --since).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# What each folder mutates (files under src/OutcomeScoring). "Engine" is the scoring engine: its internal machinery
# and the public engine types at the library root; "Definitions" is the definition data and its stages (the JSON
# reader and writer, stage checks, calibration, value sets, lowest-rated); "Forms" is the form reader that the command
# line reads CSV through.
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

run() { # run name, folders...
  local name=$1 args=() folder glob start
  shift
  for folder in "$@"; do
    for glob in ${globs[$folder]}; do
      args+=(--mutate "**/src/OutcomeScoring/$glob")
    done
  done
  [ -z "${MUTATION_SINCE:-}" ] || args+=(--since "$MUTATION_SINCE")
  rm -rf "${out:?}/$name"
  echo "== $*: Stryker started $(date -u '+%Y-%m-%d %H:%M') UTC" >&2
  start=$(date +%s)
  # OUTCOME_SCORING_NO_TIMING: the suite's one wall-clock limit is not checked under Stryker (a failing initial test
  # run stops Stryker, and under its instrumentation on a loaded machine the clock measures the load).
  if ! (cd tests/OutcomeScoring.Tests && OUTCOME_SCORING_NO_TIMING=1 nice -n 10 dotnet stryker --test-runner mtp --concurrency "${MUTATION_CONCURRENCY:-1}" \
      --project OutcomeScoring.csproj "${args[@]}" --reporter json --reporter html --reporter progress \
      --output "$out/$name" --break-at 0 > "$out/$name.log" 2>&1); then
    echo "error: Stryker failed on $*; see $out/$name.log" >&2
    failed=2
    return
  fi
  echo "$(( $(date +%s) - start ))" > "$out/$name.seconds"
}

if [ "${MUTATION_COMBINED:-0}" = 1 ]; then
  run combined "${folders[@]}"
  reports=("$out/combined")
else
  reports=()
  for folder in "${folders[@]}"; do
    run "$folder" "$folder"
    reports+=("$out/$folder")
  done
fi

# One row per folder: each mutant is counted in the folder whose globs match its file (Stryker's JSON report,
# mutation-testing-elements schema). Score = (killed + timeout) / (killed + timeout + survived + no coverage).
spec=()
for folder in "${folders[@]}"; do spec+=("$folder=${MUTATION_THRESHOLD:-${thresholds[$folder]}}=${globs[$folder]}"); done
python3 - "${#reports[@]}" "${reports[@]}" "${spec[@]}" <<'PY' | tee "$out/summary.md"
import json, os, re, sys
count = int(sys.argv[1])
reports, specs = sys.argv[2:2 + count], sys.argv[2 + count:]

def pattern(glob):
    text = re.escape(glob).replace(r"\*\*/", "(?:.*/)?").replace(r"\*", "[^/]*")
    return re.compile("(?:.*/)?src/OutcomeScoring/" + text + "$")

folders = []
for spec in specs:
    name, limit, globs = spec.split("=", 2)
    folders.append((name, float(limit), [pattern(g) for g in globs.split()]))
counts = {name: {} for name, _, _ in folders}
missing = set(name for name, _, _ in folders)
for report in reports:
    path = os.path.join(report, "reports", "mutation-report.json")
    if not os.path.exists(path):
        continue
    for file, data in json.load(open(path))["files"].items():
        name = next((n for n, _, pats in folders if any(p.match(file.replace("\\", "/")) for p in pats)), None)
        # A folder's own run counts only its files (the others appear there too, every mutant ignored or not compiled).
        if name is None or os.path.basename(report) not in (name, "combined"):
            continue
        missing.discard(name)
        for mutant in data["mutants"]:
            counts[name][mutant["status"]] = counts[name].get(mutant["status"], 0) + 1
print("| folder | mutants | killed | timeout | survived | no coverage | compile error | score | threshold |")
print("|---|---|---|---|---|---|---|---|---|")
below = False
for name, limit, _ in folders:
    c = counts[name]
    if name in missing:
        print(f"| {name} | no report | | | | | | | {limit:.0f}% |"); below = True; continue
    k, t, s, n = (c.get(x, 0) for x in ("Killed", "Timeout", "Survived", "NoCoverage"))
    valid = k + t + s + n
    score = 100.0 * (k + t) / valid if valid else 100.0
    below |= score < limit
    print(f"| {name} | {valid} | {k} | {t} | {s} | {n} | {c.get('CompileError', 0)} | {score:.1f}% | {limit:.0f}% |")
sys.exit(1 if below else 0)
PY
status=${PIPESTATUS[0]}
[ "$failed" -eq 0 ] || exit "$failed"
exit "$status"
