/* doc.h: the document every stage reads and adds to, the context body and
 * the calls between the extraction stages (entity, role, event, quote) and
 * the graph builder. */
#ifndef NKG_DOC_H
#define NKG_DOC_H

#include <redland.h>

#include "nkg_internal.h"

struct nkg_ctx {
  librdf_world *world;
  raptor_world *raptor;
  nkg_gazetteer *gaz;
  char error[512];
  unsigned log_errors;   /* ERROR/FATAL messages seen from Redland */
  unsigned warnings;
};

/* Records a failure message in ctx and returns code. */
int nkg_ctx__error(nkg_ctx *ctx, int code, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 3, 4)))
#endif
  ;

/* General classes of entities (schema.org's top types). */
typedef enum { NKG_CLS_PERSON, NKG_CLS_ORG, NKG_CLS_PLACE } nkg_cls;

typedef struct {
  char *name;        /* display name (owned) */
  char *qid;         /* Wikidata id or NULL */
  char *kind;        /* gazetteer type: country, city, legislature, ... or NULL */
  char *country;     /* country QID when known, or NULL */
  nkg_cls cls;
  bool publisher;    /* the article's publisher */
  size_t first;      /* byte offset of first mention (ordering) */
  int merged_into;   /* -1, or the entity this one was found to be */
} nkg_entity;

enum {
  NKG_M_NAME = 1u << 0,    /* a proper name */
  NKG_M_PRONOUN = 1u << 1, /* he, she, him, her */
  NKG_M_DEMONYM = 1u << 2, /* "Venezuelan" for Venezuela */
  NKG_M_TITLE = 1u << 3,   /* a title phrase ("the country's Congress") */
  NKG_M_SUBJECT = 1u << 4  /* stands as the subject of its clause */
};

typedef struct {
  size_t start, end; /* bytes */
  int entity;        /* index in doc->ents */
  unsigned flags;
  unsigned sent;
} nkg_mention;

typedef struct {
  char *label;       /* "President of Venezuela", "opposition leader" (owned) */
  char *qid;         /* or NULL */
  int jurisdiction;  /* entity index (country/place) or -1 */
  int organization;  /* entity index or -1 */
  size_t start, end; /* a mention of the office itself (no holder named), or 0,0 */
} nkg_position;

typedef struct {
  int holder;        /* entity */
  int position;      /* index in doc->positions */
  size_t start, end; /* the text that states it */
} nkg_role;

typedef struct {
  const char *type;  /* ontology class local name: "Statement", "Protest", ... */
  size_t tstart, tend;/* trigger span */
  unsigned sent;
  int agent;         /* entity or -1 */
  int participants[8];
  int nparticipants;
  int target;        /* entity or -1 */
  int supports;      /* entity or -1 */
  int place;         /* entity or -1 */
  int timex;         /* index in doc->timex or -1 */
  bool planned;
  bool negated;
} nkg_event;

typedef struct {
  size_t start, end; /* content, without the quotation marks */
  int speaker;       /* entity or -1 */
  int event;         /* the Statement event or -1 */
  unsigned sent;
} nkg_quote;

/* Header facts given as fields (JSON lines, HTML) instead of header lines:
 * the text then starts with the headline (title_len bytes, 0: none). */
typedef struct {
  size_t title_len;
  const char *publisher, *author, *url;
} nkg_fields;

typedef struct {
  const nkg_options *opts;
  const nkg_fields *fields; /* or NULL: read the header from the text */
  nkg_ctx *ctx;
  char *text;          /* normalized UTF-8, NUL-terminated (owned) */
  size_t len;
  nkg_token *toks;
  size_t ntok;
  nkg_sentence *sents;
  size_t nsent;

  /* header */
  size_t headline_start, headline_end; /* 0,0 when none */
  size_t byline_start, byline_end;
  size_t dateline_start, dateline_end;
  size_t body_start;
  nkg_dct dct;
  bool dct_is_update;
  int publisher;       /* entity or -1 */
  int author;          /* entity or -1: the byline's person */

  nkg_timex *timex;
  size_t ntimex;

  nkg_entity *ents;
  size_t nent, entcap;
  nkg_mention *ments;
  size_t nment, mentcap;
  nkg_position *positions;
  size_t npos, poscap;
  nkg_role *roles;
  size_t nrole, rolecap;
  nkg_event *events;
  size_t nevent, eventcap;
  nkg_quote *quotes;
  size_t nquote, quotecap;

  /* Lookup cache: mention indexes sorted by start and by end offset, for
   * the stages that ask "which mention starts/ends here" once per token.
   * Rebuilt when mentions were added since (nindexed != nment). */
  size_t *by_start, *by_end;
  size_t nindexed;
} nkg_doc;

