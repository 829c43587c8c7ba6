/* store.c: a set of named graphs (an RDF dataset) in a librdf model with
 * contexts: in memory for one run, or persistent in an SQLite file.
 *
 * Why SQLite (Redland's sqlite storage, Debian librdf-storage-sqlite): the
 * store is one file, every article is replaced inside one SQLite
 * transaction (a crash leaves the old graph, never half of each), it keeps
 * contexts (one named graph per article) and refuses a duplicate quad by
 * itself. The Berkeley DB "hashes" storage is built into librdf0 but makes
 * seven files per store, has no transactions, and crashed in our trial of
 * contexts on Redland 1.0.17. Memory stores use "hashes" (memory), which
 * does keep duplicate quads: we sort and de-duplicate before adding. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "graph.h"
#include "store.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define SCHEMA_ARTICLE "http://schema.org/NewsArticle"
#define OWL_ONTOLOGY "http://www.w3.org/2002/07/owl#Ontology"

static void S_drop_query_models(nkg_store *s);

static int S_has_storage(nkg_ctx *ctx, const char *want)
{
  unsigned int i;
  const char *name;
  for(i = 0; librdf_storage_enumerate(ctx->world, i, &name, NULL) == 0; i++)
    if(name && strcmp(name, want) == 0)
      return 1;
  return 0;
}

int nkg_store_open(nkg_store **out, nkg_ctx *ctx, const char *path, unsigned int flags)
{
  nkg_store *s;
  unsigned errors_before = ctx->log_errors;
  struct stat sb;
  int exists;

  *out = NULL;
  s = nkg_xcalloc(1, sizeof *s);
  s->ctx = ctx;
  ctx->error[0] = '\0';
  if(!path) {
    s->storage = librdf_new_storage(ctx->world, "hashes", NULL, "hash-type='memory',contexts='yes'");
  } else {
    exists = stat(path, &sb) == 0;
    if(exists && S_ISREG(sb.st_mode) && sb.st_size == 0 && (flags & NKG_STORE_CREATE))
      exists = 0; /* an empty file (mktemp's) becomes a new store */
    if(!exists && !(flags & NKG_STORE_CREATE)) {
      free(s);
      return nkg_ctx__error(ctx, NKG_EIO, "%s: %s", path, strerror(errno));
    }
    if(exists && !S_ISREG(sb.st_mode)) {
      free(s);
      return nkg_ctx__error(ctx, NKG_EIO, "%s: not a regular file", path);
    }
    if(!S_has_storage(ctx, "sqlite")) {
      free(s);
      return nkg_ctx__error(ctx, NKG_ERROR,
                            "Redland's sqlite storage is not installed (Debian package "
                            "librdf-storage-sqlite)");
    }
    s->path = nkg_xstrdup(path);
    s->storage = librdf_new_storage(ctx->world, "sqlite", path, exists ? "new='no'" : "new='yes'");
    s->has_transactions = 1;
  }
  if(s->storage)
    s->model = librdf_new_model(ctx->world, s->storage, NULL);
  if(!s->model || ctx->log_errors != errors_before) {
    char why[sizeof ctx->error];
    int rc;
    snprintf(why, sizeof why, "%s", ctx->error[0] ? ctx->error : "Redland refused it");
    rc = nkg_ctx__error(ctx, NKG_EIO, "%s: cannot open the store: %s", path ? path : "memory", why);
    nkg_store_free(s);
    return rc;
  }
  if(path) {
    /* An SQLite file that is not a Redland store opens fine and fails on
     * first use: ask now so the error names the file. */
    librdf_stream *st = librdf_model_as_stream(s->model);
    librdf_free_stream(st);
    if(!st || ctx->log_errors != errors_before) {
      nkg_store_free(s);
      return nkg_ctx__error(ctx, NKG_EIO, "%s: not a newskg store (Redland sqlite)", path);
    }
  }
  *out = s;
  return NKG_OK;
}

