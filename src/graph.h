/* graph.h: the graph body, shared by graph.c (builds), serialize.c (writes)
 * and query.c (asks). */
#ifndef NKG_GRAPH_H
#define NKG_GRAPH_H

#include <redland.h>

#include "doc.h"

struct nkg_graph {
  nkg_ctx *ctx;
  librdf_storage *storage;
  librdf_model *model;
  char *article_iri;
};

typedef struct {
  const char *prefix, *ns;
} nkg_prefix;

/* Prefixes every serialization declares, NULL-terminated. */
extern const nkg_prefix nkg_graph__prefixes[];

/* Builds the graph of an extracted document. */
int nkg_graph__build(nkg_graph **out, nkg_doc *doc);

#endif
