/* serialize.c: the graph -> Turtle, RDF/XML, N-Triples, N-Quads.
 *
 * Statements are taken out of the model and sorted before they reach
 * raptor's serializer, so the bytes never depend on hash order: the same
 * graph always gives the same output. Prefixes are declared and the base URI
 * is NULL (else Turtle writes `@prefix ex: <>` and relative IRIs). */
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "graph.h"

typedef struct {
  const char *name;   /* ours */
  const char *raptor; /* raptor serializer name */
} format;

static const format S_formats[] = {{"turtle", "turtle"},
                                   {"ttl", "turtle"},
                                   {"rdfxml", "rdfxml-abbrev"},
                                   {"rdf", "rdfxml-abbrev"},
                                   {"ntriples", "ntriples"},
                                   {"nt", "ntriples"},
                                   {"nquads", "nquads"},
                                   {"nq", "nquads"},
                                   {NULL, NULL}};

static const format *S_format(const char *name)
{
  size_t i;
  for(i = 0; name && S_formats[i].name; i++)
    if(strcmp(S_formats[i].name, name) == 0)
      return &S_formats[i];
  return NULL;
}

int nkg_format_known(const char *name)
{
  return S_format(name) != NULL || nkg_export__known(name); /* + graphml, dot, json */
}

int nkg_graph_write(nkg_graph *g, const char *format_name, FILE *out)
{
  nkg_ctx *ctx = g->ctx;
  const format *f = S_format(format_name);
  raptor_serializer *ser;
  size_t i;
  raptor_term *graph_term = NULL;
  unsigned errors_before = ctx->log_errors;
  int rc = NKG_OK;

  if(!f && nkg_export__known(format_name)) /* graphml, dot, json: export.c */
    return nkg_export__write(g, format_name, NULL, out);
  if(!f)
    return nkg_ctx__error(ctx, NKG_EUSAGE,
                          "unknown format '%s' (turtle, rdfxml, ntriples, nquads, graphml, dot, json)",
                          format_name ? format_name : "");
  /* Bulk formats: our streaming writer (raptor's writes a byte at a time). */
  if(strcmp(f->raptor, "ntriples") == 0 || strcmp(f->raptor, "nquads") == 0)
    return nkg_nt__write(g, strcmp(f->raptor, "nquads") == 0, out);
  ser = raptor_new_serializer(ctx->raptor, f->raptor);
  if(!ser) {
    rc = nkg_ctx__error(ctx, NKG_ESERIALIZE, "no raptor serializer for %s", f->raptor);
    goto cleanup;
  }
  for(i = 0; nkg_graph__prefixes[i].prefix; i++) {
    raptor_uri *u = raptor_new_uri(ctx->raptor, (const unsigned char *)nkg_graph__prefixes[i].ns);
    raptor_serializer_set_namespace(ser, u, (const unsigned char *)nkg_graph__prefixes[i].prefix);
    raptor_free_uri(u);
  }
  if(strcmp(f->raptor, "nquads") == 0)
    graph_term = raptor_new_term_from_uri_string(ctx->raptor,
                                                 (const unsigned char *)g->article_iri);
  if(raptor_serializer_start_to_file_handle(ser, NULL, out)) {
    rc = nkg_ctx__error(ctx, NKG_ESERIALIZE, "cannot start the %s writer", f->name);
    goto cleanup;
  }
  /* The graph keeps its statements sorted, so the bytes never depend on
   * hash order. */
  for(i = 0; i < g->n && rc == NKG_OK; i++) {
    raptor_statement *st = g->sts[i];
    int bad;
    if(graph_term) {
      raptor_statement quad = *st;
      quad.graph = graph_term;
      bad = raptor_serializer_serialize_statement(ser, &quad);
    } else {
      bad = raptor_serializer_serialize_statement(ser, st);
    }
    if(bad)
      rc = nkg_ctx__error(ctx, NKG_ESERIALIZE, "the %s writer refused a triple", f->name);
  }
  if(raptor_serializer_serialize_end(ser) && rc == NKG_OK)
    rc = nkg_ctx__error(ctx, NKG_ESERIALIZE, "the %s writer failed", f->name);
  if(rc == NKG_OK && ctx->log_errors != errors_before)
    rc = NKG_ESERIALIZE; /* RDF/XML skips some triples and only logs it */
  if(rc == NKG_OK && (fflush(out) != 0 || ferror(out)))
    rc = nkg_ctx__error(ctx, NKG_EIO, "write error");

cleanup:
  if(ser)
    raptor_free_serializer(ser);
  if(graph_term)
    raptor_free_term(graph_term);
  return rc;
}
