#!/bin/sh
# Embedded SPARQL (no server): `newskg query` over several files of any RDF
# syntax and articles extracted on the fly, one named graph each; the
# persistent store (`newskg store --db`); the two-article competency
# questions in tests/sparql/multi/.
BUILD=${BUILD:-build}
N="$BUILD/newskg"
A=${ARTICLE:-articles/oan-2019-01-28-venezuela.txt}
B=tests/sparql/multi/ministers-ottawa.txt
T=$(mktemp -d "${TMPDIR:-/tmp}/nkg-query.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
pass=0; fail=0

ok() { echo "ok $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1${2:+: $2}"; fail=$((fail + 1)); }
# same NAME GOT WANT
same() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "got [$2] want [$3]"; fi; }
# rows: query results as sorted CSV rows without the header
rows() { "$N" query -r csv "$@" 2>"$T/err" | tail -n +2 | tr -d '\r' | LC_ALL=C sort; }
GRAPHS='SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g'
COUNT='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'

"$N" -f ntriples "$A" > "$T/a.nt" || bad "extract A"
"$N" -f turtle "$A" > "$T/a.ttl"
"$N" -f rdfxml "$A" > "$T/a.rdf"
"$N" -f nquads "$B" > "$T/b.nq"
"$N" -f turtle "$B" > "$T/b.ttl"
"$N" -f ntriples "$B" > "$T/b.nt"
rapper -q -i turtle -o ntriples ontology/newskg.ttl > "$T/o.nt"
na=$(wc -l < "$T/a.nt" | tr -d ' ')
# the default graph is the set union: a triple both articles hold counts once
nab=$(cat "$T/a.nt" "$T/b.nt" | LC_ALL=C sort -u | wc -l | tr -d ' ')
nabo=$(cat "$T/a.nt" "$T/b.nt" "$T/o.nt" | LC_ALL=C sort -u | wc -l | tr -d ' ')
[ "$nab" -lt "$((na + $(wc -l < "$T/b.nt")))" ] && ok "the articles share triples" || bad "the articles share triples"
IRI_A=$(sed -n 's/^<\([^>]*\)> <http:\/\/www.w3.org\/1999\/02\/22-rdf-syntax-ns#type> <http:\/\/schema.org\/NewsArticle> .*/\1/p' "$T/a.nt")
[ -n "$IRI_A" ] && ok "article IRI found" || bad "article IRI found"

# --- one article, every syntax: the same graph, named by the article IRI
for f in "$A" "$T/a.nt" "$T/a.ttl" "$T/a.rdf"; do
  same "graph of $(basename "$f")" "$(rows -e "$GRAPHS" "$f")" "$IRI_A,$na"
done
# an article and its own Turtle merge into one graph, nothing doubled
same "article + its turtle merge" "$(rows -e "$GRAPHS" "$A" "$T/a.ttl" "$T/a.rdf")" "$IRI_A,$na"
# the ontology goes into its owl:Ontology graph
got=$(rows -e "$GRAPHS" "$A" ontology/newskg.ttl | grep -c '^http://newskg.org/ontology,')
same "ontology in its own graph" "$got" "1"
# two articles: two graphs, the default graph is their union
same "two graphs" "$(rows -e "$GRAPHS" "$A" "$T/b.nq" | wc -l | tr -d ' ')" "2"
same "union count" "$(rows -e "$COUNT" "$A" "$B")" "$nab"

