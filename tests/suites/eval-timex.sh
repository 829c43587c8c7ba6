#!/bin/sh
# eval-timex: time expressions of the CLI scored against the hand-written
# fixture documents in tests/fixtures/timex/ (bench/eval-timex, TempEval-3
# style). Fails when relaxed span F1 or value accuracy drop below the
# thresholds, set a little under what the fixtures measured when written
# (relaxed F1 0.99, value accuracy 0.96) so a regression shows and noise
# does not.
BUILD=${BUILD:-build}
RELAXED_MIN=0.93
VALUE_ACC_MIN=0.90
. tests/lib.sh
bench_run eval-timex tests/fixtures/timex
relaxed=$(echo "$out" | awk '/^relaxed  span/ { print $NF }')
accuracy=$(echo "$out" | awk '/^value accuracy/ { print $3 }')
at_least "relaxed span F1" "${relaxed:-0}" "$RELAXED_MIN"
at_least "value accuracy" "${accuracy:-0}" "$VALUE_ACC_MIN"
finish
