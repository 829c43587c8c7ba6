/* timex_impl.h: helpers shared by timex.c (recognizer) and timex_cal.c
 * (calendar, date lines, xsd kinds). Private to the timex stage. */
#ifndef NKG_TIMEX_IMPL_H
#define NKG_TIMEX_IMPL_H

#include <stdbool.h>
#include <stddef.h>

/* A token of the timex lexer: words are lower-cased ASCII ('?' for other
 * letters), numbers keep their value, punctuation is one character ('-' for
 * every dash, '\'' and '"' for typographic quotes). */
typedef struct {
  size_t start, end; /* bytes */
  char kind;         /* 'w' word, 'n' digits, 'p' punctuation */
  char low[24];
  unsigned char len; /* strlen(low); low is zero-padded after it */
  unsigned short word; /* timex.c's lexicon entry of a word (0: none) */
  long num;
  bool space;        /* white space before it */
  bool nl;           /* a line break before it */
} nkg_timex__tok;

void nkg_timex__lex(nkg_timex__tok **out, size_t *nout, const char *s, size_t len);

bool nkg_timex__leap(int y);
int nkg_timex__mdays(int y, int m);
bool nkg_timex__valid(int y, int m, int d);
long nkg_timex__days(int y, int m, int d);      /* days since 1970-01-01 */
void nkg_timex__civil(long z, int *y, int *m, int *d);
int nkg_timex__wday(int y, int m, int d);       /* 1 Monday .. 7 Sunday */
void nkg_timex__isoweek(int y, int m, int d, int *wy, int *wk);
int nkg_timex__month(const char *w);            /* january/jan/sept -> 1..12, else 0 */
int nkg_timex__weekday(const char *w);          /* monday/mon/tues -> 1..7, else 0 */
/* The k-th word nkg_timex__month or nkg_timex__weekday knows (NULL past
 * the last): timex.c files them in its lexicon once. */
const char *nkg_timex__calendar_word(size_t k);

#endif
