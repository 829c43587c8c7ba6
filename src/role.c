/* role.c: titles and the positions people hold.
 *
 * A title ("President", "Secretary of State", "opposition leader") names a
 * Position. Its holder is the person named right after it, or the person the
 * sentence is about in "As the leader of X, Guaido said". Its jurisdiction
 * is the country written before it ("Venezuelan President", "Venezuela's
 * foreign minister"), else the holder's country from the gazetteer. The
 * Position is linked to Wikidata only through a gazetteer position whose
 * label is the title with that jurisdiction ("President of Venezuela",
 * "United States Secretary of State") and whose country agrees. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"

/* Finds a gazetteer entry of type type whose label is fmt filled with arg
 * and (if country) of that country. */
static const nkg_gaz_entry *S_gaz_pattern(const nkg_doc *doc, const char *fmt, const char *arg,
                                          const char *type, const char *country)
{
  nkg_str s = {NULL, 0, 0};
  const nkg_gaz_entry *const *c = NULL;
  const nkg_gaz_entry *found = NULL;
  size_t n, i;
  if(!doc->ctx->gaz)
    return NULL;
  nkg_str_appendf(&s, fmt, arg);
  n = nkg_gazetteer__lookup(doc->ctx->gaz, s.s, s.len, &c);
  for(i = 0; i < n; i++) {
    if(strcmp(c[i]->type, type) != 0 || !c[i]->qid[0] || (c[i]->flags & NKG_GAZ_WEAK))
      continue;
    if(country && c[i]->country[0] && strcmp(c[i]->country, country) != 0)
      continue;
    if(found && strcmp(found->qid, c[i]->qid) != 0) {
      found = NULL; /* two offices answer: link none */
      break;
    }
    found = c[i];
  }
  nkg_str_free(&s);
  return found;
}

/* The live entity whose QID is qid (NULL: none), or -1. */
static int S_entity_with_qid(const nkg_doc *doc, const char *qid)
{
  size_t e;
  if(!qid)
    return -1;
  for(e = 0; e < doc->nent; e++)
    if(doc->ents[e].merged_into < 0 && doc->ents[e].qid && strcmp(doc->ents[e].qid, qid) == 0)
      return (int)e;
  return -1;
}

static int S_position(nkg_doc *doc, const nkg_title *t, int juris, int org)
{
  static const char *const country_patterns[] = {"%s of ", "%s of the ", NULL};
  const nkg_gaz_entry *g = NULL;
  nkg_str label = {NULL, 0, 0};
  size_t i;
  nkg_position p;

  if(juris >= 0 && doc->ents[juris].qid) {
    const char *cq = doc->ents[juris].qid;
    const char *cl = doc->ents[juris].name;
    nkg_str f = {NULL, 0, 0};
    for(i = 0; country_patterns[i] && !g; i++) {
      f.len = 0;
      nkg_str_appendf(&f, country_patterns[i], t->canon);
      nkg_str_appendz(&f, "%s");
      g = S_gaz_pattern(doc, f.s, cl, "position", cq);
    }
    if(!g) { /* "United States Secretary of State" */
      f.len = 0;
      nkg_str_appendf(&f, "%%s %s", t->canon);
      g = S_gaz_pattern(doc, f.s, cl, "position", cq);
    }
    nkg_str_free(&f);
  }
  if(!g && org >= 0 && t->head) {
    static const char *const heads[] = {"President of the %s", "President of %s",
                                        "Speaker of the %s", "Chairman of the %s",
                                        "Chairman of %s", "Secretary-General of the %s", NULL};
    for(i = 0; heads[i] && !g; i++)
      g = S_gaz_pattern(doc, heads[i], doc->ents[org].name, "position", doc->ents[org].country);
  }
  if(g) {
    nkg_str_appendz(&label, g->label);
  } else {
    nkg_str_appendz(&label, t->canon);
    if(org >= 0)
      nkg_str_appendf(&label, " of %s", doc->ents[org].name);
    else if(juris >= 0)
      nkg_str_appendf(&label, " of %s", doc->ents[juris].name);
  }
  for(i = 0; i < doc->npos; i++)
    if(strcmp(doc->positions[i].label, label.s) == 0) {
      nkg_str_free(&label);
      return (int)i;
    }
  p.label = label.s;
  p.qid = g ? nkg_xstrdup(g->qid) : NULL;
  p.jurisdiction = juris;
  p.organization = org;
  p.start = p.end = 0;
  NKG_PUSH(doc->positions, doc->npos, doc->poscap, p);
  return (int)doc->npos - 1;
}