void nkg_store_free(nkg_store *s)
{
  if(!s)
    return;
  S_drop_query_models(s);
  if(s->model)
    librdf_free_model(s->model);
  if(s->storage)
    librdf_free_storage(s->storage);
  free(s->path);
  free(s);
}

size_t nkg_store_size(nkg_store *s)
{
  int n = librdf_model_size(s->model);
  if(n >= 0)
    return (size_t)n;
  {
    /* sqlite answers -1 (size unknown): count */
    librdf_stream *st = librdf_model_as_stream(s->model);
    size_t c = 0;
    for(; st && !librdf_stream_end(st); librdf_stream_next(st))
      c++;
    librdf_free_stream(st);
    return c;
  }
}

/* raptor's guesser scores names and first bytes together and misses some
 * (N-Quads), so the common extensions are mapped here first. */
static const struct {
  const char *ext, *parser;
} S_rdf_ext[] = {{"ttl", "turtle"},   {"turtle", "turtle"},     {"n3", "turtle"},
                 {"nt", "ntriples"},  {"ntriples", "ntriples"}, {"nq", "nquads"},
                 {"nquads", "nquads"}, {"rdf", "rdfxml"},       {"owl", "rdfxml"},
                 {"xml", "rdfxml"},   {"trig", "trig"},         {"rj", "json"},
                 {"json", "json"},    {NULL, NULL}};

static const char *S_parser_for(const char *path)
{
  const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
  size_t i;
  if(!dot || (slash && slash > dot))
    return NULL;
  for(i = 0; S_rdf_ext[i].ext; i++)
    if(strcasecmp(dot + 1, S_rdf_ext[i].ext) == 0)
      return S_rdf_ext[i].parser;
  return NULL;
}

int nkg_path_is_rdf(const char *path)
{
  return S_parser_for(path) != NULL;
}

/* ---- statements and their graphs ---- */

typedef struct {
  librdf_statement *st;
  char *graph; /* owned; NULL: the file's default graph */
} quad;

static int S_cmp_quad(const void *a, const void *b)
{
  const quad *x = a, *y = b;
  int c;
  if(!x->graph || !y->graph)
    c = (x->graph != NULL) - (y->graph != NULL);
  else
    c = strcmp(x->graph, y->graph);
  return c ? c : raptor_statement_compare(x->st, y->st);
}

static int S_cmp_sts(const void *a, const void *b)
{
  return raptor_statement_compare(*(librdf_statement *const *)a, *(librdf_statement *const *)b);
}

void nkg_store__free_sts(librdf_statement **sts, size_t n)
{
  size_t i;
  for(i = 0; i < n; i++)
    librdf_free_statement(sts[i]);
  free(sts);
}

/* Store failures start with the store's path, so callers can tell them
 * from a bad input. */
static const char *S_where(const nkg_store *s)
{
  return s->path ? s->path : "memory store";
}

/* The store changes: the copies made for queries are stale. */
static void S_drop_query_models(nkg_store *s)
{
  if(s->q_model)
    librdf_free_model(s->q_model);
  if(s->q_storage)
    librdf_free_storage(s->q_storage);
  if(s->q_ctx_model)
    librdf_free_model(s->q_ctx_model);
  if(s->q_ctx_storage)
    librdf_free_storage(s->q_ctx_storage);
  s->q_model = s->q_ctx_model = NULL;
  s->q_storage = s->q_ctx_storage = NULL;
}

static int S_begin(nkg_store *s)
{
  S_drop_query_models(s);
  if(!s->has_transactions)
    return NKG_OK;
  if(librdf_model_transaction_start(s->model))
    return nkg_ctx__error(s->ctx, NKG_EIO, "%s: cannot start a transaction (is the store busy?)",
                          s->path);
  return NKG_OK;
}

static int S_end(nkg_store *s, int rc)
{
  if(!s->has_transactions)
    return rc;
  if(rc != NKG_OK) {
    librdf_model_transaction_rollback(s->model);
    return rc;
  }
  if(librdf_model_transaction_commit(s->model))
    return nkg_ctx__error(s->ctx, NKG_EIO, "%s: cannot commit", s->path);
  return rc;
}

