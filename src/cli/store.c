/* store.c: `newskg store --db PATH FILE...`: a persistent local store that
 * grows article by article, one named graph per article (its IRI). Adding
 * an article again replaces its graph in one SQLite transaction, so the
 * store never holds two copies. Query it with `newskg query --db PATH`. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void S_usage(FILE *f)
{
  fputs("usage: newskg store --db STORE [options] FILE...\n"
        "       newskg store --db STORE --list | --remove IRI\n"
        "Adds articles (extracted on the fly) or RDF files to a persistent store (a\n"
        "SQLite file, made when missing), one named graph per article keyed by its\n"
        "IRI; adding an article again replaces its graph.\n"
        "  --db STORE       the store file\n"
        "  --graph IRI      put everything into this graph instead\n"
        "  --list           print each graph with its number of triples\n"
        "  --remove IRI     delete one graph\n"
        "  -q, --quiet      no summary line\n"
        "  --base IRI, --date DATE, --id ID, --no-header, --lexicon DIR, --gazetteer FILE  as for extraction\n"
        "Exit status: 0 ok, 1 an input or the store could not be read (the other inputs\n"
        "are stored), 2 usage error, 3 the store could not be written.\n",
        f);
}

static int S_list(nkg_store *store, nkg_ctx *ctx)
{
  static const char q[] = "SELECT ?graph (COUNT(*) AS ?triples) WHERE { GRAPH ?graph { ?s ?p ?o } }"
                          " GROUP BY ?graph ORDER BY ?graph";
  if(nkg_store_query(store, q, "tsv", stdout) != NKG_OK)
    return nkg_cli_fail(NKG_EXIT_INPUT, "store", nkg_ctx_last_error(ctx));
  return NKG_EXIT_OK;
}

int nkg_cli_store(int argc, char **argv)
{
  const char *db = NULL, *graph = NULL, *remove = NULL;
  nkg_cli_lexicon lex = {NULL, {NULL}, 0, NULL};
  nkg_options opts = NKG_OPTIONS_INIT;
  const char **inputs;
  size_t ninputs = 0, i, added = 0;
  int list = 0, quiet = 0, rc = NKG_EXIT_USAGE, failed = 0, parsed;
  char err[512];
  nkg_ctx *ctx = NULL;
  nkg_store *store = NULL;
  const nkg_cli_opt table[] = {{NULL, "--db", &db, NULL},
                               {NULL, "--graph", &graph, NULL},
                               {NULL, "--remove", &remove, NULL},
                               {NULL, "--list", NULL, &list},
                               {"-q", "--quiet", NULL, &quiet},
                               {NULL, NULL, NULL, NULL}};

  inputs = calloc((size_t)argc + 1, sizeof *inputs);
  if(!inputs)
    return nkg_cli_fail(NKG_EXIT_INPUT, "store", "out of memory");
  parsed = nkg_cli_parse(inputs, &ninputs, &opts, &lex, table, "store", S_usage, argc, argv, 2);
  if(parsed != 0) {
    free(inputs);
    return parsed > 0 ? NKG_EXIT_OK : NKG_EXIT_USAGE;
  }
  if(!db) {
    fprintf(stderr, "newskg: store needs --db STORE\n");
    goto done;
  }
  if(!ninputs && !list && !remove) {
    fprintf(stderr, "newskg: store: nothing to add (FILE..., --list or --remove IRI)\n");
    goto done;
  }
  if(opts.article_id && ninputs > 1) {
    fprintf(stderr, "newskg: store: --id names one article\n");
    goto done;
  }
  ctx = nkg_cli_ctx_new(&lex, err, sizeof err);
  if(!ctx) {
    rc = nkg_cli_fail(NKG_EXIT_INPUT, "lexicon", err);
    goto done;
  }
  if(nkg_store_open(&store, ctx, db, ninputs ? NKG_STORE_CREATE : 0) != NKG_OK) {
    rc = nkg_cli_fail(ninputs ? NKG_EXIT_OUTPUT : NKG_EXIT_INPUT, "store",
                      nkg_ctx_last_error(ctx));
    goto done;
  }
  rc = NKG_EXIT_OK;
  if(remove) {
    if(nkg_store_remove_graph(store, remove) != NKG_OK)
      rc = nkg_cli_fail(NKG_EXIT_OUTPUT, db, nkg_ctx_last_error(ctx));
  }
  for(i = 0; i < ninputs && rc == NKG_EXIT_OK; i++) {
    char *name = NULL;
    int r = nkg_store_add_path(store, inputs[i], &opts, graph, 1, &name);
    if(r == NKG_OK) {
      added++;
    } else if(r == NKG_EIO && strncmp(nkg_ctx_last_error(ctx), db, strlen(db)) == 0) {
      /* the store itself failed (its messages start with its path): stop */
      rc = nkg_cli_fail(NKG_EXIT_OUTPUT, "store", nkg_ctx_last_error(ctx));
    } else {
      fprintf(stderr, "newskg: %s\n", nkg_ctx_last_error(ctx));
      failed = 1;
    }
    free(name);
  }
  if(rc == NKG_EXIT_OK && !quiet && ninputs)
    fprintf(stderr, "newskg: store: %zu of %zu input%s stored in %s (%zu triples)\n", added,
            ninputs, ninputs == 1 ? "" : "s", db, nkg_store_size(store));
  if(rc == NKG_EXIT_OK && list)
    rc = S_list(store, ctx);
  if(rc == NKG_EXIT_OK && failed)
    rc = NKG_EXIT_INPUT;
done:
  nkg_store_free(store);
  nkg_ctx_free(ctx);
  free(inputs);
  return rc;
}
