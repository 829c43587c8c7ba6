/* test_export.c: the graph views (src/export*.c) on a small graph written
 * for this test as N-Triples, and on an article written for this test run
 * through the whole pipeline.
 *
 * With arguments it is also the suite's driver for view options the CLI
 * may not pass yet (tests/suites/export.sh):
 *   test_export --emit FORMAT TYPES|- NO_MENTIONS MERGE_LITERALS ARTICLE
 * writes the article's view to stdout. */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "export.h"
#include "harness.h"

#define B "http://ex.org/id/"
#define NKG "<http://newskg.org/ontology#"
#define SDO "<http://schema.org/"
#define RDFT "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#define LABEL "<http://www.w3.org/2000/01/rdf-schema#label>"
#define NIF "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

/* A small graph in the shapes the extractor makes: an article, a person
 * holding a position, a place, an event with a date and a status, a
 * quotation, a role assignment and one NIF mention. The quotation's text
 * holds every character a writer must escape. Literals are plain: raptor
 * 2.0.15's N-Triples parser keeps a reference to a ^^datatype URI (valgrind
 * sees it lost), and the views read a literal's text, not its datatype. */
static const char *const S_nt[] = {
  "<" B "article/a1> " RDFT " " SDO "NewsArticle> .\n",
  "<" B "article/a1> " SDO "headline> \"Mayor of Lisbon opens a bridge\" .\n",
  "<" B "article/a1> " SDO "publisher> <" B "organization/daily-news> .\n",
  "<" B "article/a1> " SDO "mentions> <" B "person/ana-silva> .\n",
  "<" B "article/a1> " SDO "datePublished> \"2020-05-04\" .\n",
  "<" B "organization/daily-news> " RDFT " " SDO "Organization> .\n",
  "<" B "organization/daily-news> " RDFT " " NKG "MediaOrganization> .\n",
  "<" B "organization/daily-news> " LABEL " \"Daily News\" .\n",
  "<" B "person/ana-silva> " RDFT " " SDO "Person> .\n",
  "<" B "person/ana-silva> " RDFT " " NKG "Person> .\n",
  "<" B "person/ana-silva> " LABEL " \"Ana Silva\" .\n",
  "<" B "person/ana-silva> " SDO "name> \"Ana Silva\" .\n",
  "<" B "person/ana-silva> " NKG "holdsPosition> <" B "position/mayor-of-lisbon> .\n",
  "<" B "person/ana-silva> <http://www.w3.org/2002/07/owl#sameAs> "
  "<http://www.wikidata.org/entity/Q999999999> .\n",
  "<" B "position/mayor-of-lisbon> " RDFT " " NKG "Position> .\n",
  "<" B "position/mayor-of-lisbon> " LABEL " \"Mayor of Lisbon\" .\n",
  "<" B "position/mayor-of-lisbon> " NKG "jurisdiction> <" B "place/lisbon> .\n",
  "<" B "place/lisbon> " RDFT " " SDO "City> .\n",
  "<" B "place/lisbon> " RDFT " " SDO "Place> .\n",
  "<" B "place/lisbon> " LABEL " \"Lisbon\" .\n",
  "<" B "event/e1> " RDFT " " NKG "Event> .\n",
  "<" B "event/e1> " RDFT " " NKG "Opening> .\n",
  "<" B "event/e1> " LABEL " \"Opening by Ana Silva (2020-05-03)\" .\n",
  "<" B "event/e1> " NKG "agent> <" B "person/ana-silva> .\n",
  "<" B "event/e1> " NKG "place> <" B "place/lisbon> .\n",
  "<" B "event/e1> " NKG "date> \"2020-05-03\" .\n",
  "<" B "event/e1> " NKG "status> " NKG "Reported> .\n",
  "<" B "event/e1> " NKG "trigger> \"opened\" .\n",
  "<" B "event/e1> " NKG "sourceArticle> <" B "article/a1> .\n",
  "<" B "event/e1> " NKG "quotation> <" B "quote/q1> .\n",
  "<" B "quote/q1> " RDFT " " SDO "Quotation> .\n",
  "<" B "quote/q1> " SDO "text> \"A \\\"bridge\\\" <for> all & a\\\\b\\nnew line\\ttab\\u0001.\" .\n",
  "<" B "quote/q1> " NKG "speaker> <" B "person/ana-silva> .\n",
  "<" B "quote/q1> " SDO "creator> <" B "person/ana-silva> .\n",
  "<" B "role/r1> " RDFT " " NKG "RoleAssignment> .\n",
  "<" B "role/r1> " NKG "holder> <" B "person/ana-silva> .\n",
  "<" B "role/r1> " NKG "position> <" B "position/mayor-of-lisbon> .\n",
  "<" B "role/r1> " NKG "assertedOn> \"2020-05-04\" .\n",
  "<" B "article/a1#char=0,9> " RDFT " " NIF "Phrase> .\n",
  "<" B "article/a1#char=0,9> " NIF "anchorOf> \"Ana Silva\" .\n",
  "<" B "article/a1#char=0,9> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <" B
  "person/ana-silva> .\n",
  NULL};

