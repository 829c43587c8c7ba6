/* export.c: the graph -> a view (nodes with attributes, labelled edges) for
 * the GraphML, DOT and JSON writers.
 *
 * Built from the graph's sorted statements alone, so it works for any
 * article and never depends on the extractor's records:
 * - every described IRI (a subject) becomes a node, classed by its rdf:types;
 * - a literal becomes an attribute of its subject, not a node;
 * - an IRI object that is a node becomes an edge labelled with the
 *   property's local name; one that is not (wd:Q717, nkg:Reported) becomes
 *   an attribute, except owl:sameAs wd:... which is the node's Wikidata id;
 * - nkg:sourceArticle is the "article" attribute, not an edge: every event
 *   and quotation has one, and a hub with dozens of spokes hides the rest.
 * Nodes are kept in IRI order and edges in statement order, so the output is
 * deterministic. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "export.h"

#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_OWL "http://www.w3.org/2002/07/owl#"
#define NS_SCHEMA "http://schema.org/"
#define NS_WD "http://www.wikidata.org/entity/"
#define NS_NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NS_NKG NKG_ONTOLOGY_NS

const char *const nkg_export__class_names[NKG_VCLS_COUNT] = {
  "person",  "organization", "place", "position", "event",
  "quotation", "article",    "role",  "mention",  "other"};

const char *const nkg_export__field_names[NKG_VNODE_NFIELDS] = {
  "label", "short", "class", "type", "wikidata", "date", "article"};

void nkg_export__field_values(const nkg_vnode *n, const char *values[NKG_VNODE_NFIELDS])
{
  values[0] = n->label;
  values[1] = n->short_label;
  values[2] = nkg_export__class_names[n->cls];
  values[3] = n->type;
  values[4] = n->wikidata;
  values[5] = n->date;
  values[6] = n->article;
}

/* Attribute names the writers use for the node's fixed fields: a property
 * whose local name is one of these is written prefix_local instead. */
static const char *const S_reserved[] = {"id",      "iri",   "label", "short", "class",
                                         "type",    "wikidata", "date", "article",
                                         "source",  "target", "property", NULL};

/* ---- small string helpers ---- */

static const char *S_local(const char *iri)
{
  const char *h = strrchr(iri, '#'), *s = strrchr(iri, '/');
  const char *cut = h > s ? h : s;
  return cut && cut[1] ? cut + 1 : iri;
}

