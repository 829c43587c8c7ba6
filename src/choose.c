/* choose.c: which gazetteer entry a name stands for, when the gazetteer
 * offers several (entity.c finds the names, this file only picks).
 *
 * Candidates are narrowed by the class the context asks for, then by
 * hand-verified rows, the prominence of places of one name and the
 * countries the article already names; weakly attested namesakes give way
 * to one well-attested organization. A QID is linked only when one item is
 * left, and a person or a lone town name needs more evidence still. */
#include <string.h>

#include "doc.h"

/* Gazetteer type -> entity class, or -1 for rows that are not entities
 * (positions, events). */
int nkg_choose__cls(const char *type)
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

/* Countries already named in the document: context for disambiguation. */
bool nkg_choose__in_context(const nkg_doc *doc, const char *qid)
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
  return v && (v->flags & NKG_GAZ_VERIFIED) && nkg_choose__cls(v->type) == nkg_choose__cls(g->type);
}

/* A city or lesser place: many towns share such a name, so it needs more
 * evidence than a country or region. */
bool nkg_choose__minor_place(const nkg_gaz_entry *g)
{
  return strcmp(g->type, "city") == 0 || strcmp(g->type, "place") == 0;
}

/* Distinct people among candidates: "John Smith" names several, and the
 * country of one of them in the article does not make him the one meant
 * (the man quoted may be another John Smith). */
size_t nkg_choose__namesakes(const nkg_gaz_entry *const *c, size_t n)
{
  size_t i, k, people = 0;
  for(i = 0; i < n; i++) {
    bool seen = false;
    if(strcmp(c[i]->type, "person") != 0 || !c[i]->qid[0])
      continue;
    for(k = 0; k < i && !seen; k++)
      seen = strcmp(c[k]->type, "person") == 0 && strcmp(c[k]->qid, c[i]->qid) == 0;
    people += !seen;
  }
  return people;
}

/* Among candidates that are all places: a country beats towns of its name
 * (Singapore); else one item of the first rank beats the rest, or one
 * notable item beats unranked ones. Keeps all when no single item stands
 * out; returns the new count. */
static size_t S_prominent(const nkg_gaz_entry **keep, size_t nk)
{
  static const unsigned ranks[] = {0, NKG_GAZ_MAJOR, NKG_GAZ_NOTABLE};
  size_t i, r, w;
  for(i = 0; i < nk; i++)
    if(nkg_choose__cls(keep[i]->type) != NKG_CLS_PLACE)
      return nk;
  for(r = 0; r < 3; r++) {
    const nkg_gaz_entry *pick = NULL;
    bool one = true;
    for(i = 0; i < nk; i++) {
      bool hit = r == 0 ? strcmp(keep[i]->type, "country") == 0 : (keep[i]->flags & ranks[r]);
      if(!hit)
        continue;
      if(pick && strcmp(pick->qid, keep[i]->qid) != 0)
        one = false;
      pick = pick ? pick : keep[i];
    }
    if(!pick)
      continue;
    if(!one)
      return nk;
    if(r == 0) { /* a country beats towns, not regions ("Georgia") */
      for(i = 0; i < nk; i++)
        if(strcmp(keep[i]->type, "region") == 0)
          return nk;
    }
    for(i = 0, w = 0; i < nk; i++)
      if(strcmp(keep[i]->qid, pick->qid) == 0)
        keep[w++] = keep[i];
    return w;
  }
  return nk;
}

/* Picks among gazetteer candidates. Returns the chosen entry (NULL: none
 * fits) and sets *link when its QID may be emitted: only one distinct QID
 * is left after type, verified-row and country-context filters. want is a
 * class or -1. media_only restricts to news outlets (photo credits). */
