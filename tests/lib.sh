# tests/lib.sh: what the shell suites share. Sourced by tests/suites/*.sh
# (which run from the top of the tree), never run alone.
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

# need_binaries FILE...: the suite fails at once when one is not built.
need_binaries() {
  for b in "$@"; do
    if [ ! -x "$b" ]; then
      bad "missing $b (run make)"
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
