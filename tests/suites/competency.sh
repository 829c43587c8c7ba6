#!/bin/sh
# SPARQL competency questions over the bundled article, run in process through
# Redland/rasqal (`newskg query`). Each tests/sparql/NAME.rq has its expected
# answer in NAME.expected (CSV rows without the header, sorted); the facts
# come from the article's annotation (docs: tests/sparql/README.md).
BUILD=${BUILD:-build}
ARTICLE=${ARTICLE:-articles/oan-2019-01-28-venezuela.txt}
pass=0; fail=0
for q in tests/sparql/*.rq; do
  name=$(basename "$q" .rq)
  exp="tests/sparql/$name.expected"
  got=$("$BUILD/newskg" query -r csv -q "$q" "$ARTICLE" 2>&1 | tail -n +2 | tr -d '\r' | LC_ALL=C sort)
  rc=$?
  want=$(LC_ALL=C sort "$exp" 2>/dev/null)
  if [ ! -f "$exp" ]; then
    echo "FAIL $name: no $exp"; fail=$((fail + 1))
  elif [ "$got" = "$want" ]; then
    echo "ok $name"; pass=$((pass + 1))
  else
    echo "FAIL $name"
    printf '%s\n' "$want" > /tmp/nkg-want.$$; printf '%s\n' "$got" > /tmp/nkg-got.$$
    diff /tmp/nkg-want.$$ /tmp/nkg-got.$$ | sed 's/^/    /'
    rm -f /tmp/nkg-want.$$ /tmp/nkg-got.$$
    fail=$((fail + 1))
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
