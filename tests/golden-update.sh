#!/bin/sh
# golden-update.sh: regenerate tests/golden/*/expected.nt from the CLI
# (`make golden-update`). Review the result with `git diff tests/golden`
# before committing: a golden changes only on purpose.
#
# expected.nt = the N-Triples output, parsed and printed by build/rdfeq
# (sorted, one triple per line, raw UTF-8), so diffs are small and readable.
# A case whose run fails keeps its old expected.nt and makes this exit 1.

cd "$(dirname "$0")/.." || exit 1
. tests/lib.sh
cli_env

if [ ! -x "$NKG" ] || [ ! -x "$RDFEQ" ]; then
  if ! make -s "$NKG" "$RDFEQ"; then
    echo "golden-update: cannot build $NKG and $RDFEQ" >&2
    exit 1
  fi
fi

make_tmp gu

status=0
for c in tests/golden/*/; do
  golden_case "$c" || continue
  # shellcheck disable=SC2086 # args files hold whitespace-separated flags
  if ! "$NKG" -f ntriples $args "$art" >"$tmp/out.nt" 2>"$tmp/err"; then
    echo "golden-update: $case: $NKG failed: $(cat "$tmp/err")" >&2
    status=1
    continue
  fi
  if ! "$RDFEQ" -i ntriples --print "$tmp/out.nt" >"$tmp/new.nt" 2>"$tmp/err"; then
    echo "golden-update: $case: output does not parse: $(cat "$tmp/err")" >&2
    status=1
    continue
  fi
  exp=$c/expected.nt
  if [ -f "$exp" ] && cmp -s "$exp" "$tmp/new.nt"; then
    echo "$case: unchanged ($(grep -c '' "$exp") triples)"
    continue
  fi
  if [ -f "$exp" ]; then
    "$RDFEQ" -i ntriples "$exp" -j ntriples "$tmp/new.nt" >"$tmp/diff" 2>/dev/null
    echo "$case: $(grep -c '^- ' "$tmp/diff") triples removed, $(grep -c '^+ ' "$tmp/diff") added ($(grep -c '' "$tmp/new.nt") now)"
  else
    echo "$case: new expected.nt ($(grep -c '' "$tmp/new.nt") triples)"
  fi
  cp "$tmp/new.nt" "$exp"
done
[ "$status" -eq 0 ] && echo "review with: git diff --stat tests/golden && git diff tests/golden"
exit "$status"
