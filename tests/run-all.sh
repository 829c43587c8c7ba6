#!/bin/sh
# Runs every test suite and adds up their closing "N passed, N failed" lines.
# Each suite is a program or script in the list below that prints such a line
# last; a suite that crashes or prints none counts as one failure.
# NKG_VALGRIND=1 runs the unit binaries under valgrind (make leakcheck).
BUILD=${BUILD:-build}
export BUILD
total_pass=0
total_fail=0
log_dir=$BUILD/test-logs
mkdir -p "$log_dir"

run_suite() {
  name=$1; shift
  log="$log_dir/$name.log"
  mkdir -p "$(dirname "$log")"
  "$@" >"$log" 2>&1
  rc=$?
  line=$(grep -aE '^([A-Za-z-]+: )?[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
  p=$(echo "$line" | sed -E 's/^([A-Za-z-]+: )?([0-9]+) passed, ([0-9]+) failed.*/\2/')
  f=$(echo "$line" | sed -E 's/^([A-Za-z-]+: )?([0-9]+) passed, ([0-9]+) failed.*/\3/')
  if [ -z "$line" ]; then p=0; f=1; fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
  if [ "$f" -eq 0 ]; then status=ok; else status=FAIL; fi
  printf '%-28s %5s passed %3s failed  %s\n' "$name" "$p" "$f" "$status"
  if [ "$f" -ne 0 ]; then sed 's/^/    | /' "$log" | grep -av '^    | ok ' | tail -n 40; fi
}

vg=""
if [ -n "$NKG_VALGRIND" ]; then vg="valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite"; fi

for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  run_suite "unit/$(basename "$t")" $vg "$t"
done
for s in tests/suites/*.sh; do
  [ -f "$s" ] || continue
  run_suite "$(basename "$s" .sh)" sh "$s"
done

echo "make check: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
