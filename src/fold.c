/* fold.c: the one folding used to compare names with text.
 *
 * Gazetteer names and text tokens go through the same function, so
 * "Guaidó", "GUAIDO" and "Guaido" meet at "guaido" and "U.S." meets "US" at
 * "us". Folding never makes a string longer (every mapping writes at most as
 * many bytes as it reads), which lets the matcher fold into a fixed buffer. */
#include <string.h>

#include "nkg_internal.h"

/* Base letters of U+00C0..U+00FF; '\0' = keep the character, '2' = two
 * letters (handled in S_fold_cp). */
static const char S_latin1[64] = {
  'a', 'a', 'a', 'a', 'a', 'a', '2', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', /* C0 */
  'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', '2', '2', /* D0 */
  'a', 'a', 'a', 'a', 'a', 'a', '2', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', /* E0 */
  'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', '2', 'y'  /* F0 */
};

/* Base letters of Latin Extended-A, U+0100..U+017F ('2': two letters). */
static const char S_latin_ext_a[] = "aaaaaa"       /* 0100 Ā..ą */
                                    "cccccccc"     /* 0106 Ć..č */
                                    "dddd"         /* 010E Ď..đ */
                                    "eeeeeeeeee"   /* 0112 Ē..ě */
                                    "gggggggg"     /* 011C Ĝ..ģ */
                                    "hhhh"         /* 0124 Ĥ..ħ */
                                    "iiiiiiiiii"   /* 0128 Ĩ..ı */
                                    "22"           /* 0132 Ĳ ĳ */
                                    "jj"           /* 0134 Ĵ ĵ */
                                    "kkk"          /* 0136 Ķ ķ ĸ */
                                    "llllllllll"   /* 0139 Ĺ..ł */
                                    "nnnnnnnnn"    /* 0143 Ń..ŋ */
                                    "oooooo"       /* 014C Ō..ő */
                                    "22"           /* 0152 Œ œ */
                                    "rrrrrr"       /* 0154 Ŕ..ř */
                                    "ssssssss"     /* 015A Ś..š */
                                    "tttttt"       /* 0162 Ţ..ŧ */
                                    "uuuuuuuuuuuu" /* 0168 Ũ..ų */
                                    "ww"           /* 0174 Ŵ ŵ */
                                    "yyy"          /* 0176 Ŷ ŷ Ÿ */
                                    "zzzzzz"       /* 0179 Ź..ž */
                                    "s";           /* 017F ſ */

/* Decodes one code point at s[i]; invalid or truncated sequences come back
 * as the single byte (*n = 1, *ok = false) so they are copied unchanged. */
static unsigned S_decode(const unsigned char *s, size_t len, size_t i, size_t *n, bool *ok)
{
  unsigned c = s[i];
  *ok = true;
  if(c < 0x80) {
    *n = 1;
    return c;
  }
  if((c & 0xE0) == 0xC0 && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
    *n = 2;
    return ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
  }
  if((c & 0xF0) == 0xE0 && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 &&
     (s[i + 2] & 0xC0) == 0x80) {
    *n = 3;
    return ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
  }
  if((c & 0xF8) == 0xF0 && i + 3 < len && (s[i + 1] & 0xC0) == 0x80 &&
     (s[i + 2] & 0xC0) == 0x80 && (s[i + 3] & 0xC0) == 0x80) {
    *n = 4;
    return ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
           (s[i + 3] & 0x3Fu);
  }
  *n = 1;
  *ok = false;
  return c;
}

