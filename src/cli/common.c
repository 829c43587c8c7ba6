/* common.c: helpers the newskg subcommands share. */
#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

int nkg_cli_fail(int code, const char *what, const char *msg)
{
  fprintf(stderr, "newskg: %s: %s\n", what, msg);
  return code;
}

char *nkg_cli_slurp(FILE *f, size_t limit, size_t *len)
{
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap + 1);
  if(!buf)
    return NULL;
  for(;;) {
    size_t got;
    if(n == cap) {
      char *nb;
      if(cap > limit)
        break;
      cap *= 2;
      nb = realloc(buf, cap + 1);
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
  buf[n] = '\0';
  *len = n;
  return buf;
}

int nkg_cli_write_atomic(const char *path, int (*fn)(FILE *out, void *payload), void *payload,
                         char *err, size_t errlen)
{
  size_t n = strlen(path) + 16;
  char *tmp = malloc(n);
  FILE *f;
  int fd, rc;
  mode_t mask;

  struct stat st;

  if(!tmp) {
    snprintf(err, errlen, "out of memory");
    return NKG_EIO;
  }
  /* A device or a pipe ("-o /dev/null", a FIFO) is written in place: a
   * rename over it would replace the device with a file, and it holds no
   * earlier output that a partial write could spoil. */
  if(stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    free(tmp);
    f = fopen(path, "w");
    if(!f) {
      snprintf(err, errlen, "%s", strerror(errno));
      return NKG_EIO;
    }
    rc = fn(f, payload);
    if(fclose(f) != 0 && rc == NKG_OK) {
      snprintf(err, errlen, "%s", strerror(errno));
      rc = NKG_EIO;
    }
    return rc;
  }
  snprintf(tmp, n, "%s.XXXXXX", path);
  fd = mkstemp(tmp);
  if(fd < 0) {
    snprintf(err, errlen, "%s", strerror(errno));
    free(tmp);
    return NKG_EIO;
  }
  f = fdopen(fd, "w");
  if(!f) {
    snprintf(err, errlen, "%s", strerror(errno));
    close(fd);
    unlink(tmp);
    free(tmp);
    return NKG_EIO;
  }
  rc = fn(f, payload);
  if(fflush(f) != 0 || fsync(fileno(f)) != 0) {
    if(rc == NKG_OK) {
      snprintf(err, errlen, "%s", strerror(errno));
      rc = NKG_EIO;
    }
  }
  if(fclose(f) != 0 && rc == NKG_OK) {
    snprintf(err, errlen, "%s", strerror(errno));
    rc = NKG_EIO;
  }
  if(rc == NKG_OK) {
    mask = umask(0);
    umask(mask);
    (void)chmod(tmp, 0666 & ~mask); /* mkstemp made it 0600 */
    if(rename(tmp, path) != 0) {
      snprintf(err, errlen, "%s", strerror(errno));
      rc = NKG_EIO;
    }
  }
  if(rc != NKG_OK)
    unlink(tmp);
  free(tmp);
  return rc;
}

int nkg_cli_is_opt(const char *a, const char *short_opt, const char *long_opt)
{
  return (short_opt && strcmp(a, short_opt) == 0) || (long_opt && strcmp(a, long_opt) == 0);
}

int nkg_cli_extract_option(const char *a, nkg_options *opts, nkg_cli_lexicon *lex,
                           const char ***value)
{
  *value = NULL;
  if(strcmp(a, "--base") == 0)
    *value = &opts->base_iri;
  else if(strcmp(a, "--date") == 0)
    *value = &opts->article_date;
  else if(strcmp(a, "--id") == 0)
    *value = &opts->article_id;
  else if(strcmp(a, "--lexicon") == 0)
    *value = &lex->dir;
  else if(strcmp(a, "--gazetteer") == 0)
    *value = lex->nfiles < NKG_CLI_MAX_GAZETTEERS ? &lex->files[lex->nfiles++] : &lex->overflow;
  else if(strcmp(a, "--no-header") == 0)
    opts->no_header = 1;
  else
    return 0;
  return 1;
}

int nkg_cli_parse(const char **inputs, size_t *ninputs, nkg_options *opts, nkg_cli_lexicon *lex,
                  const nkg_cli_opt *table, const char *cmd, void (*usage)(FILE *f), int argc,
                  char **argv, int first)
{
  int i;
  *ninputs = 0;
  for(i = first; i < argc; i++) {
    const char *a = argv[i];
    const char **value = NULL;
    const nkg_cli_opt *o;
    /* -h/--help wins over the table, the table over the extraction options:
     * the order the subcommands' own loops checked them in. */
    if(nkg_cli_is_opt(a, "-h", "--help")) {
      usage(stdout);
      return 1;
    }
    for(o = table; o->long_opt && !nkg_cli_is_opt(a, o->short_opt, o->long_opt); o++)
      ;
    if(o->long_opt) {
      assert(!o->value != !o->flag);
      value = o->value;
      if(o->flag)
        *o->flag = 1;
    } else if(nkg_cli_extract_option(a, opts, lex, &value)) {
      /* --base --date --id --lexicon --gazetteer --no-header */
    } else if(a[0] == '-' && a[1] != '\0') { /* "-" alone is standard input */
      fprintf(stderr, "newskg: %s: unknown option %s (see newskg %s --help)\n", cmd, a, cmd);
      return -1;
    } else {
      inputs[(*ninputs)++] = a;
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

nkg_ctx *nkg_cli_ctx_new(const nkg_cli_lexicon *lex, char *err, size_t errlen)
{
  nkg_ctx *ctx;
  size_t i;
  if(lex->overflow) {
    snprintf(err, errlen, "at most %d --gazetteer files", NKG_CLI_MAX_GAZETTEERS);
    return NULL;
  }
  ctx = nkg_ctx_new(lex->dir, err, errlen);
  for(i = 0; ctx && i < lex->nfiles; i++)
    if(nkg_ctx_add_gazetteer(ctx, lex->files[i]) != NKG_OK) {
      snprintf(err, errlen, "%s", nkg_ctx_last_error(ctx));
      nkg_ctx_free(ctx);
      ctx = NULL;
    }
  return ctx;
}