static const char S_quote_text[] = "A \"bridge\" <for> all & a\\b\nnew line\ttab\x01.";

static void S_collect(void *data, raptor_statement *st)
{
  nkg_graph *g = data;
  NKG_PUSH(g->sts, g->n, g->cap, raptor_statement_copy(st));
}

static int S_cmp(const void *a, const void *b)
{
  return raptor_statement_compare(*(raptor_statement *const *)a, *(raptor_statement *const *)b);
}

/* A graph from N-Triples text, statements sorted like graph.c keeps them. */
static nkg_graph *S_graph(nkg_ctx *ctx, const char *const *nt, const char *article)
{
  nkg_graph *g = nkg_xcalloc(1, sizeof *g);
  raptor_parser *p = raptor_new_parser(ctx->raptor, "ntriples");
  raptor_uri *base = raptor_new_uri(ctx->raptor, (const unsigned char *)"http://ex.org/");
  g->ctx = ctx;
  g->article_iri = nkg_xstrdup(article);
  raptor_parser_set_statement_handler(p, g, S_collect);
  raptor_parser_parse_start(p, base);
  for(; *nt; nt++)
    raptor_parser_parse_chunk(p, (const unsigned char *)*nt, strlen(*nt), 0);
  raptor_parser_parse_chunk(p, NULL, 0, 1);
  raptor_free_parser(p);
  raptor_free_uri(base);
  qsort(g->sts, g->n, sizeof *g->sts, S_cmp);
  return g;
}

static const nkg_vnode *S_vnode(const nkg_view *v, const char *iri)
{
  size_t i;
  for(i = 0; i < v->nnodes; i++)
    if(strcmp(v->nodes[i].iri, iri) == 0)
      return &v->nodes[i];
  return NULL;
}

static int S_has_edge(const nkg_view *v, const char *src, const char *label, const char *dst)
{
  size_t i;
  for(i = 0; i < v->nedges; i++)
    if(strcmp(v->nodes[v->edges[i].src].iri, src) == 0 &&
       strcmp(v->nodes[v->edges[i].dst].iri, dst) == 0 && strcmp(v->edges[i].label, label) == 0)
      return 1;
  return 0;
}

static size_t S_kept(const nkg_view *v)
{
  size_t i, k = 0;
  for(i = 0; i < v->nnodes; i++)
    k += v->nodes[i].keep != 0;
  return k;
}

/* Output of one writer as a string (caller frees). */
static char *S_write(nkg_graph *g, const char *fmt, const nkg_view_options *o, int *rc)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  *rc = nkg_graph_write_view(g, fmt, o, f);
  fclose(f);
  return buf;
}

static size_t S_count(const char *hay, const char *needle)
{
  size_t n = 0;
  const char *p = hay;
  while((p = strstr(p, needle)) != NULL) {
    n++;
    p += strlen(needle);
  }
  return n;
}