static void S_role(nkg_doc *doc, int holder, int pos, size_t start, size_t end)
{
  nkg_role r;
  size_t i;
  for(i = 0; i < doc->nrole; i++)
    if(doc->roles[i].holder == holder && doc->roles[i].position == pos)
      return;
  r.holder = holder;
  r.position = pos;
  r.start = start;
  r.end = end;
  NKG_PUSH(doc->roles, doc->nrole, doc->rolecap, r);
}

static bool S_is_country(const nkg_doc *doc, int ent)
{
  return ent >= 0 && doc->ents[ent].cls == NKG_CLS_PLACE && doc->ents[ent].kind &&
         strcmp(doc->ents[ent].kind, "country") == 0;
}

/* The country most recently named before byte off (the "country's" of
 * "the country's Congress"), or -1. */
static int S_last_country(const nkg_doc *doc, size_t off)
{
  size_t i;
  int best = -1;
  size_t best_start = 0;
  for(i = 0; i < doc->nment; i++) {
    const nkg_mention *m = &doc->ments[i];
    if(m->start < off && S_is_country(doc, m->entity) && (best < 0 || m->start >= best_start)) {
      best = m->entity;
      best_start = m->start;
    }
  }
  return best;
}

/* The country's legislature (or other body named by word) of country c. */
static int S_country_body(nkg_doc *doc, int c, size_t start, size_t end)
{
  static const char *const patterns[] = {
    "National Assembly of %s", "Congress of %s", "Parliament of %s", "National Congress of %s",
    "%s Congress", "%s Parliament", "Legislative Assembly of %s", "Federal Assembly of %s",
    NULL};
  const nkg_gaz_entry *g = NULL;
  size_t i;
  int ent;
  if(c < 0 || !doc->ents[c].qid)
    return -1;
  for(i = 0; patterns[i] && !g; i++)
    g = S_gaz_pattern(doc, patterns[i], doc->ents[c].name, "legislature", doc->ents[c].qid);
  if(!g)
    return -1;
  ent = nkg_entity__add(doc, NKG_CLS_ORG, g->label, strlen(g->label), g->qid, g->type,
                        doc->ents[c].qid);
  nkg_entity__mention(doc, ent, start, end, NKG_M_TITLE);
  return ent;
}

static int S_next_person(const nkg_doc *doc, size_t tok, size_t limit_tok)
{
  size_t k;
  for(k = tok; k < limit_tok && k < doc->ntok; k++) {
    int mi = nkg_entity__mention_starting(doc, doc->toks[k].start);
    if(mi >= 0 && doc->ents[doc->ments[mi].entity].cls == NKG_CLS_PERSON)
      return doc->ments[mi].entity;
  }
  return -1;
}

/* Photo credits "(AP Photo/Jane Doe)": Jane Doe is a photographer for AP. */
static void S_photo_credits(nkg_doc *doc)
{
  static const nkg_title photographer = {"photographer", "photographer", false, false};
  size_t i;
  for(i = 1; i + 2 < doc->ntok; i++) {
    int org_m, person_m, org, person;
    if(!nkg_token__is(doc->text, &doc->toks[i], "photo") ||
       doc->text[doc->toks[i + 1].start] != '/')
      continue;
    org_m = nkg_entity__mention_ending(doc, doc->toks[i - 1].end);
    person_m = nkg_entity__mention_starting(doc, doc->toks[i + 2].start);
    if(org_m < 0 || person_m < 0)
      continue;
    org = doc->ments[org_m].entity;
    person = doc->ments[person_m].entity;
    if(doc->ents[org].cls != NKG_CLS_ORG || doc->ents[person].cls != NKG_CLS_PERSON)
      continue;
    S_role(doc, person, S_position(doc, &photographer, -1, org), doc->toks[i - 1].start,
           doc->ments[person_m].end);
  }
}

