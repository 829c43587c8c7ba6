/* query.c: SPARQL over a graph, in process, through Redland/rasqal. */
#include <string.h>

#include "graph.h"

static const char *const S_result_formats[] = {"table", "csv", "tsv", "json", "xml", NULL};

int nkg_graph_query(nkg_graph *g, const char *sparql, const char *result_format, FILE *out)
{
  nkg_ctx *ctx = g->ctx;
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
    return nkg_ctx__error(ctx, NKG_EUSAGE, "unknown result format '%s'",
                          result_format ? result_format : "");
  if(!nkg_graph__model(g))
    return NKG_ERROR;
  q = librdf_new_query(ctx->world, "sparql", NULL, (const unsigned char *)sparql, NULL);
  if(!q)
    return nkg_ctx__error(ctx, NKG_EUSAGE, "the SPARQL query does not parse");
  res = librdf_model_query_execute(g->model, q);
  if(!res) {
    librdf_free_query(q);
    return nkg_ctx__error(ctx, NKG_EUSAGE, "the SPARQL query failed");
  }
  if(librdf_query_results_to_file_handle2(res, out, result_format, NULL, NULL, NULL))
    rc = nkg_ctx__error(ctx, NKG_ERROR, "cannot write the query results");
  librdf_free_query_results(res);
  librdf_free_query(q);
  if(rc == NKG_OK && ctx->log_errors != errors_before)
    rc = NKG_ERROR;
  return rc;
}
