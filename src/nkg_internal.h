/* nkg_internal.h: struct bodies and the semi-private calls between stages.
 *
 * Stages pass spans (byte offsets into the document's normalized UTF-8 text),
 * never copies. Cross-module calls are named nkg_<module>__<verb>.
 */
#ifndef NKG_INTERNAL_H
#define NKG_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "newskg.h"

/* ---- util.c: allocation that aborts, growable arrays, small strings ---- */

void *nkg_xmalloc(size_t n);
void *nkg_xcalloc(size_t count, size_t n);
void *nkg_xrealloc(void *p, size_t n);
char *nkg_xstrndup(const char *s, size_t n);
char *nkg_xstrdup(const char *s);

/* Makes room for need elements of elem_size in *items (capacity *cap). */
void nkg__grow(void **items, size_t *cap, size_t need, size_t elem_size);
#define NKG_PUSH(arr, n, cap, value)                                           \
  do {                                                                         \
    nkg__grow((void **)&(arr), &(cap), (n) + 1, sizeof(*(arr)));               \
    (arr)[(n)++] = (value);                                                    \
  } while(0)

/* A growable NUL-terminated string. */
typedef struct {
  char *s;
  size_t len, cap;
} nkg_str;
void nkg_str_append(nkg_str *b, const char *s, size_t n);
void nkg_str_appendz(nkg_str *b, const char *s);
void nkg_str_appendf(nkg_str *b, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3)))
#endif
  ;
void nkg_str_free(nkg_str *b);

/* 64-bit FNV-1a, for deterministic IRIs of events, roles and quotes. */
uint64_t nkg_hash64(const void *data, size_t len, uint64_t seed);
#define NKG_HASH_SEED 0xcbf29ce484222325ULL

/* Number of Unicode code points in valid UTF-8 s[0..n). */
size_t nkg_utf8_count(const char *s, size_t n);

/* ---- fold.c: case, accent and punctuation folding for matching ---- */

/* Appends the folded form of s[0..n) to out: lower case, Latin accents
 * removed (Guaidó -> guaido), periods and apostrophes dropped (U.S. -> us),
 * typographic quotes and dashes mapped to ASCII. */
void nkg_fold(nkg_str *out, const char *s, size_t n);

/* ---- text.c: input checks and UTF-8 repair ---- */

/* Validates raw input. Returns NKG_OK and a new NUL-terminated copy in
 * *out (*outlen bytes) with invalid UTF-8 replaced by U+FFFD (count in
 * *repaired), CRLF/CR turned into LF and NUL-free. Returns NKG_EINVALID
 * for empty/blank, binary (NUL bytes or mostly control bytes) or too large
 * input, with a message written into err. */
int nkg_text__normalize(char **out, size_t *outlen, unsigned *repaired,
                        const char *raw, size_t len, char *err, size_t errlen);

/* ---- html.c: a news page -> article fields ---- */

/* Fills out (title, date, publisher, author, url, text) from an HTML page;
 * NKG_EINVALID with a message when there is no page or no text. */
int nkg_html__to_article(nkg_article *out, const char *html, size_t len, char *err,
                         size_t errlen);

/* ---- token.c: tokens and sentences ---- */

enum {
  NKG_TOK_WORD = 1u << 0,    /* letters (may hold digits, ' - . inside) */
  NKG_TOK_NUM = 1u << 1,     /* starts with a digit */
  NKG_TOK_PUNCT = 1u << 2,   /* one punctuation character (or a UTF-8 one) */
  NKG_TOK_CAP = 1u << 3,     /* first letter upper case */
  NKG_TOK_ALLCAP = 1u << 4,  /* every letter upper case, 2+ letters */
  NKG_TOK_SSTART = 1u << 5,  /* first token of its sentence */
  NKG_TOK_QOPEN = 1u << 6,   /* an opening quotation mark */
  NKG_TOK_QCLOSE = 1u << 7,  /* a closing quotation mark */
  NKG_TOK_PSTART = 1u << 8,  /* first token of its paragraph */
  NKG_TOK_INQUOTE = 1u << 9  /* inside a quotation */
};

typedef struct {
  size_t start, end; /* bytes into the text */
  unsigned flags;
  unsigned sent;     /* index of its sentence */
} nkg_token;

typedef struct {
  size_t start, end;         /* bytes */
  size_t tok_first, tok_end; /* tokens [tok_first, tok_end) */
  unsigned paragraph;        /* paragraph number, from 0 */
} nkg_sentence;

/* Tokenizes text[0..len). Sentences is optional (NULL: tokens only).
 * Arrays are new, freed by the caller with free(). */
void nkg_token__scan(const char *text, size_t len, nkg_token **toks, size_t *ntok,
                     nkg_sentence **sents, size_t *nsent);

/* True when token t equals the ASCII word w, ignoring case. */
bool nkg_token__is(const char *text, const nkg_token *t, const char *w);
/* Index of the first token starting at or after byte off (ntok if none). */
size_t nkg_token__at(const nkg_token *toks, size_t ntok, size_t off);

/* ---- timex.c: time expressions (TimeML TIMEX3) ---- */

/* The document creation time (article date); year 0 = unknown. */
typedef struct {
  int year, month, day;
  int hour, minute, second;
  int tz_minutes;     /* offset from UTC in minutes */
  bool has_time, has_tz;
} nkg_dct;

typedef enum {
  NKG_TIMEX_DATE,
  NKG_TIMEX_TIME,
  NKG_TIMEX_DURATION,
  NKG_TIMEX_SET
} nkg_timex_type;

