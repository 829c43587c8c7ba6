#!/bin/sh
# Many articles in one run: JSON lines (good and bad lines), HTML pages,
# folders, stdin, N-Quads named graphs in input order, -j workers giving
# the same bytes as one process.
BUILD=${BUILD:-build}
NKG=$BUILD/newskg
FIX=tests/fixtures/batch
pass=0; fail=0
ok() { echo "ok $1"; pass=$((pass + 1)); }
no() { echo "FAIL $1"; fail=$((fail + 1)); }
check() { if eval "$2"; then ok "$1"; else no "$1"; fi; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nkg-batch.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# JSON lines: bad lines are reported with their number and skipped
"$NKG" -f nquads "$FIX/articles.jsonl" >"$tmp/jl.nq" 2>"$tmp/jl.err"; rc=$?
check "jsonl: exit 1 when a line is bad" '[ $rc -eq 1 ]'
check "jsonl: line 2 reported" 'grep -q "articles.jsonl:2: bad JSON" "$tmp/jl.err"'
check "jsonl: line 5 reported" 'grep -q "articles.jsonl:5: no \"text\" or \"html\" field" "$tmp/jl.err"'
check "jsonl: summary counts" 'grep -q "5 articles (2 failed)" "$tmp/jl.err"'
check "jsonl: N-Quads parse" 'rapper -q -i nquads -c "$tmp/jl.nq" >/dev/null 2>&1'
graphs=$(awk '{print $NF}' "$tmp/jl.nq" | sed -n 's/.*<\([^>]*\)> \.$/\1/p' | sort -u | wc -l)
graphs=$(sed 's/ \.$//' "$tmp/jl.nq" | awk '{print $NF}' | sort -u | wc -l)
check "jsonl: three named graphs (one per good line)" '[ "$graphs" -eq 3 ]'
check "jsonl: ids name the graphs" 'grep -q "<http://newskg.org/id/article/jl-1> \.$" "$tmp/jl.nq" && grep -q "<http://newskg.org/id/article/42> \.$" "$tmp/jl.nq" && grep -q "<http://newskg.org/id/article/jl-html> \.$" "$tmp/jl.nq"'
first=$(head -n 1 "$tmp/jl.nq" | sed 's/ \.$//' | awk '{print $NF}')
check "jsonl: output in input order" '[ "$first" = "<http://newskg.org/id/article/jl-1>" ]'
check "jsonl: the html field is read" 'grep -q "Storm hits Lisbon" "$tmp/jl.nq"'
check "jsonl: a date with time and zone" 'grep -q "2020-01-15T10:00:00+00:00" "$tmp/jl.nq"'
"$NKG" -j 2 -f nquads "$FIX/articles.jsonl" >"$tmp/jl2.nq" 2>/dev/null
check "jsonl: -j 2 writes the same bytes" 'cmp -s "$tmp/jl.nq" "$tmp/jl2.nq"'
"$NKG" --jsonl -f nquads - <"$FIX/articles.jsonl" >"$tmp/jl3.nq" 2>/dev/null
check "jsonl: stdin with --jsonl" 'cmp -s "$tmp/jl.nq" "$tmp/jl3.nq"'
"$NKG" -j 2 --jsonl -f nquads - <"$FIX/articles.jsonl" >"$tmp/jl4.nq" 2>/dev/null
check "jsonl: stdin with -j 2" 'cmp -s "$tmp/jl.nq" "$tmp/jl4.nq"'

# HTML: body without navigation, ads, scripts, comments, footers
"$NKG" -f ntriples "$FIX/port-strike.html" >"$tmp/h.nt" 2>"$tmp/h.err"; rc=$?
check "html: exit 0" '[ $rc -eq 0 ]'
body=$(grep "nif-core#isString" "$tmp/h.nt")
for junk in Advertisement "Related:" "Home" "President John Doe" dataLayer "Contact the editor" "color: red" "Harbour Daily"; do
  check "html: no '$junk' in the text" '! printf "%s" "$body" | grep -q "$junk"'
done
check "html: the body is there" 'printf "%s" "$body" | grep -q "Marieke de Vries"'
check "html: headline from og:title" 'grep -q "headline> \"Dock workers end strike at the port of Rotterdam\"" "$tmp/h.nt"'
check "html: published time with zone" 'grep -q "datePublished> \"2023-05-11T09:30:00+02:00\"" "$tmp/h.nt"'
check "html: publisher from og:site_name" 'grep -q "publisher> <http://newskg.org/id/entity/Q130879>" "$tmp/h.nt"'
check "html: canonical URL" 'grep -q "schema.org/url> \"https://news.example.org/2023/05/11/port-strike\"" "$tmp/h.nt"'
check "html: author" 'grep -q "schema.org/author>" "$tmp/h.nt"'
cat >"$tmp/offsets.py" <<'PY'
import re, sys
ESC = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)')
def un(s):
    def rep(m):
        e = m.group(1)
        if e[0] in "uU":
            return chr(int(e[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}.get(e, e)
    return ESC.sub(rep, s)
nt = open(sys.argv[1], encoding="utf-8").read()
ctx = un(re.search(r'isString> "(.*)" \.$', nt, re.M).group(1))
ph = {}
for s, p, o in re.findall(r'^(<[^>]*>) <[^>]*nif-core#(beginIndex|endIndex|anchorOf)> (.*) \.$', nt, re.M):
    ph.setdefault(s, {})[p] = o
bad = checked = 0
for s, d in ph.items():
    if "anchorOf" in d:
        b = int(d["beginIndex"].split('"')[1]); e = int(d["endIndex"].split('"')[1])
        checked += 1
        if ctx[b:e] != un(d["anchorOf"][1:-1]):
            bad += 1
sys.exit(1 if bad or not checked else 0)
PY
check "html: offsets match the text" 'python3 "$tmp/offsets.py" "$tmp/h.nt"'
"$NKG" -f ntriples "$FIX/broken.html" >"$tmp/b.nt" 2>"$tmp/b.err"; rc=$?
check "broken html: recovered, exit 0" '[ $rc -eq 0 ]'
check "broken html: JSON-LD date" 'grep -q "datePublished> \"2022-11-03\"" "$tmp/b.nt"'
check "broken html: JSON-LD publisher" 'grep -q "publisher> <http://newskg.org/id/entity/Q40469>" "$tmp/b.nt"'
check "broken html: body text" 'grep "isString" "$tmp/b.nt" | grep -q "Mayor Gregory Doucet"'

# Folders: every file, recursively, in name order; stdin equals the file
mkdir -p "$tmp/dir/sub"
cp tests/golden/madrid-transit-strike/article.txt "$tmp/dir/b.txt"
cp tests/golden/un-drought-appeal/article.txt "$tmp/dir/sub/c.txt"
cp articles/oan-2019-01-28-venezuela.txt "$tmp/dir/a.txt"
"$NKG" -q -f nquads "$tmp/dir" >"$tmp/d.nq"; rc=$?
check "folder: exit 0" '[ $rc -eq 0 ]'
n=$(sed 's/ \.$//' "$tmp/d.nq" | awk '{print $NF}' | uniq | wc -l)
check "folder: three graphs, each written in one piece" '[ "$n" -eq 3 ]'
"$NKG" -q -j 2 -f nquads "$tmp/dir" >"$tmp/d2.nq"
check "folder: -j 2 writes the same bytes" 'cmp -s "$tmp/d.nq" "$tmp/d2.nq"'
"$NKG" -f ntriples - <articles/oan-2019-01-28-venezuela.txt >"$tmp/s1.nt" 2>/dev/null
"$NKG" -f ntriples articles/oan-2019-01-28-venezuela.txt >"$tmp/s2.nt" 2>/dev/null
check "stdin: same graph as the file" 'cmp -s "$tmp/s1.nt" "$tmp/s2.nt"'
# merged output: entities shared by articles are the same nodes
shared=$(grep -h "owl#sameAs" "$tmp/d.nq" | awk '{print $1}' | sort | uniq -d | wc -l)
check "merge: linked entities shared across articles ($shared)" '[ "$shared" -ge 2 ]'
"$NKG" -f rdfxml "$tmp/dir" >/dev/null 2>"$tmp/x.err"; rc=$?
check "rdfxml refuses several articles (exit 2)" '[ $rc -eq 2 ] && [ "$(wc -l <"$tmp/x.err")" -eq 1 ]'
"$NKG" -o "$tmp/out.nq" -f nquads "$FIX/articles.jsonl" 2>/dev/null; rc=$?
check "-o keeps the good articles when some lines are bad" '[ $rc -eq 1 ] && cmp -s "$tmp/out.nq" "$tmp/jl.nq"'
# --gazetteer FILE adds rows to the shipped gazetteer; a bad file is refused
printf 'Officials of the Bolivarian Republic met in Lima on Monday.\n' >"$tmp/extra.txt"
"$NKG" --no-header --date 2019-02-01 -f ntriples "$tmp/extra.txt" >"$tmp/e0.nt" 2>/dev/null
"$NKG" --no-header --date 2019-02-01 -f ntriples --gazetteer tests/fixtures/gazetteer/extra-name.tsv \
  "$tmp/extra.txt" >"$tmp/e1.nt" 2>/dev/null; rc=$?
check "--gazetteer: the extra name links (Q717)" \
  '[ $rc -eq 0 ] && grep -q "wikidata.org/entity/Q717" "$tmp/e1.nt" && ! grep -q "entity/Q717" "$tmp/e0.nt"'
check "--gazetteer: the shipped rows stay (Lima)" 'grep -q "Lima" "$tmp/e1.nt"'
"$NKG" --gazetteer "$tmp/no-such.tsv" "$tmp/extra.txt" >/dev/null 2>"$tmp/g.err"; rc=$?
check "--gazetteer: a missing file fails with one line naming it" \
  '[ $rc -ne 0 ] && [ "$(wc -l <"$tmp/g.err")" -eq 1 ] && grep -q "no-such.tsv" "$tmp/g.err"'
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
