# tests/lib.sh: what the shell suites share. Sourced, never run alone, by
# tests/suites/*.sh and tests/golden-update.sh, from the top of the tree
# (each cds there first).
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "ok $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
# The closing line tests/run-all.sh adds up; the exit status says it too.
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
  exit $?
}

# cli_env: the setting of the scripts that run the CLI: the C locale (byte
# order for sort, comm and join, the same bytes everywhere), BUILD (default
# build/), NKG and RDFEQ in it. golden-update.sh writes the goldens under the
# same setting as golden.sh reads them.
cli_env() {
  LC_ALL=C
  export LC_ALL
  BUILD=${BUILD:-build}
  NKG=$BUILD/newskg
  RDFEQ=$BUILD/rdfeq
}

# need_binaries FILE...: the suite fails at once when one is not built.
need_binaries() {
  for b in "$@"; do
    if [ ! -x "$b" ]; then
      bad "missing $b (run make test)"
      finish
    fi
  done
}

# make_tmp NAME: $tmp becomes a new temporary folder, removed at exit.
make_tmp() {
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/nkg-$1.XXXXXX") || exit 1
  trap 'rm -rf "$tmp"' EXIT
  trap 'exit 1' INT TERM
}

# at_least NAME VALUE MINIMUM: one check that a measured figure holds.
at_least() {
  if awk -v v="$2" -v m="$3" 'BEGIN { exit !(v + 0 >= m + 0) }'; then
    ok "$1 $2 >= $3"
  else
    bad "$1 $2 < $3"
  fi
}

# ---- golden cases and articles ----------------------------------------------
# golden_args DIR: prints the extra CLI flags of the golden case in DIR (its
# args file: whitespace-separated, no quoting), or nothing.
golden_args() {
  if [ -f "$1/args" ]; then cat "$1/args"; fi
}

# golden_case DIR: reads the golden case tests/golden/NAME/ (with or without
# the slash): sets c (DIR without the slash), case (NAME), art (article.txt,
# else article.html) and args (golden_args). False when DIR holds no article.
# shellcheck disable=SC2034 # case, art and args are for the caller
golden_case() {
  c=${1%/}
  case=$(basename "$c")
  art=""
  for _gc_f in "$c/article.txt" "$c/article.html"; do
    [ -f "$_gc_f" ] && art=$_gc_f && break
  done
  [ -n "$art" ] || return 1
  args=$(golden_args "$c")
}

# article_list FILE: writes FILE, one "name|path|args" line per article the
# CLI suites run: articles/*.txt as NAME without args, then every
# tests/golden/CASE/article.txt as golden-CASE with the case's args.
article_list() {
  : >"$1"
  for _al_a in articles/*.txt; do
    [ -f "$_al_a" ] && echo "$(basename "$_al_a" .txt)|$_al_a|" >>"$1"
  done
  for _al_c in tests/golden/*/; do
    _al_c=${_al_c%/}
    [ -f "$_al_c/article.txt" ] || continue
    echo "golden-$(basename "$_al_c")|$_al_c/article.txt|$(golden_args "$_al_c")" >>"$1"
  done
  return 0
}

# ---- running the CLI and comparing graphs -------------------------------------
# nkg_run LABEL OUT FMT ARGS ART [FLAG...]: one CLI run, at most 20 s:
# `$NKG -f FMT ARGS FLAG... ART`, ARGS split on whitespace (an args file),
# stdout to OUT, stderr to OUT.err, with the NAME=value words in $RUNENV
# added to the environment. Success counts nothing; a non-zero exit is one
# bad "LABEL: ..." with the exit status and stderr, and a false return.
RUNENV=""
nkg_run() {
  _nr_label=$1 _nr_out=$2 _nr_fmt=$3 _nr_args=$4 _nr_art=$5
  shift 5
  # shellcheck disable=SC2086 # RUNENV and ARGS: whitespace-separated words
  env $RUNENV timeout 20 "$NKG" -f "$_nr_fmt" $_nr_args "$@" "$_nr_art" >"$_nr_out" 2>"$_nr_out.err"
  _nr_rc=$?
  [ "$_nr_rc" -eq 0 ] && return 0
  bad "$_nr_label: $NKG -f $_nr_fmt $_nr_args $* $_nr_art: exit $_nr_rc: $(head -c 300 "$_nr_out.err")"
  return 1
}

# same_graph REF FMT OUT GOOD BAD: one check, with $RDFEQ, that OUT (written
# in FMT) holds exactly the triples of the N-Triples file REF: ok GOOD, else
# bad BAD with the number of REF's triples missing from OUT (-) and of
# unexpected ones (+), and the first 30 lines of the difference (OUT.diff).
same_graph() {
  if "$RDFEQ" -i ntriples "$1" -j "$2" "$3" >"$3.diff" 2>&1; then
    ok "$4"
  else
    bad "$5: $(grep -c '^- ' "$3.diff") triples missing (-), $(grep -c '^+ ' "$3.diff") unexpected (+):"
    head -n 30 "$3.diff" | sed 's/^/    /'
  fi
}

# ---- bench scorers --------------------------------------------------------------
# bench_run NAME FIXTURES: runs bench/NAME (python3) on the CLI and the
# fixture folder, shows its report and keeps it in $out. A scorer that
# exits non-zero is one bad and the end of the suite.
bench_run() {
  out=$(python3 "bench/$1" --newskg "$BUILD/newskg" -v "$2" 2>&1)
  _br_rc=$?
  echo "$out"
  if [ "$_br_rc" -ne 0 ]; then
    bad "bench/$1 exited $_br_rc"
    finish
  fi
}
