#!/usr/bin/env python3
"""Asks a SPARQL endpoint over HTTP (standard library only) and prints the
answer as sorted CSV rows without a header, like tests/virtuoso/results.py.

usage: sparql.py ENDPOINT QUERY_FILE|-e QUERY [DEFAULT_GRAPH_IRI...]
The default graph IRIs go out as default-graph-uri parameters (SPARQL 1.1
protocol), so the endpoint's other graphs stay out of the answer."""
import json
import subprocess
import sys
import urllib.parse
import urllib.request

endpoint, q = sys.argv[1], sys.argv[2]
rest = sys.argv[3:]
if q == "-e":
    query, graphs = rest[0], rest[1:]
else:
    query, graphs = open(q, encoding="utf-8").read(), rest
params = [("query", query)] + [("default-graph-uri", g) for g in graphs]
req = urllib.request.Request(endpoint, data=urllib.parse.urlencode(params).encode(),
                             headers={"Accept": "application/sparql-results+json"})
with urllib.request.urlopen(req, timeout=30) as r:
    data = r.read()
here = __file__.rsplit("/", 1)[0]
out = subprocess.run([sys.executable, here + "/results.py"], input=data, capture_output=True,
                     check=True)
sys.stdout.write(out.stdout.decode("utf-8"))
