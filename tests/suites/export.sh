#!/bin/sh
# export.sh: -f graphml, -f dot and -f json, each proved by a real consumer.
#
# - GraphML validates with libxml2 (xmllint --schema) against
#   tests/fixtures/graphml/graphml.xsd, written from the GraphML spec;
# - DOT renders with Graphviz (dot -Tsvg, and -Tpng for the bundled article)
#   without a warning;
# - JSON loads in Cytoscape.js under Node (tests/js/load-json.js; cytoscape
#   from npm, installed with `npm ci` into $BUILD/js) when node and npm are
#   here;
# - the three agree on their node and edge counts, have one node per
#   described IRI (no literal nodes), and are the same bytes run after run;
# - the view options (--no-mentions, --types, merging literals) are run
#   through build/tests/test_export --emit, and through the CLI once it has
#   the flags, with the same consumers;
# - a broken file of each kind is rejected by its consumer (the checks can
#   fail).
# Articles: articles/*.txt and tests/golden/*/article.txt (with args).
# Prints "ok ..." / "FAIL ..." / "note ..." per check and "N passed, N failed"
# last.

cd "$(dirname "$0")/../.." || exit 1
. tests/lib.sh
cli_env
EMIT=$BUILD/tests/test_export
XSD=tests/fixtures/graphml/graphml.xsd
need_binaries "$NKG" "$EMIT"
for t in xmllint dot; do
  command -v "$t" >/dev/null 2>&1 || { bad "missing $t (make deps installs libxml2-utils, graphviz)"; finish; }
done
make_tmp export

# ---- consumers -----------------------------------------------------------
# graphml_ok FILE LABEL: valid against the schema.
graphml_ok() {
  if xmllint --nonet --noout --schema "$XSD" "$1" >"$tmp/xmllint.out" 2>&1; then
    ok "$2: GraphML validates against $XSD"
  else
    bad "$2: GraphML does not validate: $(grep -v 'fails to validate' "$tmp/xmllint.out" | head -n 3 | tr '\n' '|')"
  fi
}
# dot_ok FILE LABEL: Graphviz renders it to SVG with nothing on stderr.
dot_ok() {
  if dot -Tsvg "$1" -o "$1.svg" 2>"$tmp/dot.err" && [ ! -s "$tmp/dot.err" ] &&
    grep -q '<svg' "$1.svg"; then
    ok "$2: dot renders it ($(grep -c '<g id="node' "$1.svg") nodes, $(grep -c '<g id="edge' "$1.svg") edges in the SVG)"
  else
    bad "$2: dot -Tsvg failed or warned: $(head -n 3 "$tmp/dot.err" | tr '\n' '|')"
  fi
}
JSON_FILES=""
json_add() { JSON_FILES="$JSON_FILES $1"; }

# counts FILE.graphml FILE.json FILE.dot LABEL: the formats agree.
counts() {
  gn=$(grep -c '^    <node ' "$1")
  ge=$(grep -c '^    <edge ' "$1")
  jn=$(grep -c '^   {"data": {"id": "[^"]*", "label"' "$2")
  je=$(grep -c '^   {"data": {"id": "e[0-9]*", "source"' "$2")
  dn=$(grep -cE '^  n[0-9]+ \[' "$3")
  if [ "$gn" -eq "$jn" ] && [ "$gn" -eq "$dn" ] && [ "$ge" -eq "$je" ] && [ "$gn" -gt 0 ]; then
    ok "$4: graphml, json and dot agree: $gn nodes, $ge edges"
  else
    bad "$4: counts differ: graphml $gn/$ge, json $jn/$je, dot $dn nodes"
  fi
}

# ---- article list: "name|path|args" ----------------------------------------
list=$tmp/articles
article_list "$list"

