/* store.h: the store body, shared by store.c (fills), query.c (asks) and
 * load.c (sends). */
#ifndef NKG_STORE_H
#define NKG_STORE_H

#include <redland.h>

#include "doc.h"

struct nkg_store {
  nkg_ctx *ctx;
  librdf_storage *storage;
  librdf_model *model;
  char *path; /* NULL: in memory */
  /* in-memory copies made for queries (store.c S_query_model), NULL until
   * a query needs one; any change to the store drops them */
  librdf_storage *q_storage, *q_ctx_storage;
  librdf_model *q_model, *q_ctx_model;
  int has_transactions;
};

/* Runs sparql over model and writes the results to out in result_format
 * ("table", "csv", "tsv", "json", "xml"). */
int nkg_query__run(nkg_ctx *ctx, librdf_model *model, const char *sparql,
                   const char *result_format, FILE *out);

/* The statements of one named graph, sorted and without duplicates: *out is
 * an array of *n statements the caller frees with nkg_store__free_sts(). */
int nkg_store__graph_statements(nkg_store *s, const char *graph_iri, librdf_statement ***out,
                                size_t *n);
void nkg_store__free_sts(librdf_statement **sts, size_t n);

/* Writes sts[0..n) as N-Triples (graph NULL) or N-Quads in graph. */
int nkg_store__write_sts(nkg_ctx *ctx, librdf_statement **sts, size_t n, const char *graph,
                         FILE *out);

#endif
