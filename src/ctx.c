/* ctx.c: nkg_ctx owns the Redland world, the lexicons and the last error.
 *
 * Some Redland failures exist only in its log (STYLE.md §3), so the context
 * installs its own logger and counts ERROR/FATAL messages; stages compare the
 * count before and after a call. Our logger also keeps librdf's default one
 * (which reads uninitialised memory on rasqal warnings) out of the way. */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"

#ifndef NKG_DEFAULT_LEXICON
#define NKG_DEFAULT_LEXICON "/usr/local/share/newskg/lexicon"
#endif

int nkg_ctx__error(nkg_ctx *ctx, int code, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(ctx->error, sizeof ctx->error, fmt, ap);
  va_end(ap);
  return code;
}

static int S_logger(void *user_data, librdf_log_message *message)
{
  nkg_ctx *ctx = user_data;
  librdf_log_level level = librdf_log_message_level(message);
  if(level >= LIBRDF_LOG_ERROR) {
    const char *msg = librdf_log_message_message(message);
    ctx->log_errors++;
    if(msg && !ctx->error[0])
      snprintf(ctx->error, sizeof ctx->error, "RDF library: %s", msg);
  }
  return 1; /* handled: nothing goes to stderr */
}

static int S_cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Loads every gazetteer*.tsv in dir, in name order (deterministic). */
static int S_load_lexicon(nkg_ctx *ctx, const char *dir, char *err, size_t errlen)
{
  DIR *d = opendir(dir);
  struct dirent *de;
  char **names = NULL;
  size_t n = 0, cap = 0, i;
  int rc = NKG_OK;

  if(!d) {
    snprintf(err, errlen, "lexicon folder %s: cannot open", dir);
    return NKG_EIO;
  }
  while((de = readdir(d)) != NULL) {
    size_t l = strlen(de->d_name);
    if(strncmp(de->d_name, "gazetteer", 9) == 0 && l > 4 && strcmp(de->d_name + l - 4, ".tsv") == 0)
      NKG_PUSH(names, n, cap, nkg_xstrdup(de->d_name));
  }
  closedir(d);
  qsort(names, n, sizeof *names, S_cmp_str);
  for(i = 0; i < n && rc == NKG_OK; i++) {
    nkg_str path = {NULL, 0, 0};
    nkg_str_appendf(&path, "%s/%s", dir, names[i]);
    rc = nkg_gazetteer__load(&ctx->gaz, path.s, err, errlen);
    nkg_str_free(&path);
  }
  for(i = 0; i < n; i++)
    free(names[i]);
  free(names);
  if(rc == NKG_OK && n == 0) {
    snprintf(err, errlen, "lexicon folder %s has no gazetteer*.tsv", dir);
    rc = NKG_EIO;
  }
  return rc;
}

int nkg_ctx_add_gazetteer(nkg_ctx *ctx, const char *path)
{
  char err[512];
  int rc = nkg_gazetteer__load(&ctx->gaz, path, err, sizeof err);
  if(rc != NKG_OK)
    return nkg_ctx__error(ctx, rc, "%s", err);
  return NKG_OK;
}

nkg_ctx *nkg_ctx_new(const char *lexicon_dir, char *err, size_t errlen)
{
  nkg_ctx *ctx;
  char dummy[8];

  if(!err) {
    err = dummy;
    errlen = sizeof dummy;
  }
  err[0] = '\0';
  ctx = nkg_xcalloc(1, sizeof *ctx);
  ctx->world = librdf_new_world();
  if(!ctx->world) {
    snprintf(err, errlen, "cannot create the RDF world");
    free(ctx);
    return NULL;
  }
  librdf_world_set_logger(ctx->world, ctx, S_logger);
  librdf_world_open(ctx->world);
  ctx->raptor = librdf_world_get_raptor(ctx->world);
  if(!lexicon_dir)
    lexicon_dir = getenv("NEWSKG_LEXICON");
  if(!lexicon_dir || !*lexicon_dir)
    lexicon_dir = NKG_DEFAULT_LEXICON;
  if(S_load_lexicon(ctx, lexicon_dir, err, errlen) != NKG_OK) {
    nkg_ctx_free(ctx);
    return NULL;
  }
  return ctx;
}

void nkg_ctx_free(nkg_ctx *ctx)
{
  if(!ctx)
    return;
  nkg_gazetteer__free(ctx->gaz);
  librdf_free_world(ctx->world);
  free(ctx);
}

const char *nkg_ctx_last_error(const nkg_ctx *ctx)
{
  return ctx->error;
}

unsigned int nkg_ctx_warnings(const nkg_ctx *ctx)
{
  return ctx->warnings;
}