static int S_starts(const char *s, const char *prefix)
{
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

static const char *S_term_iri(const raptor_term *t)
{
  return t && t->type == RAPTOR_TERM_TYPE_URI
             ? (const char *)raptor_uri_as_string(t->value.uri)
             : NULL;
}

/* A subject or object as a node key: the IRI, or "_:id" for a blank node
 * (the extractor makes none, but a view must not crash on other graphs). */
static char *S_term_key(const raptor_term *t)
{
  nkg_str b = {NULL, 0, 0};
  if(t->type == RAPTOR_TERM_TYPE_URI)
    return nkg_xstrdup(S_term_iri(t));
  if(t->type == RAPTOR_TERM_TYPE_BLANK) {
    nkg_str_appendz(&b, "_:");
    nkg_str_append(&b, (const char *)t->value.blank.string, t->value.blank.string_len);
    return b.s;
  }
  return NULL;
}

/* Appends s[0..n) cut to at most max code points, with an ellipsis when
 * cut; newlines and tabs become spaces so a value is one line. */
static void S_append_cut(nkg_str *b, const char *s, size_t max)
{
  size_t cps = 0;
  const char *p = s;
  while(*p) {
    unsigned char c = (unsigned char)*p;
    size_t len = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    size_t k;
    if(cps == max) {
      nkg_str_appendz(b, "\xE2\x80\xA6");
      return;
    }
    for(k = 1; k < len && p[k]; k++)
      ;
    if(c == '\n' || c == '\t' || c == '\r')
      nkg_str_append(b, " ", 1);
    else
      nkg_str_append(b, p, k);
    p += k;
    cps++;
  }
}

/* Word-wraps text into lines of about width code points joined by '\n', at
 * most max_lines lines (the last one ends with an ellipsis when cut). */
static void S_append_wrapped(nkg_str *b, const char *text, size_t width, size_t max_lines)
{
  const char *p = text;
  size_t line = 0, col = 0;
  while(*p) {
    const char *w = p;
    size_t wcp = 0;
    while(*p == ' ' || *p == '\n' || *p == '\t')
      p++;
    if(!*p)
      break;
    w = p;
    while(*p && *p != ' ' && *p != '\n' && *p != '\t') {
      if(((unsigned char)*p & 0xc0) != 0x80)
        wcp++;
      p++;
    }
    if(col > 0 && col + 1 + wcp > width) {
      if(line + 1 == max_lines) {
        nkg_str_appendz(b, "\xE2\x80\xA6");
        return;
      }
      nkg_str_append(b, "\n", 1);
      line++;
      col = 0;
    } else if(col > 0) {
      nkg_str_append(b, " ", 1);
      col++;
    }
    nkg_str_append(b, w, (size_t)(p - w));
    col += wcp;
  }
}

/* "ReligiousService" -> "Religious service". */
static void S_append_words(nkg_str *b, const char *camel)
{
  const char *p;
  for(p = camel; *p; p++) {
    if(p != camel && *p >= 'A' && *p <= 'Z' && !(p[-1] >= 'A' && p[-1] <= 'Z')) {
      char c = (char)(*p - 'A' + 'a');
      nkg_str_append(b, " ", 1);
      nkg_str_append(b, &c, 1);
    } else {
      nkg_str_append(b, p, 1);
    }
  }
}

/* ---- building ---- */

typedef struct {
  char *pred;  /* property IRI */
  size_t name; /* index into names */
} pred_name;

typedef struct {
  nkg_view *v;
  const nkg_view_options *opts;
  unsigned types;
  pred_name *pn;
  size_t npn, cappn;
} builder;

static size_t S_name_index(builder *b, const char *name)
{
  size_t i;
  for(i = 0; i < b->v->nattr_names; i++)
    if(strcmp(b->v->attr_names[i], name) == 0)
      return i;
  NKG_PUSH(b->v->attr_names, b->v->nattr_names, b->v->capattr_names, nkg_xstrdup(name));
  return b->v->nattr_names - 1;
}

/* The attribute name of a property: its local name, or prefix_local when
 * that is taken by another property or reserved. */
static size_t S_pred_name(builder *b, const char *pred)
{
  const char *local = S_local(pred);
  size_t i;
  int clash = 0;
  nkg_str name = {NULL, 0, 0};
  pred_name pn;

  for(i = 0; i < b->npn; i++) {
    if(strcmp(b->pn[i].pred, pred) == 0)
      return b->pn[i].name;
    if(strcmp(b->v->attr_names[b->pn[i].name], local) == 0)
      clash = 1;
  }
  for(i = 0; S_reserved[i]; i++)
    if(strcmp(S_reserved[i], local) == 0)
      clash = 1;
  if(clash) {
    const char *prefix = "ns";
    for(i = 0; nkg_graph__prefixes[i].prefix; i++)
      if(S_starts(pred, nkg_graph__prefixes[i].ns))
        prefix = nkg_graph__prefixes[i].prefix;
    nkg_str_appendf(&name, "%s_%s", prefix, local);
  } else {
    nkg_str_appendz(&name, local);
  }
  /* Names are XML NMTOKENs (GraphML's attr.name) and plain JSON keys: any
   * other byte of an IRI (%, ~, UTF-8) becomes '_'. */
  for(i = 0; i < name.len; i++) {
    unsigned char c = (unsigned char)name.s[i];
    if(!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '-' || c == '.'))
      name.s[i] = '_';
  }
  pn.pred = nkg_xstrdup(pred);
  pn.name = S_name_index(b, name.s);
  nkg_str_free(&name);
  NKG_PUSH(b->pn, b->npn, b->cappn, pn);
  return pn.name;
}

