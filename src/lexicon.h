/* lexicon.h: closed word lists of English news (titles, cue words, verbs).
 * These are general grammar and genre words, not names: names live in the
 * gazetteer files. */
#ifndef NKG_LEXICON_H
#define NKG_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

#include "nkg_internal.h"

/* A title that names a position ("Secretary of State", "foreign minister").
 * canon is the position label used when no gazetteer position is found;
 * pattern is the label pattern of gazetteer positions ("President of %s"). */
typedef struct {
  const char *words;    /* lower-case words separated by single spaces */
  const char *canon;    /* canonical label, e.g. "Minister of Foreign Affairs" */
  bool head;            /* a head-of title ("leader", "president") usable as "X of ORG" */
  bool honorific;       /* Mr., Mrs., Dr.: marks a person, names no position */
} nkg_title;

/* Longest title starting at token i; returns tokens used (0: none). */
size_t nkg_lex__title(const char *text, const nkg_token *toks, size_t ntok, size_t i,
                      const nkg_title **out);

bool nkg_lex__is_org_cue(const char *w, size_t n);     /* Ministry, Inc., Party ... */
bool nkg_lex__is_speech_verb(const char *w, size_t n); /* said, told, announced ... */
bool nkg_lex__is_org_noun(const char *w, size_t n);    /* firm, agency, giant (lower case) */
bool nkg_lex__is_connector(const char *w, size_t n);   /* of, the, de, for, and (inside names) */
bool nkg_lex__is_common_cap(const char *w, size_t n);  /* words capitalized only by position */
bool nkg_lex__is_place_word(const char *w, size_t n);  /* Road, River, Island, Airport ... */
bool nkg_lex__is_place_head(const char *w, size_t n);  /* Mount, Lake, Port, Cape (before a name) */
bool nkg_lex__is_common_acronym(const char *w, size_t n); /* CEO, GMT, TV: not organizations */
bool nkg_lex__is_common_word(const char *w, size_t n);    /* an English word: "house", "value" */
/* he/she/him/her/his: returns 1 male, 2 female, 0 none */
int nkg_lex__pronoun(const char *w, size_t n);

#endif