static void S_test_view(nkg_ctx *ctx)
{
  nkg_graph *g = S_graph(ctx, S_nt, B "article/a1");
  nkg_view v;
  nkg_view_options o = NKG_VIEW_OPTIONS_INIT;
  const nkg_vnode *n;

  EQ_INT(g->n, 41, "the test graph parses");
  EQ_INT(nkg_export__view(&v, g, NULL), NKG_OK, "default view");
  /* one node per described IRI, none per literal or per external IRI */
  EQ_INT(v.nnodes, 9, "nodes: article org person position place event quote role mention");
  EQ_INT(S_kept(&v), 8, "the role assignment is hidden by default");
  n = S_vnode(&v, B "person/ana-silva");
  OK(n && n->cls == NKG_VCLS_PERSON, "person class");
  EQ_STR(n ? n->label : NULL, "Ana Silva", "label from rdfs:label");
  EQ_STR(n ? n->wikidata : NULL, "Q999999999", "owl:sameAs wd: -> wikidata");
  EQ_STR(n ? n->type : NULL, "Person", "generic type when nothing more specific");
  OK(n && !nkg_export__attr(&v, n, "name"), "schema:name equal to the label is not repeated");
  n = S_vnode(&v, B "place/lisbon");
  EQ_STR(n ? n->type : NULL, "City", "the specific type beats Place");
  OK(n && n->cls == NKG_VCLS_PLACE, "place class");
  n = S_vnode(&v, B "organization/daily-news");
  EQ_STR(n ? n->type : NULL, "MediaOrganization", "nkg: subclass beats schema:Organization");
  n = S_vnode(&v, B "event/e1");
  OK(n && n->cls == NKG_VCLS_EVENT, "event class");
  EQ_STR(n ? n->date : NULL, "2020-05-03", "nkg:date -> date");
  EQ_STR(n ? n->article : NULL, B "article/a1", "nkg:sourceArticle -> article attribute");
  EQ_STR(n ? n->short_label : NULL, "Opening\n2020-05-03", "event short label: kind + date");
  EQ_STR(n ? nkg_export__attr(&v, n, "status") : NULL, "Reported",
         "an undescribed IRI becomes an attribute");
  EQ_STR(n ? nkg_export__attr(&v, n, "trigger") : NULL, "opened", "literal -> attribute");
  OK(!S_has_edge(&v, B "event/e1", "sourceArticle", B "article/a1"),
     "sourceArticle is not drawn as an edge");
  n = S_vnode(&v, B "person/ana-silva");
  EQ_STR(n ? n->article : NULL, B "article/a1", "article defaults to the graph's article");
  n = S_vnode(&v, B "article/a1");
  EQ_STR(n ? n->label : NULL, "Mayor of Lisbon opens a bridge", "article label = headline");
  EQ_STR(n ? n->date : NULL, "2020-05-04", "article date");
  EQ_STR(v.title, "Mayor of Lisbon opens a bridge", "view title");
  n = S_vnode(&v, B "quote/q1");
  OK(n && n->cls == NKG_VCLS_QUOTATION, "quotation class");
  EQ_STR(n ? nkg_export__attr(&v, n, "text") : NULL, S_quote_text, "quote text kept exactly");
  OK(n && strncmp(n->label, "\xE2\x80\x9C" "A \"bridge\"", 12) == 0, "quote label is quoted text");
  n = S_vnode(&v, B "article/a1#char=0,9");
  OK(n && n->cls == NKG_VCLS_MENTION && n->keep, "NIF phrase is a kept mention by default");
  OK(S_has_edge(&v, B "event/e1", "agent", B "person/ana-silva"), "agent edge");
  OK(S_has_edge(&v, B "person/ana-silva", "holdsPosition", B "position/mayor-of-lisbon"),
     "holdsPosition edge");
  OK(S_has_edge(&v, B "quote/q1", "speaker", B "person/ana-silva") &&
       S_has_edge(&v, B "quote/q1", "creator", B "person/ana-silva"),
     "two properties, two edges");
  OK(S_has_edge(&v, B "article/a1", "mentions", B "person/ana-silva"), "schema:mentions edge");
  OK(S_has_edge(&v, B "article/a1#char=0,9", "taIdentRef", B "person/ana-silva"),
     "mention edge");
  OK(!S_has_edge(&v, B "role/r1", "holder", B "person/ana-silva"), "no edge from hidden role");
  EQ_INT(v.nedges, 10, "edges of the default view");
  nkg_export__view_free(&v);

  /* --no-mentions: no phrase, no schema:mentions */
  o.no_mentions = 1;
  EQ_INT(nkg_export__view(&v, g, &o), NKG_OK, "no-mentions view");
  n = S_vnode(&v, B "article/a1#char=0,9");
  OK(n && !n->keep, "the phrase is dropped");
  OK(!S_has_edge(&v, B "article/a1", "mentions", B "person/ana-silva"), "mentions dropped");
  OK(S_has_edge(&v, B "article/a1", "publisher", B "organization/daily-news"),
     "publisher stays");
  EQ_INT(v.nedges, 8, "edges without mentions");
  nkg_export__view_free(&v);

  /* --types person,event: only those nodes, only edges between them */
  o.no_mentions = 0;
  EQ_INT(nkg_view_types_parse(&o.types, "person,event"), NKG_OK, "parse person,event");
  EQ_INT(nkg_export__view(&v, g, &o), NKG_OK, "typed view");
  EQ_INT(S_kept(&v), 2, "two kept nodes");
  EQ_INT(v.nedges, 1, "one edge: agent");
  OK(S_has_edge(&v, B "event/e1", "agent", B "person/ana-silva"), "the agent edge");
  nkg_export__view_free(&v);

  /* role shown on request */
  EQ_INT(nkg_view_types_parse(&o.types, "role,person,position"), NKG_OK, "parse with role");
  EQ_INT(nkg_export__view(&v, g, &o), NKG_OK, "role view");
  OK(S_has_edge(&v, B "role/r1", "holder", B "person/ana-silva"), "role edge when asked");
  n = S_vnode(&v, B "role/r1");
  EQ_STR(n ? n->date : NULL, "2020-05-04", "assertedOn -> date");
  nkg_export__view_free(&v);

  /* merge_literals: the literals join the label */
  o.types = 0;
  o.merge_literals = 1;
  EQ_INT(nkg_export__view(&v, g, &o), NKG_OK, "merged view");
  n = S_vnode(&v, B "event/e1");
  OK(n && strstr(n->label, "\ntrigger: opened") && strstr(n->short_label, "\ndate: 2020-05-03"),
     "literals merged into labels: %s", n ? n->label : "(none)");
  EQ_STR(v.title, "Mayor of Lisbon opens a bridge", "title stays one line");
  nkg_export__view_free(&v);

  o.version = 99;
  EQ_INT(nkg_export__view(&v, g, &o), NKG_EUSAGE, "unknown options version");
  nkg_export__view_free(&v);
  nkg_graph_free(g);
}