# --- the two-article competency questions, from text and from RDF files
for q in tests/sparql/multi/*.rq; do
  name=$(basename "$q" .rq)
  want=$(LC_ALL=C sort "tests/sparql/multi/$name.expected")
  same "$name (articles)" "$(rows -q "$q" "$A" "$B")" "$want"
  same "$name (turtle + n-quads)" "$(rows -q "$q" "$T/a.ttl" "$T/b.nq")" "$want"
  same "$name (one article: none)" "$(rows -q "$q" "$A")" ""
done

# --- the seed questions over the article plus the ontology: same answers
for q in tests/sparql/*.rq; do
  name=$(basename "$q" .rq)
  same "$name with ontology" "$(rows -q "$q" "$A" ontology/newskg.ttl)" "$(LC_ALL=C sort "tests/sparql/$name.expected")"
done

# --- result formats
"$N" query -r json -q tests/sparql/roles.rq "$A" > "$T/r.json" &&
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["results"]["bindings"]) > 0' "$T/r.json" &&
  ok "json results" || bad "json results"
"$N" query -r xml -q tests/sparql/roles.rq "$A" > "$T/r.xml" &&
  python3 -c 'import sys,xml.dom.minidom as m; d=m.parse(sys.argv[1]); assert d.getElementsByTagName("result")' "$T/r.xml" &&
  ok "xml results" || bad "xml results"
same "tsv header" "$("$N" query -r tsv -e 'SELECT ?s WHERE { ?s a <http://schema.org/NewsArticle> }' "$A" | head -n 1)" "?s"
"$N" query -e 'CONSTRUCT { ?s a ?t } WHERE { ?s a ?t }' "$A" > "$T/c.ttl" &&
  rapper -i turtle -c "$T/c.ttl" 2>&1 | grep -q 'returned [1-9]' && ok "construct gives turtle" || bad "construct gives turtle"
same "stdin article" "$("$N" query -r csv -e "$COUNT" < "$A" | tail -n 1 | tr -d '\r')" "$na"

# --- errors: exit status and one line naming the culprit
"$N" query -e 'SELECT WHERE {' "$A" 2>"$T/err"; same "bad query exit" "$?" "2"
"$N" query -r yaml -e "$COUNT" "$A" 2>"$T/err"; same "bad result format exit" "$?" "2"
"$N" query -e "$COUNT" -q tests/sparql/roles.rq "$A" 2>"$T/err"; same "-e and -q exit" "$?" "2"
"$N" query -e "$COUNT" "$T/missing.txt" 2>"$T/err"; same "missing file exit" "$?" "1"
grep -q 'missing.txt' "$T/err" && ok "missing file named" || bad "missing file named"
printf '<http://x> <http://y> .\n' > "$T/broken.ttl"
"$N" query -e "$COUNT" "$A" "$T/broken.ttl" 2>"$T/err"; same "broken turtle exit" "$?" "1"
grep -q 'broken.ttl' "$T/err" && [ "$(wc -l < "$T/err")" -eq 1 ] && ok "broken turtle: one line" || bad "broken turtle: one line" "$(cat "$T/err")"

# --- the persistent store
S="$T/kg.db"
"$N" store -q --db "$S" "$A" || bad "store A"
same "store: one graph" "$(rows --db "$S" -e "$GRAPHS")" "$IRI_A,$na"
"$N" store -q --db "$S" "$A" "$T/a.ttl" || bad "store A again"
same "store: re-adding replaces" "$(rows --db "$S" -e "$COUNT")" "$na"
"$N" store -q --db "$S" "$T/b.nq" ontology/newskg.ttl || bad "store B"
same "store: grows by article" "$(rows --db "$S" -e "$COUNT")" "$nabo"
"$N" store -q --db "$S" "$B" || bad "store B as text"
same "store: text replaces its n-quads" "$(rows --db "$S" -e "$COUNT")" "$nabo"
for q in tests/sparql/*.rq; do
  name=$(basename "$q" .rq)
  same "store: $name" "$(rows --db "$S" -q "$q")" "$(LC_ALL=C sort "tests/sparql/$name.expected")"
done
same "store: shared-entities" "$(rows --db "$S" -q tests/sparql/multi/shared-entities.rq)" \
  "$(LC_ALL=C sort tests/sparql/multi/shared-entities.expected)"
same "store: quads per graph" "$(rows --db "$S" -e "$GRAPHS" | awk -F, "{s += \$2} END {print s}")" \
  "$((na + $(wc -l < "$T/b.nt") + $(wc -l < "$T/o.nt")))"
same "store: --list" "$("$N" store --db "$S" --list | wc -l | tr -d ' ')" "4"
"$N" store -q --db "$S" --remove http://newskg.org/ontology || bad "store --remove"
same "store: removed" "$(rows --db "$S" -e "$COUNT")" "$nab"
"$N" query --db "$T/none.db" -e "$COUNT" 2>"$T/err"; same "store: missing db exit" "$?" "1"
[ ! -e "$T/none.db" ] && ok "store: query makes no db" || bad "store: query makes no db"
echo 'not a database, just text' > "$T/junk.db"
"$N" query --db "$T/junk.db" -e "$COUNT" 2>"$T/err"; same "store: junk db exit" "$?" "1"
"$N" store --db "$T" "$A" 2>"$T/err"; same "store: db is a folder exit" "$?" "3"
: > "$T/empty.db"
"$N" store -q --db "$T/empty.db" "$B" 2>"$T/err"; same "store: empty file becomes a store" "$?" "0"
for i in 1 2 3; do "$N" store -q --db "$T/empty.db" "$B" 2>/dev/null; done
same "store: re-added 3 times, no double" "$(rows --db "$T/empty.db" -e "$GRAPHS" | cut -d, -f2)" "$(wc -l < "$T/b.nt" | tr -d ' ')"
"$N" store --db "$S" "$T/missing.txt" 2>"$T/err"; same "store: bad input exit" "$?" "1"
same "store: bad input leaves store" "$(rows --db "$S" -e "$COUNT")" "$nab"
"$N" query --db "$S" -e "$COUNT" "$A" 2>"$T/err"; same "store: --db with files exit" "$?" "2"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