void nkg_role__find(nkg_doc *doc)
{
  size_t i, next = 0;
  for(i = 0; i < doc->ntok; i++) {
    const nkg_title *t;
    size_t m, after;
    int holder = -1, juris = -1, org = -1, mi;
    const nkg_sentence *s;
    if(i < next)
      continue; /* inside a longer title: "opposition leader" is not "leader" */
    m = nkg_lex__title(doc->text, doc->toks, doc->ntok, i, &t);
    if(m == 0 || t->honorific || !t->canon)
      continue;
    next = i + m;
    /* "former President X": the text does not say X holds it now */
    if(i > 0 && (nkg_token__is(doc->text, &doc->toks[i - 1], "former") ||
                 nkg_token__is(doc->text, &doc->toks[i - 1], "late") ||
                 nkg_token__is(doc->text, &doc->toks[i - 1], "then")))
      continue;
    s = &doc->sents[doc->toks[i].sent];
    after = i + m;
    /* Jurisdiction written before the title: "Venezuelan President",
     * "Venezuela's foreign minister", "U.S. Secretary of State". */
    if(i > 0) {
      size_t prev = i - 1;
      if(nkg_token__is(doc->text, &doc->toks[prev], "'s") ||
         nkg_token__is(doc->text, &doc->toks[prev], "\xE2\x80\x99s"))
        prev = prev > 0 ? prev - 1 : prev;
      mi = nkg_entity__mention_ending(doc, doc->toks[prev].end);
      if(mi >= 0 && S_is_country(doc, doc->ments[mi].entity) && prev + 2 >= i)
        juris = doc->ments[mi].entity;
    }
    /* "leader of the country's Congress" / "head of the National Assembly" */
    if(t->head && after + 1 < doc->ntok && nkg_token__is(doc->text, &doc->toks[after], "of")) {
      size_t k = after + 1;
      if(k < doc->ntok && nkg_token__is(doc->text, &doc->toks[k], "the"))
        k++;
      if(k + 2 < doc->ntok && nkg_token__is(doc->text, &doc->toks[k], "country") &&
         (nkg_token__is(doc->text, &doc->toks[k + 1], "'s") ||
          nkg_token__is(doc->text, &doc->toks[k + 1], "\xE2\x80\x99s"))) {
        size_t body = k + 2;
        if(nkg_token__is(doc->text, &doc->toks[body], "congress") ||
           nkg_token__is(doc->text, &doc->toks[body], "parliament") ||
           nkg_token__is(doc->text, &doc->toks[body], "legislature")) {
          juris = S_last_country(doc, doc->toks[i].start);
          org = S_country_body(doc, juris, doc->toks[k - (k > after + 1 ? 1 : 0)].start,
                               doc->toks[body].end);
          after = body + 1;
        }
      } else if(k < doc->ntok) {
        mi = nkg_entity__mention_starting(doc, doc->toks[k].start);
        if(mi >= 0 && doc->ents[doc->ments[mi].entity].cls == NKG_CLS_ORG) {
          org = doc->ments[mi].entity;
          juris = S_entity_with_qid(doc, doc->ents[org].country);
        } else if(mi >= 0 && S_is_country(doc, doc->ments[mi].entity)) {
          juris = doc->ments[mi].entity;
        }
      }
    }
    /* Holder: the name right after the title ... */
    if(after < doc->ntok) {
      mi = nkg_entity__mention_starting(doc, doc->toks[after].start);
      if(mi >= 0 && doc->ents[doc->ments[mi].entity].cls == NKG_CLS_PERSON)
        holder = doc->ments[mi].entity;
    }
    /* ... or the name before it in apposition: "Jorge Arreaza, Venezuela's
     * foreign minister" / "Jane Doe, the mayor of X". */
    if(holder < 0 && i >= 2 &&
       (after >= s->tok_end || doc->text[doc->toks[after].start] == ',' ||
        doc->text[doc->toks[after].start] == '.' || doc->text[doc->toks[after].start] == ')')) {
      /* the apposition must close after the title: in a headline "X,
       * opposition leader compete" the comma is an "and" */
      size_t k = i;
      while(k > s->tok_first + 1) {
        size_t p = k - 1;
        mi = nkg_entity__mention_ending(doc, doc->toks[p].end);
        if(nkg_token__is(doc->text, &doc->toks[p], "the") ||
           nkg_token__is(doc->text, &doc->toks[p], "'s") ||
           nkg_token__is(doc->text, &doc->toks[p], "\xE2\x80\x99s") ||
           (mi >= 0 && S_is_country(doc, doc->ments[mi].entity))) {
          k = p;
          continue;
        }
        break;
      }
      if(k >= 2 && doc->text[doc->toks[k - 1].start] == ',') {
        mi = nkg_entity__mention_ending(doc, doc->toks[k - 2].end);
        if(mi >= 0 && doc->ents[doc->ments[mi].entity].cls == NKG_CLS_PERSON)
          holder = doc->ments[mi].entity;
      }
    }
    /* ... or, in "As (the) TITLE of X, NAME ...", the clause's subject. */
    if(holder < 0 && i > s->tok_first &&
       nkg_token__is(doc->text, &doc->toks[s->tok_first], "as")) {
      size_t k;
      for(k = after; k < s->tok_end; k++)
        if(doc->text[doc->toks[k].start] == ',') {
          holder = S_next_person(doc, k + 1, k + 6);
          break;
        }
    }
    if(holder < 0)
      continue; /* an unnamed office: no person is invented for it */
    if(juris < 0 && doc->ents[holder].country) {
      juris = S_entity_with_qid(doc, doc->ents[holder].country);
      if(juris < 0) {
        /* The holder's country is known from the gazetteer but not named
         * in the text: bring it in as the jurisdiction (no mention). */
        const nkg_gaz_entry *g = doc->ctx->gaz ? nkg_gazetteer__by_qid(doc->ctx->gaz,
                                                                      doc->ents[holder].country)
                                               : NULL;
        if(g && strcmp(g->type, "country") == 0)
          juris = nkg_entity__add(doc, NKG_CLS_PLACE, g->label, strlen(g->label), g->qid,
                                  "country", g->qid);
      }
    }
    S_role(doc, holder, S_position(doc, t, juris, org), doc->toks[i].start,
           doc->toks[after - 1].end);
  }
  S_photo_credits(doc);
}

