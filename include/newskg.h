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

/* Adds the rows of one more gazetteer file (the TSV format of
 * ontology/lexicon/gazetteer.tsv) to those the context loaded. Call before
 * extracting. Returns 0, or a negative status with the message in
 * nkg_ctx_last_error(ctx). */
int nkg_ctx_add_gazetteer(nkg_ctx *ctx, const char *path);

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

/* ==== Graph views: GraphML, DOT, JSON (src/export*.c) ==================== */

/* Kinds of nodes in a drawn view, for nkg_view_options.types. */
#define NKG_VIEW_PERSON (1u << 0)       /* "person" */
#define NKG_VIEW_ORGANIZATION (1u << 1) /* "organization" */
#define NKG_VIEW_PLACE (1u << 2)        /* "place" */
#define NKG_VIEW_POSITION (1u << 3)     /* "position": offices people hold */
#define NKG_VIEW_EVENT (1u << 4)        /* "event" */
#define NKG_VIEW_QUOTATION (1u << 5)    /* "quotation" */
#define NKG_VIEW_ARTICLE (1u << 6)      /* "article": the news article itself */
#define NKG_VIEW_ROLE (1u << 7)         /* "role": reified role assignments */
#define NKG_VIEW_MENTION (1u << 8)      /* "mention": NIF phrases and the text */
#define NKG_VIEW_OTHER (1u << 9)        /* "other": any other described IRI */
/** The kinds drawn when types is 0: all but "role" (a role assignment
 * repeats the person -> position edge it reifies). */
#define NKG_VIEW_DEFAULT_TYPES (0x3ffu & ~NKG_VIEW_ROLE)

/** How graphml, dot and json draw the graph. Initialize with
 * NKG_VIEW_OPTIONS_INIT. One CLI flag per field. */
typedef struct {
  unsigned int version; /* NKG_VIEW_OPTIONS_VERSION */
  int no_mentions;      /* nonzero: drop NIF provenance (phrases, the text,
                           schema:mentions); --no-mentions */
  unsigned int types;   /* NKG_VIEW_* bits to draw, 0 for NKG_VIEW_DEFAULT_TYPES;
                           --types person,organization,place,event */
  int merge_literals;   /* nonzero: also write each node's literal properties
                           into its label; --merge-literals */
} nkg_view_options;

#define NKG_VIEW_OPTIONS_VERSION 1
#define NKG_VIEW_OPTIONS_INIT {NKG_VIEW_OPTIONS_VERSION, 0, 0u, 0}

/** Parses a comma-separated list of node kinds ("person,organization,place,
 * event"; also "position", "quotation", "article", "role", "mention",
 * "other", "all") into NKG_VIEW_* bits in *out. Returns NKG_OK, or
 * NKG_EUSAGE for an empty list or an unknown name (*out is then 0). */
int nkg_view_types_parse(unsigned int *out, const char *list);

/** Nonzero when name is a view format: "graphml", "dot" or "json". */
int nkg_format_is_view(const char *name);

/** Writes the graph to out in any format nkg_graph_write knows. For
 * "graphml", "dot" and "json" view (NULL for defaults) says what to draw;
 * for the RDF formats view must be NULL or the defaults (else NKG_EUSAGE:
 * views do not filter RDF). Deterministic like nkg_graph_write. */
int nkg_graph_write_view(nkg_graph *graph, const char *format,
                         const nkg_view_options *view, FILE *out);
/* ==== end of graph views ================================================== */

/* ---- Articles given as fields (JSON lines, HTML pages) ---- */

/** An article's parts; every field may be NULL; strings are UTF-8, owned by
 * the struct (free with nkg_article_clear). */
typedef struct {
  char *id, *url, *date, *title, *text, *html, *publisher, *author;
} nkg_article;

/** Parses one JSON object {"id","url","date","title","text"|"html", ...};
 * unknown keys are skipped. On failure returns NKG_EINVALID, *out is
 * empty and err says what is wrong (with the byte position). */
int nkg_article_from_json(nkg_article *out, const char *line, size_t len, char *err,
                          size_t errlen);

/** Frees the fields of a (not a itself); NULL is allowed. */
void nkg_article_clear(nkg_article *a);

/** Extracts a graph from an article given as fields. HTML is turned into
 * text first (headline, date, publisher, author, canonical URL and the body
 * without navigation, scripts and comments). The article's date, id and URL
 * take the place of --date and --id; opts may be NULL. Offsets refer to the
 * text the graph's nif:isString holds. */
int nkg_extract_article(nkg_graph **out, nkg_ctx *ctx, const nkg_options *opts,
                        const nkg_article *article);

/* ==== Stores, multi-graph queries and endpoint loading (issue 5) ========
 * src/store.c, src/load.c. A store is a set of named graphs: in memory (for
 * `newskg query FILE...` and `newskg load`) or persistent in one SQLite file
 * through Redland's sqlite storage (`newskg store --db`). The default graph
 * of a SPARQL query is the union of all named graphs. */

