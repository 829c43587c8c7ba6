/* export.h: the graph as a picture-friendly property graph (a "view") and
 * the three writers that draw it: GraphML (export_graphml.c), Graphviz DOT
 * (export_dot.c) and Cytoscape.js JSON (export_json.c).
 *
 * RDF has one node per IRI and per literal; drawing tools want one node per
 * thing and its literals as attributes. export.c walks the graph's sorted
 * statements once and makes that view, so every writer sees the same nodes,
 * edges and attributes, in the same (IRI) order, for any article.
 */
#ifndef NKG_EXPORT_H
#define NKG_EXPORT_H

#include <stdio.h>

#include "graph.h"

/* Classes of view nodes, one bit each (the NKG_VIEW_* bits of newskg.h). */
typedef enum {
  NKG_VCLS_PERSON,
  NKG_VCLS_ORGANIZATION,
  NKG_VCLS_PLACE,
  NKG_VCLS_POSITION,
  NKG_VCLS_EVENT,
  NKG_VCLS_QUOTATION,
  NKG_VCLS_ARTICLE,
  NKG_VCLS_ROLE,
  NKG_VCLS_MENTION,
  NKG_VCLS_OTHER,
  NKG_VCLS_COUNT
} nkg_vcls;

/* One literal-valued property of a node: name is an attribute name of the
 * view (nkg_view.attr_names), value the literal's text. */
typedef struct {
  size_t name;
  char *value;
} nkg_vattr;

typedef struct {
  char *iri;
  nkg_vcls cls;
  char *type;     /* most specific rdf:type, local name ("Protest", "City") */
  char *label;    /* rdfs:label, else schema:name, headline, anchor or text */
  char *short_label; /* what a picture prints: short, one idea per line */
  char *wikidata; /* "Q717" from owl:sameAs wd:Q717, or NULL */
  char *date;     /* nkg:date, schema:dateCreated, datePublished, ... or NULL */
  char *article;  /* nkg:sourceArticle, else the graph's article */
  nkg_vattr *attrs; /* other literals (and IRIs that are not nodes) */
  size_t nattrs, capattrs;
  int keep;       /* shown in this view */
} nkg_vnode;

typedef struct {
  size_t src, dst;   /* indexes into nodes */
  const char *label; /* the property's local name ("agent"); borrowed */
  char *property;    /* the property IRI */
} nkg_vedge;

typedef struct {
  nkg_vnode *nodes;
  size_t nnodes, capnodes;
  nkg_vedge *edges; /* only between kept nodes, in statement order */
  size_t nedges, capedges;
  char **attr_names; /* sorted, unique */
  size_t nattr_names, capattr_names;
  const char *article_iri; /* borrowed from the graph */
  char *title;             /* the article node's label, or NULL */
  int merge_literals;
} nkg_view;

/* Short class names as --types spells them, indexed by nkg_vcls. */
extern const char *const nkg_export__class_names[NKG_VCLS_COUNT];

/* The fixed fields of a node as the GraphML and JSON writers name them, in
 * output order, and their values on node n (NULL: absent). */
#define NKG_VNODE_NFIELDS 7
extern const char *const nkg_export__field_names[NKG_VNODE_NFIELDS];
void nkg_export__field_values(const nkg_vnode *n, const char *values[NKG_VNODE_NFIELDS]);

/* Nonzero when name is one of the view formats (graphml, dot, json). */
int nkg_export__known(const char *name);

/* Writes g in the view format name with view options opts (NULL for the
 * defaults). Errors go to the graph's context. */
int nkg_export__write(nkg_graph *g, const char *name, const nkg_view_options *opts,
                      FILE *out);

/* Builds the view of g; free with nkg_export__view_free. */
int nkg_export__view(nkg_view *out, nkg_graph *g, const nkg_view_options *opts);
void nkg_export__view_free(nkg_view *v);

/* Value of attribute name on node n, or NULL. */
const char *nkg_export__attr(const nkg_view *v, const nkg_vnode *n, const char *name);

/* The writers. Each returns NKG_OK or a negative status after recording a
 * message in ctx. */
int nkg_export__graphml(nkg_ctx *ctx, const nkg_view *v, FILE *out);
int nkg_export__dot(nkg_ctx *ctx, const nkg_view *v, FILE *out);
int nkg_export__json(nkg_ctx *ctx, const nkg_view *v, FILE *out);

#endif
