/* extract.c: `newskg [options] [FILE|-]`: one article in, its graph out. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void S_usage(FILE *f)
{
  fputs("usage: newskg [options] [FILE|-]\n"
        "       newskg query (-e SPARQL | -q FILE.rq) [-r table|csv|tsv|json|xml] [options] ARTICLE\n"
        "Turns a news article (plain text: headline, byline, date line, body) into an RDF\n"
        "knowledge graph. Reads FILE, or standard input when FILE is - or absent.\n"
        "  -f, --format FMT   turtle (default), rdfxml, ntriples, nquads\n"
        "  -o, --output FILE  write to FILE (atomically) instead of standard output\n"
        "      --base IRI     IRI base for instance data (default " NKG_DEFAULT_BASE ")\n"
        "      --date DATE    article date YYYY-MM-DD when the text has no date line\n"
        "      --id ID        stable article id for its IRI (default: date + headline)\n"
        "      --no-header    the text is body only: no headline, byline or date line\n"
        "      --lexicon DIR  folder with gazetteer*.tsv (default: NEWSKG_LEXICON or built-in)\n"
        "  -q, --quiet        no warnings on stderr\n"
        "  -h, --help         this help;  -V, --version  the version\n"
        "Exit status: 0 ok, 1 input rejected or not processed, 2 usage error,\n"
        "3 output could not be written.\n",
        f);
}

typedef struct {
  const char *format, *output, *input, *lexicon;
  nkg_options opts;
  int quiet;
} extract_args;

static int S_parse(extract_args *c, int argc, char **argv)
{
  int i;
  for(i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char **value = NULL;
    if(nkg_cli_is_opt(a, "-h", "--help")) {
      S_usage(stdout);
      exit(NKG_EXIT_OK);
    } else if(nkg_cli_is_opt(a, "-V", "--version")) {
      printf("newskg %s\n", NKG_VERSION);
      exit(NKG_EXIT_OK);
    } else if(nkg_cli_is_opt(a, "-f", "--format")) {
      value = &c->format;
    } else if(nkg_cli_is_opt(a, "-o", "--output")) {
      value = &c->output;
    } else if(nkg_cli_is_opt(a, NULL, "--base")) {
      value = &c->opts.base_iri;
    } else if(nkg_cli_is_opt(a, NULL, "--date")) {
      value = &c->opts.article_date;
    } else if(nkg_cli_is_opt(a, NULL, "--id")) {
      value = &c->opts.article_id;
    } else if(nkg_cli_is_opt(a, NULL, "--lexicon")) {
      value = &c->lexicon;
    } else if(nkg_cli_is_opt(a, NULL, "--no-header")) {
      c->opts.no_header = 1;
    } else if(nkg_cli_is_opt(a, "-q", "--quiet")) {
      c->quiet = 1;
    } else if(a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "newskg: unknown option %s (see newskg --help)\n", a);
      return -1;
    } else if(c->input) {
      fprintf(stderr, "newskg: one article at a time: %s and %s\n", c->input, a);
      return -1;
    } else {
      c->input = a;
    }
    if(value) {
      if(i + 1 >= argc) {
        fprintf(stderr, "newskg: %s needs a value\n", a);
        return -1;
      }
      *value = argv[++i];
    }
  }
  return 0;
}

typedef struct {
  nkg_graph *g;
  const char *format;
} write_job;

static int S_write_graph(FILE *out, void *payload)
{
  write_job *w = payload;
  return nkg_graph_write(w->g, w->format, out);
}

/* Reads the article named by path ("-" or NULL: stdin). */
static char *S_read(const char *path, const char *name, size_t *len, int *rc)
{
  FILE *in = (!path || strcmp(path, "-") == 0) ? stdin : fopen(path, "rb");
  char *text;
  *rc = NKG_EXIT_OK;
  if(!in) {
    *rc = nkg_cli_fail(NKG_EXIT_INPUT, name, strerror(errno));
    return NULL;
  }
  errno = 0;
  text = nkg_cli_slurp(in, NKG_MAX_ARTICLE_BYTES, len);
  if(in != stdin)
    fclose(in);
  if(!text)
    *rc = nkg_cli_fail(NKG_EXIT_INPUT, name, errno ? strerror(errno) : "cannot read");
  return text;
}

int nkg_cli_extract(int argc, char **argv)
{
  extract_args c;
  const char *name;
  char *text, err[512];
  size_t len = 0;
  nkg_ctx *ctx;
  nkg_graph *g = NULL;
  int rc;
  nkg_options init = NKG_OPTIONS_INIT;
  write_job job;

  memset(&c, 0, sizeof c);
  c.opts = init;
  c.format = "turtle";
  if(S_parse(&c, argc, argv) != 0)
    return NKG_EXIT_USAGE;
  if(!nkg_format_known(c.format)) {
    fprintf(stderr, "newskg: unknown format '%s' (turtle, rdfxml, ntriples, nquads)\n", c.format);
    return NKG_EXIT_USAGE;
  }
  name = (!c.input || strcmp(c.input, "-") == 0) ? "<stdin>" : c.input;
  text = S_read(c.input, name, &len, &rc);
  if(!text)
    return rc;
  ctx = nkg_ctx_new(c.lexicon, err, sizeof err);
  if(!ctx) {
    free(text);
    return nkg_cli_fail(NKG_EXIT_INPUT, name, err);
  }
  rc = nkg_extract(&g, ctx, &c.opts, text, len);
  free(text);
  if(rc != NKG_OK) {
    rc = nkg_cli_fail(rc == NKG_EUSAGE ? NKG_EXIT_USAGE : NKG_EXIT_INPUT, name,
                      nkg_ctx_last_error(ctx));
    nkg_ctx_free(ctx);
    return rc;
  }
  if(nkg_ctx_warnings(ctx) && !c.quiet)
    fprintf(stderr, "newskg: %s: warning: %s\n", name, nkg_ctx_last_error(ctx));
  job.g = g;
  job.format = c.format;
  if(!c.output) {
    rc = nkg_graph_write(g, c.format, stdout);
    if(rc == NKG_OK && fflush(stdout) != 0)
      rc = NKG_EIO;
    rc = rc == NKG_OK ? NKG_EXIT_OK
                      : nkg_cli_fail(rc == NKG_EIO ? NKG_EXIT_OUTPUT : NKG_EXIT_INPUT, "<stdout>",
                                     *nkg_ctx_last_error(ctx) ? nkg_ctx_last_error(ctx)
                                                              : "write error");
  } else {
    err[0] = '\0';
    rc = nkg_cli_write_atomic(c.output, S_write_graph, &job, err, sizeof err);
    if(rc != NKG_OK)
      rc = nkg_cli_fail(rc == NKG_EIO ? NKG_EXIT_OUTPUT : NKG_EXIT_INPUT, c.output,
                        err[0] ? err : nkg_ctx_last_error(ctx));
  }
  nkg_graph_free(g);
  nkg_ctx_free(ctx);
  return rc;
}