RDFTYPE='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
ROLE='<http://newskg.org/ontology#RoleAssignment>'
while IFS='|' read -r name art args; do
  d=$tmp/$name
  mkdir -p "$d"
  okrun=1
  for fmt in graphml dot json ntriples; do
    if ! nkg_run "$name -f $fmt" "$d/out.$fmt" "$fmt" "$args" "$art"; then
      okrun=0
      continue
    fi
    [ "$fmt" = ntriples ] && continue
    # shellcheck disable=SC2086 # args files hold whitespace-separated flags
    timeout 20 "$NKG" -f "$fmt" $args "$art" >"$d/again.$fmt" 2>/dev/null
    if cmp -s "$d/out.$fmt" "$d/again.$fmt"; then ok "$name -f $fmt: same bytes twice"; else
      bad "$name -f $fmt: two runs differ"
    fi
  done
  [ "$okrun" -eq 1 ] || continue
  graphml_ok "$d/out.graphml" "$name"
  dot_ok "$d/out.dot" "$name"
  cp "$d/out.json" "$tmp/$name.json"
  json_add "$tmp/$name.json"
  counts "$d/out.graphml" "$d/out.json" "$d/out.dot" "$name"

  # One node per described IRI (subject), role assignments hidden by
  # default: literals and undescribed IRIs (wd:, nkg:Reported) make none.
  subjects=$(awk '$1 ~ /^</ { print $1 }' "$d/out.ntriples" | sort -u | grep -c '')
  roles=$(awk -v t="$RDFTYPE" -v r="$ROLE" '$2 == t && $3 == r { print $1 }' "$d/out.ntriples" | sort -u | grep -c '')
  jn=$(grep -c '^   {"data": {"id": "http' "$d/out.json")
  if [ "$jn" -eq $((subjects - roles)) ]; then
    ok "$name: one node per described IRI ($subjects subjects - $roles roles = $jn)"
  else
    bad "$name: $jn JSON nodes for $subjects subjects - $roles roles"
  fi
  if grep -q '"classes": "mention"' "$d/out.json"; then ok "$name: default view keeps the NIF mentions"; else
    bad "$name: default view lost the NIF mentions"
  fi
done <"$list"