/* Adds st to graph c unless it is there already (the memory storage would
 * keep both copies). Checked only when the graph was not just emptied. */
static int S_add(nkg_store *s, librdf_node *c, librdf_statement *st, int check)
{
  if(check) {
    librdf_stream *found = librdf_model_find_statements_in_context(s->model, st, c);
    int there = found && !librdf_stream_end(found);
    librdf_free_stream(found);
    if(there)
      return NKG_OK;
  }
  if(librdf_model_context_add_statement(s->model, c, st))
    return nkg_ctx__error(s->ctx, NKG_EIO, "%s: the store refused a statement", S_where(s));
  return NKG_OK;
}

static int S_graph_exists(nkg_store *s, librdf_node *c)
{
  librdf_stream *st = librdf_model_context_as_stream(s->model, c);
  int there = st && !librdf_stream_end(st);
  librdf_free_stream(st);
  return there;
}

/* Adds sorted quads (graph names all set) in one transaction. */
static int S_add_quads(nkg_store *s, quad *qs, size_t n, int replace)
{
  unsigned errors_before = s->ctx->log_errors;
  librdf_node *c = NULL;
  const char *cur = NULL;
  int rc = S_begin(s), check = 0;
  size_t i;

  for(i = 0; i < n && rc == NKG_OK; i++) {
    if(i > 0 && S_cmp_quad(&qs[i - 1], &qs[i]) == 0)
      continue;
    if(!cur || strcmp(cur, qs[i].graph) != 0) {
      if(c)
        librdf_free_node(c);
      cur = qs[i].graph;
      c = librdf_new_node_from_uri_string(s->ctx->world, (const unsigned char *)cur);
      if(!c) {
        rc = nkg_ctx__error(s->ctx, NKG_EUSAGE, "bad graph IRI <%s>", cur);
        break;
      }
      if(replace && librdf_model_context_remove_statements(s->model, c)) {
        rc = nkg_ctx__error(s->ctx, NKG_EIO, "%s: cannot empty the graph <%s>", S_where(s), cur);
        break;
      }
      check = !replace && !s->path && S_graph_exists(s, c);
    }
    rc = S_add(s, c, qs[i].st, check);
  }
  if(c)
    librdf_free_node(c);
  if(rc == NKG_OK && s->ctx->log_errors != errors_before) {
    char why[sizeof s->ctx->error];
    snprintf(why, sizeof why, "%s", s->ctx->error);
    rc = nkg_ctx__error(s->ctx, NKG_EIO, "%s: %s", S_where(s), why);
  }
  return S_end(s, rc);
}

int nkg_store_add_graph(nkg_store *s, nkg_graph *g, const char *graph_iri, int replace)
{
  quad *qs;
  size_t i;
  int rc;

  if(!graph_iri)
    graph_iri = g->article_iri;
  qs = nkg_xcalloc(g->n ? g->n : 1, sizeof *qs);
  /* The graph is already sorted and free of duplicates: borrow it. */
  for(i = 0; i < g->n; i++) {
    qs[i].st = g->sts[i];
    qs[i].graph = (char *)(uintptr_t)graph_iri;
  }
  rc = S_add_quads(s, qs, g->n, replace);
  free(qs);
  return rc;
}

