#!/usr/bin/env bash
# Mutation testing of the core library with Stryker.NET (the local tool in dotnet-tools.json).
#
# Usage: eng/mutation.sh [folder or part...]  (default: every folder below, in this order; a folder runs all its parts)
#   folders: Change FriendsAndFamily Engine Definitions CoreFamily Forms
#   parts: Engine.scoring Engine.types Engine.batch Engine.validation Engine.validation.parts Definitions.json
#   Definitions.stages (the other folders are one part each)
#
# Each part is one Stryker run over tests/OutcomeScoring.Tests (Microsoft.Testing.Platform runner, one test session
# at a time, under `nice -n 10`: the machine is shared). With MUTATION_COMBINED=1 the parts given share one run:
# Stryker compiles every mutant of the project and captures per-test coverage once per run (5 to 20 minutes on a
# 2-core machine, depending on its load), so one run of several small parts is shorter than one run each.
# Reports go to artifacts/mutation/<run>/reports (HTML and JSON). The summary table, one row per folder given, adds up
# the latest report of each of the folder's parts, from this invocation or an earlier one, and goes to
# artifacts/mutation/summary.md and is printed. Exits 1 when a folder scores below its threshold or lacks a part's
# report (MUTATION_THRESHOLD overrides them all), 2 when a run fails. Not part of .ci/run. Record the table and its
# date in docs/testing.md, with every survivor fixed by a test or explained there.
#
# Environment: MUTATION_COMBINED (1: one run for all the parts given), MUTATION_ARGS (more Stryker options, e.g.
# "--verbosity debug" to log each mutant's test run), MUTATION_ADDITIONAL_TIMEOUT (ms added to each mutant's time limit,
# default 15000), MUTATION_THRESHOLD (percent; default per folder
# below), MUTATION_CONCURRENCY (default 1), MUTATION_SINCE (a git commit: mutate only code changed since, --since).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# What each folder mutates (files under src/OutcomeScoring), in parts: a part is one Stryker run, and a folder's row in
# the summary adds up its parts' latest reports. "Engine" is the scoring engine: its internal machinery and the public
# engine types at the library root; "Definitions" is the definition data and its stages (the JSON reader and writer,
# stage checks, calibration, value sets, lowest-rated); "Forms" is the form reader that the command line reads CSV
# through. Engine and Definitions are split because nearly every test scores through `Instrument`, so many of their
# mutants run most of the suite: a part can be run, and run again, on its own (docs/testing.md has the times seen).
# FILE:FROM-TO mutates only those lines of a file (TO left out: to its end); the definition checks are split so that
# each part's run fits in a working session (their mutants are reached while the built-in definitions load, so Stryker
# runs the whole suite for each). Keep the ranges of one file contiguous, or the lines between are never mutated.
declare -A globs=(
  [Change]='Change/**/*.cs'
  [FriendsAndFamily]='FriendsAndFamily/**/*.cs'
  [CoreFamily]='CoreFamily/**/*.cs'
  [Forms]='Forms/**/*.cs'
  [Engine.scoring]='Instrument.cs Instrument.Points.cs Engine/ScorePlan.cs Engine/ItemPoints.cs InstrumentResult.cs Score.cs ScoringOutcome.cs ScoringError.cs'
  [Engine.types]='ResponseScale.cs ScoreDefinition.cs SeverityBanding.cs CutoffReference.cs CutoffLookup.cs CutoffComparison.cs AnswerCodes.cs Answer.cs CompanionCountStage.cs'
  [Engine.batch]='Instrument.Batch.cs Instrument.Columns.cs ColumnarScores.cs Engine/ColumnKernel.cs'
  [Engine.validation]='Engine/InstrumentValidation.cs:1-259 Engine/BuiltInDefinitions.cs'
  [Engine.validation.parts]='Engine/InstrumentValidation.cs:260-'
  [Definitions.json]='Engine/InstrumentJson.cs Engine/JsonLayout.cs Instrument.Json.cs'
  [Definitions.stages]='Engine/InstrumentJson.Stages.cs Engine/StageChecks.cs DefinitionStage.cs CalibrationStage.cs ValueSetStage.cs ValueSetDimension.cs ValueSetTerm.cs LowestRatedStage.cs ItemLevels.cs StageResult.cs StageOutput.cs'
)
# The test classes each part's run starts with (OUTCOME_SCORING_MUTATION_FIRST, read by the test project's MUTATION build,
# tests/OutcomeScoring.Tests/MutationTestOrder.cs): the tests written for the part's code. The same tests run, so the
# score is the same, but the suite stops at its first failure, so a mutant run against the whole suite (Stryker does so
# for every mutant reached while the built-in definitions load) is killed in seconds instead of when its tests come up.
declare -A firsts=(
  [Engine.scoring]='BadInputTests StageTests ResultDisplayTests SumAndNotApplicableTests BatchTests'
  [Engine.types]='ResponseScaleTests ScoreDefinitionTests SeverityBandingTests AnswerCodesTests AnswerTests CompanionCountStageTests CutoffLookupTests'
  [Engine.batch]='BatchTests ColumnBatchTests ColumnarScoresTests ByteBatchTests'
  [Engine.validation]='InstrumentValidationTests InstrumentDefinitionTests'
  [Engine.validation.parts]='InstrumentValidationTests InstrumentDefinitionTests'
  [Definitions.json]='InstrumentJsonReaderTests JsonLayoutTests InstrumentJsonTests InstrumentDefinitionTests'
  [Definitions.stages]='InstrumentJsonStagesTests StageChecksTests ValueSetStageTests CalibrationStageTests LowestRatedStageTests StageResultTests DefinitionStageTests'
)
declare -A thresholds=([Change]=90 [FriendsAndFamily]=90 [CoreFamily]=90 [Forms]=90 [Engine]=90 [Definitions]=90)
order=(Change FriendsAndFamily Engine Definitions CoreFamily Forms)