/** A set of named graphs (an RDF dataset). */
typedef struct nkg_store nkg_store;

/** Flags for nkg_store_open. */
#define NKG_STORE_CREATE 1u /* create the database file when it does not exist */

/** Opens a store. path NULL: a new in-memory store; else the SQLite file at
 * path (NKG_STORE_CREATE makes it when missing, else a missing file is
 * NKG_EIO). On NKG_OK *out is a store the caller frees with
 * nkg_store_free() before ctx. */
int nkg_store_open(nkg_store **out, nkg_ctx *ctx, const char *path, unsigned int flags);

/** Closes a store (a persistent one keeps its data); NULL is allowed. */
void nkg_store_free(nkg_store *store);

/** Puts graph into the named graph graph_iri (NULL: the article IRI). When
 * replace is nonzero the named graph's old triples are removed first, in
 * the same transaction, so re-adding an article never duplicates it. */
int nkg_store_add_graph(nkg_store *store, nkg_graph *graph, const char *graph_iri, int replace);

/** Parses an RDF file in any syntax raptor reads (syntax NULL: guessed from
 * the name and the first bytes) into the store. Quads keep their graph
 * unless graph_iri is given; triples go to graph_iri, else to the one
 * schema:NewsArticle of the file, else its one owl:Ontology, else the
 * file's own URI. replace: as in nkg_store_add_graph, for each graph the
 * file writes to. */
int nkg_store_add_file(nkg_store *store, const char *path, const char *syntax,
                       const char *graph_iri, int replace);

/** Nonzero when path names an RDF file by its extension (.ttl .nt .nq .rdf
 * .owl .trig .n3 .rj .json) rather than an article. */
int nkg_path_is_rdf(const char *path);

/** Adds one input: an RDF file (nkg_path_is_rdf) as nkg_store_add_file
 * does, else an article (text, or HTML for .htm/.html; "-" is standard
 * input) extracted with opts (NULL for defaults) and put in its article's
 * graph (or graph_iri). On NKG_OK, *graph_out (when not NULL) is a new copy
 * of the graph name written (free()), NULL for RDF files. */
int nkg_store_add_path(nkg_store *store, const char *path, const nkg_options *opts,
                       const char *graph_iri, int replace, char **graph_out);

/** Removes the named graph graph_iri (nothing when it is not there). */
int nkg_store_remove_graph(nkg_store *store, const char *graph_iri);

/** Number of quads in the store. */
size_t nkg_store_size(nkg_store *store);

/** Names of the store's graphs, sorted: *out is a NULL-terminated array the
 * caller frees with nkg_store_names_free(). */
int nkg_store_graph_names(nkg_store *store, char ***out);

/** Frees what nkg_store_graph_names made; NULL is allowed. */
void nkg_store_names_free(char **names);

/** Writes one named graph as N-Triples (sorted lines, so deterministic). */
int nkg_store_write_graph(nkg_store *store, const char *graph_iri, FILE *out);

/** Writes the whole store as N-Quads (sorted). */
int nkg_store_write_nquads(nkg_store *store, FILE *out);

/** Runs a SPARQL query over the store, as nkg_graph_query does. */
int nkg_store_query(nkg_store *store, const char *sparql, const char *result_format, FILE *out);

/** Options for nkg_load. Initialize with NKG_LOAD_OPTIONS_INIT. */
typedef struct {
  unsigned int version;    /* NKG_LOAD_OPTIONS_VERSION */
  const char *endpoint;    /* Graph Store URL, or the SPARQL Update URL when update is set */
  const char *user;        /* NULL: no authentication */
  const char *password;
  const char *auth;        /* "any" (NULL), "basic" or "digest" */
  const char *graph_param; /* query parameter naming the graph; NULL: "graph-uri" for
                            * Virtuoso's /sparql-graph-crud URLs, else "graph" */
  long timeout;            /* seconds for each request; 0: 60 */
  int update;              /* nonzero: SPARQL 1.1 Update (INSERT DATA) instead of the Graph Store */
  int append;              /* nonzero: add (POST / INSERT only) instead of replacing each graph */
  size_t batch;            /* triples per INSERT DATA request; 0: 2000 */
} nkg_load_options;

#define NKG_LOAD_OPTIONS_VERSION 1
#define NKG_LOAD_OPTIONS_INIT {NKG_LOAD_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0}

/** Sends every named graph of store to an endpoint over HTTP (libcurl):
 * SPARQL 1.1 Graph Store protocol PUT (replace) or POST (append), or
 * SPARQL 1.1 Update (DROP SILENT GRAPH + INSERT DATA in batches). progress,
 * when not NULL, gets one line per graph. On failure returns NKG_EIO with
 * "URL: HTTP 401 Unauthorized: <server message>" (or the transport error)
 * in nkg_ctx_last_error(); graphs already sent stay sent. */
int nkg_load(nkg_store *store, const nkg_load_options *opts, FILE *progress);
/* ==== end of stores and loading ========================================= */

#ifdef __cplusplus
}
#endif

#endif /* NEWSKG_H */