typedef struct {
  size_t start, end;    /* bytes into the text */
  nkg_timex_type type;
  char value[48];       /* TimeML value: 2019-01-27, 2019-01, P1M, PAST_REF, ... */
  int direction;        /* -1 resolved to the past, +1 to the future, 0 neither */
  bool anchored;        /* value depends on the DCT or an earlier date */
} nkg_timex;

/* Finds time expressions in text[0..len) and normalizes them against dct
 * (may have year 0: relative expressions then get X-filled values).
 * Sentences guide tense decisions. *out is a new array (free()). */
void nkg_timex__find(nkg_timex **out, size_t *nout, const char *text, size_t len,
                     const nkg_sentence *sents, size_t nsent, const nkg_token *toks,
                     size_t ntok, const nkg_dct *dct);

/* Parses a news date line such as "UPDATED 6:56 AM PT — Monday, January 28,
 * 2019", "Published: 2019-01-28T06:56:00Z", "Jan. 28, 2019" or
 * "28 January 2019 10:00 GMT". Zone abbreviations (PT, ET, GMT, CET, ...)
 * become offsets, US/EU daylight saving applied by date. *is_update is set
 * when the line says updated/modified. Returns true when a date was found. */
bool nkg_timex__parse_dateline(const char *line, size_t len, nkg_dct *out, bool *is_update);

/* Parses YYYY-MM-DD (optionally with THH:MM[:SS][zone]). */
bool nkg_timex__parse_iso(const char *s, nkg_dct *out);

typedef enum {
  NKG_XSD_NONE,      /* not a calendar value (durations, refs, X-filled) */
  NKG_XSD_DATE,      /* 2019-01-27 */
  NKG_XSD_GYEARMONTH,/* 2019-01 */
  NKG_XSD_GYEAR,     /* 2019 */
  NKG_XSD_DATETIME   /* 2019-01-28T06:56:00-08:00 */
} nkg_xsd_kind;

/* Which xsd datatype (if any) a TimeML value is exact enough for; writes the
 * literal's lexical form into lex. */
nkg_xsd_kind nkg_timex__xsd(const char *value, char *lex, size_t lexlen);

/* ---- gazetteer.c: names -> Wikidata-linked entries, longest match ---- */

typedef struct nkg_gazetteer nkg_gazetteer;

enum {
  NKG_GAZ_VERIFIED = 1u << 0, /* from verified-qids.tsv: overrides other rows */
  NKG_GAZ_DEMONYM = 1u << 1,  /* the name is a demonym/adjective of the entity */
  NKG_GAZ_ALIAS = 1u << 2,    /* the name is an alias, not the label */
  NKG_GAZ_WEAK = 1u << 3,     /* source known to hold wrong ids: never link alone */
  NKG_GAZ_COMMON = 1u << 4,   /* also an English word ("Apple"): a name only mid-sentence */
  NKG_GAZ_MAJOR = 1u << 5,    /* a place of the first rank: capital, big city, many lists */
  NKG_GAZ_NOTABLE = 1u << 6   /* a place some office holder's list names */
};

/* One entry (borrowed from the gazetteer, valid while it lives). */
typedef struct {
  const char *qid;     /* "Q717" or "" when unlinked */
  const char *label;   /* canonical label */
  const char *type;    /* person organization company media party legislature
                          ministry government armed_forces intl_org country city
                          region place position event */
  const char *country; /* country QID or "" */
  unsigned flags;
} nkg_gaz_entry;

/* Loads a gazetteer TSV (adds to *g when *g is not NULL). */
int nkg_gazetteer__load(nkg_gazetteer **g, const char *path, char *err, size_t errlen);
void nkg_gazetteer__free(nkg_gazetteer *g);

/* Longest match of a gazetteer name over tokens starting at i. Returns the
 * number of tokens matched (0: none) and points *cands at the entries with
 * that name (*ncands of them). */
size_t nkg_gazetteer__match(const nkg_gazetteer *g, const char *text, const nkg_token *toks,
                            size_t ntok, size_t i, const nkg_gaz_entry *const **cands,
                            size_t *ncands);

/* Entries whose name folds to the same key as name[0..len). */
size_t nkg_gazetteer__lookup(const nkg_gazetteer *g, const char *name, size_t len,
                             const nkg_gaz_entry *const **cands);

/* The entry whose label is the entity's own (prefers verified), or NULL. */
const nkg_gaz_entry *nkg_gazetteer__by_qid(const nkg_gazetteer *g, const char *qid);

/* People whose label ends with the word w[0..n) (folded): at most max
 * entries into out; returns their number, or max + 1 when there are more. */
size_t nkg_gazetteer__by_surname(const nkg_gazetteer *g, const char *w, size_t n,
                                 const nkg_gaz_entry **out, size_t max);

/* Number of distinct names. */
size_t nkg_gazetteer__size(const nkg_gazetteer *g);

/* ---- added by the gazetteer module (fold.c) ---- */

/* Folds s[0..n) like nkg_fold into out, which must have room for n bytes
 * (folding never lengthens); returns the folded length. No NUL is added. */
size_t nkg_fold__buf(char *out, const char *s, size_t n);

/* ---- added by the entity module (gazetteer.c) ---- */

/* How many people in the gazetteer (one per QID) have the word w[0..n)
 * (folded) as the first word of their label (*given) and as the last
 * (*family): evidence that an unknown capitalized word is a given name or
 * a surname. The table is built on the first call. */
void nkg_gazetteer__name_word(const nkg_gazetteer *g, const char *w, size_t n, unsigned *given,
                              unsigned *family);

#endif /* NKG_INTERNAL_H */
