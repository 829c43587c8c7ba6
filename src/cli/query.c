/* query.c: `newskg query`: SPARQL over an article's graph, in process. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int nkg_cli_query(int argc, char **argv)
{
  const char *query = NULL, *query_file = NULL, *result_format = "table", *input = NULL,
             *lexicon = NULL, *name;
  nkg_options opts = NKG_OPTIONS_INIT;
  char *text = NULL, *q = NULL, err[512];
  size_t len = 0;
  nkg_ctx *ctx = NULL;
  nkg_graph *g = NULL;
  FILE *in;
  int i, rc;

  for(i = 2; i < argc; i++) {
    const char *a = argv[i];
    const char **value = NULL;
    if(nkg_cli_is_opt(a, "-e", "--expression"))
      value = &query;
    else if(nkg_cli_is_opt(a, "-q", "--query-file"))
      value = &query_file;
    else if(nkg_cli_is_opt(a, "-r", "--results"))
      value = &result_format;
    else if(nkg_cli_is_opt(a, NULL, "--base"))
      value = &opts.base_iri;
    else if(nkg_cli_is_opt(a, NULL, "--date"))
      value = &opts.article_date;
    else if(nkg_cli_is_opt(a, NULL, "--id"))
      value = &opts.article_id;
    else if(nkg_cli_is_opt(a, NULL, "--lexicon"))
      value = &lexicon;
    else if(nkg_cli_is_opt(a, NULL, "--no-header"))
      opts.no_header = 1;
    else if(a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "newskg: query: unknown option %s\n", a);
      return NKG_EXIT_USAGE;
    } else if(input) {
      fprintf(stderr, "newskg: query: one article at a time\n");
      return NKG_EXIT_USAGE;
    } else {
      input = a;
    }
    if(value) {
      if(i + 1 >= argc) {
        fprintf(stderr, "newskg: %s needs a value\n", a);
        return NKG_EXIT_USAGE;
      }
      *value = argv[++i];
    }
  }
  if(!query == !query_file) {
    fprintf(stderr, "newskg: query needs one of -e SPARQL or -q FILE.rq\n");
    return NKG_EXIT_USAGE;
  }
  if(query_file) {
    FILE *qf = fopen(query_file, "rb");
    size_t ql;
    if(!qf)
      return nkg_cli_fail(NKG_EXIT_INPUT, query_file, strerror(errno));
    q = nkg_cli_slurp(qf, 1u << 20, &ql);
    fclose(qf);
    if(!q)
      return nkg_cli_fail(NKG_EXIT_INPUT, query_file, "cannot read");
    query = q;
  }
  name = (!input || strcmp(input, "-") == 0) ? "<stdin>" : input;
  in = strcmp(name, "<stdin>") == 0 ? stdin : fopen(input, "rb");
  if(!in) {
    free(q);
    return nkg_cli_fail(NKG_EXIT_INPUT, name, strerror(errno));
  }
  text = nkg_cli_slurp(in, NKG_MAX_ARTICLE_BYTES, &len);
  if(in != stdin)
    fclose(in);
  if(!text) {
    free(q);
    return nkg_cli_fail(NKG_EXIT_INPUT, name, "cannot read");
  }
  ctx = nkg_ctx_new(lexicon, err, sizeof err);
  if(!ctx) {
    rc = nkg_cli_fail(NKG_EXIT_INPUT, name, err);
    goto done;
  }
  rc = nkg_extract(&g, ctx, &opts, text, len);
  if(rc != NKG_OK) {
    rc = nkg_cli_fail(rc == NKG_EUSAGE ? NKG_EXIT_USAGE : NKG_EXIT_INPUT, name,
                      nkg_ctx_last_error(ctx));
    goto done;
  }
  rc = nkg_graph_query(g, query, result_format, stdout);
  rc = rc == NKG_OK ? NKG_EXIT_OK
                    : nkg_cli_fail(rc == NKG_EUSAGE ? NKG_EXIT_USAGE : NKG_EXIT_INPUT,
                                   query_file ? query_file : "query", nkg_ctx_last_error(ctx));
done:
  nkg_graph_free(g);
  nkg_ctx_free(ctx);
  free(text);
  free(q);
  return rc;
}
