/* main.c: the newskg command line. Uses only newskg.h.
 *
 * Exit codes: 0 ok, 1 the input was rejected or could not be processed,
 * 2 usage error, 3 the output could not be written. Every error is one line
 * on stderr: "newskg: FILE: message". -o FILE is written to a temporary file
 * in the same folder and renamed, so a failed run never leaves a partial or
 * corrupt output file, and an existing file is replaced only on success. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newskg.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_OUTPUT = 3 };

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

static int S_fail(int code, const char *file, const char *msg)
{
  fprintf(stderr, "newskg: %s: %s\n", file, msg);
  return code;
}

/* Reads all of f; returns NULL (errno set) on failure. Stops reading past
 * limit + 1 bytes: the library rejects that size anyway. */
static char *S_slurp(FILE *f, size_t limit, size_t *len)
{
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap);
  if(!buf)
    return NULL;
  for(;;) {
    size_t got;
    if(n == cap) {
      char *nb;
      if(cap > limit) {
        break;
      }
      cap *= 2;
      nb = realloc(buf, cap);
      if(!nb) {
        free(buf);
        return NULL;
      }
      buf = nb;
    }
    got = fread(buf + n, 1, cap - n, f);
    n += got;
    if(got == 0) {
      if(ferror(f)) {
        free(buf);
        return NULL;
      }
      break;
    }
  }
  if(n == cap) {
    char *nb = realloc(buf, cap + 1);
    if(!nb) {
      free(buf);
      return NULL;
    }
    buf = nb;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

static int S_is_opt(const char *a, const char *short_opt)
{
  return short_opt && strcmp(a, short_opt) == 0;
}

typedef struct {
  const char *format, *output, *input, *lexicon, *query, *query_file, *result_format;
  nkg_options opts;
  int quiet;
  int is_query;
} cli;

static int S_parse(cli *c, int argc, char **argv)
{
  int i;
  for(i = 1; i < argc; i++) {
    const char *a = argv[i];
#define ARG(short_, long_) (S_is_opt(a, short_) || strcmp(a, long_) == 0)
#define NEED()                                                                 \
  do {                                                                         \
    if(i + 1 >= argc) {                                                        \
      fprintf(stderr, "newskg: %s needs a value\n", a);                        \
      return -1;                                                               \
    }                                                                          \
  } while(0)
    if(i == 1 && strcmp(a, "query") == 0) {
      c->is_query = 1;
    } else if(ARG("-h", "--help")) {
      S_usage(stdout);
      exit(EXIT_OK);
    } else if(ARG("-V", "--version")) {
      printf("newskg %s\n", NKG_VERSION);
      exit(EXIT_OK);
    } else if(ARG("-f", "--format")) {
      NEED();
      c->format = argv[++i];
    } else if(ARG("-o", "--output")) {
      NEED();
      c->output = argv[++i];
    } else if(ARG(NULL, "--base")) {
      NEED();
      c->opts.base_iri = argv[++i];
    } else if(ARG(NULL, "--date")) {
      NEED();
      c->opts.article_date = argv[++i];
    } else if(ARG(NULL, "--id")) {
      NEED();
      c->opts.article_id = argv[++i];
    } else if(ARG(NULL, "--no-header")) {
      c->opts.no_header = 1;
    } else if(ARG(NULL, "--lexicon")) {
      NEED();
      c->lexicon = argv[++i];
    } else if(ARG("-q", "--quiet") && !c->is_query) {
      c->quiet = 1;
    } else if(c->is_query && ARG("-e", "--expression")) {
      NEED();
      c->query = argv[++i];
    } else if(c->is_query && ARG("-q", "--query-file")) {
      NEED();
      c->query_file = argv[++i];
    } else if(c->is_query && ARG("-r", "--results")) {
      NEED();
      c->result_format = argv[++i];
    } else if(a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "newskg: unknown option %s (see newskg --help)\n", a);
      return -1;
    } else if(c->input) {
      fprintf(stderr, "newskg: one article at a time: %s and %s\n", c->input, a);
      return -1;
    } else {
      c->input = a;
    }
#undef ARG
#undef NEED
  }
  return 0;
}