/* header.c: headline, byline/publisher, date line; sets body_start, dct. */
void nkg_header__read(nkg_doc *doc);

/* entity.c: names, demonyms, pronouns -> mentions and entities. */
void nkg_entity__find(nkg_doc *doc);
/* Adds (or finds) an entity; returns its index. */
int nkg_entity__add(nkg_doc *doc, nkg_cls cls, const char *name, size_t namelen, const char *qid,
                    const char *kind, const char *country);
void nkg_entity__mention(nkg_doc *doc, int ent, size_t start, size_t end, unsigned flags);
/* The mention (index into doc->ments) that starts / ends exactly at byte
 * off, or -1. O(log n): fills a cache in doc on first use. */
int nkg_entity__mention_starting(const nkg_doc *doc, size_t off);
int nkg_entity__mention_ending(const nkg_doc *doc, size_t off);
/* The entity e became by merges (e itself when never merged; -1 for -1). */
int nkg_entity__live(const nkg_doc *doc, int e);
/* Merges entity a into b: a's mentions move to b, a is gone. */
void nkg_entity__merge(nkg_doc *doc, int a, int b);
/* coref.c: one node per organization however it is written ("GM" and
 * "General Motors", "Apple" and "Apple Computer"). */
void nkg_entity__corefer_orgs(nkg_doc *doc);
/* teams.c: clubs named after their town in sports reports (run last by
 * nkg_entity__find). True for a sports report: clubs found there may have
 * other mentions to find. */
bool nkg_entity__teams(nkg_doc *doc);
/* Token i is a small whole number: a score, not a year or an amount. */
bool nkg_entity__score(const nkg_doc *doc, size_t i);

/* choose.c: which of several gazetteer candidates a name stands for. c[0..n)
 * are the candidates nkg_gazetteer__match/lookup returned (owned by the
 * gazetteer). */
/* Gazetteer type ("person", "city", "legislature", ...) -> nkg_cls, or -1
 * for rows that are not entities (positions, events). */
int nkg_choose__cls(const char *type);
/* Picks among c[0..n): returns the chosen entry or NULL (none fits, or the
 * candidates left disagree on the class) and sets *link when its QID may be
 * emitted (one item left). want is an nkg_cls or -1; media_only keeps only
 * news outlets (photo credits); public_affairs: the article is about
 * office holders (nkg_entity__find works it out once). */
const nkg_gaz_entry *nkg_choose__pick(const nkg_doc *doc, const nkg_gaz_entry *const *c, size_t n,
                                      int want, bool media_only, bool public_affairs, bool *link);
/* The document names the country (or item) qid: context for disambiguation.
 * qid may be NULL or "". */
bool nkg_choose__in_context(const nkg_doc *doc, const char *qid);
/* g is a city or lesser place (not a country or region). */
bool nkg_choose__minor_place(const nkg_gaz_entry *g);
/* Distinct people (by QID) among c[0..n). */
size_t nkg_choose__namesakes(const nkg_gaz_entry *const *c, size_t n);
/* Some candidate is an organization. */
bool nkg_choose__has_org(const nkg_gaz_entry *const *c, size_t n);
/* Every candidate is weakly attested (n > 0). */
bool nkg_choose__all_weak(const nkg_gaz_entry *const *c, size_t n);
/* Every candidate is a town or region, not a country (n > 0). */
bool nkg_choose__all_places(const nkg_gaz_entry *const *c, size_t n);

/* role.c: titles and positions held. */
void nkg_role__find(nkg_doc *doc);

/* Offices named without a holder ("I have ordered the Foreign Minister"),
 * after quotations are known: in a quotation the speaker's country is the
 * jurisdiction. */
void nkg_role__unnamed(nkg_doc *doc);

/* event.c: events with their arguments and dates. */
void nkg_event__find(nkg_doc *doc);

/* quote.c: quotations and who said them. */
void nkg_quote__find(nkg_doc *doc);

/* pipeline.c: runs every extraction stage into *doc (the graph is not
 * built). The caller frees doc with nkg_doc__free() whatever it returns. */
int nkg_doc__run(nkg_doc *doc, nkg_ctx *ctx, const nkg_options *opts, const char *text,
                 size_t len);
/* The same, with header facts given as fields (fields may be NULL). */
int nkg_doc__run_fields(nkg_doc *doc, nkg_ctx *ctx, const nkg_options *opts,
                        const nkg_fields *fields, const char *text, size_t len);
void nkg_doc__free(nkg_doc *doc);

#endif
