/* text.c: input checks and normalization.
 *
 * Everything downstream assumes valid UTF-8 without NUL bytes: raptor writes
 * "" for a literal with bad UTF-8 and reports success (STYLE.md §5), so the
 * only safe place to stop bad bytes is here. Invalid sequences become U+FFFD
 * (as cmark's CMARK_OPT_VALIDATE_UTF8 does); CRLF and lone CR become LF so
 * offsets count the same characters whatever the platform wrote. */
#include <stdio.h>
#include <string.h>

#include "nkg_internal.h"

/* Length of the valid UTF-8 sequence at s[0..n), or 0 when invalid
 * (overlong forms, surrogates and code points past U+10FFFF are invalid). */
static size_t S_utf8_valid(const unsigned char *s, size_t n)
{
  unsigned c = s[0];
  if(c < 0x80)
    return 1;
  if(c >= 0xC2 && c <= 0xDF)
    return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
  if(c >= 0xE0 && c <= 0xEF) {
    if(n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
      return 0;
    if(c == 0xE0 && s[1] < 0xA0)
      return 0; /* overlong */
    if(c == 0xED && s[1] >= 0xA0)
      return 0; /* surrogate */
    return 3;
  }
  if(c >= 0xF0 && c <= 0xF4) {
    if(n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
      return 0;
    if(c == 0xF0 && s[1] < 0x90)
      return 0;
    if(c == 0xF4 && s[1] >= 0x90)
      return 0;
    return 4;
  }
  return 0;
}

int nkg_text__normalize(char **out, size_t *outlen, unsigned *repaired, const char *raw,
                        size_t len, char *err, size_t errlen)
{
  const unsigned char *s = (const unsigned char *)raw;
  size_t i, ctrl = 0, nul = 0, visible = 0;
  nkg_str b = {NULL, 0, 0};

  *out = NULL;
  *outlen = 0;
  *repaired = 0;
  if(len > NKG_MAX_ARTICLE_BYTES) {
    snprintf(err, errlen, "input too large (%zu bytes; an article may have at most %u)", len,
             NKG_MAX_ARTICLE_BYTES);
    return NKG_EINVALID;
  }
  for(i = 0; i < len; i++) {
    if(s[i] == 0)
      nul++;
    else if(s[i] < 0x20 && s[i] != '\n' && s[i] != '\r' && s[i] != '\t' && s[i] != '\f')
      ctrl++;
    else if(s[i] > 0x20)
      visible++;
  }
  if(len == 0) {
    snprintf(err, errlen, "empty input: no article text");
    return NKG_EINVALID;
  }
  if(nul > 0 || ctrl * 20 > len) {
    snprintf(err, errlen, "binary data, not text (%zu NUL and %zu control bytes)", nul, ctrl);
    return NKG_EINVALID;
  }
  if(visible == 0) {
    snprintf(err, errlen, "no article text (only white space)");
    return NKG_EINVALID;
  }
  /* Skip a UTF-8 byte order mark. */
  i = (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) ? 3 : 0;
  nkg__grow((void **)&b.s, &b.cap, len + 1, 1);
  while(i < len) {
    size_t n = S_utf8_valid(s + i, len - i);
    if(n == 0) {
      nkg_str_append(&b, "\xEF\xBF\xBD", 3);
      (*repaired)++;
      i++;
      continue;
    }
    if(s[i] == '\r') {
      nkg_str_append(&b, "\n", 1);
      i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if((s[i] < 0x20 && s[i] != '\n' && s[i] != '\t') || s[i] == 0x7F) {
      nkg_str_append(&b, " ", 1); /* stray control byte: RDF/XML cannot carry it */
      i++;
      continue;
    }
    /* C1 controls (U+0080..U+009F) and the non-characters U+FFFE/U+FFFF:
     * raptor's RDF/XML writer refuses them. One code point for one, so
     * offsets stay those of the input. */
    if((n == 2 && s[i] == 0xC2 && s[i + 1] < 0xA0) ||
       (n == 3 && s[i] == 0xEF && s[i + 1] == 0xBF && s[i + 2] >= 0xBE)) {
      nkg_str_append(&b, " ", 1);
      i += n;
      continue;
    }
    nkg_str_append(&b, (const char *)s + i, n);
    i += n;
  }
  *out = b.s;
  *outlen = b.len;
  return NKG_OK;
}
