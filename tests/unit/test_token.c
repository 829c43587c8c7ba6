/* test_token.c: tokens and sentences (token.c). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "nkg_internal.h"

/* Tokens joined by '|' */
static char *S_toks(const char *text)
{
  nkg_token *t = NULL;
  size_t n = 0, i;
  nkg_str s = {NULL, 0, 0};
  nkg_token__scan(text, strlen(text), &t, &n, NULL, NULL);
  for(i = 0; i < n; i++) {
    if(i)
      nkg_str_append(&s, "|", 1);
    nkg_str_append(&s, text + t[i].start, t[i].end - t[i].start);
  }
  free(t);
  return s.s ? s.s : nkg_xstrdup("");
}

/* Sentences joined by '#' */
static char *S_sents(const char *text)
{
  nkg_token *t = NULL;
  nkg_sentence *ss = NULL;
  size_t n = 0, ns = 0, i;
  nkg_str s = {NULL, 0, 0};
  nkg_token__scan(text, strlen(text), &t, &n, &ss, &ns);
  for(i = 0; i < ns; i++) {
    if(i)
      nkg_str_append(&s, "#", 1);
    nkg_str_append(&s, text + ss[i].start, ss[i].end - ss[i].start);
  }
  free(t);
  free(ss);
  return s.s ? s.s : nkg_xstrdup("");
}

int main(void)
{
  static const char *const tok_cases[][2] = {
    {"Venezuela's leader", "Venezuela|'s|leader"},
    {"Venezuela\xE2\x80\x99s leader", "Venezuela|\xE2\x80\x99s|leader"},
    {"the U.S. and U.N.", "the|U.S.|and|U.N."},
    {"Mr. Smith said", "Mr.|Smith|said"},
    {"self-proclaimed leader", "self-proclaimed|leader"},
    {"don't go", "don't|go"},
    {"on Jan. 23, 2019.", "on|Jan.|23|,|2019|."},
    {"6:56 AM PT", "6:56|AM|PT"},
    {"\xE2\x80\x9C" "Freedom\xE2\x80\x9D", "\xE2\x80\x9C" "|Freedom|\xE2\x80\x9D"},
    {"Guaid\xC3\xB3 spoke", "Guaid\xC3\xB3|spoke"},
    {"$1,998.50 paid", "$|1,998.50|paid"},
    {"the 1990s", "the|1990s"},
    {"", ""},
  };
  static const char *const sent_cases[][2] = {
    {"He left. She stayed.", "He left.#She stayed."},
    {"Mr. Smith left. Then he came.", "Mr. Smith left.#Then he came."},
    {"It was Jan. 5 then.", "It was Jan. 5 then."},
    {"\xE2\x80\x9C" "Go now,\xE2\x80\x9D he said. Next one.",
     "\xE2\x80\x9C" "Go now,\xE2\x80\x9D he said.#Next one."},
    {"\xE2\x80\x9C" "Go now.\xE2\x80\x9D" " Then he left.",
     "\xE2\x80\x9C" "Go now.\xE2\x80\x9D" "#Then he left."},
    {"Headline here\n\nBody starts.", "Headline here#Body starts."},
    {"a wrapped\nline goes on.", "a wrapped\nline goes on."},
    {"Is it? Yes!", "Is it?#Yes!"},
  };
  size_t i;
  for(i = 0; i < sizeof tok_cases / sizeof tok_cases[0]; i++) {
    char *got = S_toks(tok_cases[i][0]);
    EQ_STR(got, tok_cases[i][1], "tokens of \"%s\"", tok_cases[i][0]);
    free(got);
  }
  for(i = 0; i < sizeof sent_cases / sizeof sent_cases[0]; i++) {
    char *got = S_sents(sent_cases[i][0]);
    EQ_STR(got, sent_cases[i][1], "sentences of \"%s\"", sent_cases[i][0]);
    free(got);
  }
  /* flags */
  {
    const char *text = "The \xE2\x80\x9C" "Big Deal\xE2\x80\x9D of NATO";
    nkg_token *t = NULL;
    size_t n = 0;
    nkg_token__scan(text, strlen(text), &t, &n, NULL, NULL);
    EQ_INT(n, 7, "token count");
    OK(t[0].flags & NKG_TOK_CAP, "The is capitalized");
    OK(t[1].flags & NKG_TOK_QOPEN, "opening quote");
    OK(t[2].flags & NKG_TOK_INQUOTE, "Big is quoted");
    OK(t[4].flags & NKG_TOK_QCLOSE, "closing quote");
    OK(!(t[5].flags & NKG_TOK_INQUOTE), "of is not quoted");
    OK(t[6].flags & NKG_TOK_ALLCAP, "NATO all caps");
    free(t);
  }
  DONE();
}
