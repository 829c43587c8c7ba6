/* graph.c: the document's records -> IRIs and triples in a librdf model.
 *
 * The only maker of nodes. IRIs are deterministic so that graphs of many
 * articles merge on the same nodes: a linked entity is named by its QID, an
 * unlinked one by its class and folded name, a position by its QID or label;
 * roles, events and quotations by a hash of what identifies them. No blank
 * nodes are ever made (librdf's own ids hold the time and PID). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "graph.h"

#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_OWL "http://www.w3.org/2002/07/owl#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define NS_SCHEMA "http://schema.org/"
#define NS_WD "http://www.wikidata.org/entity/"
#define NS_NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NS_ITSRDF "http://www.w3.org/2005/11/its/rdf#"
#define NS_NKG NKG_ONTOLOGY_NS

const nkg_prefix nkg_graph__prefixes[] = {
  {"rdf", NS_RDF},       {"rdfs", NS_RDFS},   {"owl", NS_OWL}, {"xsd", NS_XSD},
  {"schema", NS_SCHEMA}, {"wd", NS_WD},       {"nif", NS_NIF}, {"itsrdf", NS_ITSRDF},
  {"nkg", NS_NKG},       {NULL, NULL}};

typedef struct {
  nkg_graph *g;
  nkg_doc *doc;
  const char *base;
  char **ent_iri; /* per entity */
  char **pos_iri; /* per position */
  char **ev_iri;  /* per event */
  size_t *cp;     /* byte offset -> code point offset, len+1 entries */
  char ctx_iri[1024];
  int rc;
} builder;

/* ---- nodes and triples ---- */

static librdf_node *S_iri(builder *b, const char *iri)
{
  return librdf_new_node_from_uri_string(b->g->ctx->world, (const unsigned char *)iri);
}

static librdf_node *S_term(builder *b, const char *ns, const char *local)
{
  nkg_str s = {NULL, 0, 0};
  librdf_node *n;
  nkg_str_appendz(&s, ns);
  nkg_str_appendz(&s, local);
  n = S_iri(b, s.s);
  nkg_str_free(&s);
  return n;
}

static librdf_node *S_lit(builder *b, const char *text, size_t len)
{
  char *z = nkg_xstrndup(text, len);
  librdf_node *n = librdf_new_node_from_literal(b->g->ctx->world, (const unsigned char *)z, NULL, 0);
  free(z);
  return n;
}

static librdf_node *S_typed(builder *b, const char *lex, const char *xsd_local)
{
  nkg_str s = {NULL, 0, 0};
  librdf_uri *dt;
  librdf_node *n;
  nkg_str_appendz(&s, NS_XSD);
  nkg_str_appendz(&s, xsd_local);
  dt = librdf_new_uri(b->g->ctx->world, (const unsigned char *)s.s);
  n = librdf_new_node_from_typed_literal(b->g->ctx->world, (const unsigned char *)lex, NULL, dt);
  librdf_free_uri(dt);
  nkg_str_free(&s);
  return n;
}

static librdf_node *S_int(builder *b, size_t v)
{
  char buf[32];
  snprintf(buf, sizeof buf, "%zu", v);
  return S_typed(b, buf, "nonNegativeInteger");
}

/* Consumes s, p and o on every path. */
static void S_add(builder *b, librdf_node *s, librdf_node *p, librdf_node *o)
{
  librdf_statement *st;
  if(!s || !p || !o) {
    librdf_free_node(s);
    librdf_free_node(p);
    librdf_free_node(o);
    b->rc = nkg_ctx__error(b->g->ctx, NKG_ERROR, "out of memory building a node");
    return;
  }
  st = librdf_new_statement_from_nodes(b->g->ctx->world, s, p, o);
  if(!st) {
    b->rc = nkg_ctx__error(b->g->ctx, NKG_ERROR, "out of memory building a statement");
    return;
  }
  NKG_PUSH(b->g->sts, b->g->n, b->g->cap, st); /* the graph owns it now */
}

static int S_cmp_statement(const void *a, const void *b)
{
  return raptor_statement_compare(*(raptor_statement *const *)a, *(raptor_statement *const *)b);
}