void nkg_role__unnamed(nkg_doc *doc)
{
  size_t q;
  for(q = 0; q < doc->nquote; q++) {
    const nkg_quote *qu = &doc->quotes[q];
    size_t i;
    int sp = qu->speaker, juris = -1;
    if(sp < 0)
      continue;
    sp = nkg_entity__live(doc, sp);
    juris = S_entity_with_qid(doc, doc->ents[sp].country);
    if(juris < 0)
      continue;
    for(i = 0; i < doc->ntok; i++) {
      const nkg_title *t;
      size_t m;
      int pos;
      if(doc->toks[i].start < qu->start || doc->toks[i].end > qu->end)
        continue;
      if(i == 0 || !nkg_token__is(doc->text, &doc->toks[i - 1], "the"))
        continue;
      m = nkg_lex__title(doc->text, doc->toks, doc->ntok, i, &t);
      if(m == 0 || t->honorific || !t->canon || t->head)
        continue; /* "the president" alone is too vague to place */
      if(i + m < doc->ntok && (doc->toks[i + m].flags & NKG_TOK_CAP))
        continue; /* a named holder: nkg_role__find handled it */
      pos = S_position(doc, t, juris, -1);
      if(doc->positions[pos].end == 0) {
        doc->positions[pos].start = doc->toks[i].start;
        doc->positions[pos].end = doc->toks[i + m - 1].end;
      }
      i += m - 1;
    }
  }
}
