#!/usr/bin/env python3
"""Lists the surviving and uncovered mutants of eng/mutation.sh's reports, one line each, grouped by file.

Usage: eng/mutation-survivors.py [run...]   (default: every run under artifacts/mutation)
Each line: status, line:column, mutator, the original source line and Stryker's replacement, so that a survivor can be
turned into a test or explained in docs/testing.md without opening the HTML report.
"""
import json, os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out = os.path.join(root, "artifacts", "mutation")
runs = sys.argv[1:] or sorted(r for r in os.listdir(out) if os.path.exists(os.path.join(out, r, "reports", "mutation-report.json")))
for run in runs:
    report = json.load(open(os.path.join(out, run, "reports", "mutation-report.json")))
    for file, data in sorted(report["files"].items()):
        lines = data["source"].splitlines()
        alive = [m for m in data["mutants"] if m["status"] in ("Survived", "NoCoverage")]
        if not alive:
            continue
        print(f"## {os.path.relpath(file, root) if os.path.isabs(file) else file} ({run}: {len(alive)})")
        for m in sorted(alive, key=lambda m: (m["location"]["start"]["line"], m["location"]["start"]["column"])):
            start = m["location"]["start"]
            source = lines[start["line"] - 1].strip() if start["line"] <= len(lines) else ""
            print(f"{m['status']:10} {start['line']}:{start['column']} {m['mutatorName']}: {source[:110]}  =>  {m.get('replacement', '')[:90]!r}")
