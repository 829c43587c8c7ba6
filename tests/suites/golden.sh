#!/bin/sh
# golden.sh: the CLI as a black box against the golden graphs.
#
# tests/golden/<case>/ holds article.txt (or article.html), an optional args
# file (extra CLI flags, whitespace-separated, no quoting) and expected.nt
# (sorted N-Triples, written only by `make golden-update` and reviewed at
# commit). Each case runs once per output format and is compared as a graph
# with build/rdfeq, never as text. A case without expected.nt fails: nothing
# is skipped silently. Every nkg: term in a golden must be declared in
# ontology/newskg.ttl.
# Prints "ok ..." / "FAIL ..." per check and "N passed, N failed" last.

cd "$(dirname "$0")/../.." || exit 1
. tests/lib.sh
cli_env
FORMATS="ntriples turtle rdfxml nquads"
ONTOLOGY=ontology/newskg.ttl
NKG_NS=http://newskg.org/ontology#
need_binaries "$NKG" "$RDFEQ"
make_tmp golden

# Terms the ontology declares: subjects of its triples.
declared=$tmp/declared
if "$RDFEQ" -i turtle --print "$ONTOLOGY" 2>"$tmp/ont.err" | awk '{ print $1 }' | sort -u >"$declared" &&
  [ -s "$declared" ]; then
  ok "$ONTOLOGY parses ($(grep -c '' "$declared") subjects)"
else
  bad "$ONTOLOGY missing or does not parse: $(head -c 300 "$tmp/ont.err")"
fi

ncases=0
for c in tests/golden/*/; do
  golden_case "$c" || continue
  ncases=$((ncases + 1))
  exp=$c/expected.nt
  if [ ! -f "$exp" ]; then
    bad "$case: no expected.nt yet: run 'make golden-update' once the extractor is stable, and review the diff"
    continue
  fi
  if ! "$RDFEQ" -i ntriples --count "$exp" >/dev/null 2>"$tmp/$case.experr"; then
    bad "$case: expected.nt does not parse: $(head -c 300 "$tmp/$case.experr")"
    continue
  fi

  # nkg: terms used by the golden must be declared in the ontology.
  if [ -s "$declared" ]; then
    undeclared=$(grep -oE "<${NKG_NS}[^>]*>" "$exp" | sort -u | comm -23 - "$declared" | tr '\n' ' ')
    if [ -z "$undeclared" ]; then ok "$case: every nkg: term is declared in $ONTOLOGY"; else
      bad "$case: nkg: terms not declared in $ONTOLOGY: $undeclared"
    fi
  fi

  for fmt in $FORMATS; do
    out=$tmp/$case.$fmt
    nkg_run "$case $fmt" "$out" "$fmt" "$args" "$art" || continue
    same_graph "$exp" "$fmt" "$out" "$case $fmt: graph equals expected.nt" \
      "$case $fmt: differs from expected.nt"
  done
done
if [ "$ncases" -ge 2 ]; then ok "$ncases golden cases"; else bad "want at least 2 golden cases, found $ncases"; fi

finish
