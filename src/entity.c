/* entity.c: people, organizations and places, and which mentions are the
 * same entity.
 *
 * Three sources of evidence, in this order at each token: a title ("Secretary
 * of State") marks the capitalized words after it as a person; the gazetteer
 * finds known names (longest match) and links them when exactly one candidate
 * fits; other capitalized sequences become entities only with a cue that says
 * what they are (a title, "said", an organization word such as "Ministry",
 * "in"/"at" before a place, a photo credit). A capital letter alone is no
 * evidence: sentence openers, quoted slogans and words in headline case are
 * not names. Afterwards a surname alone ("Maduro") is merged with the one
 * full name that ends with it. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"

/* ---- entity table ---- */

static bool S_streq_fold(const char *a, size_t an, const char *b, size_t bn)
{
  nkg_str fa = {NULL, 0, 0}, fb = {NULL, 0, 0};
  bool eq;
  nkg_fold(&fa, a, an);
  nkg_fold(&fb, b, bn);
  eq = fa.len == fb.len && (fa.len == 0 || memcmp(fa.s, fb.s, fa.len) == 0);
  nkg_str_free(&fa);
  nkg_str_free(&fb);
  return eq;
}

int nkg_entity__add(nkg_doc *doc, nkg_cls cls, const char *name, size_t namelen, const char *qid,
                    const char *kind, const char *country)
{
  size_t i;
  nkg_entity e;
  for(i = 0; i < doc->nent; i++) {
    nkg_entity *x = &doc->ents[i];
    if(x->merged_into >= 0)
      continue;
    if(qid && x->qid && strcmp(qid, x->qid) == 0)
      return (int)i;
    if(!qid && !x->qid && x->cls == cls && S_streq_fold(x->name, strlen(x->name), name, namelen))
      return (int)i;
  }
  memset(&e, 0, sizeof e);
  e.name = nkg_xstrndup(name, namelen);
  e.qid = qid && *qid ? nkg_xstrdup(qid) : NULL;
  e.kind = kind && *kind ? nkg_xstrdup(kind) : NULL;
  e.country = country && *country ? nkg_xstrdup(country) : NULL;
  e.cls = cls;
  e.first = (size_t)-1;
  e.merged_into = -1;
  NKG_PUSH(doc->ents, doc->nent, doc->entcap, e);
  return (int)doc->nent - 1;
}

