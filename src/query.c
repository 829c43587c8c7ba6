/* query.c: SPARQL over a graph or a store, in process, through
 * Redland/rasqal. */
#include <string.h>

#include "graph.h"
#include "store.h"

static const char *const S_result_formats[] = {"table", "csv", "tsv", "json", "xml", NULL};

int nkg_query__run(nkg_ctx *ctx, librdf_model *model, const char *sparql,
                   const char *result_format, FILE *out)
{
  librdf_query *q;
  librdf_query_results *res;
  unsigned errors_before = ctx->log_errors;
  int rc = NKG_OK;
  size_t i;
  bool known = false;

  for(i = 0; S_result_formats[i]; i++)
    if(result_format && strcmp(result_format, S_result_formats[i]) == 0)
      known = true;
  if(!known)
    return nkg_ctx__error(ctx, NKG_EUSAGE, "unknown result format '%s' (table, csv, tsv, json, xml)",
                          result_format ? result_format : "");
  ctx->error[0] = '\0';
  q = librdf_new_query(ctx->world, "sparql", NULL, (const unsigned char *)sparql, NULL);
  if(!q || ctx->log_errors != errors_before) {
    char why[sizeof ctx->error];
    snprintf(why, sizeof why, "%s", ctx->error);
    if(q)
      librdf_free_query(q);
    return nkg_ctx__error(ctx, NKG_EUSAGE, "the SPARQL query does not parse%s%s",
                          why[0] ? ": " : "", why);
  }
  res = librdf_model_query_execute(model, q);
  if(!res) {
    librdf_free_query(q);
    return nkg_ctx__error(ctx, NKG_EUSAGE, "the SPARQL query failed");
  }
  /* CONSTRUCT and DESCRIBE give a graph: write it as Turtle */
  if(librdf_query_results_is_graph(res)) {
    librdf_stream *st = librdf_query_results_as_stream(res);
    librdf_serializer *ser = librdf_new_serializer(ctx->world, "turtle", NULL, NULL);
    if(!st || !ser || librdf_serializer_serialize_stream_to_file_handle(ser, out, NULL, st))
      rc = nkg_ctx__error(ctx, NKG_ERROR, "cannot write the query's graph");
    if(st)
      librdf_free_stream(st);
    if(ser)
      librdf_free_serializer(ser);
  } else if(librdf_query_results_to_file_handle2(res, out, result_format, NULL, NULL, NULL)) {
    rc = nkg_ctx__error(ctx, NKG_ERROR, "cannot write the query results");
  }
  librdf_free_query_results(res);
  librdf_free_query(q);
  if(rc == NKG_OK && ctx->log_errors != errors_before)
    rc = NKG_ERROR;
  return rc;
}

int nkg_graph_query(nkg_graph *g, const char *sparql, const char *result_format, FILE *out)
{
  if(!nkg_graph__model(g))
    return NKG_ERROR;
  return nkg_query__run(g->ctx, g->model, sparql, result_format, out);
}
