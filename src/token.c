/* token.c: tokenizer and sentence splitter.
 *
 * Produces spans into the normalized text. Words keep internal hyphens,
 * apostrophes and the periods of abbreviations ("U.S.", "Mr.", "Jan.");
 * the possessive "'s" is its own token so "Venezuela's" still matches
 * "Venezuela". Sentences end at . ! ? (or an ellipsis) followed by space and
 * something that can start a sentence, and at paragraph breaks and at line
 * breaks that do not continue a sentence. Quotation marks are tagged so later
 * stages know what is quoted speech. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "nkg_internal.h"

typedef struct {
  const char *text;
  size_t len;
  nkg_token *toks;
  size_t ntok, tcap;
} scanner;

/* Code point at s[i] (valid UTF-8 assumed after text.c); *n = its bytes. */
static unsigned S_cp(const char *s, size_t len, size_t i, size_t *n)
{
  const unsigned char *u = (const unsigned char *)s + i;
  if(u[0] < 0x80 || i + 1 >= len) {
    *n = 1;
    return u[0];
  }
  if((u[0] & 0xE0) == 0xC0) {
    *n = 2;
    return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
  }
  if((u[0] & 0xF0) == 0xE0 && i + 2 < len) {
    *n = 3;
    return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
  }
  if((u[0] & 0xF8) == 0xF0 && i + 3 < len) {
    *n = 4;
    return ((u[0] & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) | ((u[2] & 0x3Fu) << 6) |
           (u[3] & 0x3Fu);
  }
  *n = 1;
  return u[0];
}

static bool S_is_space_cp(unsigned c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000;
}

/* Letters: ASCII letters and every non-ASCII code point that is not
 * punctuation or space (Latin, Greek, Cyrillic, CJK ... are all letters here). */
static bool S_is_letter_cp(unsigned c)
{
  if(c < 0x80)
    return isalpha((int)c) != 0;
  if(S_is_space_cp(c))
    return false;
  if(c >= 0x2010 && c <= 0x206F) /* general punctuation: dashes, quotes, … */
    return false;
  if(c == 0xAB || c == 0xBB || c == 0xA1 || c == 0xBF || c == 0xB7 || c == 0xA7 ||
     c == 0xB6 || c == 0xA9 || c == 0xAE || c == 0xB0 || c == 0xD7 || c == 0xF7 ||
     c == 0xFFFD || (c >= 0x20A0 && c <= 0x20CF) || c == 0xA3 || c == 0xA5 || c == 0xA2)
    return false;
  return true;
}

static bool S_is_upper_cp(unsigned c)
{
  if(c < 0x80)
    return isupper((int)c) != 0;
  /* Latin-1 and Latin Extended-A capitals (À-Þ; even code points of
   * Ā..ž are capitals), Greek and Cyrillic capitals. */
  if(c >= 0xC0 && c <= 0xDE && c != 0xD7)
    return true;
  if(c >= 0x100 && c <= 0x17F)
    return (c & 1u) == 0;
  if((c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F))
    return true;
  return false;
}

static const char *const S_abbrevs[] = {
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
  "gov", "sen", "rep", "rev", "fr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "vs",
  "etc", "approx", "dept", "est", "ft", "mt", "pres", "atty", "supt", "hon", "messrs",
  "ave", "blvd", "rd", "univ", "assn", "min", "max", "fig", "vol", "pp", "al", NULL};

/* Titles and months: an abbreviation that never ends a sentence. */
static const char *const S_abbrev_nonfinal[] = {
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
  "sgt", "gov", "sen", "rep", "rev", "fr", "st", "jan", "feb", "mar", "apr", "jun",
  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "mt", "pres", "atty",
  "supt", "hon", "messrs", NULL};

static bool S_in_list(const char *const *list, const char *w, size_t n)
{
  size_t i, k;
  if(n == 0 || n > 8)
    return false;
  for(i = 0; list[i]; i++) {
    if(strlen(list[i]) != n)
      continue;
    for(k = 0; k < n; k++)
      if(tolower((unsigned char)w[k]) != list[i][k])
        break;
    if(k == n)
      return true;
  }
  return false;
}

static void S_push(scanner *sc, size_t start, size_t end, unsigned flags)
{
  nkg_token t;
  t.start = start;
  t.end = end;
  t.flags = flags;
  t.sent = 0;
  NKG_PUSH(sc->toks, sc->ntok, sc->tcap, t);
}

/* Scans a word starting at i (a letter); returns its end. */
static size_t S_word(const scanner *sc, size_t i, bool *abbrev_period)
{
  const char *s = sc->text;
  size_t len = sc->len, n, j = i, wstart = i;
  unsigned c;
  bool all_single = true; /* U.S. style: single letters joined by periods */
  size_t seglen = 0;

  *abbrev_period = false;
  while(j < len) {
    c = S_cp(s, len, j, &n);
    if(S_is_letter_cp(c) || (c < 0x80 && isdigit((int)c))) {
      j += n;
      seglen++;
      continue;
    }
    if((c == '-' || c == '\'' || c == 0x2019) && j + n < len) {
      size_t n2;
      unsigned d = S_cp(s, len, j + n, &n2);
      if(S_is_letter_cp(d) || (c == '-' && d < 0x80 && isdigit((int)d))) {
        /* possessive 's / ’s ends the word: "Venezuela's" -> Venezuela + 's */
        if(c != '-' && (d == 's' || d == 'S')) {
          size_t after = j + n + n2;
          unsigned e = after < len ? S_cp(s, len, after, &n2) : ' ';
          if(!S_is_letter_cp(e))
            break;
        }
        j += n;
        all_single = false;
        continue;
      }
    }
    if(c == '.') {
      /* U.S. / U.N. / e.g.: a single letter followed by a period and a letter */
      if(seglen == 1 && all_single && j + 1 < len && isalpha((unsigned char)s[j + 1]) &&
         (j + 2 >= len || s[j + 2] == '.')) {
        j++;
        seglen = 0;
        continue;
      }
      if(seglen == 1 && all_single && j > wstart + 1) { /* final period of U.S. */
        *abbrev_period = true;
        return j + 1;
      }
      if(S_in_list(S_abbrevs, s + wstart, j - wstart) ||
         (j - wstart == 1 && S_is_upper_cp((unsigned char)s[wstart]))) {
        *abbrev_period = true;
        return j + 1;
      }
    }
    break;
  }
  return j;
}

static size_t S_number(const scanner *sc, size_t i)
{
  const char *s = sc->text;
  size_t j = i;
  while(j < sc->len) {
    unsigned char c = (unsigned char)s[j];
    if(isdigit(c) || isalpha(c)) { /* 1990s, 5th, 3pm, 747-400 kept whole */
      j++;
      continue;
    }
    if((c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && j + 1 < sc->len &&
       isdigit((unsigned char)s[j + 1])) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

void nkg_token__scan(const char *text, size_t len, nkg_token **toks, size_t *ntok,
                     nkg_sentence **sents, size_t *nsent)
{
  scanner sc = {text, len, NULL, 0, 0};
  size_t i = 0, n;
  unsigned c;
  bool newline_before = true, para_before = true, in_quote = false;

  while(i < len) {
    size_t start = i, end;
    unsigned flags = 0;
    bool abbrev = false;
    c = S_cp(text, len, i, &n);
    if(S_is_space_cp(c)) {
      if(c == '\n') {
        if(newline_before)
          para_before = true;
        newline_before = true;
      }
      i += n;
      continue;
    }
    if(S_is_letter_cp(c)) {
      size_t k, letters = 0, uppers = 0, m;
      end = S_word(&sc, i, &abbrev);
      flags = NKG_TOK_WORD;
      if(S_is_upper_cp(c))
        flags |= NKG_TOK_CAP;
      for(k = i; k < end; k += m) {
        unsigned d = S_cp(text, len, k, &m);
        if(S_is_letter_cp(d)) {
          letters++;
          if(S_is_upper_cp(d))
            uppers++;
        }
      }
      if(letters >= 2 && uppers == letters)
        flags |= NKG_TOK_ALLCAP;
      (void)abbrev;
    } else if(c < 0x80 && isdigit((int)c)) {
      end = S_number(&sc, i);
      flags = NKG_TOK_NUM;
    } else if((c == '\'' || c == 0x2019) && i + n < len &&
              (text[i + n] == 's' || text[i + n] == 'S') &&
              (i + n + 1 >= len || !S_is_letter_cp((unsigned char)text[i + n + 1]))) {
      end = i + n + 1; /* possessive 's */
      flags = NKG_TOK_WORD;
    } else {
      end = i + n;
      flags = NKG_TOK_PUNCT;
      if(c == 0x201C || c == 0xAB || c == 0x201E) {
        flags |= NKG_TOK_QOPEN;
        in_quote = true;
      } else if(c == 0x201D || c == 0xBB) {
        flags |= NKG_TOK_QCLOSE;
        in_quote = false;
      } else if(c == '"') {
        /* Straight quotes: opening at the start of a line or after a space
         * or an opening bracket, closing otherwise. */
        bool opening = !in_quote;
        flags |= opening ? NKG_TOK_QOPEN : NKG_TOK_QCLOSE;
        in_quote = opening;
      }
    }
    if(para_before) {
      flags |= NKG_TOK_PSTART;
      in_quote = in_quote && (flags & NKG_TOK_QOPEN);
    }
    if(in_quote && !(flags & NKG_TOK_QOPEN))
      flags |= NKG_TOK_INQUOTE;
    S_push(&sc, start, end, flags);
    newline_before = para_before = false;
    i = end;
  }

  /* Sentence boundaries. */
  if(sents) {
    nkg_sentence *ss = NULL;
    size_t ns = 0, scap = 0, t, first = 0;
    unsigned para = 0;
    for(t = 0; t < sc.ntok; t++) {
      nkg_token *tk = &sc.toks[t];
      bool boundary_after = false;
      if(t > first && (tk->flags & NKG_TOK_PSTART)) {
        nkg_sentence s = {sc.toks[first].start, sc.toks[t - 1].end, first, t, para};
        NKG_PUSH(ss, ns, scap, s);
        first = t;
        para++;
      }
      if(t + 1 < sc.ntok) {
        const nkg_token *nx = &sc.toks[t + 1];
        const char *gap = text + tk->end;
        size_t gaplen = nx->start - tk->end;
        bool has_nl = memchr(gap, '\n', gaplen) != NULL;
        const char *w = text + tk->start;
        size_t wl = tk->end - tk->start;
        bool term = (tk->flags & NKG_TOK_PUNCT) && (w[0] == '.' || w[0] == '!' || w[0] == '?' ||
                                                    (wl == 3 && (unsigned char)w[0] == 0xE2 &&
                                                     (unsigned char)w[2] == 0xA6));
        /* An abbreviation with its own final period ends a sentence only
         * before a capitalized word (and never a title or a month). */
        if(!term && (tk->flags & NKG_TOK_WORD) && wl > 1 && w[wl - 1] == '.' &&
           !S_in_list(S_abbrev_nonfinal, w, wl - 1) && has_nl)
          boundary_after = true;
        if(term) {
          /* closing quotes/brackets after the terminator stay in the sentence */
          size_t u = t + 1;
          while(u < sc.ntok && (sc.toks[u].flags & NKG_TOK_PUNCT) &&
                ((sc.toks[u].flags & NKG_TOK_QCLOSE) || text[sc.toks[u].start] == ')' ||
                 text[sc.toks[u].start] == '\'' ||
                 (sc.toks[u].end - sc.toks[u].start == 3 &&
                  (unsigned char)text[sc.toks[u].start + 2] == 0x99)) &&
                sc.toks[u].start == sc.toks[u - 1].end)
            u++;
          if(u < sc.ntok && sc.toks[u].start > sc.toks[u - 1].end) {
            const nkg_token *after = &sc.toks[u];
            unsigned fc = (unsigned char)text[after->start];
            if((after->flags & (NKG_TOK_CAP | NKG_TOK_NUM | NKG_TOK_QOPEN)) ||
               (after->flags & NKG_TOK_PUNCT) || !(fc >= 'a' && fc <= 'z')) {
              t = u - 1;
              tk = &sc.toks[t];
              boundary_after = true;
            }
          } else if(u >= sc.ntok) {
            t = u - 1;
            tk = &sc.toks[t];
          }
        }
        if(!boundary_after && has_nl && t + 1 < sc.ntok) {
          /* A line break ends the sentence unless the line runs on:
           * previous token a word/comma and the next starts lower case. */
          unsigned fc = (unsigned char)text[sc.toks[t + 1].start];
          bool runs_on = (fc >= 'a' && fc <= 'z') &&
                         !((tk->flags & NKG_TOK_PUNCT) && (w[0] == '.' || w[0] == '!' ||
                                                           w[0] == '?'));
          if(!runs_on)
            boundary_after = true;
        }
      }
      if(boundary_after && t + 1 < sc.ntok) {
        nkg_sentence s = {sc.toks[first].start, sc.toks[t].end, first, t + 1, para};
        NKG_PUSH(ss, ns, scap, s);
        first = t + 1;
      }
    }
    if(first < sc.ntok) {
      nkg_sentence s = {sc.toks[first].start, sc.toks[sc.ntok - 1].end, first, sc.ntok, para};
      NKG_PUSH(ss, ns, scap, s);
    }
    for(t = 0; t < ns; t++) {
      size_t k;
      for(k = ss[t].tok_first; k < ss[t].tok_end; k++)
        sc.toks[k].sent = (unsigned)t;
      sc.toks[ss[t].tok_first].flags |= NKG_TOK_SSTART;
    }
    *sents = ss;
    *nsent = ns;
  }
  *toks = sc.toks;
  *ntok = sc.ntok;
}

bool nkg_token__is(const char *text, const nkg_token *t, const char *w)
{
  size_t n = t->end - t->start, k;
  if(n == 0 || tolower((unsigned char)text[t->start]) != tolower((unsigned char)w[0]) ||
     strlen(w) != n)
    return false; /* the first letter first: most calls end there */
  for(k = 0; k < n; k++)
    if(tolower((unsigned char)text[t->start + k]) != tolower((unsigned char)w[k]))
      return false;
  return true;
}

size_t nkg_token__at(const nkg_token *toks, size_t ntok, size_t off)
{
  size_t lo = 0, hi = ntok;
  while(lo < hi) { /* binary search: tokens are in text order */
    size_t mid = lo + (hi - lo) / 2;
    if(toks[mid].start < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}