/* Adds value to attribute name of n; a second value of the same attribute
 * is joined with "; " (statements come sorted, so the order is stable). */
static void S_add_attr(nkg_vnode *n, size_t name, const char *value)
{
  size_t i;
  nkg_vattr a;
  for(i = 0; i < n->nattrs; i++) {
    if(n->attrs[i].name == name) {
      nkg_str s = {n->attrs[i].value, strlen(n->attrs[i].value), 0};
      s.cap = s.len + 1;
      nkg_str_appendz(&s, "; ");
      nkg_str_appendz(&s, value);
      n->attrs[i].value = s.s;
      return;
    }
  }
  a.name = name;
  a.value = nkg_xstrdup(value);
  NKG_PUSH(n->attrs, n->nattrs, n->capattrs, a);
}

/* Removes attribute name from n and returns its value (caller frees), or
 * NULL. */
static char *S_take_attr(nkg_vnode *n, size_t name)
{
  size_t i;
  for(i = 0; i < n->nattrs; i++) {
    if(n->attrs[i].name == name) {
      char *v = n->attrs[i].value;
      memmove(&n->attrs[i], &n->attrs[i + 1], (n->nattrs - i - 1) * sizeof *n->attrs);
      n->nattrs--;
      return v;
    }
  }
  return NULL;
}

static size_t S_find_name(const nkg_view *v, const char *name)
{
  size_t i;
  for(i = 0; i < v->nattr_names; i++)
    if(strcmp(v->attr_names[i], name) == 0)
      return i;
  return (size_t)-1;
}

const char *nkg_export__attr(const nkg_view *v, const nkg_vnode *n, const char *name)
{
  size_t i, k = S_find_name(v, name);
  for(i = 0; k != (size_t)-1 && i < n->nattrs; i++)
    if(n->attrs[i].name == k)
      return n->attrs[i].value;
  return NULL;
}

/* Takes the first of the properties preds (IRIs) that n has; NULL if none. */
static char *S_take_first(builder *b, nkg_vnode *n, const char *const *preds)
{
  size_t i, j;
  for(i = 0; preds[i]; i++) {
    for(j = 0; j < b->npn; j++) {
      if(strcmp(b->pn[j].pred, preds[i]) == 0) {
        char *v = S_take_attr(n, b->pn[j].name);
        if(v)
          return v;
      }
    }
  }
  return NULL;
}

static const char *S_get_pred(builder *b, const nkg_vnode *n, const char *pred)
{
  size_t i, j;
  for(j = 0; j < b->npn; j++)
    if(strcmp(b->pn[j].pred, pred) == 0)
      for(i = 0; i < n->nattrs; i++)
        if(n->attrs[i].name == b->pn[j].name)
          return n->attrs[i].value;
  return NULL;
}

/* The class of a node from its rdf:type IRIs, and its most specific type:
 * an nkg: type before a schema: one, a subclass before the general class
 * (City before Place, Protest before Event). */