static size_t S_encode(unsigned c, char *out)
{
  if(c < 0x80) {
    out[0] = (char)c;
    return 1;
  }
  if(c < 0x800) {
    out[0] = (char)(0xC0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if(c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/* Two-letter expansions of the '2' entries above. */
static const char *S_pair(unsigned c)
{
  switch(c) {
  case 0xC6: case 0xE6: return "ae";
  case 0xDE: case 0xFE: return "th";
  case 0xDF: return "ss";
  case 0x132: case 0x133: return "ij";
  case 0x152: case 0x153: return "oe";
  }
  return NULL;
}

/* Folds code point c (encoded in nbytes) into out; returns bytes written,
 * never more than nbytes. */
static size_t S_fold_cp(unsigned c, size_t nbytes, char *out)
{
  const char *p;
  char base = 0;

  if(c < 0x80) {
    if(c == '.' || c == '\'' || c == '`')
      return 0;
    out[0] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return 1;
  }
  /* apostrophes and the spacing acute accent used as one: dropped */
  if(c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032 || c == 0x02BC ||
     c == 0x00B4 || c == 0x02B9)
    return 0;
  if(c >= 0x0300 && c <= 0x036F) /* combining marks (decomposed accents) */
    return 0;
  if(c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB ||
     c == 0x2033) {
    out[0] = '"';
    return 1;
  }
  if((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 ||
     c == 0xFF0D) {
    out[0] = '-';
    return 1;
  }
  if(c == 0xA0 || c == 0x202F || c == 0x2007) {
    out[0] = ' ';
    return 1;
  }
  if(c >= 0xC0 && c <= 0xFF)
    base = S_latin1[c - 0xC0];
  else if(c >= 0x100 && c <= 0x17F)
    base = S_latin_ext_a[c - 0x100];
  else if(c == 0x218 || c == 0x219)
    base = 's';
  else if(c == 0x21A || c == 0x21B)
    base = 't';
  else if(c == 0x18F || c == 0x259)
    base = 'e';
  else if(c == 0x1A0 || c == 0x1A1)
    base = 'o';
  else if(c == 0x1AF || c == 0x1B0)
    base = 'u';
  else if(c >= 0x1CD && c <= 0x1DC) /* Ǎ ǎ Ǐ ǐ Ǒ ǒ Ǔ ǔ Ǖ..ǜ (pinyin tones) */
    base = "aaiioouuuuuuuuuu"[c - 0x1CD];
  else if(c >= 0x1EA0 && c <= 0x1EF9) { /* Vietnamese */
    if(c <= 0x1EB7)
      base = 'a';
    else if(c <= 0x1EC7)
      base = 'e';
    else if(c <= 0x1ECB)
      base = 'i';
    else if(c <= 0x1EE3)
      base = 'o';
    else if(c <= 0x1EF1)
      base = 'u';
    else
      base = 'y';
  }
  if(base == '2' && (p = S_pair(c)) != NULL) {
    out[0] = p[0];
    out[1] = p[1];
    return 2;
  }
  if(base && base != '2') {
    out[0] = base;
    return 1;
  }
  /* Greek and Cyrillic capitals to lower case (same encoded length) */
  if((c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F))
    c += 0x20;
  else if(c >= 0x400 && c <= 0x40F)
    c += 0x50;
  (void)nbytes;
  return S_encode(c, out);
}

/* Folds s[0..n) into out (room for n bytes is enough); returns the length. */
size_t nkg_fold__buf(char *out, const char *s, size_t n)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, o = 0, k;
  bool ok;
  while(i < n) {
    unsigned c;
    if(u[i] < 0x80) { /* fast path: ASCII */
      c = u[i++];
      if(c == '.' || c == '\'' || c == '`')
        continue;
      out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    c = S_decode(u, n, i, &k, &ok);
    if(!ok)
      out[o++] = (char)u[i];
    else
      o += S_fold_cp(c, k, out + o);
    i += k;
  }
  return o;
}

void nkg_fold(nkg_str *out, const char *s, size_t n)
{
  size_t m;
  nkg__grow((void **)&out->s, &out->cap, out->len + n + 1, 1);
  m = nkg_fold__buf(out->s + out->len, s, n);
  out->len += m;
  out->s[out->len] = '\0';
}
