#!/usr/bin/env python3
"""Runs mutants again, one fresh test process each and no time limit, on Stryker's own build of the test project.

Usage: eng/mutation-retest.py [--whole] [--limit SECONDS] [--skip-method NAME]... <part> [build-folder] [mutant-id...]
  part          a part of eng/mutation.sh whose report is in artifacts/mutation/<part> (its first test classes run first)
  build-folder  a copy of tests/OutcomeScoring.Tests/bin/Debug/net10.0 taken while Stryker ran that part: the library
                in it is Stryker's mutated build, every mutant compiled in and the active one chosen at run time
                (default: artifacts/mutation/<part>.build, the copy eng/mutation.sh keeps)
  mutant-id     the mutants to run (default: the report's timed-out mutants and those whose test host crashed)
  --whole       run the whole suite (without the part's classes) for a mutant that survives the part's own test classes
  --limit       seconds allowed for each of the two runs (default 600); a run that takes longer is stopped: Timeout
  --skip-method a test method not to run (fully qualified; xunit's -method-), for a test of the build found flaky

Why: Stryker counts a mutant that outlasts its limit (its covering tests' time doubled plus an additional timeout) as
detected. Where tests are slow on Stryker's build (the engine's batch paths check the active mutant inside their
scoring loops), a surviving mutant can outlast the limit, so a timeout proves nothing (docs/testing.md). Each mutant
here runs in its own process, the part's own test classes (eng/mutation.sh's `firsts`), stopping at the first failure,
and with --whole then the rest of the suite; it is killed when a test fails or the test process crashes (Stryker calls
a crash of its test host a RuntimeError and leaves it out of the score), survives when every test passes, and times out
when a run outlasts --limit. Without --whole a survivor has passed only the part's own classes: counting it as a
survivor can only lower the score. The result per mutant, with the first failing test and the seconds taken, is printed
and written to artifacts/mutation/<part>.retest.tsv (replacing that file).
"""
import json, os, re, signal, subprocess, sys, time

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
argv = sys.argv[1:]
whole = "--whole" in argv
argv = [a for a in argv if a != "--whole"]
limit = 600
if "--limit" in argv:
    at = argv.index("--limit")
    limit = int(argv[at + 1])
    del argv[at:at + 2]
skipped = []
while "--skip-method" in argv:
    at = argv.index("--skip-method")
    skipped.append(argv[at + 1])
    del argv[at:at + 2]
if len(argv) < 1:
    sys.exit(__doc__)
part, rest = argv[0], argv[1:]
if rest and not rest[0].isdigit():
    build, rest = os.path.abspath(rest[0]), rest[1:]
else:
    build = os.path.join(root, "artifacts", "mutation", f"{part}.build")
dll = os.path.join(build, "OutcomeScoring.Tests.dll")
if not os.path.exists(dll):
    sys.exit(f"error: {dll} does not exist; run eng/mutation.sh {part} (it keeps Stryker's build there), or name a copy of it")
with open(os.path.join(root, "eng", "mutation.sh"), encoding="utf-8") as script:
    match = re.search(r"\[" + re.escape(part) + r"\]='([^']*)'", script.read().split("declare -A firsts", 1)[1])
firsts = match.group(1).split() if match else []

report_path = os.path.join(root, "artifacts", "mutation", part, "reports", "mutation-report.json")
mutants = {}
if os.path.exists(report_path):
    report = json.load(open(report_path, encoding="utf-8"))
    for file, data in report["files"].items():
        lines = data["source"].splitlines()
        for m in data["mutants"]:
            line = m["location"]["start"]["line"]
            mutants[int(m["id"])] = (m["status"], f"{os.path.basename(file)}:{line}", m["mutatorName"],
                                     lines[line - 1].strip() if line <= len(lines) else "", m.get("replacement", ""))
ids = [int(i) for i in rest] or sorted(i for i, m in mutants.items() if m[0] in ("Timeout", "RuntimeError"))
if not ids:
    sys.exit(f"error: no mutant ids given and no timed-out mutant in {report_path}")
if not os.path.exists(os.path.join(build, "OutcomeScoring.Tests.xunit.runner.json")):
    print("warning: the build folder has no xunit configuration that stops at the first failure: every test runs", file=sys.stderr)


def run(mutant, classes, exclude):
    """Runs the named classes (or all but the excluded ones) with the mutant active: (status, first failure)."""
    # The mutant is named by an environment variable (Stryker's VSTest-runner switch), not by STRYKER_MUTANT_FILE (its
    # MTP runner's memory-mapped file, read again at every check of a mutant because its test host runs many mutants):
    # the build reads the variable once, and the part's own test classes ran about 8 times faster for it.
    env = {k: v for k, v in os.environ.items() if not k.startswith("STRYKER_")}
    env.update(STRYKER_MUTANT_ID_CONTROL_VAR="OUTCOME_SCORING_STRYKER_MUTANT", OUTCOME_SCORING_STRYKER_MUTANT=str(mutant),
               OUTCOME_SCORING_NO_TIMING="1", OUTCOME_SCORING_MUTATION_FIRST=",".join(firsts))
    args = ["dotnet", dll, "-noColor", "-noLogo"]
    for c in classes:
        args += ["-class", f"OutcomeScoring.Tests.{c}"]
    for c in exclude:
        args += ["-class-", f"OutcomeScoring.Tests.{c}"]
    for m in skipped:
        args += ["-method-", m]
    process = subprocess.Popen(args, cwd=build, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return "Timeout", f"still running after {limit} s"
    if process.returncode == 0:
        return "Survived", ""
    failed = re.search(r"^\s*(\S.*?) \[FAIL\]\s*$", output, re.M)
    tail = output.strip().splitlines()[-1:] or [f"exit code {process.returncode}"]
    return "Killed", failed.group(1) if failed else f"test process ended with exit code {process.returncode}: {tail[0][:120]}"


rows = []
for mutant in ids:
    start = time.time()
    result, failure = run(mutant, firsts, []) if firsts else ("Survived", "")
    if result == "Survived" and (whole or not firsts):
        result, failure = run(mutant, [], firsts)
    seconds = round(time.time() - start)
    status, where, mutator, source, replacement = mutants.get(mutant, ("?", "?", "?", "", ""))
    rows.append((mutant, result, seconds, failure, status, where, mutator, source[:100], " ".join(replacement.split())[:80]))
    print("\t".join(str(x) for x in rows[-1]), flush=True)

out = os.path.join(root, "artifacts", "mutation", f"{part}.retest.tsv")
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w", encoding="utf-8") as f:
    f.write("mutant\tretest\tseconds\tfirst failure\tstryker\twhere\tmutator\tsource\treplacement\n")
    for row in rows:
        f.write("\t".join(str(x) for x in row) + "\n")
counts = {k: sum(1 for r in rows if r[1] == k) for k in ("Killed", "Timeout", "Survived")}
print(f"{len(rows)} mutants run again ({'the whole suite' if whole else 'the part' + chr(39) + 's own test classes'}): "
      f"{counts['Killed']} killed, {counts['Timeout']} timed out, {counts['Survived']} survived ({os.path.relpath(out, root)})")
