#!/usr/bin/env bash
# Fuzzes the readers of untrusted input with SharpFuzz and AFL++ (issue 21), each target for a fixed time.
#
# Usage: eng/fuzz.sh [seconds-per-target] [target...]     (default: 300 seconds; targets csv definition calibration
#        index-spec fhir)
#
# Needs afl-fuzz (Debian: apt-get install afl++) and the local tools (dotnet tool restore: SharpFuzz.CommandLine).
# Builds eng/fuzz/OutcomeScoring.Fuzz (not in OutcomeScoring.sln), instruments the project's assemblies with
# `sharpfuzz`, seeds each target from samples/ and the built-in definitions, and runs afl-fuzz under `nice -n 10`.
# Findings go to artifacts/fuzz/<target>/default/crashes and hangs; each crash is replayed once on an uninstrumented
# build to print its stack trace (`dotnet artifacts/fuzz/plain/OutcomeScoring.Fuzz.dll <target> <file>` does the
# same), and the summary table goes to artifacts/fuzz/summary.md. Every crash found must become a regression test
# (docs/testing.md). Exits 1 when a target found a crash. Not part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv definition calibration index-spec fhir)
command -v afl-fuzz >/dev/null || { echo "error: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }

out=$root/artifacts/fuzz
bin=$out/bin
mkdir -p "$out"
dotnet tool restore >/dev/null
plain=$out/plain
dotnet build eng/fuzz/OutcomeScoring.Fuzz -c Release -o "$plain" -nologo > "$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 2; }
rm -rf "$bin"
cp -r "$plain" "$bin"
# Only the project's own assemblies are instrumented: coverage feedback comes from the code under test. Crashes are
# replayed on the plain copy: instrumented code outside afl-fuzz writes to a coverage map that is not there.
for assembly in OutcomeScoring.dll OutcomeScoring.Fhir.dll outcome-scoring.dll; do
  dotnet sharpfuzz "$bin/$assembly" >/dev/null
done

seed() { # target, files...
  local dir=$out/seeds/$1
  shift
  rm -rf "$dir"
  mkdir -p "$dir"
  local i=0
  for file in "$@"; do
    # Seeds above AFL++'s 1 MB limit would be refused; the samples are far smaller.
    head -c 65536 "$file" > "$dir/seed-$i"
    i=$((i + 1))
  done
}
seed_csv() { # the first byte picks the command (Targets.CsvCommands), the rest is the file
  local dir=$out/seeds/csv
  rm -rf "$dir"
  mkdir -p "$dir"
  local i=0
  while [ $# -gt 0 ]; do
    { printf "\\x$(printf %02x "$1")"; head -c 16384 "$2"; } > "$dir/seed-$i"
    i=$((i + 1))
    shift 2
  done
}
seed_csv 0 samples/core10.csv 1 samples/core-om.csv 2 samples/yp-core.csv 3 samples/mental-health/phq-9-pairs.csv \
  5 samples/core-sf-a.csv 6 samples/fft-responses.csv 7 samples/funnel-units.csv 8 samples/spc-series.csv \
  9 samples/surveys/p3ceq.csv 10 samples/preference-based/eq-5d-5l.csv
seed definition samples/definitions/made-up-wellbeing.json src/OutcomeScoring/Definitions/core-10.json \
  src/OutcomeScoring/Definitions/core-6d.json src/OutcomeScoring/Definitions/swemwbs.json \
  src/OutcomeScoring/Definitions/eq-5d-3l.json src/OutcomeScoring/Definitions/p3ceq.json
seed calibration samples/pam-13-calibration.made-up.json samples/pam-13-table.made-up.json
seed index-spec samples/index/spec.json
seed fhir eng/fuzz/seeds/fhir/*.json

# AFL++ with a .NET target: the fork server is SharpFuzz's, the binary is not instrumented natively, crashes are
# .NET exceptions, and the machine's core pattern is not ours to change.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
export AFL_MAP_SIZE=65536 DOTNET_TieredPGO=0
printf '| target | seconds | executions | paths | crashes | hangs |\n|---|---|---|---|---|---|\n' > "$out/summary.md"
found=0
for target in "${targets[@]}"; do
  rm -rf "${out:?}/$target"
  echo "== $target: afl-fuzz for $seconds s from $(date -u '+%Y-%m-%d %H:%M') UTC" >&2
  nice -n 10 afl-fuzz -V "$seconds" -t 10000 -m none -i "$out/seeds/$target" -o "$out/$target" \
    -- dotnet "$bin/OutcomeScoring.Fuzz.dll" "$target" > "$out/$target.log" 2>&1 || true
  stats=$out/$target/default/fuzzer_stats
  value() { sed -n "s/^$1 *: *//p" "$stats" 2>/dev/null || true; }
  crashes=$(find "$out/$target/default/crashes" -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(find "$out/$target/default/hangs" -name 'id:*' 2>/dev/null | wc -l)
  printf '| %s | %s | %s | %s | %s | %s |\n' "$target" "$seconds" "$(value execs_done)" "$(value corpus_count)" "$crashes" "$hangs" >> "$out/summary.md"
  for crash in "$out/$target"/default/crashes/id:*; do
    [ -e "$crash" ] || continue
    found=1
    echo "-- crash $crash" >&2
    dotnet "$plain/OutcomeScoring.Fuzz.dll" "$target" "$crash" 2>&1 | grep -v '^\s*$' | head -n 12 >&2 || true
  done
done
cat "$out/summary.md"
exit "$found"
