/* query.c: `newskg query`: SPARQL over articles, RDF files or a store, in
 * process (Redland/rasqal).
 *
 * Every input becomes one named graph of an in-memory store: an article
 * (text or HTML) is extracted on the fly into its article IRI's graph, an
 * RDF file (any syntax raptor reads) keeps its quads' graphs or goes into
 * the graph of its one schema:NewsArticle. The default graph the query sees
 * is the union of all of them; GRAPH ?g names each. --db queries a store
 * made by `newskg store` instead. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void S_usage(FILE *f)
{
  fputs("usage: newskg query (-e SPARQL | -q FILE.rq) [-r FMT] [options] [FILE...]\n"
        "       newskg query (-e SPARQL | -q FILE.rq) [-r FMT] --db STORE\n"
        "Runs a SPARQL query over the graphs of the FILEs (articles, extracted on the\n"
        "fly, or RDF files: .ttl .nt .nq .rdf .owl .trig ...; - or none: an article on\n"
        "standard input), one named graph each, or over a store made by newskg store.\n"
        "  -e, --expression SPARQL  the query text\n"
        "  -q, --query-file FILE    the query in a file\n"
        "  -r, --results FMT        table (default), csv, tsv, json, xml\n"
        "      --db STORE           query this store (SQLite file) instead of FILEs\n"
        "      --base IRI, --date DATE, --id ID, --no-header, --lexicon DIR, --gazetteer FILE\n"
        "                           as for extraction\n"
        "CONSTRUCT and DESCRIBE print Turtle. Exit status: 0 ok, 1 an input or the store\n"
        "could not be read, 2 usage error or bad query.\n",
        f);
}

int nkg_cli_query(int argc, char **argv)
{
  const char *query = NULL, *query_file = NULL, *result_format = "table",
             *db = NULL;
  nkg_cli_lexicon lex = {NULL, {NULL}, 0, NULL};
  nkg_options opts = NKG_OPTIONS_INIT;
  const char **inputs;
  size_t ninputs = 0, i;
  char *q = NULL, err[512];
  nkg_ctx *ctx = NULL;
  nkg_store *store = NULL;
  int rc;
  const nkg_cli_opt table[] = {{"-e", "--expression", &query, NULL},
                               {"-q", "--query-file", &query_file, NULL},
                               {"-r", "--results", &result_format, NULL},
                               {NULL, "--db", &db, NULL},
                               {NULL, NULL, NULL, NULL}};

  inputs = calloc((size_t)argc + 1, sizeof *inputs);
  if(!inputs)
    return nkg_cli_fail(NKG_EXIT_INPUT, "query", "out of memory");
  rc = nkg_cli_parse(inputs, &ninputs, &opts, &lex, table, "query", S_usage, argc, argv, 2);
  if(rc != 0) {
    free(inputs);
    return rc > 0 ? NKG_EXIT_OK : NKG_EXIT_USAGE;
  }
  rc = NKG_EXIT_USAGE;
  if(!query == !query_file) {
    fprintf(stderr, "newskg: query needs one of -e SPARQL or -q FILE.rq\n");
    goto done;
  }
  if(db && ninputs) {
    fprintf(stderr, "newskg: query: --db or FILEs, not both (add files with newskg store)\n");
    goto done;
  }
  if(opts.article_id && ninputs > 1) {
    fprintf(stderr, "newskg: query: --id names one article\n");
    goto done;
  }
  if(query_file) {
    FILE *qf = fopen(query_file, "rb");
    size_t ql;
    if(!qf) {
      rc = nkg_cli_fail(NKG_EXIT_INPUT, query_file, strerror(errno));
      goto done;
    }
    q = nkg_cli_slurp(qf, 1u << 20, &ql);
    fclose(qf);
    if(!q) {
      rc = nkg_cli_fail(NKG_EXIT_INPUT, query_file, "cannot read");
      goto done;
    }
    query = q;
  }
  if(ninputs == 0 && !db)
    inputs[ninputs++] = "-";
  ctx = nkg_cli_ctx_new(&lex, err, sizeof err);
  if(!ctx) {
    rc = nkg_cli_fail(NKG_EXIT_INPUT, "lexicon", err);
    goto done;
  }
  if(nkg_store_open(&store, ctx, db, 0) != NKG_OK) {
    rc = nkg_cli_fail(NKG_EXIT_INPUT, "query", nkg_ctx_last_error(ctx));
    goto done;
  }
  for(i = 0; i < ninputs; i++) {
    /* Inputs naming the same graph merge into it (an article and its
     * Turtle, say); replace only applies to stores. */
    rc = nkg_store_add_path(store, inputs[i], &opts, NULL, 0, NULL);
    if(rc != NKG_OK) {
      fprintf(stderr, "newskg: %s\n", nkg_ctx_last_error(ctx));
      rc = rc == NKG_EUSAGE ? NKG_EXIT_USAGE : NKG_EXIT_INPUT;
      goto done;
    }
  }
  rc = nkg_store_query(store, query, result_format, stdout);
  if(rc != NKG_OK)
    rc = nkg_cli_fail(rc == NKG_EUSAGE ? NKG_EXIT_USAGE : NKG_EXIT_INPUT,
                      query_file ? query_file : "query", nkg_ctx_last_error(ctx));
  else if(fflush(stdout) != 0 || ferror(stdout))
    rc = nkg_cli_fail(NKG_EXIT_OUTPUT, "query", "cannot write the results");
  else
    rc = NKG_EXIT_OK;
done:
  nkg_store_free(store);
  nkg_ctx_free(ctx);
  free(q);
  free(inputs);
  return rc;
}