/* Sorts the statements and drops duplicates: a graph is a set. */
static void S_normalize(nkg_graph *g)
{
  size_t i, w = 0;
  if(g->n == 0)
    return;
  qsort(g->sts, g->n, sizeof *g->sts, S_cmp_statement);
  for(i = 0; i < g->n; i++) {
    if(w > 0 && raptor_statement_compare(g->sts[w - 1], g->sts[i]) == 0) {
      raptor_free_statement(g->sts[i]);
      continue;
    }
    g->sts[w++] = g->sts[i];
  }
  g->n = w;
}

librdf_model *nkg_graph__model(nkg_graph *g)
{
  size_t i;
  if(g->model)
    return g->model;
  g->storage = librdf_new_storage(g->ctx->world, "hashes", NULL, "hash-type='memory'");
  g->model = g->storage ? librdf_new_model(g->ctx->world, g->storage, NULL) : NULL;
  if(!g->model) {
    nkg_ctx__error(g->ctx, NKG_ERROR, "cannot create an RDF model");
    return NULL;
  }
  for(i = 0; i < g->n; i++)
    if(librdf_model_add_statement(g->model, g->sts[i])) {
      nkg_ctx__error(g->ctx, NKG_ERROR, "the model rejected a triple");
      return NULL;
    }
  return g->model;
}

static void S_type(builder *b, const char *subj, const char *ns, const char *cls)
{
  S_add(b, S_iri(b, subj), S_term(b, NS_RDF, "type"), S_term(b, ns, cls));
}

static void S_rel(builder *b, const char *subj, const char *ns, const char *prop, const char *obj)
{
  S_add(b, S_iri(b, subj), S_term(b, ns, prop), S_iri(b, obj));
}

static void S_str(builder *b, const char *subj, const char *ns, const char *prop, const char *text,
                  size_t len)
{
  if(len == 0)
    return; /* no empty literals: they say nothing */
  S_add(b, S_iri(b, subj), S_term(b, ns, prop), S_lit(b, text, len));
}

static void S_strz(builder *b, const char *subj, const char *ns, const char *prop, const char *text)
{
  S_str(b, subj, ns, prop, text, strlen(text));
}

/* ---- IRIs ---- */

/* Appends a readable, IRI-safe slug of s: folded, [a-z0-9] and '-'. */
static void S_slug(nkg_str *out, const char *s, size_t n, size_t max)
{
  nkg_str f = {NULL, 0, 0};
  size_t i, start = out->len;
  bool dash = false;
  nkg_fold(&f, s, n);
  for(i = 0; i < f.len && out->len - start < max; i++) {
    unsigned char c = (unsigned char)f.s[i];
    if(isalnum(c) && c < 0x80) {
      if(dash && out->len > start)
        nkg_str_append(out, "-", 1);
      nkg_str_append(out, (const char *)&c, 1);
      dash = false;
    } else if(c >= 0x80) {
      /* non-Latin letters survive as percent-encoded UTF-8 */
      if(dash && out->len > start)
        nkg_str_append(out, "-", 1);
      nkg_str_appendf(out, "%%%02X", c);
      dash = false;
    } else {
      dash = true;
    }
  }
  if(i < f.len && out->len > start) { /* cut at a word boundary */
    size_t k = out->len;
    while(k > start && out->s[k - 1] != '-')
      k--;
    if(k > start + 1) {
      out->len = k - 1;
      out->s[out->len] = '\0';
    }
  }
  if(out->len == start)
    nkg_str_appendz(out, "x");
  nkg_str_free(&f);
}

/* IRIs without the base, for hash keys: --base must change only the
 * prefix of every IRI, never the hashes. */
static const char *S_unbased(const builder *b, const char *iri)
{
  size_t n = strlen(b->base);
  return strncmp(iri, b->base, n) == 0 ? iri + n : iri;
}

static char *S_hash_iri(const char *base, const char *kind, const char *key)
{
  nkg_str s = {NULL, 0, 0};
  nkg_str_appendf(&s, "%s%s/%016llx", base, kind,
                  (unsigned long long)nkg_hash64(key, strlen(key), NKG_HASH_SEED));
  return s.s;
}

