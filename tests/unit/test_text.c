/* test_text.c: input checks and UTF-8 repair (text.c). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "nkg_internal.h"

static int S_norm(const char *in, size_t len, char **out, unsigned *rep)
{
  size_t olen;
  char err[256];
  return nkg_text__normalize(out, &olen, rep, in, len, err, sizeof err);
}

int main(void)
{
  char *out = NULL;
  unsigned rep = 0;
  static const struct {
    const char *in;
    size_t len;
    int rc;
    const char *want;
    unsigned repaired;
  } cases[] = {
    {"Plain text.", 11, NKG_OK, "Plain text.", 0},
    {"", 0, NKG_EINVALID, NULL, 0},
    {"  \n\t \n", 6, NKG_EINVALID, NULL, 0},
    {"a\0b", 3, NKG_EINVALID, NULL, 0},
    {"bad \xff byte", 10, NKG_OK, "bad \xEF\xBF\xBD byte", 1},
    {"cut \xE2\x82", 6, NKG_OK, "cut \xEF\xBF\xBD\xEF\xBF\xBD", 2},
    {"overlong \xC0\xAF", 11, NKG_OK, "overlong \xEF\xBF\xBD\xEF\xBF\xBD", 2},
    {"surrogate \xED\xA0\x80!", 14, NKG_OK, "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD!", 3},
    {"crlf\r\nline\rend", 14, NKG_OK, "crlf\nline\nend", 0},
    {"\xEF\xBB\xBF" "bom", 6, NKG_OK, "bom", 0},
    {"Guaid\xC3\xB3 \xE2\x80\x94 ok", 14, NKG_OK, "Guaid\xC3\xB3 \xE2\x80\x94 ok", 0},
    {"a bell\x07 rings in a long enough line of text", 43, NKG_OK, "a bell  rings in a long enough line of text", 0},
  };
  size_t i;
  for(i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int rc = S_norm(cases[i].in, cases[i].len, &out, &rep);
    EQ_INT(rc, cases[i].rc, "case %zu", i);
    if(rc == NKG_OK) {
      EQ_STR(out, cases[i].want, "case %zu", i);
      EQ_INT(rep, cases[i].repaired, "case %zu repaired", i);
    }
    free(out);
    out = NULL;
  }
  /* mostly control bytes: binary */
  {
    char buf[200];
    memset(buf, 0x01, sizeof buf);
    memcpy(buf, "text", 4);
    EQ_INT(S_norm(buf, sizeof buf, &out, &rep), NKG_EINVALID, "control bytes");
    free(out);
  }
  /* UTF-8 counting for NIF offsets */
  EQ_INT(nkg_utf8_count("Guaid\xC3\xB3", 7), 6, "code points");
  EQ_INT(nkg_utf8_count("\xE2\x80\x9C" "a" "\xE2\x80\x9D", 7), 3, "quotes");
  DONE();
}
