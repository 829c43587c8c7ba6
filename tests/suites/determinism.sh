#!/bin/sh
# determinism.sh: the same input gives the same bytes; --base moves IRIs and
# nothing else; one linked entity gets one IRI across articles.
#
# Articles: articles/*.txt and tests/golden/*/article.txt (with the case's
# args file). Prints "ok ..." / "FAIL ..." per check and
# "N passed, N failed" last.

cd "$(dirname "$0")/../.." || exit 1
. tests/lib.sh
cli_env
FORMATS="turtle rdfxml ntriples nquads"
DEFAULT_BASE=http://newskg.org/id/
OTHER_BASE=http://example.org/kg/
SAMEAS='<http://www.w3.org/2002/07/owl#sameAs>'
need_binaries "$NKG" "$RDFEQ"
make_tmp det

# Article list: "name|path|args" lines.
list=$tmp/articles
article_list "$list"
if [ "$(grep -c '' "$list")" -ge 3 ]; then ok "$(grep -c '' "$list") articles"; else
  bad "want at least 3 articles, found $(grep -c '' "$list")"
fi

while IFS='|' read -r name art args; do
  # ---- same input twice -> same bytes, in every format -------------------
  for fmt in $FORMATS; do
    nkg_run "$name $fmt" "$tmp/$name.1.$fmt" "$fmt" "$args" "$art" || continue
    nkg_run "$name $fmt" "$tmp/$name.2.$fmt" "$fmt" "$args" "$art" || continue
    if cmp -s "$tmp/$name.1.$fmt" "$tmp/$name.2.$fmt"; then
      ok "$name $fmt: two runs, identical bytes"
    else
      bad "$name $fmt: two runs differ: $(diff "$tmp/$name.1.$fmt" "$tmp/$name.2.$fmt" | head -n 6 | tr '\n' '|')"
    fi
  done

  # ---- environment (time zone, locale) and file location do not matter ---
  mkdir -p "$tmp/elsewhere/$name"
  cp "$art" "$tmp/elsewhere/$name/"
  moved=$tmp/elsewhere/$name/$(basename "$art")
  RUNENV="TZ=Pacific/Kiritimati LC_ALL=C.UTF-8 LANG=C.UTF-8" # for nkg_run
  nkg_run "$name moved" "$tmp/$name.env.turtle" turtle "$args" "$moved"
  envrc=$?
  RUNENV=""
  if [ "$envrc" -eq 0 ]; then
    if cmp -s "$tmp/$name.1.turtle" "$tmp/$name.env.turtle"; then
      ok "$name: other TZ, locale and directory, identical bytes"
    else
      bad "$name: output depends on TZ/locale/path: $(diff "$tmp/$name.1.turtle" "$tmp/$name.env.turtle" | head -n 6 | tr '\n' '|')"
    fi
  fi

  # ---- --base changes IRIs only -----------------------------------------
  a=$tmp/$name.1.ntriples
  b=$tmp/$name.base.ntriples
  if [ -f "$a" ] && nkg_run "$name --base" "$b" ntriples "$args" "$art" --base "$OTHER_BASE"; then
    if grep -qF "<$DEFAULT_BASE" "$b"; then
      bad "$name --base: output still holds <$DEFAULT_BASE...> IRIs: $(grep -F "<$DEFAULT_BASE" "$b" | head -n 1)"
    elif ! grep -qF "<$OTHER_BASE" "$b"; then
      bad "$name --base: no IRI under $OTHER_BASE"
    else
      sed "s|<$OTHER_BASE|<$DEFAULT_BASE|g" "$b" >"$b.back"
      same_graph "$a" ntriples "$b.back" "$name --base: same graph with IRIs moved to $OTHER_BASE" \
        "$name --base: more than IRIs changed"
    fi
  fi

  # ---- entity IRIs per Wikidata id (for the cross-article check) --------
  if [ -f "$a" ]; then
    "$RDFEQ" -i ntriples --print "$a" 2>/dev/null |
      awk -v p="$SAMEAS" '$2 == p && $3 ~ /^<http:\/\/www\.wikidata\.org\/entity\/Q[0-9]+>$/ { print $3, $1 }' |
      sort -u >"$tmp/$name.links"
    # Within one article a QID names one node.
    dup=$(awk '{ print $1 }' "$tmp/$name.links" | uniq -d | head -n 3 | tr '\n' ' ')
    if [ -z "$dup" ]; then ok "$name: each Wikidata id has one entity IRI ($(grep -c '' "$tmp/$name.links") linked)"; else
      bad "$name: one Wikidata id, several entity IRIs: $dup"
    fi
  fi
done <"$list"

# ---- two articles, one linked entity -> one IRI ------------------------------
shared=0
for x in "$tmp"/*.links; do
  for y in "$tmp"/*.links; do
    [ "$x" \< "$y" ] || continue
    # QIDs linked in both articles, with their IRI in each.
    join "$x" "$y" >"$tmp/join"
    while read -r qid ix iy; do
      shared=$((shared + 1))
      if [ "$ix" = "$iy" ]; then
        ok "$(basename "$x" .links) + $(basename "$y" .links): $qid is $ix in both"
      else
        bad "$(basename "$x" .links) + $(basename "$y" .links): $qid is $ix in one, $iy in the other"
      fi
    done <"$tmp/join"
  done
done
# The golden articles were written to share entities (Madrid, the United
# Nations, Caracas, Spain, Venezuela): no shared link means the linker failed.
if [ "$shared" -gt 0 ]; then ok "$shared shared links across articles"; else
  bad "no Wikidata id is linked in two articles (the golden articles share Madrid, the United Nations, Caracas)"
fi

finish
