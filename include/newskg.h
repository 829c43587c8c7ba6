/* newskg.h: turn a news article into an RDF knowledge graph.
 *
 * The only public header of libnewskg. Opaque handles, nkg_ prefix, 0 or a
 * negative nkg_status from every call that can fail, the message in the
 * context (nkg_ctx_last_error). No Redland, raptor or libxml2 type appears
 * here: callers link the library and include this header alone.
 */
#ifndef NEWSKG_H
#define NEWSKG_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NKG_VERSION "0.1.0"

/** Status codes: 0 on success, negative on failure. */
typedef enum {
  NKG_OK = 0,
  NKG_ERROR = -1,      /* internal failure (out of memory, a library refused) */
  NKG_EIO = -2,        /* a file could not be read or written */
  NKG_EINVALID = -3,   /* the input is not an article (empty, binary, too large) */
  NKG_ESERIALIZE = -4, /* the graph could not be written in that format */
  NKG_EUSAGE = -5      /* bad argument (unknown format, bad date, bad IRI) */
} nkg_status;

/** A context: owns the RDF world, the loaded lexicons and the last error.
 * One per thread; nothing in it is shared between contexts. */
typedef struct nkg_ctx nkg_ctx;

/** The knowledge graph of one article (a set of triples). */
typedef struct nkg_graph nkg_graph;

/** Options for one extraction. Initialize with NKG_OPTIONS_INIT. */
typedef struct {
  unsigned int version;       /* NKG_OPTIONS_VERSION */
  const char *base_iri;       /* IRI base for instance data, or NULL for the default */
  const char *article_date;   /* YYYY-MM-DD used when the text has no date line, or NULL */
  const char *article_id;     /* stable id for the article IRI, or NULL: derived from the text */
  int no_header;              /* nonzero: the text is body only (no headline/date lines) */
} nkg_options;

#define NKG_OPTIONS_VERSION 1
#define NKG_OPTIONS_INIT {NKG_OPTIONS_VERSION, NULL, NULL, NULL, 0}

/** Default IRI base for instance data. */
#define NKG_DEFAULT_BASE "http://newskg.org/id/"
/** Namespace of the newskg ontology. */
#define NKG_ONTOLOGY_NS "http://newskg.org/ontology#"

/** Largest article accepted, in bytes. The longest news articles are a few
 * hundred KB; the cap bounds memory on junk input (dense text makes up to
 * about 300 bytes of graph per byte of text). */
#define NKG_MAX_ARTICLE_BYTES (8u * 1024u * 1024u)

/** Creates a context. lexicon_dir is the folder with gazetteer.tsv and the
 * other lexicon files, or NULL for the built-in default (the NEWSKG_LEXICON
 * environment variable, else the install path). On failure returns NULL and,
 * when err is not NULL, writes a one-line reason into err[0..errlen). */
nkg_ctx *nkg_ctx_new(const char *lexicon_dir, char *err, size_t errlen);

/** Frees a context; NULL is allowed. Free every graph made with it first. */
void nkg_ctx_free(nkg_ctx *ctx);

/** The message of the last failure in ctx (never NULL; "" when none).
 * Borrowed: valid until the next call on ctx. */
const char *nkg_ctx_last_error(const nkg_ctx *ctx);

/** Number of warnings the last extraction produced (e.g. bytes of invalid
 * UTF-8 replaced by U+FFFD). */
unsigned int nkg_ctx_warnings(const nkg_ctx *ctx);

/** Runs every stage on text[0..len). On NKG_OK *out is a new graph the caller
 * frees with nkg_graph_free(); on failure *out is NULL and
 * nkg_ctx_last_error(ctx) says why. opts may be NULL for defaults. */
int nkg_extract(nkg_graph **out, nkg_ctx *ctx, const nkg_options *opts,
                const char *text, size_t len);

/** Frees a graph; NULL is allowed. */
void nkg_graph_free(nkg_graph *graph);

/** Number of triples in the graph. */
size_t nkg_graph_size(nkg_graph *graph);

/** IRI of the article node (borrowed, valid while graph lives). */
const char *nkg_graph_article_iri(const nkg_graph *graph);

/** Writes the graph to out in a format: "turtle", "rdfxml", "ntriples" or
 * "nquads" (the article IRI names the graph). Output is deterministic:
 * the same graph gives the same bytes. */
int nkg_graph_write(nkg_graph *graph, const char *format, FILE *out);

/** Nonzero when name is a format nkg_graph_write knows. */
int nkg_format_known(const char *name);

/** Runs a SPARQL query over the graph; writes results to out as
 * "table", "csv", "tsv", "json" or "xml". */
int nkg_graph_query(nkg_graph *graph, const char *sparql, const char *result_format,
                    FILE *out);

#ifdef __cplusplus
}
#endif

#endif /* NEWSKG_H */
