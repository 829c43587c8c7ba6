#!/bin/sh
# bad-input.sh: the CLI on input it must reject, repair or survive.
#
# Every tests/bad/* fixture is used: files named repair-* must succeed with
# one warning line (invalid UTF-8 -> U+FFFD); every other fixture must be
# rejected with exit 1. Large and pathological inputs are generated into a
# temp dir here, never committed. For each failing run we check the
# documented exit code, exactly one stderr line "newskg: ..." naming the file,
# an empty stdout, and that -o leaves no file behind (and leaves an existing
# output file untouched). Exit codes (README/--help): 0 ok, 1 input rejected,
# 2 usage error, 3 output not writable.
#
# Prints "ok ..." / "FAIL ..." per check and "N passed, N failed" last.

cd "$(dirname "$0")/../.." || exit 1
BUILD=${BUILD:-build}
NKG=$BUILD/newskg
RDFEQ=$BUILD/rdfeq
BAD=tests/bad
ARTICLE=tests/golden/madrid-transit-strike/article.txt
# Pathological inputs must finish within 5 s (cmark's pathological tests);
# sanitizer builds run 3-4x slower, so make asan gets 20 s.
case "$BUILD" in
*asan*) PATHO_TIMEOUT=${NKG_PATHO_TIMEOUT:-20} ;;
*) PATHO_TIMEOUT=${NKG_PATHO_TIMEOUT:-5} ;;
esac
. tests/lib.sh
need_binaries "$NKG" "$RDFEQ"
make_tmp bad

FFFD=$(printf '\357\277\275')

# check_stderr LABEL FILE NEEDLE: exactly one newline-terminated line that
# starts with "newskg: " and contains NEEDLE (fixed string).
check_stderr() {
  n=$(grep -c '' "$2")
  if [ "$n" -ne 1 ] || [ -n "$(tail -c 1 "$2")" ]; then
    bad "$1: want exactly one stderr line, got $n: $(head -c 400 "$2" | tr '\n' '|')"
    return
  fi
  line=$(cat "$2")
  case "$line" in
  "newskg: "*) ;;
  *)
    bad "$1: stderr line does not start with 'newskg: ': $line"
    return
    ;;
  esac
  if ! grep -qF -- "$3" "$2"; then
    bad "$1: stderr line does not name '$3': $line"
    return
  fi
  ok "$1: stderr is one line ($line)"
}

# run_nkg OUTDIR ARGS...: runs the CLI (10 s cap) with stdout/stderr in
# OUTDIR/stdout and OUTDIR/stderr; sets rc.
run_nkg() {
  o=$1
  shift
  timeout 10 "$NKG" "$@" >"$o/stdout" 2>"$o/stderr"
  rc=$?
}

# expect_fail LABEL RC NEEDLE ARGS...: one run without -o.
expect_fail() {
  label=$1 want=$2 needle=$3
  shift 3
  r=$tmp/r.$label
  mkdir -p "$r"
  run_nkg "$r" "$@"
  if [ "$rc" -eq "$want" ]; then ok "$label: exit $rc"; else
    bad "$label: exit $rc, want $want ($NKG $*)"
  fi
  check_stderr "$label" "$r/stderr" "$needle"
  if [ -s "$r/stdout" ]; then bad "$label: wrote $(wc -c <"$r/stdout") bytes to stdout on failure"; else
    ok "$label: stdout empty"
  fi
}

# expect_fail_o LABEL RC NEEDLE ARGS...: expect_fail, then the same run with
# -o into an empty dir (must stay empty: no output, no temp file) and with -o
# over an existing file (must stay byte-identical).
expect_fail_o() {
  label=$1 want=$2 needle=$3
  shift 3
  expect_fail "$label" "$want" "$needle" "$@"

  d=$tmp/o.$label
  rm -rf "$d"
  mkdir -p "$d/dir"
  run_nkg "$d" -o "$d/dir/out.ttl" "$@"
  left=$(ls -A "$d/dir")
  if [ "$rc" -ne "$want" ]; then bad "$label -o: exit $rc, want $want"; fi
  if [ -n "$left" ]; then bad "$label -o: left files behind: $left"; else
    ok "$label -o: no output or temp file left"
  fi

  printf 'sentinel: must survive a failed run\n' >"$d/dir/out.ttl"
  cp "$d/dir/out.ttl" "$d/sentinel"
  run_nkg "$d" -o "$d/dir/out.ttl" "$@"
  left=$(ls -A "$d/dir")
  if [ "$rc" -ne "$want" ]; then bad "$label -o existing: exit $rc, want $want"; fi
  if cmp -s "$d/sentinel" "$d/dir/out.ttl" && [ "$left" = "out.ttl" ]; then
    ok "$label -o existing: out.ttl untouched"
  else
    bad "$label -o existing: out.ttl changed or extra files: $left"
  fi
}