static const char *S_uri_of(librdf_node *n)
{
  if(!n || !librdf_node_is_resource(n))
    return NULL;
  return (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
}

/* The one subject typed cls among the quads without a graph, or NULL. */
static char *S_only_typed(quad *qs, size_t n, const char *cls)
{
  const char *found = NULL;
  size_t i;
  for(i = 0; i < n; i++) {
    const char *p, *o, *sub;
    if(qs[i].graph)
      continue;
    p = S_uri_of(librdf_statement_get_predicate(qs[i].st));
    o = S_uri_of(librdf_statement_get_object(qs[i].st));
    sub = S_uri_of(librdf_statement_get_subject(qs[i].st));
    if(!p || !o || !sub || strcmp(p, RDF_TYPE) != 0 || strcmp(o, cls) != 0)
      continue;
    if(found && strcmp(found, sub) != 0)
      return NULL;
    found = sub;
  }
  return found ? nkg_xstrdup(found) : NULL;
}

int nkg_store_add_file(nkg_store *s, const char *path, const char *syntax, const char *graph_iri,
                       int replace)
{
  nkg_ctx *ctx = s->ctx;
  unsigned errors_before = ctx->log_errors;
  unsigned char head[4096];
  size_t got, n = 0, cap = 0, i;
  quad *qs = NULL;
  char *deflt = NULL;
  librdf_parser *parser = NULL;
  librdf_uri *uri = NULL;
  librdf_stream *stream = NULL;
  FILE *f;
  int rc = NKG_OK;

  f = fopen(path, "rb");
  if(!f)
    return nkg_ctx__error(ctx, NKG_EIO, "%s: %s", path, strerror(errno));
  got = fread(head, 1, sizeof head - 1, f);
  fclose(f);
  head[got] = '\0';
  if(!syntax)
    syntax = S_parser_for(path);
  if(!syntax)
    syntax = librdf_parser_guess_name2(ctx->world, NULL, head, (const unsigned char *)path);
  if(!syntax)
    return nkg_ctx__error(ctx, NKG_EUSAGE, "%s: cannot tell which RDF syntax this is", path);
  ctx->error[0] = '\0';
  parser = librdf_new_parser(ctx->world, syntax, NULL, NULL);
  uri = librdf_new_uri_from_filename(ctx->world, path);
  if(!parser || !uri) {
    rc = nkg_ctx__error(ctx, NKG_EUSAGE, "%s: no RDF parser '%s'", path, syntax);
    goto done;
  }
  stream = librdf_parser_parse_as_stream(parser, uri, uri);
  for(; stream && !librdf_stream_end(stream); librdf_stream_next(stream)) {
    librdf_statement *st = librdf_stream_get_object(stream);
    const char *g = graph_iri ? graph_iri : S_uri_of(librdf_stream_get_context2(stream));
    quad q;
    q.st = librdf_new_statement_from_statement(st);
    q.graph = g ? nkg_xstrdup(g) : NULL;
    NKG_PUSH(qs, n, cap, q);
  }
  if(!stream || ctx->log_errors != errors_before) {
    /* nothing reached the store: a bad file is all or nothing */
    char msg[sizeof ctx->error];
    snprintf(msg, sizeof msg, "%s", ctx->error[0] ? ctx->error : "cannot parse");
    rc = nkg_ctx__error(ctx, NKG_EINVALID, "%s: %s (%s)", path, msg, syntax);
    goto done;
  }
  if(n == 0) {
    rc = nkg_ctx__error(ctx, NKG_EINVALID, "%s: no triples (%s)", path, syntax);
    goto done;
  }
  deflt = S_only_typed(qs, n, SCHEMA_ARTICLE);
  if(!deflt)
    deflt = S_only_typed(qs, n, OWL_ONTOLOGY);
  if(!deflt)
    deflt = nkg_xstrdup((const char *)librdf_uri_as_string(uri));
  for(i = 0; i < n; i++)
    if(!qs[i].graph)
      qs[i].graph = nkg_xstrdup(deflt);
  qsort(qs, n, sizeof *qs, S_cmp_quad);
  rc = S_add_quads(s, qs, n, replace);

done:
  for(i = 0; i < n; i++) {
    librdf_free_statement(qs[i].st);
    free(qs[i].graph);
  }
  free(qs);
  free(deflt);
  if(stream)
    librdf_free_stream(stream);
  if(uri)
    librdf_free_uri(uri);
  if(parser)
    librdf_free_parser(parser);
  return rc;
}

/* ---- reading the store back ---- */

static int S_cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int nkg_store_graph_names(nkg_store *s, char ***out)
{
  librdf_iterator *it = librdf_model_get_contexts(s->model);
  char **names = NULL;
  size_t n = 0, cap = 0;

  *out = NULL;
  if(!it)
    return nkg_ctx__error(s->ctx, NKG_ERROR, "the store cannot list its graphs");
  for(; !librdf_iterator_end(it); librdf_iterator_next(it)) {
    const char *u = S_uri_of(librdf_iterator_get_object(it));
    if(u)
      NKG_PUSH(names, n, cap, nkg_xstrdup(u));
  }
  librdf_free_iterator(it);
  NKG_PUSH(names, n, cap, NULL);
  qsort(names, n - 1, sizeof *names, S_cmp_str);
  *out = names;
  return NKG_OK;
}

void nkg_store_names_free(char **names)
{
  size_t i;
  if(!names)
    return;
  for(i = 0; names[i]; i++)
    free(names[i]);
  free(names);
}

int nkg_store__graph_statements(nkg_store *s, const char *graph_iri, librdf_statement ***out,
                                size_t *nout)
{
  librdf_node *c = librdf_new_node_from_uri_string(s->ctx->world, (const unsigned char *)graph_iri);
  librdf_stream *st;
  librdf_statement **sts = NULL;
  size_t n = 0, cap = 0, i, w = 0;

  *out = NULL;
  *nout = 0;
  if(!c)
    return nkg_ctx__error(s->ctx, NKG_EUSAGE, "bad graph IRI <%s>", graph_iri);
  st = librdf_model_context_as_stream(s->model, c);
  librdf_free_node(c);
  if(!st)
    return nkg_ctx__error(s->ctx, NKG_ERROR, "cannot read the graph <%s>", graph_iri);
  for(; !librdf_stream_end(st); librdf_stream_next(st))
    NKG_PUSH(sts, n, cap, librdf_new_statement_from_statement(librdf_stream_get_object(st)));
  librdf_free_stream(st);
  if(n)
    qsort(sts, n, sizeof *sts, S_cmp_sts);
  for(i = 0; i < n; i++) {
    if(w > 0 && raptor_statement_compare(sts[w - 1], sts[i]) == 0) {
      librdf_free_statement(sts[i]);
      continue;
    }
    sts[w++] = sts[i];
  }
  *out = sts;
  *nout = w;
  return NKG_OK;
}

int nkg_store__write_sts(nkg_ctx *ctx, librdf_statement **sts, size_t n, const char *graph,
                         FILE *out)
{
  raptor_serializer *ser = raptor_new_serializer(ctx->raptor, graph ? "nquads" : "ntriples");
  raptor_term *gt = NULL;
  unsigned errors_before = ctx->log_errors;
  size_t i;
  int rc = NKG_OK;

  if(!ser)
    return nkg_ctx__error(ctx, NKG_ESERIALIZE, "no N-Triples writer");
  if(graph)
    gt = raptor_new_term_from_uri_string(ctx->raptor, (const unsigned char *)graph);
  if(raptor_serializer_start_to_file_handle(ser, NULL, out))
    rc = nkg_ctx__error(ctx, NKG_ESERIALIZE, "cannot start the N-Triples writer");
  for(i = 0; i < n && rc == NKG_OK; i++) {
    raptor_statement q = *sts[i];
    q.graph = gt;
    if(raptor_serializer_serialize_statement(ser, &q))
      rc = nkg_ctx__error(ctx, NKG_ESERIALIZE, "the writer refused a triple");
  }
  if(raptor_serializer_serialize_end(ser) && rc == NKG_OK)
    rc = nkg_ctx__error(ctx, NKG_ESERIALIZE, "the writer failed");
  raptor_free_serializer(ser);
  if(gt)
    raptor_free_term(gt);
  if(rc == NKG_OK && ctx->log_errors != errors_before)
    rc = NKG_ESERIALIZE;
  if(rc == NKG_OK && (fflush(out) != 0 || ferror(out)))
    rc = nkg_ctx__error(ctx, NKG_EIO, "write error");
  return rc;
}

int nkg_store_write_graph(nkg_store *s, const char *graph_iri, FILE *out)
{
  librdf_statement **sts;
  size_t n;
  int rc = nkg_store__graph_statements(s, graph_iri, &sts, &n);
  if(rc == NKG_OK)
    rc = nkg_store__write_sts(s->ctx, sts, n, NULL, out);
  nkg_store__free_sts(sts, n);
  return rc;
}

int nkg_store_write_nquads(nkg_store *s, FILE *out)
{
  char **names;
  size_t i;
  int rc = nkg_store_graph_names(s, &names);
  for(i = 0; rc == NKG_OK && names[i]; i++) {
    librdf_statement **sts;
    size_t n;
    rc = nkg_store__graph_statements(s, names[i], &sts, &n);
    if(rc == NKG_OK)
      rc = nkg_store__write_sts(s->ctx, sts, n, names[i], out);
    nkg_store__free_sts(sts, n);
  }
  nkg_store_names_free(names);
  return rc;
}

static int S_word_char(char c)
{
  return isalnum((unsigned char)c) || c == '_' || c == '-';
}

/* Does the query name graphs (a GRAPH keyword outside IRIs and strings)?
 * A false yes only costs the slower model with contexts. */
static int S_uses_graph(const char *q)
{
  const char *p;
  char quote = 0;
  for(p = q; *p; p++) {
    if(quote) {
      if(*p == '\\' && p[1])
        p++;
      else if(*p == quote)
        quote = 0;
      continue;
    }
    if(*p == '"' || *p == '\'')
      quote = *p;
    else if(*p == '<' && p[1] && strchr(" \t\n=", p[1]) == NULL && strchr(p, '>'))
      p = strchr(p, '>'); /* an IRI, or a less-than we may skip safely */
    else if(*p == '#')
      while(p[1] && p[1] != '\n')
        p++;
    else if(strncasecmp(p, "graph", 5) == 0 && !S_word_char(p[5]) &&
            (p == q || (!S_word_char(p[-1]) && p[-1] != ':' && p[-1] != '?' && p[-1] != '$')))
      return 1;
  }
  return 0;
}

/* Queries run over an in-memory copy: without contexts (so the default
 * graph is the set union of all graphs: a triple two articles share
 * matches once, as in Fuseki's union default graph) unless the query
 * names graphs. Two reasons not to query the stored model itself: with
 * contexts both Redland storages return a shared triple once per graph,
 * and the sqlite storage answers nested patterns (UNION after a join)
 * wrongly: tests/suites/query.sh "store: shared-entities". */
static librdf_model *S_query_model(nkg_store *s, int with_contexts)
{
  librdf_model **slot = with_contexts ? &s->q_ctx_model : &s->q_model;
  librdf_storage **sslot = with_contexts ? &s->q_ctx_storage : &s->q_storage;
  char **names = NULL;
  size_t i;

  if(*slot)
    return *slot;
  if(with_contexts && !s->path)
    return s->model; /* the memory storage answers GRAPH queries right */
  *sslot = librdf_new_storage(s->ctx->world, "hashes", NULL,
                              with_contexts ? "hash-type='memory',contexts='yes'"
                                            : "hash-type='memory'");
  if(*sslot)
    *slot = librdf_new_model(s->ctx->world, *sslot, NULL);
  if(!*slot || nkg_store_graph_names(s, &names) != NKG_OK) {
    nkg_ctx__error(s->ctx, NKG_ERROR, "cannot make the query model");
    return NULL;
  }
  for(i = 0; names[i]; i++) {
    librdf_statement **sts;
    size_t n, j;
    librdf_node *c = NULL;
    if(nkg_store__graph_statements(s, names[i], &sts, &n) != NKG_OK)
      break;
    if(with_contexts)
      c = librdf_new_node_from_uri_string(s->ctx->world, (const unsigned char *)names[i]);
    for(j = 0; j < n; j++) {
      if(c) {
        librdf_model_context_add_statement(*slot, c, sts[j]);
      } else {
        /* the plain memory storage keeps a set: a shared triple once */
        if(!librdf_model_contains_statement(*slot, sts[j]))
          librdf_model_add_statement(*slot, sts[j]);
      }
    }
    if(c)
      librdf_free_node(c);
    nkg_store__free_sts(sts, n);
  }
  nkg_store_names_free(names);
  return *slot;
}

int nkg_store_query(nkg_store *s, const char *sparql, const char *result_format, FILE *out)
{
  librdf_model *m = S_query_model(s, S_uses_graph(sparql));
  if(!m)
    return NKG_ERROR;
  return nkg_query__run(s->ctx, m, sparql, result_format, out);
}

/* ---- inputs: RDF files or articles ---- */


static int S_is_html(const char *path)
{
  const char *dot = strrchr(path, '.');
  return dot && (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0);
}

/* Reads at most NKG_MAX_ARTICLE_BYTES + 1 bytes, so the extractor can
 * reject a larger file as too large without reading it all. */
static char *S_read(const char *path, size_t *len)
{
  size_t cap = 65536, n = 0, limit = (size_t)NKG_MAX_ARTICLE_BYTES + 1;
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  char *buf;
  if(!f)
    return NULL;
  buf = nkg_xmalloc(cap + 1);
  for(;;) {
    size_t got;
    if(n == cap) {
      if(cap >= limit)
        break;
      cap *= 2;
      buf = nkg_xrealloc(buf, cap + 1);
    }
    got = fread(buf + n, 1, (cap < limit ? cap : limit) - n, f);
    n += got;
    if(got == 0 || n >= limit)
      break;
  }
  if(ferror(f)) {
    int e = errno;
    if(f != stdin)
      fclose(f);
    free(buf);
    errno = e ? e : EIO;
    return NULL;
  }
  if(f != stdin)
    fclose(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}

int nkg_store_add_path(nkg_store *s, const char *path, const nkg_options *opts,
                       const char *graph_iri, int replace, char **graph_out)
{
  nkg_ctx *ctx = s->ctx;
  nkg_graph *g = NULL;
  char *text;
  size_t len = 0;
  int rc;

  if(graph_out)
    *graph_out = NULL;
  if(strcmp(path, "-") != 0 && nkg_path_is_rdf(path))
    return nkg_store_add_file(s, path, NULL, graph_iri, replace);
  text = S_read(path, &len);
  if(!text)
    return nkg_ctx__error(ctx, NKG_EIO, "%s: %s", path, strerror(errno));
  if(S_is_html(path)) {
    nkg_article a;
    memset(&a, 0, sizeof a);
    a.html = text; /* borrowed: not cleared */
    rc = nkg_extract_article(&g, ctx, opts, &a);
  } else {
    rc = nkg_extract(&g, ctx, opts, text, len);
  }
  free(text);
  if(rc != NKG_OK) {
    char why[sizeof ctx->error];
    snprintf(why, sizeof why, "%s", ctx->error);
    return nkg_ctx__error(ctx, rc, "%s: %s", strcmp(path, "-") == 0 ? "<stdin>" : path, why);
  }
  rc = nkg_store_add_graph(s, g, graph_iri, replace);
  if(rc == NKG_OK && graph_out)
    *graph_out = nkg_xstrdup(graph_iri ? graph_iri : g->article_iri);
  nkg_graph_free(g);
  return rc;
}

int nkg_store_remove_graph(nkg_store *s, const char *graph_iri)
{
  librdf_node *c = librdf_new_node_from_uri_string(s->ctx->world, (const unsigned char *)graph_iri);
  int rc;
  if(!c)
    return nkg_ctx__error(s->ctx, NKG_EUSAGE, "bad graph IRI <%s>", graph_iri);
  rc = S_begin(s);
  if(rc == NKG_OK && librdf_model_context_remove_statements(s->model, c))
    rc = nkg_ctx__error(s->ctx, NKG_EIO, "%s: cannot remove the graph <%s>", S_where(s), graph_iri);
  librdf_free_node(c);
  return S_end(s, rc);
}
