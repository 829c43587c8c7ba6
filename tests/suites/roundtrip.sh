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
LC_ALL=C
export LC_ALL
BUILD=${BUILD:-build}
NKG=$BUILD/newskg
RDFEQ=$BUILD/rdfeq
. tests/lib.sh
need_binaries "$NKG" "$RDFEQ"
make_tmp rt

have_rapper=0
command -v rapper >/dev/null 2>&1 && have_rapper=1

list=$tmp/articles
: >"$list"
for a in articles/*.txt; do
  [ -f "$a" ] && echo "$(basename "$a" .txt)|$a|" >>"$list"
done
for c in tests/golden/*/; do
  c=${c%/}
  [ -f "$c/article.txt" ] || continue
  args=""
  [ -f "$c/args" ] && args=$(cat "$c/args")
  echo "golden-$(basename "$c")|$c/article.txt|$args" >>"$list"
done
if [ -s "$list" ]; then ok "$(grep -c '' "$list") articles"; else bad "no articles found"; fi

EMPTY_LIT=' ""( \.|\^\^|@)'

while IFS='|' read -r name art args; do
  nt=$tmp/$name.nt
  # shellcheck disable=SC2086 # args files hold whitespace-separated flags
  if ! timeout 20 "$NKG" -f ntriples $args "$art" >"$nt" 2>"$nt.err"; then
    bad "$name: $NKG -f ntriples $args $art failed: $(head -c 300 "$nt.err")"
    continue
  fi
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
    # shellcheck disable=SC2086
    if ! timeout 20 "$NKG" -f "$fmt" $args "$art" >"$out" 2>"$out.err"; then
      bad "$name $fmt: $NKG -f $fmt $args $art failed: $(head -c 300 "$out.err")"
      continue
    fi
    if "$RDFEQ" -i ntriples "$nt" -j "$fmt" "$out" >"$out.diff" 2>&1; then
      ok "$name $fmt: same graph as N-Triples"
    else
      bad "$name $fmt: differs from N-Triples (- only in N-Triples, + only in $fmt):"
      head -n 20 "$out.diff" | sed 's/^/    /'
    fi
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