# expect_graph LABEL FORMAT FILE [ARGS...]: must succeed within PATHO_TIMEOUT with a
# parseable, non-empty graph. Leaves the output in $tmp/g.LABEL.FORMAT.
expect_graph() {
  label=$1 fmt=$2 in=$3
  shift 3
  g=$tmp/g.$label.$fmt
  start=$(date +%s)
  timeout "$PATHO_TIMEOUT" "$NKG" -f "$fmt" "$@" "$in" >"$g" 2>"$g.err"
  rc=$?
  secs=$(($(date +%s) - start))
  if [ "$rc" -eq 124 ]; then
    bad "$label $fmt: timed out after $PATHO_TIMEOUT s ($NKG -f $fmt $* $in)"
    return 1
  elif [ "$rc" -ne 0 ]; then
    bad "$label $fmt: exit $rc, want 0: $(head -c 300 "$g.err")"
    return 1
  fi
  n=$("$RDFEQ" -i "$fmt" --count "$g" 2>"$g.rdfeq")
  if [ $? -ne 0 ] || [ -z "$n" ] || [ "$n" -eq 0 ]; then
    bad "$label $fmt: output is not a non-empty graph: $(head -c 300 "$g.rdfeq")"
    return 1
  fi
  ok "$label $fmt: exit 0 in ~${secs}s, $n triples"
  return 0
}

