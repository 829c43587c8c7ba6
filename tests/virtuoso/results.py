#!/usr/bin/env python3
"""SPARQL JSON results (file argv[1], or stdin) -> sorted CSV rows, no header.

Both sides of the endpoint comparison go through this, so Virtuoso's and
rasqal's ways of writing CSV (quoting, typed literals) do not matter: only
the values are compared. Unbound values are empty."""
import csv
import io
import json
import sys

data = json.load(open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin)
if "boolean" in data:
    print("true" if data["boolean"] else "false")
    sys.exit(0)
names = data["head"]["vars"]
rows = []
for b in data["results"]["bindings"]:
    rows.append([b[n]["value"] if n in b else "" for n in names])
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
for r in sorted(rows):
    w.writerow(r)
sys.stdout.write(out.getvalue())
