/* article.c: articles that arrive as fields (a JSON line, an HTML page)
 * rather than as plain text, and how they become the text the pipeline
 * reads.
 *
 * A JSON line is one object: {"id","url","date","title","text"} or "html"
 * instead of "text"; unknown keys are skipped, whatever their value. The
 * parser is small and strict (RFC 8259): a malformed line is reported with
 * what is wrong, never half-read. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "nkg_internal.h"

typedef struct {
  const char *s;
  size_t n, i;
  char *err;
  size_t errlen;
} json;

static bool S_fail(json *j, const char *what)
{
  snprintf(j->err, j->errlen, "bad JSON at byte %zu: %s", j->i + 1, what);
  return false;
}

static void S_ws(json *j)
{
  while(j->i < j->n && (j->s[j->i] == ' ' || j->s[j->i] == '\t' || j->s[j->i] == '\n' ||
                        j->s[j->i] == '\r'))
    j->i++;
}

static void S_put_utf8(nkg_str *out, unsigned c)
{
  char b[4];
  if(c < 0x80) {
    b[0] = (char)c;
    nkg_str_append(out, b, 1);
  } else if(c < 0x800) {
    b[0] = (char)(0xC0 | (c >> 6));
    b[1] = (char)(0x80 | (c & 0x3F));
    nkg_str_append(out, b, 2);
  } else if(c < 0x10000) {
    b[0] = (char)(0xE0 | (c >> 12));
    b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    b[2] = (char)(0x80 | (c & 0x3F));
    nkg_str_append(out, b, 3);
  } else {
    b[0] = (char)(0xF0 | (c >> 18));
    b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    b[3] = (char)(0x80 | (c & 0x3F));
    nkg_str_append(out, b, 4);
  }
}

static int S_hex4(const char *p)
{
  int v = 0, k;
  for(k = 0; k < 4; k++) {
    char c = p[k];
    v <<= 4;
    if(c >= '0' && c <= '9')
      v |= c - '0';
    else if(c >= 'a' && c <= 'f')
      v |= c - 'a' + 10;
    else if(c >= 'A' && c <= 'F')
      v |= c - 'A' + 10;
    else
      return -1;
  }
  return v;
}

/* A string at j->i (the opening quote); decoded into out when out != NULL.
 * Lone surrogates become U+FFFD. */
static bool S_string(json *j, nkg_str *out)
{
  if(j->i >= j->n || j->s[j->i] != '"')
    return S_fail(j, "expected a string");
  j->i++;
  while(j->i < j->n) {
    unsigned char c = (unsigned char)j->s[j->i];
    if(c == '"') {
      j->i++;
      if(out && !out->s)
        nkg_str_append(out, "", 0);
      return true;
    }
    if(c < 0x20)
      return S_fail(j, "control character in a string");
    if(c != '\\') {
      size_t k = j->i + 1;
      while(k < j->n && j->s[k] != '"' && j->s[k] != '\\' && (unsigned char)j->s[k] >= 0x20)
        k++;
      if(out)
        nkg_str_append(out, j->s + j->i, k - j->i);
      j->i = k;
      continue;
    }
    if(j->i + 1 >= j->n)
      return S_fail(j, "unfinished escape");
    c = (unsigned char)j->s[j->i + 1];
    j->i += 2;
    if(c == 'u') {
      int v;
      unsigned cp;
      if(j->i + 4 > j->n || (v = S_hex4(j->s + j->i)) < 0)
        return S_fail(j, "bad \\u escape");
      j->i += 4;
      cp = (unsigned)v;
      if(cp >= 0xD800 && cp <= 0xDBFF && j->i + 6 <= j->n && j->s[j->i] == '\\' &&
         j->s[j->i + 1] == 'u') {
        int lo = S_hex4(j->s + j->i + 2);
        if(lo >= 0xDC00 && lo <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + ((unsigned)lo - 0xDC00);
          j->i += 6;
        }
      }
      if(cp >= 0xD800 && cp <= 0xDFFF)
        cp = 0xFFFD;
      if(out)
        S_put_utf8(out, cp);
      continue;
    }
    {
      const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
      const char *p = strchr(from, (int)c);
      if(!p || !c)
        return S_fail(j, "unknown escape");
      if(out)
        nkg_str_append(out, to + (p - from), 1);
    }
  }
  return S_fail(j, "unterminated string");
}

