#!/bin/sh
# eval-entities: entity mentions and Wikidata links of the CLI scored against
# the hand-written fixture documents in tests/fixtures/entities/ (invented
# articles: a dateline and a wire credit, a cricket report with an all-caps
# headline and a results line, a ministry story, namesakes, a baseball report
# with a standings table, a supplier deal, an envoy's tour) with
# bench/eval-entities. Fails when NER F1 or linking precision/recall drop
# below the thresholds, set under what the fixtures measured when written
# (NER F1 0.976, linking P 1.00, R 1.00) so a regression shows and one
# changed mention does not.
BUILD=${BUILD:-build}
NER_F1_MIN=0.90
LINK_P_MIN=0.95
LINK_R_MIN=0.85
. tests/lib.sh
bench_run eval-entities tests/fixtures/entities
f1=$(echo "$out" | awk '/^NER all/ { print $NF }')
lp=$(echo "$out" | awk '/^linking  emitted/ { for(i = 1; i < NF; i++) if($i == "P") print $(i + 1) }')
lr=$(echo "$out" | awk '/^linking  emitted/ { for(i = 1; i < NF; i++) if($i == "R") { print $(i + 1); exit } }')
at_least "NER F1" "${f1:-0}" "$NER_F1_MIN"
at_least "linking precision" "${lp:-0}" "$LINK_P_MIN"
at_least "linking recall" "${lr:-0}" "$LINK_R_MIN"
# A wrong link is worse than none: the namesake trap must stay unlinked.
if echo "$out" | grep -q "WRONG-LINK"; then
  bad "a wrong link: $(echo "$out" | grep WRONG-LINK | head -1)"
else
  ok "no wrong link"
fi
finish