static void S_classify(nkg_vnode *n, char **types, size_t ntypes)
{
  static const char *const generic[] = {"Event",  "Place",     "Organization", "Person",
                                        "Thing",  "Phrase",    "CreativeWork", NULL};
  static const char *const ns_order[] = {NS_NKG, NS_SCHEMA, NS_NIF, "", NULL};
  unsigned seen = 0;
  size_t i, k, g;
  const char *best = NULL;

  for(i = 0; i < ntypes; i++) {
    const char *t = types[i];
    const char *l = S_local(t);
    int ours = S_starts(t, NS_NKG) || S_starts(t, NS_SCHEMA);
    if(S_starts(t, NS_NIF) || (ours && strcmp(l, "TimeExpression") == 0))
      seen |= 1u << NKG_VCLS_MENTION;
    else if(ours && strcmp(l, "RoleAssignment") == 0)
      seen |= 1u << NKG_VCLS_ROLE;
    else if(ours && strcmp(l, "Quotation") == 0)
      seen |= 1u << NKG_VCLS_QUOTATION;
    else if(ours && strcmp(l, "Event") == 0)
      seen |= 1u << NKG_VCLS_EVENT;
    else if(ours && strcmp(l, "Position") == 0)
      seen |= 1u << NKG_VCLS_POSITION;
    else if(ours && strcmp(l, "Person") == 0)
      seen |= 1u << NKG_VCLS_PERSON;
    else if(ours && strcmp(l, "Organization") == 0)
      seen |= 1u << NKG_VCLS_ORGANIZATION;
    else if(ours && strcmp(l, "Place") == 0)
      seen |= 1u << NKG_VCLS_PLACE;
    else if(ours && (strcmp(l, "NewsArticle") == 0 || strcmp(l, "Article") == 0))
      seen |= 1u << NKG_VCLS_ARTICLE;
  }
  {
    static const nkg_vcls order[] = {NKG_VCLS_MENTION,  NKG_VCLS_ROLE,   NKG_VCLS_QUOTATION,
                                     NKG_VCLS_EVENT,    NKG_VCLS_POSITION, NKG_VCLS_PERSON,
                                     NKG_VCLS_ORGANIZATION, NKG_VCLS_PLACE, NKG_VCLS_ARTICLE};
    n->cls = NKG_VCLS_OTHER;
    for(i = 0; i < sizeof order / sizeof *order; i++)
      if(seen & (1u << order[i])) {
        n->cls = order[i];
        break;
      }
  }
  /* types[] is in statement (sorted) order, so "first" is stable. */
  for(g = 0; g < 2 && !best; g++) {
    for(k = 0; ns_order[k] && !best; k++) {
      for(i = 0; i < ntypes && !best; i++) {
        const char *l = S_local(types[i]);
        size_t j;
        int is_generic = 0;
        if(!S_starts(types[i], ns_order[k]))
          continue;
        for(j = 0; generic[j]; j++)
          if(strcmp(l, generic[j]) == 0)
            is_generic = 1;
        if(g == 0 && is_generic)
          continue;
        best = l;
      }
    }
  }
  n->type = best ? nkg_xstrdup(best) : NULL;
}

static int S_cmp_node(const void *a, const void *b)
{
  return strcmp(((const nkg_vnode *)a)->iri, ((const nkg_vnode *)b)->iri);
}

