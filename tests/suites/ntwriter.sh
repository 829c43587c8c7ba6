#!/bin/sh
# Our N-Triples/N-Quads writer against raptor: for each article (and texts
# full of characters that need escaping) the N-Triples we write parse back
# with raptor to the same graph as the Turtle raptor writes.
BUILD=${BUILD:-build}
NKG=$BUILD/newskg
RDFEQ=$BUILD/rdfeq
pass=0; fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nkg-nt.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
# texts with quotes, backslashes, tabs, control characters, non-Latin
# scripts and astral code points
printf 'Odd "quotes" and \\back\\slashes\n\nBody\twith tabs, \001control\037 bytes, \302\205 NEL, caf\303\251, \346\227\245\346\234\254, \360\237\230\200 emoji and a {brace} <angle> ^caret^ `tick` |pipe| in Paris on Monday.\n' >"$tmp/odd.txt"
for a in articles/*.txt tests/golden/*/article.txt "$tmp/odd.txt"; do
  "$NKG" -q --date 2020-01-01 -f ntriples "$a" >"$tmp/x.nt" 2>/dev/null
  "$NKG" -q --date 2020-01-01 -f turtle "$a" >"$tmp/x.ttl" 2>/dev/null
  if rapper -q -i ntriples -c "$tmp/x.nt" >/dev/null 2>&1 &&
     "$RDFEQ" -i ntriples "$tmp/x.nt" -j turtle "$tmp/x.ttl" >"$tmp/diff" 2>&1; then
    echo "ok $a: N-Triples = Turtle as graphs"; pass=$((pass + 1))
  else
    echo "FAIL $a"; head -5 "$tmp/diff"; fail=$((fail + 1))
  fi
  "$NKG" -q --date 2020-01-01 -f nquads "$a" >"$tmp/x.nq" 2>/dev/null
  if rapper -q -i nquads -c "$tmp/x.nq" >/dev/null 2>&1 &&
     "$RDFEQ" -i nquads "$tmp/x.nq" -j turtle "$tmp/x.ttl" >/dev/null 2>&1; then
    echo "ok $a: N-Quads = Turtle as graphs"; pass=$((pass + 1))
  else
    echo "FAIL $a (nquads)"; fail=$((fail + 1))
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