# ---- committed fixtures ----------------------------------------------------
nfix=0
for f in "$BAD"/*; do
  [ -f "$f" ] || continue
  nfix=$((nfix + 1))
  name=$(basename "$f")
  case "$name" in
  repair-*) ;; # checked below
  *) expect_fail_o "bad/$name" 1 "$f" "$f" ;;
  esac
done
if [ "$nfix" -ge 5 ]; then ok "found $nfix fixtures in $BAD"; else
  bad "want at least 5 fixtures in $BAD, found $nfix"
fi

# ---- invalid UTF-8 is repaired, not rejected --------------------------------
for f in "$BAD"/repair-*; do
  [ -f "$f" ] || continue
  name=$(basename "$f")
  for fmt in ntriples turtle rdfxml nquads; do
    expect_graph "$name" "$fmt" "$f" || continue
    g=$tmp/g.$name.$fmt
    check_stderr "$name $fmt: one warning" "$g.err" "$f"
    # The graph, printed by rdfeq as raw UTF-8 N-Triples, must hold U+FFFD
    # exactly where the fixture has bad bytes, and no empty literal (the
    # raptor trap writes "" for a literal with bad UTF-8).
    "$RDFEQ" -i "$fmt" --print "$g" >"$g.lines" 2>/dev/null
    miss=""
    for frag in "Caf${FFFD} owners" "caf${FFFD}s in Madrid" "3${FFFD} euros" "ends this line ${FFFD}"; do
      grep -qF -- "$frag" "$g.lines" || miss="$miss [$frag]"
    done
    if [ -z "$miss" ]; then ok "$name $fmt: U+FFFD where the bad bytes were"; else
      bad "$name $fmt: missing in output:$miss"
    fi
    if grep -qE ' ""( \.|\^\^|@)' "$g.lines"; then
      bad "$name $fmt: empty literal in output: $(grep -E ' ""( \.|\^\^|@)' "$g.lines" | head -n 1)"
    else
      ok "$name $fmt: no empty literal"
    fi
    if iconv -f UTF-8 -t UTF-8 "$g" >/dev/null 2>&1; then ok "$name $fmt: output is valid UTF-8"; else
      bad "$name $fmt: output is not valid UTF-8"
    fi
  done
  if [ "$("$RDFEQ" "$tmp/g.$name.ntriples" "$tmp/g.$name.turtle" >/dev/null 2>&1; echo $?)" = 0 ] &&
    [ "$("$RDFEQ" "$tmp/g.$name.ntriples" -j rdfxml "$tmp/g.$name.rdfxml" >/dev/null 2>&1; echo $?)" = 0 ]; then
    ok "$name: Turtle, RDF/XML and N-Triples hold the same graph"
  else
    bad "$name: formats disagree: $RDFEQ $tmp/g.$name.ntriples $tmp/g.$name.rdfxml"
  fi
  # -o on success: exactly the output file, no temp file left.
  d=$tmp/ok.$name
  mkdir -p "$d/dir"
  run_nkg "$d" -o "$d/dir/out.ttl" "$f"
  if [ "$rc" -eq 0 ] && [ "$(ls -A "$d/dir")" = "out.ttl" ] && [ ! -s "$d/stdout" ] &&
    "$RDFEQ" -i turtle "$d/dir/out.ttl" "$tmp/g.$name.turtle" >/dev/null 2>&1; then
    ok "$name -o: writes out.ttl only, same graph"
  else
    bad "$name -o: exit $rc, dir holds [$(ls -A "$d/dir" | tr '\n' ' ')]"
  fi
done

# ---- missing, unreadable, stdin --------------------------------------------
expect_fail_o missing-file 1 "$tmp/no-such-file.txt" "$tmp/no-such-file.txt"
mkdir -p "$tmp/a-directory"
expect_fail_o directory-as-input 1 "$tmp/a-directory" "$tmp/a-directory"
r=$tmp/r.stdin-empty
mkdir -p "$r"
timeout 10 "$NKG" - </dev/null >"$r/stdout" 2>"$r/stderr"
rc=$?
if [ "$rc" -eq 1 ]; then ok "stdin-empty: exit 1"; else bad "stdin-empty: exit $rc, want 1"; fi
check_stderr stdin-empty "$r/stderr" "newskg: "

# ---- -o onto a device or a pipe: written in place, never replaced -----------
# (a rename over "-o /dev/null" once turned the machine's /dev/null into a
# file; a FIFO in the temp folder shows the same without touching /dev)
fifo=$tmp/out.fifo
mkfifo "$fifo"
timeout 10 cat "$fifo" >"$tmp/fifo.out" &
reader=$!
timeout 10 "$NKG" -f ntriples -o "$fifo" "$ARTICLE" 2>"$tmp/fifo.err"; rc=$?
wait "$reader"
if [ "$rc" -eq 0 ] && [ -p "$fifo" ] && [ -s "$tmp/fifo.out" ] &&
  [ -z "$(ls "$tmp" | grep 'out.fifo.')" ]; then
  ok "-o FIFO: written through the pipe, the pipe is still a pipe, no temp file"
else
  bad "-o FIFO: exit $rc, pipe kept: $([ -p "$fifo" ] && echo yes || echo no), $(wc -c <"$tmp/fifo.out") bytes read"
fi

# ---- too large: 50 MB, rejected fast ----------------------------------------
big=$tmp/big-50mb.txt
yes 'The council met again on Tuesday and talked about the budget for a while.' |
  head -c 52428800 >"$big"
start=$(date +%s)
expect_fail_o too-large-50mb 1 "$big" "$big"
secs=$(($(date +%s) - start))
# Three runs above (plain, -o, -o existing): each must be quick.
if [ "$secs" -le 6 ]; then ok "too-large-50mb: 3 runs in ${secs}s"; else
  bad "too-large-50mb: 3 runs took ${secs}s (the size check should come before reading it all)"
fi

# ---- pathological but legal: under 5 s each, valid graph --------------------
nospace=$tmp/one-mb-no-spaces.txt
yes 'Abcdefghijklmnopqrstuvwxyz0123456789.' | tr -d '\n' | head -c 1048576 >"$nospace"
printf '\n' >>"$nospace"
expect_graph one-mb-no-spaces ntriples "$nospace"
expect_graph one-mb-no-spaces turtle "$nospace"

sents=$tmp/1e5-sentences.txt
# 10^5 sentences, ten per paragraph. Plain sentences with no name, date or
# event trigger: this checks that splitting and scanning stay linear, not
# how fast a graph of millions of triples is built.
awk 'BEGIN {
  for (i = 0; i < 100000; i++) {
    printf "It was a long and quiet day in the old town. ";
    if (i % 10 == 9) printf "\n\n";
  }
}' >"$sents"
expect_graph 1e5-sentences ntriples "$sents" --no-header
expect_graph 1e5-sentences turtle "$sents" --no-header

# ---- usage errors: exit 2 ---------------------------------------------------
expect_fail_o unknown-format 2 "xyz" -f xyz "$ARTICLE"
expect_fail_o bad-date-month 2 "2019-13-45" --date 2019-13-45 "$ARTICLE"
expect_fail_o bad-date-word 2 "yesterday" --date yesterday "$ARTICLE"

# ---- output cannot be written: exit 3 ---------------------------------------
d=$tmp/o.missing-dir
mkdir -p "$d"
expect_fail o-into-missing-dir 3 "$d/nodir/out.ttl" -o "$d/nodir/out.ttl" "$ARTICLE"
if [ -z "$(ls -A "$d")" ]; then ok "o-into-missing-dir: nothing created"; else
  bad "o-into-missing-dir: created $(ls -A "$d")"
fi
d=$tmp/o.onto-dir
mkdir -p "$d/out.ttl"
expect_fail o-onto-directory 3 "$d/out.ttl" -o "$d/out.ttl" "$ARTICLE"
if [ -d "$d/out.ttl" ] && [ -z "$(ls -A "$d/out.ttl")" ] && [ "$(ls -A "$d")" = "out.ttl" ]; then
  ok "o-onto-directory: directory untouched, no temp file"
else
  bad "o-onto-directory: left $(ls -A "$d" | tr '\n' ' ')"
fi

finish