/* GraphML: parse the output back with libxml2 and compare values. */
static void S_test_graphml(nkg_ctx *ctx)
{
  nkg_graph *g = S_graph(ctx, S_nt, B "article/a1");
  int rc, rc2;
  char *out = S_write(g, "graphml", NULL, &rc);
  char *again = S_write(g, "graphml", NULL, &rc2);
  xmlDocPtr doc;
  xmlNodePtr root, gr, n;
  size_t nodes = 0, edges = 0;
  int text_ok = 0, ctl_gone = 0;

  EQ_INT(rc, NKG_OK, "graphml written");
  OK(out && again && strcmp(out, again) == 0, "graphml: same bytes twice");
  doc = out ? xmlReadMemory(out, (int)strlen(out), "x.graphml", NULL, XML_PARSE_NONET) : NULL;
  OK(doc != NULL, "graphml is well-formed XML");
  root = doc ? xmlDocGetRootElement(doc) : NULL;
  OK(root && xmlStrEqual(root->name, BAD_CAST "graphml") && root->ns &&
       xmlStrEqual(root->ns->href, BAD_CAST "http://graphml.graphdrawing.org/xmlns"),
     "root is graphml in the GraphML namespace");
  for(gr = root ? root->children : NULL; gr && !xmlStrEqual(gr->name, BAD_CAST "graph");
      gr = gr->next)
    ;
  OK(gr != NULL, "has a graph");
  for(n = gr ? gr->children : NULL; n; n = n->next) {
    xmlNodePtr d;
    if(n->type != XML_ELEMENT_NODE)
      continue;
    if(xmlStrEqual(n->name, BAD_CAST "node"))
      nodes++;
    if(xmlStrEqual(n->name, BAD_CAST "edge"))
      edges++;
    for(d = n->children; d; d = d->next) {
      xmlChar *val;
      if(d->type != XML_ELEMENT_NODE)
        continue;
      val = xmlNodeGetContent(d);
      /* the control character became a space, everything else survived */
      if(val && strstr((const char *)val, "A \"bridge\" <for> all & a\\b\nnew line\ttab"))
        text_ok = 1, ctl_gone = strchr((const char *)val, '\x01') == NULL;
      xmlFree(val);
    }
  }
  EQ_INT(nodes, 8, "graphml nodes = kept view nodes");
  EQ_INT(edges, 10, "graphml edges = view edges");
  OK(text_ok, "markup characters round-trip through GraphML");
  OK(ctl_gone, "C0 control characters are not written into XML");
  if(doc)
    xmlFreeDoc(doc);
  free(out);
  free(again);
  nkg_graph_free(g);
}

