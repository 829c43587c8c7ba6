/* util.c: allocation that aborts on failure, growable arrays and strings,
 * hashing and UTF-8 counting shared by every stage. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nkg_internal.h"

/* Out of memory is not a condition a text pipeline can recover from in the
 * middle of a stage; like cmark's xcalloc we stop with a message. */
static void S_oom(void)
{
  fputs("newskg: out of memory\n", stderr);
  abort();
}

void *nkg_xmalloc(size_t n)
{
  void *p = malloc(n ? n : 1);
  if(!p)
    S_oom();
  return p;
}

void *nkg_xcalloc(size_t count, size_t n)
{
  void *p = calloc(count ? count : 1, n ? n : 1);
  if(!p)
    S_oom();
  return p;
}

void *nkg_xrealloc(void *p, size_t n)
{
  void *q = realloc(p, n ? n : 1);
  if(!q)
    S_oom();
  return q;
}

char *nkg_xstrndup(const char *s, size_t n)
{
  char *p = nkg_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *nkg_xstrdup(const char *s)
{
  return nkg_xstrndup(s, strlen(s));
}

void nkg__grow(void **items, size_t *cap, size_t need, size_t elem_size)
{
  size_t ncap;
  if(need <= *cap)
    return;
  ncap = *cap ? *cap : 8;
  while(ncap < need)
    ncap *= 2;
  *items = nkg_xrealloc(*items, ncap * elem_size);
  *cap = ncap;
}

void nkg_str_append(nkg_str *b, const char *s, size_t n)
{
  nkg__grow((void **)&b->s, &b->cap, b->len + n + 1, 1);
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

void nkg_str_appendz(nkg_str *b, const char *s)
{
  nkg_str_append(b, s, strlen(s));
}

void nkg_str_appendf(nkg_str *b, const char *fmt, ...)
{
  va_list ap;
  int n;
  char small[256];

  va_start(ap, fmt);
  n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if(n < 0)
    return;
  if((size_t)n < sizeof small) {
    nkg_str_append(b, small, (size_t)n);
    return;
  }
  nkg__grow((void **)&b->s, &b->cap, b->len + (size_t)n + 1, 1);
  va_start(ap, fmt);
  vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void nkg_str_free(nkg_str *b)
{
  free(b->s);
  b->s = NULL;
  b->len = b->cap = 0;
}

uint64_t nkg_hash64(const void *data, size_t len, uint64_t seed)
{
  const unsigned char *p = data;
  uint64_t h = seed;
  size_t i;
  for(i = 0; i < len; i++) {
    h ^= p[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

size_t nkg_utf8_count(const char *s, size_t n)
{
  size_t i, count = 0;
  for(i = 0; i < n; i++)
    if(((unsigned char)s[i] & 0xC0) != 0x80)
      count++;
  return count;
}
