#!/bin/sh
# fuzz-replay.sh: replay the fuzz seeds and saved crash inputs without
# libFuzzer (tests/fuzz/replay.c gives each target a main()), so make check
# (gcc) and make asan (clang + sanitizers) rerun every input that ever broke
# a target. Inputs: tests/fuzz/seeds/<target>/ and
# tests/fuzz/regressions/<target>/. A crash, sanitizer report or timeout
# fails; the failing file is then named by replaying one file at a time.
# NKG_VALGRIND=1 runs the replays under valgrind (make leakcheck).
# Prints "ok ..." / "FAIL ..." per check and "N passed, N failed" last.

cd "$(dirname "$0")/../.." || exit 1
BUILD=${BUILD:-build}
TARGETS="pipeline date"
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "ok $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

vg=""
if [ -n "$NKG_VALGRIND" ]; then
  vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite"
fi

for t in $TARGETS; do
  bin=$BUILD/replay_$t
  # replay_pipeline is built by make test; replay_date by this Makefile rule
  # (built here so a stage still being written cannot break make test).
  if ! make -s --no-print-directory "BUILD=$BUILD" "$bin" >"$BUILD/replay_$t.make.log" 2>&1; then
    bad "$t: cannot build $bin: $(grep -m 3 -E 'error|undefined' "$BUILD/replay_$t.make.log" | tr '\n' ' ')"
    continue
  fi
  dirs=""
  nfiles=0
  for d in tests/fuzz/seeds/$t tests/fuzz/regressions/$t; do
    [ -d "$d" ] || continue
    dirs="$dirs $d"
    nfiles=$((nfiles + $(find "$d" -maxdepth 1 -type f ! -name '.*' | wc -l)))
  done
  if [ "$nfiles" -eq 0 ]; then
    bad "$t: no seed or regression inputs"
    continue
  fi
  # shellcheck disable=SC2086 # vg and dirs are word lists
  out=$(timeout 300 $vg "$bin" $dirs 2>&1)
  rc=$?
  replayed=$(echo "$out" | sed -n 's/^replayed \([0-9]*\) inputs$/\1/p')
  if [ "$rc" -eq 0 ] && [ "$replayed" = "$nfiles" ]; then
    ok "$t: replayed $nfiles inputs from$dirs"
    continue
  fi
  bad "$t: $bin$dirs: exit $rc, replayed ${replayed:-?} of $nfiles"
  echo "$out" | tail -n 15 | sed 's/^/    /'
  # Name the input(s) that fail.
  for d in $dirs; do
    for f in "$d"/*; do
      [ -f "$f" ] || continue
      # shellcheck disable=SC2086
      if ! timeout 60 $vg "$bin" "$f" >/dev/null 2>&1; then
        echo "    failing input: $f (reproduce: $bin $f)"
      fi
    done
  done
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