/* Skips any value; a scalar's text is copied into out when not NULL. */
static bool S_value(json *j, nkg_str *out, int depth)
{
  S_ws(j);
  if(j->i >= j->n)
    return S_fail(j, "expected a value");
  if(depth > 64)
    return S_fail(j, "nested too deeply");
  switch(j->s[j->i]) {
  case '"':
    return S_string(j, out);
  case '{':
  case '[': {
    char close = j->s[j->i] == '{' ? '}' : ']';
    bool first = true;
    j->i++;
    for(;;) {
      S_ws(j);
      if(j->i < j->n && j->s[j->i] == close) {
        j->i++;
        return true;
      }
      if(!first) {
        if(j->i >= j->n || j->s[j->i] != ',')
          return S_fail(j, "expected ',' or the end of a list");
        j->i++;
        S_ws(j);
      }
      first = false;
      if(close == '}') {
        if(!S_string(j, NULL))
          return false;
        S_ws(j);
        if(j->i >= j->n || j->s[j->i] != ':')
          return S_fail(j, "expected ':'");
        j->i++;
      }
      if(!S_value(j, NULL, depth + 1))
        return false;
    }
  }
  default: {
    size_t k = j->i;
    while(k < j->n && (isalnum((unsigned char)j->s[k]) || j->s[k] == '-' || j->s[k] == '+' ||
                       j->s[k] == '.'))
      k++;
    if(k == j->i)
      return S_fail(j, "unexpected character");
    {
      size_t len = k - j->i;
      const char *v = j->s + j->i;
      bool ok = (len == 4 && memcmp(v, "true", 4) == 0) ||
                (len == 5 && memcmp(v, "false", 5) == 0) ||
                (len == 4 && memcmp(v, "null", 4) == 0) || v[0] == '-' || isdigit((unsigned char)v[0]);
      if(!ok)
        return S_fail(j, "not a JSON value");
      if(out && !(len == 4 && memcmp(v, "null", 4) == 0))
        nkg_str_append(out, v, len);
    }
    j->i = k;
    return true;
  }
  }
}

void nkg_article_clear(nkg_article *a)
{
  if(!a)
    return;
  free(a->id);
  free(a->url);
  free(a->date);
  free(a->title);
  free(a->text);
  free(a->html);
  free(a->publisher);
  free(a->author);
  memset(a, 0, sizeof *a);
}

int nkg_article_from_json(nkg_article *out, const char *line, size_t len, char *err,
                          size_t errlen)
{
  json j = {line, len, 0, err, errlen};
  static const char *const keys[] = {"id", "url", "date", "title", "text", "html",
                                     "publisher", "author", NULL};
  nkg_str vals[8];
  bool first = true;
  size_t k;

  memset(out, 0, sizeof *out);
  memset(vals, 0, sizeof vals);
  S_ws(&j);
  if(j.i >= j.n || j.s[j.i] != '{') {
    S_fail(&j, "a line must be one JSON object");
    return NKG_EINVALID;
  }
  j.i++;
  for(;;) {
    nkg_str key = {NULL, 0, 0};
    nkg_str *slot = NULL;
    S_ws(&j);
    if(j.i < j.n && j.s[j.i] == '}') {
      j.i++;
      break;
    }
    if(!first) {
      if(j.i >= j.n || j.s[j.i] != ',') {
        S_fail(&j, "expected ',' or '}'");
        goto bad;
      }
      j.i++;
      S_ws(&j);
    }
    first = false;
    if(!S_string(&j, &key))
      goto bad;
    S_ws(&j);
    if(j.i >= j.n || j.s[j.i] != ':') {
      nkg_str_free(&key);
      S_fail(&j, "expected ':'");
      goto bad;
    }
    j.i++;
    for(k = 0; keys[k]; k++)
      if(key.s && strcmp(key.s, keys[k]) == 0)
        slot = &vals[k];
    nkg_str_free(&key);
    if(slot)
      nkg_str_free(slot); /* a repeated key: the last one wins, as in most parsers */
    if(!S_value(&j, slot, 0))
      goto bad;
  }
  S_ws(&j);
  if(j.i != j.n) {
    S_fail(&j, "text after the object");
    goto bad;
  }
  out->id = vals[0].s;
  out->url = vals[1].s;
  out->date = vals[2].s;
  out->title = vals[3].s;
  out->text = vals[4].s;
  out->html = vals[5].s;
  out->publisher = vals[6].s;
  out->author = vals[7].s;
  if(!out->text && !out->html) {
    snprintf(err, errlen, "no \"text\" or \"html\" field");
    nkg_article_clear(out);
    return NKG_EINVALID;
  }
  return NKG_OK;
bad:
  for(k = 0; k < 8; k++)
    nkg_str_free(&vals[k]);
  return NKG_EINVALID;
}