# ---- view options on the bundled article(s) ----------------------------------
for a in articles/*.txt; do
  [ -f "$a" ] || continue
  name=$(basename "$a" .txt)
  for v in "nomentions|-|1|0" "people-events|person,event|1|0" "merged|-|1|1" "roles|all|0|0"; do
    IFS='|' read -r vname types nm merge <<EOF
$v
EOF
    base=$tmp/$name-$vname
    for fmt in graphml dot json; do
      if ! "$EMIT" --emit "$fmt" "$types" "$nm" "$merge" "$a" >"$base.$fmt" 2>"$base.err"; then
        bad "$name $vname $fmt: test_export --emit failed: $(head -c 300 "$base.err")"
      fi
    done
    graphml_ok "$base.graphml" "$name $vname"
    dot_ok "$base.dot" "$name $vname"
    json_add "$base.json"
    counts "$base.graphml" "$base.json" "$base.dot" "$name $vname"
  done
  # what each option promises
  if ! grep -q '"classes": "mention"' "$tmp/$name-nomentions.json" &&
    ! grep -q '"label": "mentions"' "$tmp/$name-nomentions.json"; then
    ok "$name --no-mentions: no NIF phrase, no schema:mentions edge"
  else
    bad "$name --no-mentions: mentions left in the view"
  fi
  other=$(grep -o '"classes": "[a-z]*"' "$tmp/$name-people-events.json" | sort -u |
    grep -v -e '"person"' -e '"event"' | tr '\n' ' ')
  if [ -z "$other" ] && grep -q '"classes": "person"' "$tmp/$name-people-events.json"; then
    ok "$name --types person,event: only persons and events"
  else
    bad "$name --types person,event: other classes: $other"
  fi
  if grep -q 'trigger: ' "$tmp/$name-merged.dot"; then ok "$name merge literals: literals in the drawn labels"; else
    bad "$name merge literals: no literal in the labels"
  fi
  if grep -q '"classes": "role"' "$tmp/$name-roles.json"; then ok "$name --types all: role assignments drawn"; else
    bad "$name --types all: no role node"
  fi

  # The picture: PNG of the default view without mentions.
  if dot -Tpng "$tmp/$name-nomentions.dot" -o "$tmp/$name.png" 2>"$tmp/png.err" && [ ! -s "$tmp/png.err" ] &&
    [ "$(head -c 4 "$tmp/$name.png" | od -An -c | tr -d ' \n')" = "211PNG" ]; then
    ok "$name: dot -Tpng draws the picture ($(wc -c <"$tmp/$name.png") bytes)"
  else
    bad "$name: dot -Tpng failed: $(head -n 3 "$tmp/png.err" | tr '\n' '|')"
  fi

  # Once the CLI passes the view flags, it must give the library's bytes.
  if "$NKG" --help 2>&1 | grep -q -- '--no-mentions'; then
    if "$NKG" -f dot --no-mentions "$a" >"$tmp/cli.dot" 2>/dev/null && cmp -s "$tmp/cli.dot" "$tmp/$name-nomentions.dot"; then
      ok "$name: newskg -f dot --no-mentions = the library's view"
    else
      bad "$name: newskg -f dot --no-mentions differs from the library's view"
    fi
    if "$NKG" -f json --no-mentions --types person,event "$a" >"$tmp/cli.json" 2>/dev/null &&
      cmp -s "$tmp/cli.json" "$tmp/$name-people-events.json"; then
      ok "$name: newskg -f json --no-mentions --types person,event = the library's view"
    else
      bad "$name: newskg --types person,event differs from the library's view"
    fi
    if "$NKG" -f dot --types person,nonsense "$a" >/dev/null 2>&1; then
      bad "$name: --types with an unknown kind was accepted"
    else
      [ $? -eq 2 ] && ok "$name: --types nonsense is a usage error (exit 2)" || bad "$name: --types nonsense: want exit 2"
    fi
  else
    echo "note: the CLI has no --no-mentions yet; view options checked through test_export only"
  fi
done

# ---- each consumer rejects a broken file -------------------------------------
first=$(awk -F'|' 'NR == 1 { print $1 }' "$list")
if [ -n "$first" ] && [ -f "$tmp/$first/out.graphml" ]; then
  sed '0,/ target="n[0-9]*"/s// target="n999999"/' "$tmp/$first/out.graphml" >"$tmp/broken.graphml"
  if xmllint --nonet --noout --schema "$XSD" "$tmp/broken.graphml" >/dev/null 2>&1; then
    bad "the schema accepts an edge to a node that does not exist"
  else
    ok "the schema rejects an edge to a node that does not exist"
  fi
  sed '0,/<data key="label">/s//<data key="undeclared">/' "$tmp/$first/out.graphml" >"$tmp/broken2.graphml"
  if xmllint --nonet --noout --schema "$XSD" "$tmp/broken2.graphml" >/dev/null 2>&1; then
    bad "the schema accepts data under an undeclared key"
  else
    ok "the schema rejects data under an undeclared key"
  fi
  sed '$d' "$tmp/$first/out.dot" >"$tmp/broken.dot"
  if dot -Tsvg "$tmp/broken.dot" -o /dev/null 2>/dev/null; then bad "dot accepts a graph without its closing brace"; else
    ok "dot rejects a graph without its closing brace"
  fi
fi

# ---- JSON through Cytoscape.js -------------------------------------------------
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  js=$BUILD/js
  mkdir -p "$js"
  # npm ci into build/, not the source tree; again only when the lock changed
  if ! cmp -s tests/js/package-lock.json "$js/package-lock.json" || [ ! -d "$js/node_modules/cytoscape" ]; then
    cp tests/js/package.json tests/js/package-lock.json "$js/"
    if ! (cd "$js" && npm ci --no-audit --no-fund --loglevel=error) >"$tmp/npm.log" 2>&1; then
      bad "npm ci in $js failed (needs the npm registry): $(tail -n 3 "$tmp/npm.log" | tr '\n' '|')"
      rm -f "$js/package-lock.json"
      finish
    fi
  fi
  if [ -n "$first" ] && [ -f "$tmp/$first.json" ]; then
    # an edge to a missing node: Cytoscape.js must refuse the file
    sed '0,/"target": "[^"]*"/s//"target": "http:\/\/example.org\/missing"/' "$tmp/$first.json" >"$tmp/broken.json"
    if NODE_PATH=$js/node_modules node tests/js/load-json.js "$tmp/broken.json" >/dev/null 2>&1; then
      bad "load-json.js accepts an edge to a missing node"
    else
      ok "load-json.js rejects an edge to a missing node"
    fi
  fi
  # shellcheck disable=SC2086 # a list of temp files without spaces
  NODE_PATH=$js/node_modules node tests/js/load-json.js $JSON_FILES >"$tmp/node.out" 2>&1
  np=$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p' "$tmp/node.out" | tail -n 1)
  nf=$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p' "$tmp/node.out" | tail -n 1)
  grep -E '^(ok|FAIL) ' "$tmp/node.out" | sed "s|$tmp/||"
  if [ -n "$np" ]; then
    pass=$((pass + np))
    fail=$((fail + nf))
  else
    bad "node tests/js/load-json.js crashed: $(tail -n 5 "$tmp/node.out" | tr '\n' '|')"
  fi
else
  echo "note: node/npm not installed: JSON not loaded with Cytoscape.js"
fi

finish