static const char *S_cls_path(nkg_cls c)
{
  switch(c) {
  case NKG_CLS_PERSON:
    return "person";
  case NKG_CLS_ORG:
    return "organization";
  case NKG_CLS_PLACE:
    return "place";
  }
  return "thing";
}

static char *S_entity_iri(const builder *b, const nkg_entity *e)
{
  nkg_str s = {NULL, 0, 0};
  nkg_str_appendz(&s, b->base);
  if(e->qid) {
    nkg_str_appendf(&s, "entity/%s", e->qid);
  } else {
    nkg_str_appendf(&s, "%s/", S_cls_path(e->cls));
    S_slug(&s, e->name, strlen(e->name), 80);
  }
  return s.s;
}

static void S_phrase_iri(builder *b, nkg_str *out, size_t start, size_t end)
{
  nkg_str_appendf(out, "%s#char=%zu,%zu", b->g->article_iri, b->cp[start], b->cp[end]);
}

/* A NIF phrase for text[start, end) pointing at target (may be NULL). */
static void S_phrase(builder *b, size_t start, size_t end, const char *target, const char *cls)
{
  nkg_str p = {NULL, 0, 0};
  S_phrase_iri(b, &p, start, end);
  S_type(b, p.s, NS_NIF, "Phrase");
  if(cls)
    S_type(b, p.s, NS_NKG, cls);
  S_rel(b, p.s, NS_NIF, "referenceContext", b->ctx_iri);
  S_add(b, S_iri(b, p.s), S_term(b, NS_NIF, "beginIndex"), S_int(b, b->cp[start]));
  S_add(b, S_iri(b, p.s), S_term(b, NS_NIF, "endIndex"), S_int(b, b->cp[end]));
  S_str(b, p.s, NS_NIF, "anchorOf", b->doc->text + start, end - start);
  if(target)
    S_rel(b, p.s, NS_ITSRDF, "taIdentRef", target);
  nkg_str_free(&p);
}

/* ---- the parts of the graph ---- */

static const char *S_specific_class(const char *kind)
{
  static const char *const map[][2] = {
    {"country", "Country"},        {"city", "City"},
    {"region", "Region"},          {"legislature", "Legislature"},
    {"media", "MediaOrganization"},{"armed_forces", "ArmedForces"},
    {"party", "PoliticalParty"},   {"ministry", "Ministry"},
    {"government", "GovernmentBody"}, {"intl_org", "InternationalOrganization"},
    {"company", "Company"},        {"team", "SportsTeam"},
    {NULL, NULL}};
  size_t i;
  if(!kind)
    return NULL;
  for(i = 0; map[i][0]; i++)
    if(strcmp(map[i][0], kind) == 0)
      return map[i][1];
  return NULL;
}

static void S_article(builder *b)
{
  nkg_doc *d = b->doc;
  const char *art = b->g->article_iri;
  char lex[64];
  S_type(b, art, NS_SCHEMA, "NewsArticle");
  if(d->headline_end > d->headline_start) {
    S_str(b, art, NS_SCHEMA, "headline", d->text + d->headline_start,
          d->headline_end - d->headline_start);
    S_str(b, art, NS_RDFS, "label", d->text + d->headline_start,
          d->headline_end - d->headline_start);
  }
  if(d->dct.year > 0) {
    const char *prop = d->dct_is_update ? "dateModified" : "datePublished";
    if(d->dct.has_time) {
      int off = d->dct.tz_minutes;
      if(d->dct.has_tz)
        snprintf(lex, sizeof lex, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d->dct.year,
                 d->dct.month, d->dct.day, d->dct.hour, d->dct.minute, d->dct.second,
                 off < 0 ? '-' : '+', abs(off) / 60, abs(off) % 60);
      else
        snprintf(lex, sizeof lex, "%04d-%02d-%02dT%02d:%02d:%02d", d->dct.year, d->dct.month,
                 d->dct.day, d->dct.hour, d->dct.minute, d->dct.second);
      S_add(b, S_iri(b, art), S_term(b, NS_SCHEMA, prop), S_typed(b, lex, "dateTime"));
    } else {
      snprintf(lex, sizeof lex, "%04d-%02d-%02d", d->dct.year, d->dct.month, d->dct.day);
      S_add(b, S_iri(b, art), S_term(b, NS_SCHEMA, prop), S_typed(b, lex, "date"));
    }
  }
  if(d->publisher >= 0) {
    int p = nkg_entity__live(d, d->publisher);
    S_rel(b, art, NS_SCHEMA, "publisher", b->ent_iri[p]);
  }
  if(d->fields && d->fields->url && *d->fields->url)
    S_strz(b, art, NS_SCHEMA, "url", d->fields->url);
  if(d->author >= 0) {
    int a = nkg_entity__live(d, d->author);
    S_rel(b, art, NS_SCHEMA, "author", b->ent_iri[a]);
  }
  /* The NIF context: the whole normalized text. */
  S_type(b, b->ctx_iri, NS_NIF, "Context");
  S_str(b, b->ctx_iri, NS_NIF, "isString", d->text, d->len);
  S_add(b, S_iri(b, b->ctx_iri), S_term(b, NS_NIF, "beginIndex"), S_int(b, 0));
  S_add(b, S_iri(b, b->ctx_iri), S_term(b, NS_NIF, "endIndex"), S_int(b, b->cp[d->len]));
  S_rel(b, b->ctx_iri, NS_NIF, "sourceUrl", art);
}

