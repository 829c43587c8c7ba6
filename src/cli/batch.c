/* batch.c: inputs -> a sequence of articles. Directories are walked in
 * name order so every run (and every worker) sees the same sequence. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"

struct nkg_items {
  char **files; /* expanded, "-" for stdin */
  size_t nfiles, cap, next;
  bool jsonl_all;
  FILE *cur;     /* the JSON-lines file being read */
  const char *cur_path;
  size_t lineno;
  char *buf;     /* the current item's data */
  size_t bufcap;
  nkg_item item;
  const char *stdin_path; /* read "-" from this file (borrowed), or NULL */
};

static int S_cmp(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void S_push(nkg_items *it, const char *p)
{
  if(it->nfiles == it->cap) {
    it->cap = it->cap ? it->cap * 2 : 16;
    it->files = realloc(it->files, it->cap * sizeof *it->files);
    if(!it->files) {
      fputs("newskg: out of memory\n", stderr);
      abort();
    }
  }
  it->files[it->nfiles++] = strdup(p);
}

static int S_walk(nkg_items *it, const char *dir)
{
  DIR *d = opendir(dir);
  struct dirent *de;
  char **names = NULL;
  size_t n = 0, cap = 0, i;
  if(!d)
    return -1;
  while((de = readdir(d)) != NULL) {
    if(de->d_name[0] == '.')
      continue; /* hidden files and . .. */
    if(n == cap) {
      cap = cap ? cap * 2 : 32;
      names = realloc(names, cap * sizeof *names);
      if(!names)
        abort();
    }
    names[n++] = strdup(de->d_name);
  }
  closedir(d);
  if(n > 1)
    qsort(names, n, sizeof *names, S_cmp);
  for(i = 0; i < n; i++) {
    size_t l = strlen(dir) + strlen(names[i]) + 2;
    char *p = malloc(l);
    struct stat st;
    if(!p)
      abort();
    snprintf(p, l, "%s/%s", dir, names[i]);
    if(stat(p, &st) == 0 && S_ISDIR(st.st_mode))
      S_walk(it, p);
    else if(stat(p, &st) == 0 && S_ISREG(st.st_mode))
      S_push(it, p);
    free(p);
    free(names[i]);
  }
  free(names);
  return 0;
}

nkg_items *nkg_items_new(char **paths, size_t npaths, bool jsonl, char *err, size_t errlen)
{
  nkg_items *it = calloc(1, sizeof *it);
  size_t i;
  if(!it)
    return NULL;
  it->jsonl_all = jsonl;
  if(npaths == 0)
    S_push(it, "-");
  for(i = 0; i < npaths; i++) {
    struct stat st;
    if(strcmp(paths[i], "-") == 0) {
      S_push(it, "-");
    } else if(stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) {
      S_walk(it, paths[i]);
    } else {
      S_push(it, paths[i]); /* a missing file is reported when it is read */
    }
  }
  (void)err;
  (void)errlen;
  return it;
}

void nkg_items_free(nkg_items *it)
{
  size_t i;
  if(!it)
    return;
  if(it->cur && it->cur != stdin)
    fclose(it->cur);
  for(i = 0; i < it->nfiles; i++)
    free(it->files[i]);
  free(it->files);
  free(it->buf);
  free(it);
}

static bool S_ends_with(const char *s, const char *suffix)
{
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcasecmp(s + a - b, suffix) == 0;
}

static bool S_is_jsonl(const nkg_items *it, const char *path)
{
  return it->jsonl_all || S_ends_with(path, ".jsonl") || S_ends_with(path, ".ndjson");
}

static bool S_is_html(const char *path, const char *data, size_t len)
{
  size_t i = 0;
  if(S_ends_with(path, ".html") || S_ends_with(path, ".htm") || S_ends_with(path, ".xhtml"))
    return true;
  while(i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
    i++;
  return len - i > 5 && (strncasecmp(data + i, "<!doctype html", 14) == 0 ||
                         strncasecmp(data + i, "<html", 5) == 0);
}

/* Reads one line into it->buf; false at end of file. */
static bool S_line(nkg_items *it)
{
  size_t n = 0;
  int c;
  while((c = getc(it->cur)) != EOF) {
    if(n + 2 > it->bufcap) {
      it->bufcap = it->bufcap ? it->bufcap * 2 : 4096;
      it->buf = realloc(it->buf, it->bufcap);
      if(!it->buf)
        abort();
    }
    if(c == '\n')
      break;
    it->buf[n++] = (char)c;
  }
  if(c == EOF && n == 0)
    return false;
  if(n > 0 && it->buf[n - 1] == '\r')
    n--;
  if(!it->buf) {
    it->bufcap = 16;
    it->buf = malloc(it->bufcap);
    if(!it->buf)
      abort();
  }
  it->buf[n] = '\0';
  it->item.data = it->buf;
  it->item.len = n;
  return true;
}

const nkg_item *nkg_items_next(nkg_items *it)
{
  for(;;) {
    if(it->cur) {
      while(S_line(it)) {
        it->lineno++;
        if(it->item.len == 0 || strspn(it->item.data, " \t") == it->item.len)
          continue; /* blank lines separate nothing */
        it->item.kind = NKG_ITEM_JSON;
        it->item.path = it->cur_path;
        it->item.line = it->lineno;
        it->item.read_error = 0;
        return &it->item;
      }
      if(it->cur != stdin)
        fclose(it->cur);
      it->cur = NULL;
    }
    if(it->next >= it->nfiles)
      return NULL;
    {
      const char *p = it->files[it->next++];
      bool is_stdin = strcmp(p, "-") == 0;
      const char *name = is_stdin ? "<stdin>" : p;
      if(S_is_jsonl(it, p)) {
        it->cur = is_stdin ? (it->stdin_path ? fopen(it->stdin_path, "rb") : stdin) : fopen(p, "rb");
        it->cur_path = name;
        it->lineno = 0;
        if(!it->cur) {
          memset(&it->item, 0, sizeof it->item);
          it->item.path = name;
          it->item.read_error = errno ? errno : EIO;
          return &it->item;
        }
        continue;
      }
      {
        FILE *f = is_stdin ? (it->stdin_path ? fopen(it->stdin_path, "rb") : stdin) : fopen(p, "rb");
        memset(&it->item, 0, sizeof it->item);
        it->item.path = name;
        free(it->buf);
        it->buf = NULL;
        it->bufcap = 0;
        if(!f) {
          it->item.read_error = errno ? errno : EIO;
          return &it->item;
        }
        errno = 0;
        it->buf = nkg_cli_slurp(f, NKG_MAX_ARTICLE_BYTES, &it->item.len);
        if(f != stdin)
          fclose(f);
        if(!it->buf) {
          it->item.read_error = errno ? errno : EIO;
          return &it->item;
        }
        it->bufcap = it->item.len + 1;
        it->item.data = it->buf;
        it->item.kind = S_is_html(p, it->buf, it->item.len) ? NKG_ITEM_HTML : NKG_ITEM_TEXT;
        return &it->item;
      }
    }
  }
}

void nkg_items_set_stdin(nkg_items *it, const char *stdin_path)
{
  it->stdin_path = stdin_path;
}

char *nkg_spool_stdin(void)
{
  char tmpl[] = "/tmp/newskg-stdin.XXXXXX";
  int fd = mkstemp(tmpl);
  FILE *f;
  char buf[65536];
  size_t n;
  if(fd < 0)
    return NULL;
  f = fdopen(fd, "wb");
  if(!f) {
    close(fd);
    unlink(tmpl);
    return NULL;
  }
  while((n = fread(buf, 1, sizeof buf, stdin)) > 0)
    if(fwrite(buf, 1, n, f) != n) {
      fclose(f);
      unlink(tmpl);
      return NULL;
    }
  if(fclose(f) != 0) {
    unlink(tmpl);
    return NULL;
  }
  return strdup(tmpl);
}