static size_t S_node(const nkg_view *v, const char *iri)
{
  size_t lo = 0, hi = v->nnodes;
  while(lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(v->nodes[mid].iri, iri);
    if(c == 0)
      return mid;
    if(c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return (size_t)-1;
}

/* The literal's text (borrowed). */
static const char *S_literal(const raptor_term *t)
{
  return (const char *)t->value.literal.string;
}

/* Pass 1: one node per subject, classed by its types. */
static void S_make_nodes(builder *b, nkg_graph *g)
{
  nkg_view *v = b->v;
  size_t i = 0;
  char **types = NULL;
  size_t ntypes = 0, captypes = 0;

  while(i < g->n) {
    const raptor_term *s = g->sts[i]->subject;
    nkg_vnode n;
    size_t j;
    memset(&n, 0, sizeof n);
    n.iri = S_term_key(s);
    ntypes = 0;
    for(j = i; j < g->n && raptor_term_equals(g->sts[j]->subject, (raptor_term *)s); j++) {
      const char *p = S_term_iri(g->sts[j]->predicate);
      const char *o = S_term_iri(g->sts[j]->object);
      if(p && o && strcmp(p, NS_RDF "type") == 0)
        NKG_PUSH(types, ntypes, captypes, (char *)o);
    }
    S_classify(&n, types, ntypes);
    if(n.iri)
      NKG_PUSH(v->nodes, v->nnodes, v->capnodes, n);
    i = j;
  }
  free(types);
  /* raptor orders IRIs as strings too, but the lookups must not rely on it. */
  qsort(v->nodes, v->nnodes, sizeof *v->nodes, S_cmp_node);
  for(i = 0; i < v->nnodes; i++) {
    unsigned bit = 1u << v->nodes[i].cls;
    v->nodes[i].keep = (b->types & bit) != 0;
  }
}

/* Pass 2: literals and non-node IRIs become attributes, node IRIs edges. */
static void S_make_edges(builder *b, nkg_graph *g)
{
  nkg_view *v = b->v;
  size_t i;
  for(i = 0; i < g->n; i++) {
    const raptor_statement *st = g->sts[i];
    const char *p = S_term_iri(st->predicate);
    char *skey = S_term_key(st->subject);
    size_t si = skey ? S_node(v, skey) : (size_t)-1;
    nkg_vnode *n;
    free(skey);
    if(si == (size_t)-1 || !p)
      continue;
    n = &v->nodes[si];
    if(strcmp(p, NS_RDF "type") == 0)
      continue;
    if(st->object->type == RAPTOR_TERM_TYPE_LITERAL) {
      S_add_attr(n, S_pred_name(b, p), S_literal(st->object));
    } else {
      char *okey = S_term_key(st->object);
      size_t oi = okey ? S_node(v, okey) : (size_t)-1;
      if(!okey) {
        continue;
      } else if(strcmp(p, NS_NKG "sourceArticle") == 0) {
        if(!n->article)
          n->article = okey;
        else
          free(okey);
        continue;
      } else if(strcmp(p, NS_OWL "sameAs") == 0 && S_starts(okey, NS_WD) && !n->wikidata) {
        n->wikidata = nkg_xstrdup(okey + strlen(NS_WD));
      } else if(oi != (size_t)-1) {
        /* schema:mentions is the article's list of what its text names:
         * provenance, like the NIF phrases. */
        int provenance = strcmp(p, NS_SCHEMA "mentions") == 0;
        if(n->keep && v->nodes[oi].keep && !(provenance && b->opts->no_mentions)) {
          nkg_vedge e;
          e.src = si;
          e.dst = oi;
          e.property = nkg_xstrdup(p);
          e.label = S_local(e.property);
          NKG_PUSH(v->edges, v->nedges, v->capedges, e);
        }
      } else {
        /* An IRI nothing describes: our vocabulary by its local name
         * (status "Reported"), anything else whole. */
        const char *val = S_starts(okey, NS_NKG) || S_starts(okey, NS_SCHEMA) ? S_local(okey)
                                                                               : okey;
        S_add_attr(n, S_pred_name(b, p), val);
      }
      free(okey);
    }
  }
}

/* Fills label, short label, date and article of each node. */
static void S_finish_node(builder *b, nkg_vnode *n)
{
  static const char *const label_preds[] = {NS_RDFS "label", NS_SCHEMA "name", NULL};
  static const char *const date_preds[] = {NS_NKG "date",           NS_SCHEMA "dateCreated",
                                           NS_SCHEMA "datePublished", NS_SCHEMA "dateModified",
                                           NS_SCHEMA "startDate",
                                           NS_NKG "assertedOn",       NULL};
  static const char *const value_pred[] = {NS_RDF "value", NULL};
  nkg_str sl = {NULL, 0, 0};
  const char *name = S_get_pred(b, n, NS_SCHEMA "name");

  n->label = S_take_first(b, n, label_preds);
  if(n->label && name && strcmp(name, n->label) == 0) {
    const char *const only_name[] = {NS_SCHEMA "name", NULL};
    free(S_take_first(b, n, only_name)); /* the same text twice */
  }
  if(!n->label) {
    const char *h = S_get_pred(b, n, NS_SCHEMA "headline");
    const char *a = S_get_pred(b, n, NS_NIF "anchorOf");
    const char *t = S_get_pred(b, n, NS_SCHEMA "text");
    nkg_str l = {NULL, 0, 0};
    if(h) {
      nkg_str_appendz(&l, h);
    } else if(a || t) {
      nkg_str_appendz(&l, "\xE2\x80\x9C"); /* quotes: this is text, not a name */
      S_append_cut(&l, a ? a : t, 80);
      nkg_str_appendz(&l, "\xE2\x80\x9D");
    } else if(n->type && n->cls == NKG_VCLS_EVENT) {
      S_append_words(&l, n->type);
    } else {
      nkg_str_appendz(&l, S_local(n->iri));
    }
    n->label = l.s;
  }
  n->date = S_take_first(b, n, date_preds);
  if(!n->date && n->type && strcmp(n->type, "TimeExpression") == 0)
    n->date = S_take_first(b, n, value_pred);
  if(!n->article && b->v->article_iri)
    n->article = nkg_xstrdup(b->v->article_iri);

  /* The short label: events by kind and date (who took part is drawn as
   * edges), quotations by their first words, the rest by name. */
  switch(n->cls) {
  case NKG_VCLS_EVENT: {
    const char *status = S_get_pred(b, n, NS_NKG "status");
    if(n->type)
      S_append_words(&sl, n->type);
    else
      S_append_wrapped(&sl, n->label, 22, 2);
    if(status && strcmp(status, "Reported") != 0) {
      nkg_str_appendz(&sl, " (");
      S_append_words(&sl, status);
      nkg_str_appendz(&sl, ")");
    }
    if(n->date)
      nkg_str_appendf(&sl, "\n%s", n->date);
    break;
  }
  case NKG_VCLS_QUOTATION:
  case NKG_VCLS_MENTION: {
    const char *said = S_get_pred(b, n, NS_SCHEMA "text");
    const char *anchor = S_get_pred(b, n, NS_NIF "anchorOf");
    const char *raw = said ? said : anchor;
    if(raw) {
      /* cut first, then wrap: the closing quote mark stays visible */
      nkg_str cut = {NULL, 0, 0};
      nkg_str_appendz(&cut, "\xE2\x80\x9C");
      S_append_cut(&cut, raw, 64);
      nkg_str_appendz(&cut, "\xE2\x80\x9D");
      S_append_wrapped(&sl, cut.s, 26, 4);
      nkg_str_free(&cut);
    } else {
      S_append_wrapped(&sl, n->label, 26, 3);
    }
    if(n->date)
      nkg_str_appendf(&sl, "\n%s", n->date);
    break;
  }
  case NKG_VCLS_ARTICLE:
    S_append_wrapped(&sl, n->label, 30, 3);
    if(n->date)
      nkg_str_appendf(&sl, "\n%.10s", n->date);
    break;
  case NKG_VCLS_ROLE:
  case NKG_VCLS_PERSON:
  case NKG_VCLS_ORGANIZATION:
  case NKG_VCLS_PLACE:
  case NKG_VCLS_POSITION:
  case NKG_VCLS_OTHER:
  case NKG_VCLS_COUNT:
    S_append_wrapped(&sl, n->label, 22, 3);
    break;
  }
  n->short_label = sl.s ? sl.s : nkg_xstrdup("");
  if(n->cls == NKG_VCLS_ARTICLE && b->v->article_iri && !b->v->title &&
     strcmp(n->iri, b->v->article_iri) == 0)
    b->v->title = nkg_xstrdup(n->label); /* before merging: a title is one line */

  if(b->v->merge_literals) {
    /* Everything a reader would otherwise look up in a side panel. */
    nkg_str more = {NULL, 0, 0};
    size_t i;
    if(n->type)
      nkg_str_appendf(&more, "\ntype: %s", n->type);
    if(n->date)
      nkg_str_appendf(&more, "\ndate: %s", n->date);
    if(n->wikidata)
      nkg_str_appendf(&more, "\nwikidata: %s", n->wikidata);
    for(i = 0; i < n->nattrs; i++) {
      nkg_str_appendf(&more, "\n%s: ", b->v->attr_names[n->attrs[i].name]);
      S_append_cut(&more, n->attrs[i].value, 60);
    }
    if(more.s) {
      nkg_str l = {n->label, strlen(n->label), strlen(n->label) + 1};
      nkg_str s2 = {n->short_label, strlen(n->short_label), strlen(n->short_label) + 1};
      nkg_str_appendz(&l, more.s);
      nkg_str_appendz(&s2, more.s);
      n->label = l.s;
      n->short_label = s2.s;
    }
    nkg_str_free(&more);
  }
}

/* attr_names sorted, the nodes' name indexes remapped, unused names gone. */
static void S_sort_names(nkg_view *v)
{
  size_t i, j, k, n = v->nattr_names;
  size_t *order = nkg_xcalloc(n ? n : 1, sizeof *order);
  size_t *remap = nkg_xcalloc(n ? n : 1, sizeof *remap);
  int *used = nkg_xcalloc(n ? n : 1, sizeof *used);
  char **names = nkg_xcalloc(n ? n : 1, sizeof *names);

  for(i = 0; i < v->nnodes; i++)
    for(j = 0; j < v->nodes[i].nattrs; j++)
      used[v->nodes[i].attrs[j].name] = 1;
  for(i = 0, k = 0; i < n; i++)
    if(used[i])
      order[k++] = i;
  /* insertion sort by name: there are a few dozen properties at most */
  for(i = 1; i < k; i++) {
    size_t x = order[i];
    for(j = i; j > 0 && strcmp(v->attr_names[order[j - 1]], v->attr_names[x]) > 0; j--)
      order[j] = order[j - 1];
    order[j] = x;
  }
  for(i = 0; i < k; i++) {
    remap[order[i]] = i;
    names[i] = v->attr_names[order[i]];
  }
  for(i = 0; i < n; i++)
    if(!used[i])
      free(v->attr_names[i]);
  for(i = 0; i < v->nnodes; i++)
    for(j = 0; j < v->nodes[i].nattrs; j++)
      v->nodes[i].attrs[j].name = remap[v->nodes[i].attrs[j].name];
  free(v->attr_names);
  v->attr_names = names;
  v->nattr_names = k;
  v->capattr_names = n ? n : 1;
  free(order);
  free(remap);
  free(used);
}

static int S_cmp_attr(const void *a, const void *b)
{
  size_t x = ((const nkg_vattr *)a)->name, y = ((const nkg_vattr *)b)->name;
  return x < y ? -1 : x > y;
}

int nkg_export__view(nkg_view *out, nkg_graph *g, const nkg_view_options *opts)
{
  static const nkg_view_options defaults = NKG_VIEW_OPTIONS_INIT;
  builder b;
  size_t i;

  memset(out, 0, sizeof *out);
  memset(&b, 0, sizeof b);
  if(!opts)
    opts = &defaults;
  if(opts->version != NKG_VIEW_OPTIONS_VERSION)
    return nkg_ctx__error(g->ctx, NKG_EUSAGE, "view options version %u, want %u",
                          opts->version, NKG_VIEW_OPTIONS_VERSION);
  b.v = out;
  b.opts = opts;
  b.types = opts->types ? opts->types : NKG_VIEW_DEFAULT_TYPES;
  if(opts->no_mentions)
    b.types &= ~NKG_VIEW_MENTION;
  out->article_iri = g->article_iri;
  out->merge_literals = opts->merge_literals;

  S_make_nodes(&b, g);
  S_make_edges(&b, g);
  for(i = 0; i < out->nnodes; i++) {
    S_finish_node(&b, &out->nodes[i]);
  }
  S_sort_names(out);
  for(i = 0; i < out->nnodes; i++)
    qsort(out->nodes[i].attrs, out->nodes[i].nattrs, sizeof *out->nodes[i].attrs, S_cmp_attr);
  for(i = 0; i < b.npn; i++)
    free(b.pn[i].pred);
  free(b.pn);
  return NKG_OK;
}

void nkg_export__view_free(nkg_view *v)
{
  size_t i, j;
  if(!v)
    return;
  for(i = 0; i < v->nnodes; i++) {
    nkg_vnode *n = &v->nodes[i];
    for(j = 0; j < n->nattrs; j++)
      free(n->attrs[j].value);
    free(n->attrs);
    free(n->iri);
    free(n->type);
    free(n->label);
    free(n->short_label);
    free(n->wikidata);
    free(n->date);
    free(n->article);
  }
  free(v->nodes);
  for(i = 0; i < v->nedges; i++)
    free(v->edges[i].property);
  free(v->edges);
  for(i = 0; i < v->nattr_names; i++)
    free(v->attr_names[i]);
  free(v->attr_names);
  free(v->title);
  memset(v, 0, sizeof *v);
}

/* ---- formats and the public calls ---- */

typedef int (*writer_fn)(nkg_ctx *, const nkg_view *, FILE *);

typedef struct {
  const char *name;
  writer_fn write;
} view_format;

static const view_format S_view_formats[] = {{"graphml", nkg_export__graphml},
                                             {"dot", nkg_export__dot},
                                             {"gv", nkg_export__dot},
                                             {"json", nkg_export__json},
                                             {NULL, NULL}};

static const view_format *S_view_format(const char *name)
{
  size_t i;
  for(i = 0; name && S_view_formats[i].name; i++)
    if(strcmp(S_view_formats[i].name, name) == 0)
      return &S_view_formats[i];
  return NULL;
}

int nkg_export__known(const char *name)
{
  return S_view_format(name) != NULL;
}

int nkg_format_is_view(const char *name)
{
  return nkg_export__known(name);
}

int nkg_export__write(nkg_graph *g, const char *name, const nkg_view_options *opts, FILE *out)
{
  const view_format *f = S_view_format(name);
  nkg_view v;
  int rc;

  if(!f)
    return nkg_ctx__error(g->ctx, NKG_EUSAGE, "'%s' is not a view format (graphml, dot, json)",
                          name ? name : "");
  rc = nkg_export__view(&v, g, opts);
  if(rc == NKG_OK)
    rc = f->write(g->ctx, &v, out);
  nkg_export__view_free(&v);
  if(rc == NKG_OK && (fflush(out) != 0 || ferror(out)))
    rc = nkg_ctx__error(g->ctx, NKG_EIO, "write error");
  return rc;
}

int nkg_graph_write_view(nkg_graph *g, const char *format, const nkg_view_options *view,
                         FILE *out)
{
  if(nkg_export__known(format))
    return nkg_export__write(g, format, view, out);
  if(view && (view->no_mentions || view->types || view->merge_literals))
    return nkg_ctx__error(g->ctx, NKG_EUSAGE,
                          "--no-mentions, --types and --merge-literals apply to graphml, dot "
                          "and json, not to %s",
                          format ? format : "RDF");
  return nkg_graph_write(g, format, out);
}

int nkg_view_types_parse(unsigned int *out, const char *list)
{
  const char *p = list;
  unsigned bits = 0;
  *out = 0;
  if(!list || !*list)
    return NKG_EUSAGE;
  while(*p) {
    const char *e = strchr(p, ',');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    size_t k;
    int found = 0;
    /* tolerate "person, place" */
    while(len > 0 && *p == ' ') {
      p++;
      len--;
    }
    while(len > 0 && p[len - 1] == ' ')
      len--;
    if(len == 3 && strncmp(p, "all", 3) == 0) {
      bits |= 0x3ffu;
      found = 1;
    }
    for(k = 0; k < NKG_VCLS_COUNT && !found; k++) {
      const char *c = nkg_export__class_names[k];
      /* plural forms read naturally on a command line: persons, events */
      if((strlen(c) == len && strncmp(c, p, len) == 0) ||
         (strlen(c) + 1 == len && strncmp(c, p, len - 1) == 0 && p[len - 1] == 's')) {
        bits |= 1u << k;
        found = 1;
      }
    }
    if(!found)
      return NKG_EUSAGE;
    if(!e)
      break;
    p = e + 1;
    if(!*p)
      return NKG_EUSAGE; /* "person," names nothing after the comma */
  }
  if(!bits)
    return NKG_EUSAGE;
  *out = bits;
  return NKG_OK;
}