const nkg_gaz_entry *nkg_choose__pick(const nkg_doc *doc, const nkg_gaz_entry *const *c, size_t n,
                                      int want, bool media_only, bool public_affairs, bool *link)
{
  const nkg_gaz_entry *keep[64];
  size_t nk = 0, i, verified = 0, inctx = 0;
  *link = false;
  for(i = 0; i < n && nk < 64; i++) {
    int cls = nkg_choose__cls(c[i]->type);
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
  /* Newspapers are named after their town or country ("Iran", "The
   * Independent"): a news outlet is read only where nothing else fits, or
   * where the context asks for one (a photo credit). */
  if(!media_only) {
    size_t w = 0;
    for(i = 0; i < nk; i++)
      if(strcmp(keep[i]->type, "media") != 0)
        keep[w++] = keep[i];
    if(w > 0)
      nk = w;
  }
  for(i = 0; i < nk; i++) {
    if(S_verified_qid(doc, keep[i]))
      verified++;
    if(nkg_choose__in_context(doc, keep[i]->country) || nkg_choose__in_context(doc, keep[i]->qid))
      inctx++;
  }
  /* Narrow: verified rows override; then, among places of one name, the
   * most prominent one (London, not London, Ohio, even in an article that
   * names the United States); then country context. */
  if(verified == 0 && nk > 1)
    nk = S_prominent(keep, nk);
  if(verified > 0) {
    size_t w = 0;
    for(i = 0; i < nk; i++)
      if(S_verified_qid(doc, keep[i]))
        keep[w++] = keep[i];
    nk = w;
  } else if(inctx > 0 && inctx < nk) {
    size_t w = 0;
    for(i = 0; i < nk; i++)
      if(nkg_choose__in_context(doc, keep[i]->country) || nkg_choose__in_context(doc, keep[i]->qid))
        keep[w++] = keep[i];
    nk = w;
  }
  /* One well-attested organization among weakly attested namesakes
   * ("Boeing" beside ROR's national branches that wear the parent's name,
   * "Ford" beside one-word US towns): the well-attested one is meant. */
  if(nk > 1) {
    size_t strong = 0, w = 0;
    const nkg_gaz_entry *s0 = NULL;
    bool same = true;
    for(i = 0; i < nk; i++)
      if(!(keep[i]->flags & NKG_GAZ_WEAK)) {
        if(s0 && strcmp(s0->qid, keep[i]->qid) != 0)
          same = false;
        s0 = s0 ? s0 : keep[i];
        strong++;
      }
    /* an organization only: a town of the name may still be meant where a
     * strong town has weak namesakes ("Henderson") */
    if(same && s0 && strong < nk && nkg_choose__cls(s0->type) == NKG_CLS_ORG) {
      for(i = 0; i < nk; i++)
        if(!(keep[i]->flags & NKG_GAZ_WEAK))
          keep[w++] = keep[i];
      nk = w;
    }
  }
  {
    bool one = true;
    for(i = 1; i < nk; i++)
      if(strcmp(keep[i]->qid, keep[0]->qid) != 0)
        one = false;
    *link = one && keep[0]->qid[0] && !(keep[0]->flags & NKG_GAZ_WEAK);
    /* A person's name alone is weak evidence (a cricketer shares a
     * politician's name): link a person only when verified or from a
     * country the article names; entity.c's S_link_people looks again at
     * the end. */
    if(*link && nkg_choose__cls(keep[0]->type) == NKG_CLS_PERSON && !S_verified_qid(doc, keep[0]) &&
       (!nkg_choose__in_context(doc, keep[0]->country) || nkg_choose__namesakes(c, n) > 1 ||
        !public_affairs))
      *link = false;
    /* A lone word naming only towns of countries the article does not
     * name ("Metro workers", "Winner") is too weak to link */
    if(*link && nkg_choose__minor_place(keep[0]) && !S_verified_qid(doc, keep[0]) &&
       !strchr(keep[0]->label, ' ') && !nkg_choose__in_context(doc, keep[0]->country) &&
       !(keep[0]->flags & (NKG_GAZ_MAJOR | NKG_GAZ_NOTABLE)))
      *link = false;
    if(!one) {
      /* Ambiguous: keep the entity (same class for all?) but link none. */
      for(i = 1; i < nk; i++)
        if(nkg_choose__cls(keep[i]->type) != nkg_choose__cls(keep[0]->type))
          return NULL;
    }
  }
  return keep[0];
}

/* Some candidate is an organization. */
bool nkg_choose__has_org(const nkg_gaz_entry *const *c, size_t n)
{
  size_t k;
  for(k = 0; k < n; k++)
    if(nkg_choose__cls(c[k]->type) == NKG_CLS_ORG)
      return true;
  return false;
}

/* Every candidate comes from a source known to hold wrong ids (ROR's
 * branches, one-word US towns): a name, but weak evidence of one. */
bool nkg_choose__all_weak(const nkg_gaz_entry *const *c, size_t n)
{
  size_t k;
  for(k = 0; k < n; k++)
    if(!(c[k]->flags & NKG_GAZ_WEAK))
      return false;
  return n > 0;
}

/* Every candidate is a town or region (not a country): "Harlow", "Bay". */
bool nkg_choose__all_places(const nkg_gaz_entry *const *c, size_t n)
{
  size_t k;
  for(k = 0; k < n; k++)
    if(!nkg_choose__minor_place(c[k]) && strcmp(c[k]->type, "region") != 0)
      return false;
  return n > 0;
}
