/* load.c: `newskg load --endpoint URL FILE...`: sends graphs to a SPARQL
 * endpoint (Graph Store protocol, or SPARQL Update with --update).
 *
 * The inputs are read first, all of them (articles extracted on the fly, RDF
 * files parsed), so a bad input stops the run before anything is sent.
 * With -o the N-Quads are written locally (atomically) before the first
 * request: a failed load leaves them intact. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void S_usage(FILE *f)
{
  fputs("usage: newskg load --endpoint URL [options] FILE...\n"
        "Sends the graphs of articles (extracted on the fly) or RDF files to a SPARQL\n"
        "endpoint, one named graph per article (its IRI) unless --graph is given.\n"
        "  --endpoint URL      Graph Store URL (Virtuoso: .../sparql-graph-crud-auth,\n"
        "                      Fuseki: .../DATASET/data, GraphDB: .../repositories/R/\n"
        "                      rdf-graphs/service, Oxigraph: .../store); with --update\n"
        "                      the SPARQL Update URL\n"
        "  --graph IRI         load everything into this graph\n"
        "  --append            add to the graphs (POST / INSERT) instead of replacing (PUT)\n"
        "  --update            SPARQL 1.1 Update: DROP SILENT GRAPH + INSERT DATA batches\n"
        "  --batch N           triples per INSERT DATA request (default 2000)\n"
        "  --user U            user name; the password comes from --password P or the\n"
        "  --password P        NEWSKG_PASSWORD environment variable\n"
        "  --auth any|basic|digest   HTTP authentication (default any: basic or digest)\n"
        "  --timeout S         seconds for each request (default 60)\n"
        "  --graph-param NAME  query parameter naming the graph (default graph, or\n"
        "                      graph-uri for Virtuoso's sparql-graph-crud URLs)\n"
        "  -o, --output FILE   also write the N-Quads to FILE (before sending)\n"
        "  -q, --quiet         no progress lines\n"
        "  --base IRI, --date DATE, --id ID, --no-header, --lexicon DIR, --gazetteer FILE  as for extraction\n"
        "Exit status: 0 ok, 1 an input could not be read (nothing sent), 2 usage error,\n"
        "3 the endpoint refused or did not answer (or FILE could not be written).\n",
        f);
}

static int S_write_nquads(FILE *out, void *payload)
{
  return nkg_store_write_nquads(payload, out);
}

int nkg_cli_load(int argc, char **argv)
{
  nkg_cli_lexicon lex = {NULL, {NULL}, 0, NULL};
  const char *graph = NULL, *output = NULL, *timeout = NULL, *batch = NULL;
  nkg_load_options lo = NKG_LOAD_OPTIONS_INIT;
  nkg_options opts = NKG_OPTIONS_INIT;
  const char **inputs;
  size_t ninputs = 0, i;
  int quiet = 0, rc = NKG_EXIT_USAGE, parsed;
  char err[512], *end;
  nkg_ctx *ctx = NULL;
  nkg_store *store = NULL;
  const nkg_cli_opt table[] = {{NULL, "--endpoint", &lo.endpoint, NULL},
                               {NULL, "--graph", &graph, NULL},
                               {NULL, "--user", &lo.user, NULL},
                               {NULL, "--password", &lo.password, NULL},
                               {NULL, "--auth", &lo.auth, NULL},
                               {NULL, "--timeout", &timeout, NULL},
                               {NULL, "--batch", &batch, NULL},
                               {NULL, "--graph-param", &lo.graph_param, NULL},
                               {NULL, "--update", NULL, &lo.update},
                               {NULL, "--append", NULL, &lo.append},
                               {"-o", "--output", &output, NULL},
                               {"-q", "--quiet", NULL, &quiet},
                               {NULL, NULL, NULL, NULL}};

  inputs = calloc((size_t)argc + 1, sizeof *inputs);
  if(!inputs)
    return nkg_cli_fail(NKG_EXIT_INPUT, "load", "out of memory");
  parsed = nkg_cli_parse(inputs, &ninputs, &opts, &lex, table, "load", S_usage, argc, argv, 2);
  if(parsed != 0) {
    free(inputs);
    return parsed > 0 ? NKG_EXIT_OK : NKG_EXIT_USAGE;
  }
  if(!lo.endpoint) {
    fprintf(stderr, "newskg: load needs --endpoint URL\n");
    goto done;
  }
  if(!ninputs) {
    fprintf(stderr, "newskg: load: no FILE to load (- for standard input)\n");
    goto done;
  }
  if(opts.article_id && ninputs > 1) {
    fprintf(stderr, "newskg: load: --id names one article\n");
    goto done;
  }
  if(strncmp(lo.endpoint, "http://", 7) != 0 && strncmp(lo.endpoint, "https://", 8) != 0) {
    fprintf(stderr, "newskg: load: %s: the endpoint must be an http:// or https:// URL\n",
            lo.endpoint);
    goto done;
  }
  if(lo.auth && strcmp(lo.auth, "any") != 0 && strcmp(lo.auth, "basic") != 0 &&
     strcmp(lo.auth, "digest") != 0) {
    fprintf(stderr, "newskg: load: --auth is any, basic or digest, not '%s'\n", lo.auth);
    goto done;
  }
  if(timeout) {
    lo.timeout = strtol(timeout, &end, 10);
    if(*end || lo.timeout <= 0 || lo.timeout > 86400) {
      fprintf(stderr, "newskg: load: --timeout wants seconds (1..86400), not '%s'\n", timeout);
      goto done;
    }
  }
  if(batch) {
    long b = strtol(batch, &end, 10);
    if(*end || b <= 0 || b > 1000000) {
      fprintf(stderr, "newskg: load: --batch wants 1..1000000 triples, not '%s'\n", batch);
      goto done;
    }
    lo.batch = (size_t)b;
  }
  if(lo.user && !lo.password)
    lo.password = getenv("NEWSKG_PASSWORD");
  if(lo.password && !lo.user) {
    fprintf(stderr, "newskg: load: --password without --user\n");
    goto done;
  }
  ctx = nkg_cli_ctx_new(&lex, err, sizeof err);
  if(!ctx) {
    rc = nkg_cli_fail(NKG_EXIT_INPUT, "lexicon", err);
    goto done;
  }
  if(nkg_store_open(&store, ctx, NULL, 0) != NKG_OK) {
    rc = nkg_cli_fail(NKG_EXIT_INPUT, "load", nkg_ctx_last_error(ctx));
    goto done;
  }
  for(i = 0; i < ninputs; i++) {
    /* Several inputs for one graph merge into it; each graph is then
     * replaced at the endpoint as a whole. */
    int r = nkg_store_add_path(store, inputs[i], &opts, graph, 0, NULL);
    if(r != NKG_OK) {
      fprintf(stderr, "newskg: %s (nothing sent)\n", nkg_ctx_last_error(ctx));
      rc = r == NKG_EUSAGE ? NKG_EXIT_USAGE : NKG_EXIT_INPUT;
      goto done;
    }
  }
  if(output) {
    int r = nkg_cli_write_atomic(output, S_write_nquads, store, err, sizeof err);
    if(r != NKG_OK) {
      rc = nkg_cli_fail(NKG_EXIT_OUTPUT, output, r == NKG_EIO ? err : nkg_ctx_last_error(ctx));
      goto done;
    }
  }
  rc = nkg_load(store, &lo, quiet ? NULL : stderr);
  if(rc != NKG_OK) {
    rc = nkg_cli_fail(rc == NKG_EUSAGE ? NKG_EXIT_USAGE : NKG_EXIT_OUTPUT, "load",
                      nkg_ctx_last_error(ctx));
    goto done;
  }
  rc = NKG_EXIT_OK;
done:
  nkg_store_free(store);
  nkg_ctx_free(ctx);
  free(inputs);
  return rc;
}
