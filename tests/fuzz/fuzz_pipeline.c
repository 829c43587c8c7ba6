/* fuzz_pipeline.c: libFuzzer target for the whole pipeline.
 *
 * The first byte picks the output format (bits 0-1) and options (bit 2: body
 * only, bit 3: an article date, bit 4: another IRI base); the rest is the
 * article. nkg_extract + nkg_graph_write run into /dev/null, the way a user
 * runs the CLI. The context is made once in LLVMFuzzerInitialize, as raptor's
 * tests/fuzz/fuzz_parser.c does, so each input costs one extraction.
 *
 * Built with clang -fsanitize=fuzzer,address,undefined by `make fuzz`, and
 * with tests/fuzz/replay.c (a main() that replays files) by gcc for
 * `make check`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "newskg.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static nkg_ctx *ctx;
static FILE *sink;

/* Frees the context at exit, so leak checkers report only per-input leaks. */
static void S_cleanup(void)
{
  nkg_ctx_free(ctx);
  ctx = NULL;
  if(sink)
    fclose(sink);
  sink = NULL;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  char err[256];
  (void)argc;
  (void)argv;
  ctx = nkg_ctx_new(NULL, err, sizeof err);
  sink = fopen("/dev/null", "w");
  if(!ctx || !sink) {
    fprintf(stderr, "fuzz_pipeline: setup failed: %s\n", ctx ? "cannot open /dev/null" : err);
    abort();
  }
  atexit(S_cleanup);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const char *const fmt[] = {"turtle", "rdfxml", "ntriples", "nquads"};
  nkg_options opts = NKG_OPTIONS_INIT;
  nkg_graph *g = NULL;
  unsigned sel;

  if(size == 0)
    return 0;
  sel = data[0];
  opts.no_header = (sel & 4u) != 0;
  if(sel & 8u)
    opts.article_date = "2019-01-28";
  if(sel & 16u)
    opts.base_iri = "http://example.org/kg/";
  if(nkg_extract(&g, ctx, &opts, (const char *)data + 1, size - 1) == NKG_OK) {
    if(nkg_graph_write(g, fmt[sel & 3u], sink) != NKG_OK) {
      /* A graph we made must always be writable: any failure here is a bug
       * (e.g. a literal raptor refuses), so make the fuzzer stop on it. */
      fprintf(stderr, "fuzz_pipeline: nkg_graph_write(%s) failed: %s\n", fmt[sel & 3u],
              nkg_ctx_last_error(ctx));
      abort();
    }
  }
  nkg_graph_free(g);
  return 0;
}