static bool S_live(const nkg_doc *d, size_t i)
{
  return d->ents[i].merged_into < 0;
}

static void S_entities(builder *b)
{
  nkg_doc *d = b->doc;
  size_t i;
  static const char *const general[] = {"Person", "Organization", "Place"};
  for(i = 0; i < d->nent; i++) {
    const nkg_entity *e = &d->ents[i];
    const char *iri = b->ent_iri[i], *spec;
    if(!S_live(d, i))
      continue;
    S_type(b, iri, NS_SCHEMA, general[e->cls]);
    S_type(b, iri, NS_NKG, general[e->cls]);
    spec = S_specific_class(e->kind);
    if(spec) {
      S_type(b, iri, NS_NKG, spec);
      if(strcmp(spec, "Country") == 0 || strcmp(spec, "City") == 0)
        S_type(b, iri, NS_SCHEMA, spec);
    }
    S_strz(b, iri, NS_RDFS, "label", e->name);
    S_strz(b, iri, NS_SCHEMA, "name", e->name);
    if(e->qid) {
      nkg_str wd = {NULL, 0, 0};
      nkg_str_appendf(&wd, "%s%s", NS_WD, e->qid);
      S_rel(b, iri, NS_OWL, "sameAs", wd.s);
      nkg_str_free(&wd);
    }
    /* A person's gazetteer country is the state they serve, not a
     * citizenship the text states: only organizations and places get it. */
    if(e->country && e->cls != NKG_CLS_PERSON && !(e->qid && strcmp(e->qid, e->country) == 0)) {
      size_t j;
      for(j = 0; j < d->nent; j++)
        if(S_live(d, j) && d->ents[j].qid && strcmp(d->ents[j].qid, e->country) == 0)
          S_rel(b, iri, NS_NKG, "country", b->ent_iri[j]);
    }
    S_rel(b, b->g->article_iri, NS_SCHEMA, "mentions", iri);
  }
  for(i = 0; i < d->nment; i++) {
    const nkg_mention *m = &d->ments[i];
    S_phrase(b, m->start, m->end, b->ent_iri[m->entity], NULL);
  }
}