/* Writes the graph to c->output atomically, or to stdout. */
static int S_write(const cli *c, nkg_ctx *ctx, nkg_graph *g)
{
  char *tmp;
  FILE *f;
  int rc, fd;
  size_t n;
  if(!c->output) {
    rc = nkg_graph_write(g, c->format, stdout);
    if(rc != NKG_OK)
      return S_fail(rc == NKG_EIO ? EXIT_OUTPUT : EXIT_INPUT, "<stdout>", nkg_ctx_last_error(ctx));
    return EXIT_OK;
  }
  n = strlen(c->output) + 16;
  tmp = malloc(n);
  if(!tmp)
    return S_fail(EXIT_OUTPUT, c->output, "out of memory");
  snprintf(tmp, n, "%s.XXXXXX", c->output);
  fd = mkstemp(tmp);
  if(fd < 0) {
    rc = S_fail(EXIT_OUTPUT, c->output, strerror(errno));
    free(tmp);
    return rc;
  }
  f = fdopen(fd, "w");
  if(!f) {
    close(fd);
    unlink(tmp);
    free(tmp);
    return S_fail(EXIT_OUTPUT, c->output, strerror(errno));
  }
  rc = nkg_graph_write(g, c->format, f);
  if(fclose(f) != 0 && rc == NKG_OK)
    rc = NKG_EIO;
  if(rc == NKG_OK) {
    mode_t mask = umask(0);
    umask(mask);
    (void)chmod(tmp, 0666 & ~mask); /* mkstemp made it 0600 */
    if(rename(tmp, c->output) != 0) {
      int e = errno;
      unlink(tmp);
      free(tmp);
      return S_fail(EXIT_OUTPUT, c->output, strerror(e));
    }
    free(tmp);
    return EXIT_OK;
  }
  unlink(tmp);
  free(tmp);
  return S_fail(rc == NKG_EIO ? EXIT_OUTPUT : EXIT_INPUT, c->output,
                *nkg_ctx_last_error(ctx) ? nkg_ctx_last_error(ctx) : "write error");
}

int main(int argc, char **argv)
{
  cli c;
  const char *name;
  FILE *in;
  char *text, err[512];
  size_t len = 0;
  nkg_ctx *ctx;
  nkg_graph *g = NULL;
  int rc;
  nkg_options init = NKG_OPTIONS_INIT;

  memset(&c, 0, sizeof c);
  c.opts = init;
  c.format = "turtle";
  c.result_format = "table";
  if(S_parse(&c, argc, argv) != 0)
    return EXIT_USAGE;
  if(!nkg_format_known(c.format)) {
    fprintf(stderr, "newskg: unknown format '%s' (turtle, rdfxml, ntriples, nquads)\n", c.format);
    return EXIT_USAGE;
  }
  if(c.is_query && !c.query && !c.query_file) {
    fprintf(stderr, "newskg: query needs -e SPARQL or -q FILE.rq\n");
    return EXIT_USAGE;
  }
  name = (!c.input || strcmp(c.input, "-") == 0) ? "<stdin>" : c.input;
  in = strcmp(name, "<stdin>") == 0 ? stdin : fopen(c.input, "rb");
  if(!in)
    return S_fail(EXIT_INPUT, name, strerror(errno));
  text = S_slurp(in, NKG_MAX_ARTICLE_BYTES, &len);
  if(in != stdin)
    fclose(in);
  if(!text)
    return S_fail(EXIT_INPUT, name, errno ? strerror(errno) : "cannot read");

  ctx = nkg_ctx_new(c.lexicon, err, sizeof err);
  if(!ctx) {
    free(text);
    return S_fail(EXIT_INPUT, name, err);
  }
  rc = nkg_extract(&g, ctx, &c.opts, text, len);
  free(text);
  if(rc != NKG_OK) {
    rc = S_fail(rc == NKG_EUSAGE ? EXIT_USAGE : EXIT_INPUT, name, nkg_ctx_last_error(ctx));
    nkg_ctx_free(ctx);
    return rc;
  }
  if(nkg_ctx_warnings(ctx) && !c.quiet)
    fprintf(stderr, "newskg: %s: warning: %s\n", name, nkg_ctx_last_error(ctx));
  if(c.is_query) {
    char *q = NULL;
    if(c.query_file) {
      FILE *qf = fopen(c.query_file, "rb");
      size_t ql;
      if(!qf) {
        rc = S_fail(EXIT_INPUT, c.query_file, strerror(errno));
        goto done;
      }
      q = S_slurp(qf, 1u << 20, &ql);
      fclose(qf);
    }
    rc = nkg_graph_query(g, q ? q : c.query, c.result_format, stdout);
    free(q);
    rc = rc == NKG_OK ? EXIT_OK : S_fail(rc == NKG_EUSAGE ? EXIT_USAGE : EXIT_INPUT,
                                         c.query_file ? c.query_file : "query",
                                         nkg_ctx_last_error(ctx));
  } else {
    rc = S_write(&c, ctx, g);
  }
done:
  nkg_graph_free(g);
  nkg_ctx_free(ctx);
  return rc;
}
