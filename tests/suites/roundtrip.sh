#!/bin/sh
# roundtrip.sh: every output format parses back to the same graph.
#
# For articles/*.txt and tests/golden/*/article.txt (with the case's args):
# Turtle, RDF/XML and N-Quads (graph name ignored) must hold the same set of
# triples as the N-Triples output (build/rdfeq), the N-Triples must be strict
# N-Triples (rapper -i ntriples, when rapper is installed), there must be no
# blank node (rdfeq rejects them) and no empty literal (the source text is
# never empty, so an empty literal means a lost string: the raptor bad-UTF-8
# trap, or an empty span). N-Quads must name one graph for every triple.
# Prints "ok ..." / "FAIL ..." per check and "N passed, N failed" last.

cd "$(dirname "$0")/../.." || exit 1
. tests/lib.sh
cli_env
need_binaries "$NKG" "$RDFEQ"
make_tmp rt

have_rapper=0
command -v rapper >/dev/null 2>&1 && have_rapper=1

list=$tmp/articles
article_list "$list"
if [ -s "$list" ]; then ok "$(grep -c '' "$list") articles"; else bad "no articles found"; fi

EMPTY_LIT=' ""( \.|\^\^|@)'

while IFS='|' read -r name art args; do
  nt=$tmp/$name.nt
  nkg_run "$name" "$nt" ntriples "$args" "$art" || continue
  if ! "$RDFEQ" -i ntriples --print "$nt" >"$nt.lines" 2>"$nt.rdfeq"; then
    bad "$name ntriples: does not parse, or has blank nodes: $(head -c 300 "$nt.rdfeq")"
    continue
  fi
  n=$(grep -c '' "$nt.lines")
  if [ "$n" -gt 0 ]; then ok "$name ntriples: $n triples, no blank node"; else
    bad "$name ntriples: empty graph"
  fi
  if [ "$have_rapper" -eq 1 ]; then
    if rapper -q -i ntriples -c "$nt" >/dev/null 2>"$nt.rapper"; then ok "$name ntriples: strict N-Triples (rapper)"; else
      bad "$name ntriples: rapper -i ntriples rejects it: $(head -c 300 "$nt.rapper")"
    fi
  fi
  if grep -qE "$EMPTY_LIT" "$nt.lines"; then
    bad "$name ntriples: empty literal: $(grep -E "$EMPTY_LIT" "$nt.lines" | head -n 1)"
  else
    ok "$name ntriples: no empty literal"
  fi

  for fmt in turtle rdfxml nquads; do
    out=$tmp/$name.$fmt
    nkg_run "$name $fmt" "$out" "$fmt" "$args" "$art" || continue
    same_graph "$nt" "$fmt" "$out" "$name $fmt: same graph as N-Triples" \
      "$name $fmt: differs from N-Triples"
    # RDF/XML can lose a literal silently (control characters, bad UTF-8):
    # the set comparison above catches a dropped triple, this an emptied one.
    if "$RDFEQ" -i "$fmt" --print "$out" 2>/dev/null | grep -qE "$EMPTY_LIT"; then
      bad "$name $fmt: empty literal"
    fi
  done

  # N-Quads: one graph name (the article) for every triple. With -g rdfeq
  # prints the graph as a 4th term; stripping that one name must give back
  # exactly the triples.
  nq=$tmp/$name.nquads
  if [ -f "$nq" ] && "$RDFEQ" -g -i nquads --print "$nq" >"$nq.g" 2>/dev/null; then
    g=$(head -n 1 "$nq.g" | sed -E 's/.* (<[^>]*>) \.$/\1/')
    other=$(grep -cvF " $g ." "$nq.g")
    sed "s| $g \.\$| .|" "$nq.g" | sort -u >"$nq.stripped"
    if [ "$other" -eq 0 ] && cmp -s "$nq.stripped" "$nt.lines"; then
      ok "$name nquads: all $n triples in the one graph $g"
    else
      bad "$name nquads: $other quads outside graph $g, or stripping it does not give the triples"
    fi
  fi
done <"$list"

finish
