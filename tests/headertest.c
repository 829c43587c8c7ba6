/* headertest.c: include/newskg.h compiles alone, with no other header and no
 * Redland include path, as C11 and as C++ (libgit2 tests/headertest).
 * tests/suites/headertest.sh compiles this file with gcc, clang and g++ at
 * -Werror -Wall -Wextra -Wpedantic; nothing is linked or run.
 */
#include "newskg.h"
#include "newskg.h" /* the include guard works */

#ifdef __cplusplus
extern "C" {
#endif
int nkg_headertest_use(void);
#ifdef __cplusplus
}
#endif

/* Uses every public name, so a declaration that does not parse (or needs a
 * type the header does not provide) fails the build. */
int nkg_headertest_use(void)
{
  nkg_options opts = NKG_OPTIONS_INIT;
  nkg_status st = NKG_OK;
  nkg_ctx *(*ctx_new)(const char *, char *, size_t) = nkg_ctx_new;
  void (*ctx_free)(nkg_ctx *) = nkg_ctx_free;
  const char *(*last_error)(const nkg_ctx *) = nkg_ctx_last_error;
  unsigned int (*warnings)(const nkg_ctx *) = nkg_ctx_warnings;
  int (*extract)(nkg_graph **, nkg_ctx *, const nkg_options *, const char *, size_t) =
    nkg_extract;
  void (*graph_free)(nkg_graph *) = nkg_graph_free;
  size_t (*graph_size)(nkg_graph *) = nkg_graph_size;
  const char *(*article_iri)(const nkg_graph *) = nkg_graph_article_iri;
  int (*graph_write)(nkg_graph *, const char *, FILE *) = nkg_graph_write;
  int (*format_known)(const char *) = nkg_format_known;
  int (*graph_query)(nkg_graph *, const char *, const char *, FILE *) = nkg_graph_query;
  const char *strings[] = {NKG_VERSION, NKG_DEFAULT_BASE, NKG_ONTOLOGY_NS};
  unsigned long max = NKG_MAX_ARTICLE_BYTES;
  int statuses[] = {NKG_OK, NKG_ERROR, NKG_EIO, NKG_EINVALID, NKG_ESERIALIZE, NKG_EUSAGE};

  opts.version = NKG_OPTIONS_VERSION;
  return (int)st + (int)opts.version + (opts.base_iri == NULL) + (opts.article_date == NULL) +
         (opts.article_id == NULL) + opts.no_header + (ctx_new != NULL) + (ctx_free != NULL) +
         (last_error != NULL) + (warnings != NULL) + (extract != NULL) + (graph_free != NULL) +
         (graph_size != NULL) + (article_iri != NULL) + (graph_write != NULL) +
         (format_known != NULL) + (graph_query != NULL) + (strings[0][0] != '\0') +
         (max > 0) + statuses[5];
}
