/* fuzz_date.c: libFuzzer target for the date stage (src/timex*.c).
 *
 * The input is normalized as the pipeline does (nkg_text__normalize: valid
 * UTF-8, no NUL, LF line ends), because that is the contract of the timex
 * calls; inputs the pipeline rejects are skipped. The first line goes to
 * nkg_timex__parse_dateline; the whole text is tokenized and searched with
 * nkg_timex__find against a document date picked by the first byte (the
 * parsed date line, a fixed date, or none). Every result is checked: spans
 * inside the text and in order, values NUL-terminated.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nkg_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void S_check(int cond, const char *what)
{
  if(!cond) {
    fprintf(stderr, "fuzz_date: broken invariant: %s\n", what);
    abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char *text = NULL, err[256];
  size_t len = 0, ntok = 0, nsent = 0, nt = 0, i, line_len;
  unsigned repaired = 0, sel;
  nkg_token *toks = NULL;
  nkg_sentence *sents = NULL;
  nkg_timex *tx = NULL;
  nkg_dct dct, fixed;
  bool is_update = false, have_line;
  const char *nl;

  if(size == 0)
    return 0;
  sel = data[0];
  if(nkg_text__normalize(&text, &len, &repaired, (const char *)data + 1, size - 1, err,
                         sizeof err) != NKG_OK)
    return 0;

  nl = memchr(text, '\n', len);
  line_len = nl ? (size_t)(nl - text) : len;
  memset(&dct, 0, sizeof dct);
  have_line = nkg_timex__parse_dateline(text, line_len, &dct, &is_update);
  if(have_line) {
    S_check(dct.month >= 0 && dct.month <= 12, "dateline month in 0..12");
    S_check(dct.day >= 0 && dct.day <= 31, "dateline day in 0..31");
  }

  memset(&fixed, 0, sizeof fixed);
  switch(sel % 3u) {
  case 0: /* the parsed date line (may be year 0) */
    break;
  case 1:
    dct = fixed;
    dct.year = 2019;
    dct.month = 1;
    dct.day = 28;
    break;
  default: /* no document date: relative expressions stay unresolved */
    dct = fixed;
    break;
  }

  nkg_token__scan(text, len, &toks, &ntok, &sents, &nsent);
  nkg_timex__find(&tx, &nt, text, len, sents, nsent, toks, ntok, &dct);
  for(i = 0; i < nt; i++) {
    S_check(tx[i].start < tx[i].end && tx[i].end <= len, "timex span inside the text");
    S_check(i == 0 || tx[i - 1].start <= tx[i].start, "timex spans in text order");
    S_check(memchr(tx[i].value, '\0', sizeof tx[i].value) != NULL, "value NUL-terminated");
  }

  free(tx);
  free(toks);
  free(sents);
  free(text);
  return 0;
}