static void S_roles(builder *b)
{
  nkg_doc *d = b->doc;
  size_t i;
  char date[32] = "";
  if(d->dct.year > 0)
    snprintf(date, sizeof date, "%04d-%02d-%02d", d->dct.year, d->dct.month, d->dct.day);
  for(i = 0; i < d->npos; i++) {
    const nkg_position *p = &d->positions[i];
    nkg_str s = {NULL, 0, 0};
    nkg_str_appendz(&s, b->base);
    if(p->qid)
      nkg_str_appendf(&s, "entity/%s", p->qid);
    else {
      nkg_str_appendz(&s, "position/");
      S_slug(&s, p->label, strlen(p->label), 100);
    }
    b->pos_iri[i] = s.s;
    S_type(b, s.s, NS_NKG, "Position");
    S_strz(b, s.s, NS_RDFS, "label", p->label);
    S_strz(b, s.s, NS_SCHEMA, "name", p->label);
    if(p->qid) {
      nkg_str wd = {NULL, 0, 0};
      nkg_str_appendf(&wd, "%s%s", NS_WD, p->qid);
      S_rel(b, s.s, NS_OWL, "sameAs", wd.s);
      nkg_str_free(&wd);
    }
    if(nkg_entity__live(d, p->jurisdiction) >= 0)
      S_rel(b, s.s, NS_NKG, "jurisdiction", b->ent_iri[nkg_entity__live(d, p->jurisdiction)]);
    if(nkg_entity__live(d, p->organization) >= 0) /* ORG: a post is in an organization */
      S_rel(b, s.s, NS_NKG, "postIn", b->ent_iri[nkg_entity__live(d, p->organization)]);
    S_rel(b, b->g->article_iri, NS_SCHEMA, "mentions", s.s);
    if(p->end > p->start)
      S_phrase(b, p->start, p->end, s.s, NULL);
  }
  for(i = 0; i < d->nrole; i++) {
    const nkg_role *r = &d->roles[i];
    int h = nkg_entity__live(d, r->holder);
    const char *piri = b->pos_iri[r->position];
    const nkg_position *p = &d->positions[r->position];
    nkg_str key = {NULL, 0, 0}, label = {NULL, 0, 0};
    char *iri;
    if(h < 0)
      continue;
    nkg_str_appendf(&key, "%s|%s|%s", S_unbased(b, b->ent_iri[h]), S_unbased(b, piri),
                    S_unbased(b, b->g->article_iri));
    iri = S_hash_iri(b->base, "role", key.s);
    S_type(b, iri, NS_NKG, "RoleAssignment");
    nkg_str_appendf(&label, "%s: %s", d->ents[h].name, p->label);
    S_strz(b, iri, NS_RDFS, "label", label.s);
    S_rel(b, iri, NS_NKG, "holder", b->ent_iri[h]);
    S_rel(b, iri, NS_NKG, "position", piri);
    if(nkg_entity__live(d, p->jurisdiction) >= 0)
      S_rel(b, iri, NS_NKG, "jurisdiction", b->ent_iri[nkg_entity__live(d, p->jurisdiction)]);
    if(nkg_entity__live(d, p->organization) >= 0)
      S_rel(b, iri, NS_NKG, "organization", b->ent_iri[nkg_entity__live(d, p->organization)]);
    if(date[0])
      S_add(b, S_iri(b, iri), S_term(b, NS_NKG, "assertedOn"), S_typed(b, date, "date"));
    S_rel(b, iri, NS_NKG, "sourceArticle", b->g->article_iri);
    S_rel(b, b->ent_iri[h], NS_NKG, "holdsPosition", piri);
    S_phrase(b, r->start, r->end, iri, NULL);
    nkg_str_free(&key);
    nkg_str_free(&label);
    free(iri);
  }
}

static void S_timexes(builder *b)
{
  nkg_doc *d = b->doc;
  size_t i;
  static const char *const types[] = {"DATE", "TIME", "DURATION", "SET"};
  for(i = 0; i < d->ntimex; i++) {
    const nkg_timex *x = &d->timex[i];
    nkg_str p = {NULL, 0, 0};
    S_phrase(b, x->start, x->end, NULL, "TimeExpression");
    S_phrase_iri(b, &p, x->start, x->end);
    S_strz(b, p.s, NS_RDF, "value", x->value);
    S_strz(b, p.s, NS_NKG, "timexType", types[x->type]);
    nkg_str_free(&p);
  }
}

static void S_date_literal(builder *b, const char *subj, const char *ns, const char *prop,
                           const nkg_timex *x)
{
  char lex[64];
  static const char *const dt[] = {NULL, "date", "gYearMonth", "gYear", "dateTime"};
  nkg_xsd_kind k = nkg_timex__xsd(x->value, lex, sizeof lex);
  if(k != NKG_XSD_NONE)
    S_add(b, S_iri(b, subj), S_term(b, ns, prop), S_typed(b, lex, dt[k]));
}

