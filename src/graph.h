/* graph.h: the graph body, shared by graph.c (builds), serialize.c (writes)
 * and query.c (asks). */
#ifndef NKG_GRAPH_H
#define NKG_GRAPH_H

#include <redland.h>

#include "doc.h"

/* The triples are kept as a sorted, duplicate-free array of raptor
 * statements: writing streams them to raptor's serializers, and a librdf
 * model (with its per-triple indexes, several times the memory) is built
 * only when a query asks for one. */
struct nkg_graph {
  nkg_ctx *ctx;
  raptor_statement **sts;
  size_t n, cap;
  librdf_storage *storage; /* NULL until nkg_graph__model() */
  librdf_model *model;
  char *article_iri;
};

typedef struct {
  const char *prefix, *ns;
} nkg_prefix;

/* Prefixes every serialization declares, NULL-terminated. */
extern const nkg_prefix nkg_graph__prefixes[];

/* The graph as a librdf model (built on first use, owned by the graph);
 * NULL on failure with the message in the context. */
librdf_model *nkg_graph__model(nkg_graph *g);

/* ntwriter.c: writes the statements as N-Triples (quads: N-Quads with the
 * article IRI as graph). */
int nkg_nt__write(nkg_graph *g, bool quads, FILE *out);

/* Builds the graph of an extracted document. */
int nkg_graph__build(nkg_graph **out, nkg_doc *doc);

#endif
