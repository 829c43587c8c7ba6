#!/bin/sh
# headertest.sh: include/newskg.h stands alone (STYLE.md section 2).
#
# tests/headertest.c includes only newskg.h and uses every public name. It
# must compile with no Redland/libxml2 include path, -std=c11 -Werror -Wall
# -Wextra -Wpedantic (plus the project's stricter warnings) under gcc and
# clang, and as C++ under g++ and clang++ when present. The header itself
# may include standard headers only.
# Prints "ok ..." / "FAIL ..." per check and "N passed, N failed" last.

cd "$(dirname "$0")/../.." || exit 1
HEADER=include/newskg.h
SRC=tests/headertest.c
CWARN="-Werror -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wformat=2 -Wwrite-strings"
XWARN="-Werror -Wall -Wextra -Wpedantic -Wshadow"
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "ok $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/nkg-hdr.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM

# Standard headers only: no Redland, raptor, rasqal or libxml2 type leaks out.
others=$(grep -E '^[[:space:]]*#[[:space:]]*include' "$HEADER" |
  grep -vE '<(stddef|stdio|stdint|stdbool|stdarg|stdlib|string|limits)\.h>' | tr '\n' ' ')
if [ -z "$others" ]; then ok "$HEADER includes standard headers only"; else
  bad "$HEADER includes non-standard headers: $others"
fi
if grep -qE 'raptor_|librdf_|rasqal_|xml[A-Z]' "$HEADER"; then
  bad "$HEADER names a Redland/libxml2 identifier: $(grep -nE 'raptor_|librdf_|rasqal_|xml[A-Z]' "$HEADER" | head -n 3 | tr '\n' ' ')"
else
  ok "$HEADER names no Redland/libxml2 identifier"
fi

# compile LABEL COMPILER ARGS...: compile only, into the temp dir.
compile() {
  label=$1 cc=$2
  shift 2
  if ! command -v "$cc" >/dev/null 2>&1; then
    echo "note: $cc not installed, $label not checked"
    return
  fi
  # shellcheck disable=SC2086 # warning lists are word lists
  if "$cc" "$@" -Iinclude -c "$SRC" -o "$tmp/$label.o" 2>"$tmp/$label.err"; then
    ok "$label: $cc $*"
  else
    bad "$label: $cc $* failed:"
    head -n 20 "$tmp/$label.err" | sed 's/^/    /'
  fi
}

ncc=0
for cc in gcc clang; do
  command -v "$cc" >/dev/null 2>&1 && ncc=$((ncc + 1))
  # shellcheck disable=SC2086
  compile "c11-$cc" "$cc" -std=c11 $CWARN
done
if [ "$ncc" -eq 2 ]; then ok "both gcc and clang present"; else bad "want gcc and clang, found $ncc of them"; fi
for cxx in g++ clang++; do
  # shellcheck disable=SC2086
  compile "cxx-$cxx" "$cxx" -x c++ -std=c++11 $XWARN
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