static void S_test_dot_json(nkg_ctx *ctx)
{
  nkg_graph *g = S_graph(ctx, S_nt, B "article/a1");
  nkg_view_options o = NKG_VIEW_OPTIONS_INIT;
  int rc;
  char *dot, *json;

  o.no_mentions = 1;
  dot = S_write(g, "dot", &o, &rc);
  EQ_INT(rc, NKG_OK, "dot written");
  OK(dot && strncmp(strstr(dot, "digraph") ? strstr(dot, "digraph") : "", "digraph newskg {", 16) == 0,
     "a digraph");
  /* speaker and creator between the same pair: one drawn edge */
  OK(dot && strstr(dot, "[label=\"speaker / creator\"]") != NULL, "parallel edges merged");
  EQ_INT(dot ? S_count(dot, " -> ") : 0, 7, "8 view edges, 7 drawn");
  OK(dot && strstr(dot, "A \\\"bridge\\\"") != NULL, "quotes escaped in DOT");
  OK(dot && strstr(dot, "Opening\\n2020-05-03") != NULL, "event drawn with its date");
  OK(dot && strstr(dot, "URL=\"https://www.wikidata.org/wiki/Q999999999\"") != NULL,
     "linked nodes point to Wikidata");
  OK(dot && !strstr(dot, "char=0,9"), "no mention in the no-mentions picture");
  free(dot);

  json = S_write(g, "json", NULL, &rc);
  EQ_INT(rc, NKG_OK, "json written");
  OK(json && strstr(json, "\"elements\": {") && strstr(json, "\"nodes\": [") &&
       strstr(json, "\"edges\": ["),
     "Cytoscape.js elements shape");
  OK(json && strstr(json, "A \\\"bridge\\\" <for> all & a\\\\b\\nnew line\\ttab\\u0001.") != NULL,
     "JSON string escapes");
  EQ_INT(json ? S_count(json, "\"source\": ") : 0, 10, "one JSON edge per view edge");
  OK(json && strstr(json, "\"classes\": \"person\""), "classes for styling");
  free(json);

  /* the RDF formats take no view */
  json = S_write(g, "turtle", &o, &rc);
  EQ_INT(rc, NKG_EUSAGE, "a view option with turtle is a usage error");
  free(json);
  o.no_mentions = 0;
  json = S_write(g, "ntriples", &o, &rc);
  EQ_INT(rc, NKG_OK, "default view options with ntriples write RDF");
  EQ_INT(json ? S_count(json, " .\n") : 0, 41, "all triples");
  free(json);
  json = S_write(g, "svg", NULL, &rc);
  EQ_INT(rc, NKG_EUSAGE, "unknown format");
  free(json);
  nkg_graph_free(g);
}

static void S_test_types_parse(void)
{
  static const struct {
    const char *in;
    int rc;
    unsigned bits;
  } cases[] = {
    {"person,organization,place,event", NKG_OK,
     NKG_VIEW_PERSON | NKG_VIEW_ORGANIZATION | NKG_VIEW_PLACE | NKG_VIEW_EVENT},
    {"persons, events", NKG_OK, NKG_VIEW_PERSON | NKG_VIEW_EVENT},
    {"quotation", NKG_OK, NKG_VIEW_QUOTATION},
    {"mention,role,other,article,position", NKG_OK,
     NKG_VIEW_MENTION | NKG_VIEW_ROLE | NKG_VIEW_OTHER | NKG_VIEW_ARTICLE | NKG_VIEW_POSITION},
    {"all", NKG_OK, 0x3ffu},
    {"", NKG_EUSAGE, 0},
    {"person,", NKG_EUSAGE, 0},
    {"people", NKG_EUSAGE, 0},
    {"person,bogus", NKG_EUSAGE, 0},
  };
  size_t i;
  for(i = 0; i < sizeof cases / sizeof *cases; i++) {
    unsigned bits = 77;
    EQ_INT(nkg_view_types_parse(&bits, cases[i].in), cases[i].rc, "types '%s'", cases[i].in);
    EQ_INT(bits, cases[i].bits, "bits of '%s'", cases[i].in);
  }
  OK(nkg_format_known("graphml") && nkg_format_known("dot") && nkg_format_known("json") &&
       nkg_format_is_view("json") && !nkg_format_is_view("turtle"),
     "format names");
}