void nkg_entity__mention(nkg_doc *doc, int ent, size_t start, size_t end, unsigned flags)
{
  nkg_mention m;
  size_t i;
  /* One entity per span. Mentions arrive in text order but for a few (the
   * header's, a role's body): the recent ones and the index cover both. */
  for(i = doc->nment; i > 0 && i + 16 > doc->nment; i--)
    if(doc->ments[i - 1].start == start && doc->ments[i - 1].end == end)
      return;
  {
    int k = doc->nindexed ? nkg_entity__mention_starting(doc, start) : -1;
    if(k >= 0 && doc->ments[k].end == end)
      return;
  }
  m.start = start;
  m.end = end;
  m.entity = ent;
  m.flags = flags;
  m.sent = 0;
  { /* the last sentence starting at or before the mention */
    size_t lo = 0, hi = doc->nsent;
    while(lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if(doc->sents[mid].start <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
    m.sent = lo > 0 ? (unsigned)(lo - 1) : 0;
  }
  NKG_PUSH(doc->ments, doc->nment, doc->mentcap, m);
  if(start < doc->ents[ent].first)
    doc->ents[ent].first = start;
}

/* qsort has no context argument in C11: sort (key, index) pairs instead. */
typedef struct {
  size_t key, idx;
} keyed;

static int S_cmp_keyed(const void *a, const void *b)
{
  const keyed *x = a, *y = b;
  if(x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void S_sort_by(const nkg_doc *doc, size_t *out, bool by_end)
{
  keyed *k = nkg_xmalloc((doc->nment + 1) * sizeof *k);
  size_t i;
  for(i = 0; i < doc->nment; i++) {
    k[i].key = by_end ? doc->ments[i].end : doc->ments[i].start;
    k[i].idx = i;
  }
  qsort(k, doc->nment, sizeof *k, S_cmp_keyed);
  for(i = 0; i < doc->nment; i++)
    out[i] = k[i].idx;
  free(k);
}

/* The index is a cache of doc->ments: filling it changes no answer, so a
 * const document may fill it (a document belongs to one thread). */
static void S_index(const nkg_doc *cdoc)
{
  nkg_doc *doc = (nkg_doc *)(uintptr_t)cdoc;
  if(doc->nindexed == doc->nment && doc->by_start)
    return;
  doc->by_start = nkg_xrealloc(doc->by_start, (doc->nment + 1) * sizeof *doc->by_start);
  doc->by_end = nkg_xrealloc(doc->by_end, (doc->nment + 1) * sizeof *doc->by_end);
  S_sort_by(doc, doc->by_start, false);
  S_sort_by(doc, doc->by_end, true);
  doc->nindexed = doc->nment;
}

static int S_search(const nkg_doc *doc, const size_t *order, size_t off, bool by_end)
{
  size_t lo = 0, hi = doc->nment;
  while(lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const nkg_mention *m = &doc->ments[order[mid]];
    size_t key = by_end ? m->end : m->start;
    if(key < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  if(lo < doc->nment) {
    const nkg_mention *m = &doc->ments[order[lo]];
    if((by_end ? m->end : m->start) == off)
      return (int)order[lo];
  }
  return -1;
}

int nkg_entity__mention_starting(const nkg_doc *doc, size_t off)
{
  S_index(doc);
  return S_search(doc, doc->by_start, off, false);
}

int nkg_entity__mention_ending(const nkg_doc *doc, size_t off)
{
  S_index(doc);
  return S_search(doc, doc->by_end, off, true);
}

/* ---- evidence ---- */

static int S_type_cls(const char *type)
{
  if(strcmp(type, "person") == 0)
    return NKG_CLS_PERSON;
  if(strcmp(type, "country") == 0 || strcmp(type, "city") == 0 || strcmp(type, "region") == 0 ||
     strcmp(type, "place") == 0)
    return NKG_CLS_PLACE;
  if(strcmp(type, "position") == 0 || strcmp(type, "event") == 0)
    return -1;
  return NKG_CLS_ORG;
}

static const char *S_tok(const nkg_doc *doc, size_t i, size_t *n)
{
  *n = doc->toks[i].end - doc->toks[i].start;
  return doc->text + doc->toks[i].start;
}

/* Tokens [i, i+m) look like a name: every content word capitalized. */
static bool S_caps_ok(const nkg_doc *doc, size_t i, size_t m)
{
  size_t k, n, content = 0;
  for(k = i; k < i + m; k++) {
    const nkg_token *t = &doc->toks[k];
    const char *w = S_tok(doc, k, &n);
    if(t->flags & NKG_TOK_PUNCT)
      continue;
    if(k > i && nkg_lex__is_connector(w, n))
      continue;
    if(!(t->flags & (NKG_TOK_CAP | NKG_TOK_NUM)))
      return false;
    content++;
  }
  if(content == 0)
    return false;
  if(m == 1) {
    const char *w = S_tok(doc, i, &n);
    if(nkg_lex__is_common_cap(w, n))
      return false;
  }
  return true;
}

/* Countries already named in the document: context for disambiguation. */
static bool S_context_country(const nkg_doc *doc, const char *qid)
{
  size_t i;
  if(!qid || !*qid)
    return false;
  for(i = 0; i < doc->nent; i++) {
    const nkg_entity *e = &doc->ents[i];
    if(e->merged_into >= 0)
      continue;
    if(e->qid && strcmp(e->qid, qid) == 0)
      return true;
    if(e->country && strcmp(e->country, qid) == 0)
      return true;
  }
  return false;
}

/* The candidate's item has a hand-verified row (under any of its names):
 * verified rows override every other source. */
static bool S_verified_qid(const nkg_doc *doc, const nkg_gaz_entry *g)
{
  const nkg_gaz_entry *v;
  if(g->flags & NKG_GAZ_VERIFIED)
    return true;
  if(!g->qid[0] || !doc->ctx->gaz)
    return false;
  v = nkg_gazetteer__by_qid(doc->ctx->gaz, g->qid);
  return v && (v->flags & NKG_GAZ_VERIFIED) && S_type_cls(v->type) == S_type_cls(g->type);
}

/* Picks among gazetteer candidates. Returns the chosen entry (NULL: none
 * fits) and sets *link when its QID may be emitted: only one distinct QID
 * is left after type, verified-row and country-context filters. want is a
 * class or -1. media_only restricts to news outlets (photo credits). */
static const nkg_gaz_entry *S_choose(const nkg_doc *doc, const nkg_gaz_entry *const *c, size_t n,
                                     int want, bool media_only, bool *link)
{
  const nkg_gaz_entry *keep[64];
  size_t nk = 0, i, verified = 0, inctx = 0, capital = 0;
  *link = false;
  for(i = 0; i < n && nk < 64; i++) {
    int cls = S_type_cls(c[i]->type);
    if(cls < 0)
      continue;
    if(want >= 0 && cls != want)
      continue;
    if(media_only && strcmp(c[i]->type, "media") != 0)
      continue;
    keep[nk++] = c[i];
  }
  if(nk == 0)
    return NULL;
  for(i = 0; i < nk; i++) {
    if(S_verified_qid(doc, keep[i]))
      verified++;
    if(S_context_country(doc, keep[i]->country) || S_context_country(doc, keep[i]->qid))
      inctx++;
    if(strstr(keep[i]->type, "country") || (keep[i]->flags & (1u << 4)))
      capital++;
  }
  /* Narrow: verified rows override; then country context. */
  if(verified > 0) {
    size_t w = 0;
    for(i = 0; i < nk; i++)
      if(S_verified_qid(doc, keep[i]))
        keep[w++] = keep[i];
    nk = w;
  } else if(inctx > 0 && inctx < nk) {
    size_t w = 0;
    for(i = 0; i < nk; i++)
      if(S_context_country(doc, keep[i]->country) || S_context_country(doc, keep[i]->qid))
        keep[w++] = keep[i];
    nk = w;
  }
  (void)capital;
  {
    bool one = true;
    for(i = 1; i < nk; i++)
      if(strcmp(keep[i]->qid, keep[0]->qid) != 0)
        one = false;
    *link = one && keep[0]->qid[0] && !(keep[0]->flags & NKG_GAZ_WEAK);
    if(!one) {
      /* Ambiguous: keep the entity (same class for all?) but link none. */
      for(i = 1; i < nk; i++)
        if(S_type_cls(keep[i]->type) != S_type_cls(keep[0]->type))
          return NULL;
    }
  }
  return keep[0];
}

/* Is the token sequence [i, j) wrapped in quotation marks ("Freedom")? */
static bool S_quoted(const nkg_doc *doc, size_t i, size_t j)
{
  return i > 0 && j < doc->ntok && (doc->toks[i - 1].flags & NKG_TOK_QOPEN) &&
         (doc->toks[j].flags & NKG_TOK_QCLOSE);
}

/* An existing person whose last (or only) name word equals token i. */
static int S_person_by_surname(const nkg_doc *doc, const char *w, size_t n)
{
  size_t i;
  int found = -1;
  for(i = 0; i < doc->nent; i++) {
    const nkg_entity *e = &doc->ents[i];
    const char *last;
    if(e->merged_into >= 0 || e->cls != NKG_CLS_PERSON)
      continue;
    last = strrchr(e->name, ' ');
    if(!last)
      continue; /* a lone surname is merged into its full name later */
    last++;
    if(S_streq_fold(last, strlen(last), w, n)) {
      if(found >= 0 && found != (int)i)
        return -2; /* two people share it: do not guess */
      found = (int)i;
    }
  }
  if(found == -1) { /* no full name yet: an earlier lone surname */
    for(i = 0; i < doc->nent; i++) {
      const nkg_entity *e = &doc->ents[i];
      if(e->merged_into < 0 && e->cls == NKG_CLS_PERSON && !strchr(e->name, ' ') &&
         S_streq_fold(e->name, strlen(e->name), w, n))
        return (int)i;
    }
  }
  return found;
}

static bool S_in_span(size_t off, size_t s, size_t e)
{
  return e > s && off >= s && off < e;
}

/* Token i lies in a part of the text we read for entities. */
static bool S_readable(const nkg_doc *doc, size_t i)
{
  size_t off = doc->toks[i].start;
  if(S_in_span(off, doc->byline_start, doc->byline_end) ||
     S_in_span(off, doc->dateline_start, doc->dateline_end))
    return false;
  return true;
}

/* Word before token i (skipping nothing); NULL at sentence start. */
static const char *S_prev_word(const nkg_doc *doc, size_t i, size_t *n)
{
  if(i == 0 || (doc->toks[i].flags & NKG_TOK_SSTART))
    return NULL;
  return S_tok(doc, i - 1, n);
}

static bool S_is_word(const char *w, size_t n, const char *lit)
{
  size_t k;
  if(!w || strlen(lit) != n)
    return false;
  for(k = 0; k < n; k++)
    if(tolower((unsigned char)w[k]) != lit[k])
      return false;
  return true;
}

/* Classifies an unknown capitalized sequence [i, j) by its cues; -1: no cue. */
static int S_cue_class(const nkg_doc *doc, size_t i, size_t j, bool person_cue)
{
  size_t k, n;
  const char *w;
  if(person_cue)
    return NKG_CLS_PERSON;
  for(k = i; k < j; k++) {
    w = S_tok(doc, k, &n);
    if(k > i && nkg_lex__is_org_cue(w, n))
      return NKG_CLS_ORG;
  }
  w = S_tok(doc, i, &n);
  if(nkg_lex__is_org_cue(w, n) && j - i > 1)
    return NKG_CLS_ORG; /* "Ministry of Oil", "University of X" */
  /* "X, who ...", "X, an economist at ...", "X, 45, ...": an apposition
   * that describes a person */
  if(j + 1 < doc->ntok && j - i >= 2 && j - i <= 4 && doc->text[doc->toks[j].start] == ',') {
    const char *nw2 = S_tok(doc, j + 1, &n);
    if(S_is_word(nw2, n, "who") || (doc->toks[j + 1].flags & NKG_TOK_NUM))
      return NKG_CLS_PERSON;
    {
      const nkg_title *tt;
      if(nkg_lex__title(doc->text, doc->toks, doc->ntok, j + 1, &tt) > 0 && !tt->honorific &&
         !(doc->toks[j + 1].flags & NKG_TOK_CAP))
        return NKG_CLS_PERSON; /* "Ines Penaranda, general secretary of ..." */
    }
    if((S_is_word(nw2, n, "a") || S_is_word(nw2, n, "an")) && j + 2 < doc->ntok &&
       !(doc->toks[j + 2].flags & NKG_TOK_CAP)) {
      const nkg_title *tt;
      size_t k2;
      for(k2 = j + 2; k2 < doc->ntok && k2 < j + 5; k2++)
        if(nkg_lex__title(doc->text, doc->toks, doc->ntok, k2, &tt) > 0 && !tt->honorific)
          return NKG_CLS_PERSON;
    }
  }
  /* "X said", "X, a spokesman, said": a person when 2-3 name words */
  if(j < doc->ntok && j - i >= 2 && j - i <= 3) {
    w = S_tok(doc, j, &n);
    if(nkg_lex__is_speech_verb(w, n))
      return NKG_CLS_PERSON;
  }
  {
    const char *p = S_prev_word(doc, i, &n);
    if(p && j - i >= 2 && j - i <= 3 && nkg_lex__is_speech_verb(p, n))
      return NKG_CLS_PERSON;
    if(p && (S_is_word(p, n, "in") || S_is_word(p, n, "near")) && j - i <= 2 &&
       !(doc->toks[i].flags & NKG_TOK_ALLCAP))
      return NKG_CLS_PLACE;
  }
  return -1;
}

/* The position a title token sequence starting at i names, if followed by a
 * capitalized word: returns title length (0: none). */
static size_t S_title_before_name(const nkg_doc *doc, size_t i)
{
  const nkg_title *t;
  size_t m = nkg_lex__title(doc->text, doc->toks, doc->ntok, i, &t);
  if(m == 0 || i + m >= doc->ntok)
    return 0;
  if(!(doc->toks[i + m].flags & NKG_TOK_CAP) || (doc->toks[i + m].flags & NKG_TOK_SSTART))
    return 0;
  return m;
}

/* Photo credits: "(AP Photo/Jane Doe)", "Photo by Jane Doe". Returns true
 * and sets *media_end when tokens at i are "X Photo /". */
static bool S_photo_credit(const nkg_doc *doc, size_t i, size_t *agency_end, size_t *name_start)
{
  size_t k;
  for(k = i + 1; k < doc->ntok && k <= i + 3; k++) {
    if(nkg_token__is(doc->text, &doc->toks[k], "photo") ||
       nkg_token__is(doc->text, &doc->toks[k], "photos")) {
      if(k + 2 < doc->ntok && doc->text[doc->toks[k + 1].start] == '/') {
        *agency_end = k;
        *name_start = k + 2;
        return true;
      }
      return false;
    }
  }
  return false;
}

static void S_add_gaz(nkg_doc *doc, const nkg_gaz_entry *g, bool link, size_t start, size_t end)
{
  int cls = S_type_cls(g->type);
  unsigned fl = NKG_M_NAME;
  int ent;
  const char *name = g->label;
  size_t nl = strlen(name);
  if(g->flags & NKG_GAZ_DEMONYM)
    fl = NKG_M_DEMONYM;
  if(!link && !(g->flags & NKG_GAZ_DEMONYM)) {
    name = doc->text + start; /* unlinked: name as written */
    nl = end - start;
  }
  ent = nkg_entity__add(doc, (nkg_cls)cls, name, nl, link ? g->qid : NULL, g->type,
                        g->country[0] ? g->country : NULL);
  nkg_entity__mention(doc, ent, start, end, fl);
}

static bool S_armed_word(const nkg_doc *doc, size_t i)
{
  return nkg_token__is(doc->text, &doc->toks[i], "military") ||
         nkg_token__is(doc->text, &doc->toks[i], "army") ||
         nkg_token__is(doc->text, &doc->toks[i], "armed-forces");
}

/* Merges entity a into b: mentions move, a is gone. */
static void S_merge(nkg_doc *doc, int a, int b)
{
  size_t i;
  if(a == b)
    return;
  for(i = 0; i < doc->nment; i++)
    if(doc->ments[i].entity == a)
      doc->ments[i].entity = b;
  doc->ents[a].merged_into = b;
  if(doc->ents[a].first < doc->ents[b].first)
    doc->ents[b].first = doc->ents[a].first;
  if(doc->ents[a].publisher)
    doc->ents[b].publisher = true;
}

/* Single-word persons are the surname of the one full name ending in it. */
static void S_corefer(nkg_doc *doc)
{
  size_t i, j;
  for(i = 0; i < doc->nent; i++) {
    nkg_entity *e = &doc->ents[i];
    int found = -1;
    if(e->merged_into >= 0 || e->cls != NKG_CLS_PERSON || strchr(e->name, ' '))
      continue;
    for(j = 0; j < doc->nent; j++) {
      const nkg_entity *f = &doc->ents[j];
      const char *last;
      if(j == i || f->merged_into >= 0 || f->cls != NKG_CLS_PERSON || !strchr(f->name, ' '))
        continue;
      last = strrchr(f->name, ' ') + 1;
      if(S_streq_fold(last, strlen(last), e->name, strlen(e->name))) {
        found = found < 0 ? (int)j : -2;
      }
    }
    if(found >= 0)
      S_merge(doc, (int)i, found);
  }
}

/* A person named only by title and surname ("President Trump") links to
 * the one gazetteer person with that surname from a country the article
 * names; with two such people, or none, it stays unlinked. */
static void S_link_surnames(nkg_doc *doc)
{
  size_t i, k;
  if(!doc->ctx->gaz)
    return;
  for(i = 0; i < doc->nent; i++) {
    nkg_entity *e = &doc->ents[i];
    const nkg_gaz_entry *c[16], *pick = NULL;
    size_t n, fits = 0;
    int same;
    if(e->merged_into >= 0 || e->cls != NKG_CLS_PERSON || e->qid || strchr(e->name, ' '))
      continue;
    n = nkg_gazetteer__by_surname(doc->ctx->gaz, e->name, strlen(e->name), c, 16);
    if(n > 16)
      continue;
    for(k = 0; k < n; k++)
      if(c[k]->country[0] && S_context_country(doc, c[k]->country)) {
        pick = c[k];
        fits++;
      }
    if(fits > 1) { /* hand-verified rows override: one verified person wins */
      size_t verified = 0;
      for(k = 0; k < n; k++)
        if(c[k]->country[0] && S_context_country(doc, c[k]->country) &&
           (c[k]->flags & NKG_GAZ_VERIFIED)) {
          pick = c[k];
          verified++;
        }
      fits = verified;
    }
    if(fits != 1 || (pick->flags & NKG_GAZ_WEAK))
      continue;
    same = -1;
    for(k = 0; k < doc->nent; k++)
      if(k != i && doc->ents[k].merged_into < 0 && doc->ents[k].qid &&
         strcmp(doc->ents[k].qid, pick->qid) == 0)
        same = (int)k;
    if(same >= 0) {
      S_merge(doc, (int)i, same);
      continue;
    }
    free(e->name);
    e->name = nkg_xstrdup(pick->label);
    e->qid = nkg_xstrdup(pick->qid);
    free(e->country);
    e->country = nkg_xstrdup(pick->country);
  }
}

void nkg_entity__find(nkg_doc *doc)
{
  size_t i = 0;
  bool person_cue = false;
  const nkg_gazetteer *gaz = doc->ctx->gaz;

  while(i < doc->ntok) {
    const nkg_token *t = &doc->toks[i];
    const nkg_gaz_entry *const *cands = NULL;
    size_t ncand = 0, m, n, j;
    const char *w;
    if(!S_readable(doc, i) || (t->flags & NKG_TOK_SSTART))
      person_cue = (t->flags & NKG_TOK_SSTART) ? false : person_cue;
    if(!S_readable(doc, i)) {
      i++;
      continue;
    }
    if(t->flags & NKG_TOK_PUNCT) {
      person_cue = false;
      i++;
      continue;
    }
    w = S_tok(doc, i, &n);
    /* Photo credit */
    {
      size_t aend, nstart;
      if((t->flags & NKG_TOK_CAP) && i > 0 && doc->text[doc->toks[i - 1].start] == '(' &&
         S_photo_credit(doc, i, &aend, &nstart)) {
        size_t ne = nstart;
        while(ne < doc->ntok && (doc->toks[ne].flags & NKG_TOK_CAP) && ne - nstart < 4)
          ne++;
        m = gaz ? nkg_gazetteer__match(gaz, doc->text, doc->toks, doc->ntok, i, &cands, &ncand)
                : 0;
        if(m == aend - i) {
          bool link;
          const nkg_gaz_entry *g = S_choose(doc, cands, ncand, NKG_CLS_ORG, true, &link);
          if(g)
            S_add_gaz(doc, g, link, t->start, doc->toks[aend - 1].end);
        }
        if(ne > nstart) {
          int ent = nkg_entity__add(doc, NKG_CLS_PERSON, doc->text + doc->toks[nstart].start,
                                    doc->toks[ne - 1].end - doc->toks[nstart].start, NULL,
                                    "photographer", NULL);
          nkg_entity__mention(doc, ent, doc->toks[nstart].start, doc->toks[ne - 1].end,
                              NKG_M_NAME);
        }
        i = ne > nstart ? ne : aend + 1;
        continue;
      }
    }
    /* A country's armed forces: "the Venezuelan military", later "the
     * military" (one armed force in the document). */
    if(S_armed_word(doc, i)) {
      int country = -1, af = -1;
      if(i > 0 && doc->nment > 0) {
        const nkg_mention *pm = &doc->ments[doc->nment - 1];
        if(pm->end == doc->toks[i - 1].end && (pm->flags & NKG_M_DEMONYM))
          country = pm->entity;
      }
      if(country >= 0) {
        nkg_str name = {NULL, 0, 0};
        nkg_str_appendf(&name, "armed forces of %s", doc->ents[country].name);
        af = nkg_entity__add(doc, NKG_CLS_ORG, name.s, name.len, NULL, "armed_forces",
                             doc->ents[country].qid);
        nkg_str_free(&name);
        nkg_entity__mention(doc, af, doc->toks[i - 1].start, t->end, NKG_M_TITLE);
      } else if(i > 0 && nkg_token__is(doc->text, &doc->toks[i - 1], "the")) {
        size_t e;
        for(e = 0; e < doc->nent; e++)
          if(doc->ents[e].merged_into < 0 && doc->ents[e].kind &&
             strcmp(doc->ents[e].kind, "armed_forces") == 0)
            af = af < 0 ? (int)e : -2;
        if(af >= 0)
          nkg_entity__mention(doc, af, t->start, t->end, NKG_M_TITLE);
      }
      i++;
      continue;
    }
    /* Title before a name */
    m = S_title_before_name(doc, i);
    if(m > 0) {
      person_cue = true;
      i += m;
      continue;
    }
    /* Gazetteer */
    m = gaz ? nkg_gazetteer__match(gaz, doc->text, doc->toks, doc->ntok, i, &cands, &ncand) : 0;
    while(m > 0 && doc->toks[i + m - 1].sent != t->sent)
      m--; /* never across a sentence boundary */
    /* A known name followed by another capitalized word is part of a
     * longer name the gazetteer does not know ("Daniel Brannigan", not the
     * town of Daniel): leave it to the capitalized-sequence rules, unless
     * that word starts a title or another known name ("Venezuela
     * President", "Madrid, Spain"). */
    if(m > 0 && i + m < doc->ntok && doc->toks[i + m].sent == t->sent &&
       (doc->toks[i + m].flags & NKG_TOK_CAP) && !(doc->toks[i + m].flags & NKG_TOK_PUNCT)) {
      const nkg_gaz_entry *const *c2 = NULL;
      size_t n2 = 0, wn;
      const char *nw = S_tok(doc, i + m, &wn);
      if(S_title_before_name(doc, i + m) == 0 && !nkg_lex__is_common_cap(nw, wn) &&
         !(doc->toks[i + m].flags & NKG_TOK_ALLCAP) &&
         nkg_gazetteer__match(gaz, doc->text, doc->toks, doc->ntok, i + m, &c2, &n2) == 0 &&
         !nkg_lex__title(doc->text, doc->toks, doc->ntok, i + m, &(const nkg_title *){NULL}))
        m = 0;
    }
    if(m > 0 && S_caps_ok(doc, i, m)) {
      bool link = false;
      const nkg_gaz_entry *g = S_choose(doc, cands, ncand, person_cue ? NKG_CLS_PERSON : -1,
                                        false, &link);
      bool all_pos = true;
      size_t k;
      for(k = 0; k < ncand; k++)
        if(strcmp(cands[k]->type, "position") != 0)
          all_pos = false;
      if(all_pos) { /* a position name used as a title: role.c reads it */
        person_cue = true;
        i += m;
        continue;
      }
      /* A bare acronym is too ambiguous to link without context. */
      if(g && m == 1 && (t->flags & NKG_TOK_ALLCAP) && ncand > 1)
        link = false;
      /* "reads in Spanish:", "spoke in English.": a language, not a country */
      if(g && (g->flags & NKG_GAZ_DEMONYM) && i > 0 &&
         nkg_token__is(doc->text, &doc->toks[i - 1], "in") &&
         (i + m >= doc->ntok || (doc->toks[i + m].flags & NKG_TOK_PUNCT))) {
        i += m;
        continue;
      }
      if(g && !(S_quoted(doc, i, i + m) && S_type_cls(g->type) != NKG_CLS_PLACE)) {
        S_add_gaz(doc, g, link, t->start, doc->toks[i + m - 1].end);
        person_cue = false;
        i += m;
        continue;
      }
    }
    /* Unknown capitalized sequence */
    if((t->flags & NKG_TOK_CAP) && !nkg_lex__is_common_cap(w, n)) {
      int cls;
      j = i + 1;
      while(j < doc->ntok && doc->toks[j].sent == t->sent) {
        const nkg_token *u = &doc->toks[j];
        size_t un;
        const char *uw = S_tok(doc, j, &un);
        if((u->flags & NKG_TOK_CAP) && !(u->flags & NKG_TOK_PUNCT)) {
          if(S_title_before_name(doc, j) > 0)
            break;
          j++;
          continue;
        }
        if(nkg_lex__is_connector(uw, un) && j + 1 < doc->ntok &&
           (doc->toks[j + 1].flags & NKG_TOK_CAP) && doc->toks[j + 1].sent == t->sent) {
          j++;
          continue;
        }
        break;
      }
      if(S_quoted(doc, i, j)) { /* a quoted slogan or term: not a name */
        int p = (j - i == 1) ? S_person_by_surname(doc, w, n) : -1;
        if(p >= 0)
          nkg_entity__mention(doc, p, t->start, t->end, NKG_M_NAME);
        i = j;
        continue;
      }
      if(j - i == 1 && !person_cue) {
        int p = S_person_by_surname(doc, w, n);
        if(p >= 0) {
          nkg_entity__mention(doc, p, t->start, t->end, NKG_M_NAME);
          i = j;
          continue;
        }
      }
      if((t->flags & NKG_TOK_SSTART) && j - i == 1 && !person_cue) {
        i = j;
        continue;
      }
      cls = S_cue_class(doc, i, j, person_cue);
      if(cls >= 0) {
        int ent;
        if(cls == NKG_CLS_PERSON && j - i == 1) {
          int p = S_person_by_surname(doc, w, n);
          if(p >= 0) {
            nkg_entity__mention(doc, p, t->start, t->end, NKG_M_NAME);
            person_cue = false;
            i = j;
            continue;
          }
        }
        ent = nkg_entity__add(doc, (nkg_cls)cls, doc->text + t->start,
                              doc->toks[j - 1].end - t->start, NULL, NULL, NULL);
        nkg_entity__mention(doc, ent, t->start, doc->toks[j - 1].end, NKG_M_NAME);
      }
      person_cue = false;
      i = j;
      continue;
    }
    person_cue = false;
    i++;
  }
  S_corefer(doc);
  S_link_surnames(doc);
}