static void S_events(builder *b)
{
  nkg_doc *d = b->doc;
  size_t i;
  int k;
  for(i = 0; i < d->nevent; i++) {
    const nkg_event *e = &d->events[i];
    nkg_str key = {NULL, 0, 0}, label = {NULL, 0, 0};
    char *iri;
    int agent = nkg_entity__live(d, e->agent);
    nkg_str_appendf(&key, "%s|%s|%zu|%d", S_unbased(b, b->g->article_iri), e->type, e->tstart,
                    e->timex);
    iri = S_hash_iri(b->base, "event", key.s);
    b->ev_iri[i] = iri;
    S_type(b, iri, NS_SCHEMA, "Event");
    S_type(b, iri, NS_NKG, "Event");
    S_type(b, iri, NS_NKG, e->type);
    nkg_str_appendz(&label, e->type);
    if(agent >= 0)
      nkg_str_appendf(&label, " by %s", d->ents[agent].name);
    if(e->timex >= 0) {
      char lex[64];
      if(nkg_timex__xsd(d->timex[e->timex].value, lex, sizeof lex) != NKG_XSD_NONE)
        nkg_str_appendf(&label, " (%s)", lex);
    }
    S_strz(b, iri, NS_RDFS, "label", label.s);
    S_str(b, iri, NS_NKG, "trigger", d->text + e->tstart, e->tend - e->tstart);
    if(agent >= 0)
      S_rel(b, iri, NS_NKG, "agent", b->ent_iri[agent]);
    for(k = 0; k < e->nparticipants; k++)
      if(nkg_entity__live(d, e->participants[k]) >= 0)
        S_rel(b, iri, NS_NKG, "participant", b->ent_iri[nkg_entity__live(d, e->participants[k])]);
    if(nkg_entity__live(d, e->target) >= 0)
      S_rel(b, iri, NS_NKG, "target", b->ent_iri[nkg_entity__live(d, e->target)]);
    if(nkg_entity__live(d, e->supports) >= 0)
      S_rel(b, iri, NS_NKG, "supports", b->ent_iri[nkg_entity__live(d, e->supports)]);
    if(nkg_entity__live(d, e->place) >= 0)
      S_rel(b, iri, NS_NKG, "place", b->ent_iri[nkg_entity__live(d, e->place)]);
    if(e->timex >= 0) {
      const nkg_timex *x = &d->timex[e->timex];
      nkg_str p = {NULL, 0, 0};
      S_date_literal(b, iri, NS_NKG, "date", x);
      S_str(b, iri, NS_NKG, "dateText", d->text + x->start, x->end - x->start);
      S_phrase_iri(b, &p, x->start, x->end);
      S_rel(b, iri, NS_NKG, "dateExpression", p.s);
      nkg_str_free(&p);
    }
    S_rel(b, iri, NS_NKG, "status", e->planned ? NS_NKG "Planned" : NS_NKG "Reported");
    S_rel(b, iri, NS_NKG, "sourceArticle", b->g->article_iri);
    S_phrase(b, e->tstart, e->tend, iri, NULL);
    nkg_str_free(&key);
    nkg_str_free(&label);
  }
}

static void S_quotes(builder *b)
{
  nkg_doc *d = b->doc;
  size_t i;
  for(i = 0; i < d->nquote; i++) {
    const nkg_quote *q = &d->quotes[i];
    nkg_str key = {NULL, 0, 0};
    char *iri;
    int sp = nkg_entity__live(d, q->speaker);
    nkg_str_appendf(&key, "%s|", S_unbased(b, b->g->article_iri));
    nkg_str_append(&key, d->text + q->start, q->end - q->start);
    iri = S_hash_iri(b->base, "quote", key.s);
    S_type(b, iri, NS_SCHEMA, "Quotation");
    S_type(b, iri, NS_NKG, "Quotation");
    S_str(b, iri, NS_SCHEMA, "text", d->text + q->start, q->end - q->start);
    if(sp >= 0) {
      S_rel(b, iri, NS_NKG, "speaker", b->ent_iri[sp]);
      S_rel(b, iri, NS_SCHEMA, "creator", b->ent_iri[sp]);
    }
    if(q->event >= 0) {
      const nkg_event *e = &d->events[q->event];
      S_rel(b, b->ev_iri[q->event], NS_NKG, "quotation", iri);
      if(e->timex >= 0)
        S_date_literal(b, iri, NS_SCHEMA, "dateCreated", &d->timex[e->timex]);
    }
    S_rel(b, iri, NS_NKG, "sourceArticle", b->g->article_iri);
    S_phrase(b, q->start, q->end, iri, NULL);
    nkg_str_free(&key);
    free(iri);
  }
}