parts_of() { # folder or part -> its parts, in the table's order
  local name=$1 part
  if [ -n "${globs[$name]:-}" ]; then echo "$name"; return; fi
  for part in $(printf '%s\n' "${!globs[@]}" | sort); do
    [ "${part%%.*}" != "$name" ] || echo "$part"
  done
}

names=("$@")
[ ${#names[@]} -gt 0 ] || names=("${order[@]}")
parts=() folders=()
for name in "${names[@]}"; do
  found=$(parts_of "$name")
  [ -n "$found" ] || { echo "error: unknown folder or part '$name' (folders: ${order[*]}; parts: $(printf '%s\n' "${!globs[@]}" | grep -F . | sort | tr '\n' ' '))" >&2; exit 2; }
  for part in $found; do parts+=("$part"); done
  folder=${name%%.*}
  [[ " ${folders[*]} " == *" $folder "* ]] || folders+=("$folder")
done

dotnet tool restore >/dev/null
out=$root/artifacts/mutation
mkdir -p "$out"
failed=0
trap 'rm -f tests/OutcomeScoring.Tests/bin/*/*/OutcomeScoring.Tests.xunit.runner.json' EXIT

span() { # glob -> Stryker's --mutate pattern: a glob as is; FILE:FROM-TO (lines, TO may be left out) as FILE{first..last}
  # character offsets, so one file's mutants can be split between parts
  local glob=$1 file from to
  [[ "$glob" =~ ^(.+):([0-9]+)-([0-9]*)$ ]] || { echo "$glob"; return; }
  file=${BASH_REMATCH[1]} from=${BASH_REMATCH[2]} to=${BASH_REMATCH[3]}
  python3 - "src/OutcomeScoring/$file" "$from" "$to" <<'PY'
import sys
path, first, last = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = open(path, encoding="utf-8-sig").read().splitlines(keepends=True)
last = int(last) if last else len(lines)
start = sum(len(l) for l in lines[:first - 1])
end = sum(len(l) for l in lines[:last])
print(f"{sys.argv[1].split('src/OutcomeScoring/', 1)[1]}{{{start}..{end}}}")
PY
}

run() { # run name, parts...
  local name=$1 args=() part glob class start first=()
  shift
  for part in "$@"; do
    for class in ${firsts[$part]:-}; do first+=("$class"); done
    for glob in ${globs[$part]}; do
      args+=(--mutate "**/src/OutcomeScoring/$(span "$glob")")
    done
  done
  [ -z "${MUTATION_SINCE:-}" ] || args+=(--since "$MUTATION_SINCE")
  rm -rf "${out:?}/$name"
  # Stryker's time limit for a mutant is its covering tests' time in the initial run, doubled, plus an additional
  # timeout (5 s by default, settable only in a configuration file). A surviving mutant runs every covering test on the
  # reused test host, and with the default a survivor that ran a little slowly was counted as a timeout, that is, as
  # detected (docs/testing.md). MUTATION_ADDITIONAL_TIMEOUT (ms, default 15000) gives every mutant that much more.
  printf '{ "stryker-config": { "additional-timeout": %d } }\n' "${MUTATION_ADDITIONAL_TIMEOUT:-15000}" > "$out/stryker-config.json"
  echo "== $*: Stryker started $(date -u '+%Y-%m-%d %H:%M') UTC" >&2
  start=$(date +%s)
  # OUTCOME_SCORING_NO_TIMING: the suite's one wall-clock limit is not checked under Stryker (a failing initial test
  # run stops Stryker, and under its instrumentation on a loaded machine the clock measures the load).
  # OUTCOME_SCORING_MUTATION: Stryker's build of the test project copies an xunit configuration that stops a test run
  # at its first failure (see the test project); without it every mutant runs every test that covers it, about 20 s
  # for a mutant of the engine. The EXIT trap above deletes the copy, so later test runs of the same build run every test.
  # Keep a copy of Stryker's build of the test project (every mutant compiled in) for eng/mutation-retest.py, taken when
  # Stryker logs how many mutants it will test: by then the mutated library is in the test project's output.
  rm -rf "${out:?}/$name.build" "$out/$name.log"
  (while sleep 10; do
     [ -e "$out/$name.log" ] || continue
     if grep -q "total mutants will be tested" "$out/$name.log"; then
       cp -r tests/OutcomeScoring.Tests/bin/Debug/net10.0 "$out/$name.build"
       break
     fi
   done) &
  local keeper=$!
  if ! (cd tests/OutcomeScoring.Tests && OUTCOME_SCORING_MUTATION=1 OUTCOME_SCORING_NO_TIMING=1 OUTCOME_SCORING_MUTATION_FIRST="$(IFS=,; echo "${first[*]}")" nice -n 10 dotnet stryker --test-runner mtp --concurrency "${MUTATION_CONCURRENCY:-1}" \
      --project OutcomeScoring.csproj "${args[@]}" --reporter json --reporter html --reporter progress \
      --output "$out/$name" --break-at 0 --config-file "$out/stryker-config.json" ${MUTATION_ARGS:-} > "$out/$name.log" 2>&1); then
    kill "$keeper" 2>/dev/null || true
    echo "error: Stryker failed on $*; see $out/$name.log" >&2
    failed=2
    return
  fi
  kill "$keeper" 2>/dev/null || true
  # What the run mutated, for the summary (a later run of a part replaces its earlier one there).
  printf '%s\n' "$@" > "$out/$name/parts.txt"
  echo "$(( $(date +%s) - start ))" > "$out/$name.seconds"
}

if [ "${MUTATION_COMBINED:-0}" = 1 ]; then
  run "$(IFS=+; echo "${parts[*]}")" "${parts[@]}"
else
  for part in "${parts[@]}"; do
    run "$part" "$part"
  done
fi

# One row per folder given, from the latest report of each of its parts (every run under artifacts/mutation, this one
# or earlier, each listing its parts in parts.txt): each mutant counts in the part whose globs match its file (Stryker's
# JSON report, mutation-testing-elements schema). Score = (killed + timeout) / (killed + timeout + survived + no coverage).
spec=()
for folder in "${folders[@]}"; do
  for part in $(parts_of "$folder"); do spec+=("$folder=${MUTATION_THRESHOLD:-${thresholds[$folder]}}=$part=${globs[$part]}"); done
done
python3 - "$out" "${spec[@]}" <<'PY' | tee "$out/summary.md"
import datetime, json, os, re, sys
out, specs = sys.argv[1], sys.argv[2:]

def pattern(glob):
    glob = re.sub(r":[0-9]+-[0-9]*$", "", glob)  # a part that mutates some lines of a file counts that file's mutants it tested
    text = re.escape(glob).replace(r"\*\*/", "(?:.*/)?").replace(r"\*", "[^/]*")
    return re.compile("(?:.*/)?src/OutcomeScoring/" + text + "$")

folders, parts = {}, {}
for spec in specs:
    folder, limit, part, globs = spec.split("=", 3)
    folders.setdefault(folder, (float(limit), []))[1].append(part)
    parts[part] = [pattern(g) for g in globs.split()]
latest = {}  # part -> (time, report path)
for run in os.listdir(out):
    report = os.path.join(out, run, "reports", "mutation-report.json")
    listed = os.path.join(out, run, "parts.txt")
    if not (os.path.exists(report) and os.path.exists(listed)):
        continue
    when = os.path.getmtime(report)
    for part in open(listed).read().split():
        if part in parts and (part not in latest or latest[part][0] < when):
            latest[part] = (when, report)
loaded = {}
fmt = lambda x: datetime.datetime.fromtimestamp(x, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")
print("| folder | run (UTC) | mutants | killed | timeout | survived | no coverage | compile error | score | threshold |")
print("|---|---|---|---|---|---|---|---|---|---|")
below = False
for folder, (limit, names) in folders.items():
    missing = [p for p in names if p not in latest]
    if missing:
        print(f"| {folder} | no report for {', '.join(missing)} | | | | | | | | {limit:.0f}% |"); below = True; continue
    c, times = {}, []
    for part in names:
        when, report = latest[part]
        times.append(when)
        files = loaded.setdefault(report, json.load(open(report))["files"])
        for file, data in files.items():
            if any(p.match(file.replace("\\", "/")) for p in parts[part]):
                for mutant in data["mutants"]:
                    c[mutant["status"]] = c.get(mutant["status"], 0) + 1
    k, t, s, n = (c.get(x, 0) for x in ("Killed", "Timeout", "Survived", "NoCoverage"))
    valid = k + t + s + n
    score = 100.0 * (k + t) / valid if valid else 100.0
    below |= score < limit
    span = fmt(min(times)) if min(times) == max(times) else f"{fmt(min(times))} to {fmt(max(times))}"
    print(f"| {folder} | {span} | {valid} | {k} | {t} | {s} | {n} | {c.get('CompileError', 0)} | {score:.1f}% | {limit:.0f}% |")
sys.exit(1 if below else 0)
PY
status=${PIPESTATUS[0]}
[ "$failed" -eq 0 ] || exit "$failed"
exit "$status"