/* The whole pipeline on an article written for this test. */
static const char S_article[] =
  "Chile and Peru sign a fishing accord\n"
  "\n"
  "Staff Writer\n"
  "Published 9:00 AM ET \xE2\x80\x94 Tuesday, April 2, 2019\n"
  "\n"
  "Chilean President Sebastian Pinera met with Peruvian President Martin Vizcarra in "
  "Lima on Monday to sign an agreement on fishing rights.\n"
  "\n"
  "\xE2\x80\x9CThis accord protects our coasts,\xE2\x80\x9D said Pinera after the meeting.\n";

static void S_test_pipeline(nkg_ctx *ctx)
{
  nkg_graph *g = NULL;
  nkg_view v;
  nkg_view_options o = NKG_VIEW_OPTIONS_INIT;
  size_t i, persons = 0, events = 0, mentions = 0;
  int rc;
  char *dot;

  EQ_INT(nkg_extract(&g, ctx, NULL, S_article, sizeof S_article - 1), NKG_OK, "extract");
  if(!g)
    return;
  o.no_mentions = 1;
  EQ_INT(nkg_export__view(&v, g, &o), NKG_OK, "view of an extracted article");
  for(i = 0; i < v.nnodes; i++) {
    if(!v.nodes[i].keep)
      continue;
    persons += v.nodes[i].cls == NKG_VCLS_PERSON;
    events += v.nodes[i].cls == NKG_VCLS_EVENT;
    mentions += v.nodes[i].cls == NKG_VCLS_MENTION;
    OK(v.nodes[i].label && *v.nodes[i].label, "every node has a label: %s", v.nodes[i].iri);
  }
  OK(persons >= 2, "two presidents drawn (%zu persons)", persons);
  OK(events >= 1, "at least one event (%zu)", events);
  EQ_INT(mentions, 0, "no mention nodes");
  OK(v.nedges > 0, "some edges");
  nkg_export__view_free(&v);
  dot = S_write(g, "dot", &o, &rc);
  EQ_INT(rc, NKG_OK, "dot of an extracted article");
  free(dot);
  nkg_graph_free(g);
}

static int S_emit(int argc, char **argv)
{
  nkg_view_options o = NKG_VIEW_OPTIONS_INIT;
  char err[256];
  nkg_ctx *ctx;
  nkg_graph *g = NULL;
  char *text = NULL;
  size_t len = 0, cap = 0, got;
  FILE *f;
  int rc;

  if(argc != 7) {
    fprintf(stderr, "usage: test_export --emit FORMAT TYPES|- NO_MENTIONS MERGE ARTICLE\n");
    return 2;
  }
  if(strcmp(argv[3], "-") != 0 && nkg_view_types_parse(&o.types, argv[3]) != NKG_OK) {
    fprintf(stderr, "test_export: bad types %s\n", argv[3]);
    return 2;
  }
  o.no_mentions = atoi(argv[4]);
  o.merge_literals = atoi(argv[5]);
  if(!(f = fopen(argv[6], "rb")))
    return 1;
  do {
    nkg__grow((void **)&text, &cap, len + 65536, 1);
    got = fread(text + len, 1, cap - len, f);
    len += got;
  } while(got > 0);
  fclose(f);
  if(!(ctx = nkg_ctx_new(NULL, err, sizeof err))) {
    fprintf(stderr, "test_export: %s\n", err);
    free(text);
    return 1;
  }
  rc = nkg_extract(&g, ctx, NULL, text, len);
  if(rc == NKG_OK)
    rc = nkg_graph_write_view(g, argv[2], &o, stdout);
  if(rc != NKG_OK)
    fprintf(stderr, "test_export: %s\n", nkg_ctx_last_error(ctx));
  nkg_graph_free(g);
  nkg_ctx_free(ctx);
  free(text);
  return rc == NKG_OK ? 0 : 1;
}

int main(int argc, char **argv)
{
  char err[256];
  nkg_ctx *ctx;

  if(argc > 1 && strcmp(argv[1], "--emit") == 0)
    return S_emit(argc, argv);
  ctx = nkg_ctx_new(NULL, err, sizeof err);
  OK(ctx != NULL, "context: %s", err);
  if(!ctx)
    DONE();
  S_test_view(ctx);
  S_test_graphml(ctx);
  S_test_dot_json(ctx);
  S_test_types_parse();
  S_test_pipeline(ctx);
  nkg_ctx_free(ctx);
  DONE();
}