/* The article IRI: from --id, else date + headline slug, else a hash. */
static char *S_article_iri(const nkg_doc *d, const char *base)
{
  nkg_str s = {NULL, 0, 0};
  nkg_str_appendf(&s, "%sarticle/", base);
  if(d->opts->article_id && *d->opts->article_id) {
    S_slug(&s, d->opts->article_id, strlen(d->opts->article_id), 120);
  } else {
    if(d->dct.year > 0)
      nkg_str_appendf(&s, "%04d-%02d-%02d-", d->dct.year, d->dct.month, d->dct.day);
    if(d->headline_end > d->headline_start)
      S_slug(&s, d->text + d->headline_start, d->headline_end - d->headline_start, 60);
    else
      nkg_str_appendf(&s, "%016llx",
                      (unsigned long long)nkg_hash64(d->text, d->len, NKG_HASH_SEED));
  }
  return s.s;
}

int nkg_graph__build(nkg_graph **out, nkg_doc *d)
{
  builder b;
  nkg_graph *g;
  size_t i, cp = 0;
  nkg_ctx *ctx = d->ctx;
  unsigned errors_before = ctx->log_errors;

  *out = NULL;
  memset(&b, 0, sizeof b);
  g = nkg_xcalloc(1, sizeof *g);
  g->ctx = ctx;
  b.g = g;
  b.doc = d;
  b.base = d->opts->base_iri && *d->opts->base_iri ? d->opts->base_iri : NKG_DEFAULT_BASE;
  g->article_iri = S_article_iri(d, b.base);
  snprintf(b.ctx_iri, sizeof b.ctx_iri, "%s#char=0,%zu", g->article_iri,
           nkg_utf8_count(d->text, d->len));
  b.cp = nkg_xmalloc((d->len + 1) * sizeof *b.cp);
  for(i = 0; i <= d->len; i++) {
    b.cp[i] = cp;
    if(i < d->len && ((unsigned char)d->text[i] & 0xC0) != 0x80)
      cp++;
  }
  b.ent_iri = nkg_xcalloc(d->nent + 1, sizeof *b.ent_iri);
  b.pos_iri = nkg_xcalloc(d->npos + 1, sizeof *b.pos_iri);
  b.ev_iri = nkg_xcalloc(d->nevent + 1, sizeof *b.ev_iri);
  for(i = 0; i < d->nent; i++)
    b.ent_iri[i] = S_entity_iri(&b, &d->ents[i]);

  S_article(&b);
  S_entities(&b);
  S_roles(&b);
  S_timexes(&b);
  S_events(&b);
  S_quotes(&b);

  for(i = 0; i < d->nent; i++)
    free(b.ent_iri[i]);
  for(i = 0; i < d->npos; i++)
    free(b.pos_iri[i]);
  for(i = 0; i < d->nevent; i++)
    free(b.ev_iri[i]);
  free(b.ent_iri);
  free(b.pos_iri);
  free(b.ev_iri);
  free(b.cp);
  S_normalize(g);
  if(b.rc == NKG_OK && ctx->log_errors != errors_before)
    b.rc = NKG_ERROR;
  if(b.rc != NKG_OK) {
    nkg_graph_free(g);
    return b.rc;
  }
  *out = g;
  return NKG_OK;
}

void nkg_graph_free(nkg_graph *g)
{
  size_t i;
  if(!g)
    return;
  if(g->model)
    librdf_free_model(g->model);
  if(g->storage)
    librdf_free_storage(g->storage);
  for(i = 0; i < g->n; i++)
    raptor_free_statement(g->sts[i]);
  free(g->sts);
  free(g->article_iri);
  free(g);
}

size_t nkg_graph_size(nkg_graph *g)
{
  return g->n;
}

const char *nkg_graph_article_iri(const nkg_graph *g)
{
  return g->article_iri;
}
