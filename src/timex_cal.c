/* timex_cal.c: calendar arithmetic, ISO values, date lines and xsd kinds
 * for the time-expression stage (timex.c holds the recognizer).
 *
 * Everything here is computed from the values given: the machine clock is
 * never read, so the same article always gives the same graph. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nkg_internal.h"
#include "timex_impl.h"

/* ---- calendar ---- */

bool nkg_timex__leap(int y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int nkg_timex__mdays(int y, int m)
{
  static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if(m < 1 || m > 12)
    return 0;
  return m == 2 && nkg_timex__leap(y) ? 29 : md[m - 1];
}

bool nkg_timex__valid(int y, int m, int d)
{
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= nkg_timex__mdays(y, m);
}

/* Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's
 * days_from_civil: exact for every year we can print. */
long nkg_timex__days(int y, int m, int d)
{
  long yy = y - (m <= 2);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  long yoe = yy - era * 400;
  long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void nkg_timex__civil(long z, int *y, int *m, int *d)
{
  long era, doe, yoe, doy, mp, yy;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  yy = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yy + (*m <= 2));
}

/* ISO weekday: 1 = Monday .. 7 = Sunday. */
int nkg_timex__wday(int y, int m, int d)
{
  long z = nkg_timex__days(y, m, d);
  long w = (z + 3) % 7; /* 1970-01-01 was a Thursday (3 from Monday) */
  if(w < 0)
    w += 7;
  return (int)w + 1;
}

void nkg_timex__isoweek(int y, int m, int d, int *wy, int *wk)
{
  long z = nkg_timex__days(y, m, d);
  int wd = nkg_timex__wday(y, m, d);
  int ty, tm, td;
  long thursday = z - (wd - 1) + 3;
  nkg_timex__civil(thursday, &ty, &tm, &td);
  *wy = ty;
  *wk = (int)((thursday - nkg_timex__days(ty, 1, 1)) / 7) + 1;
}

/* Day of month of the n-th (n >= 1) or last (n = -1) weekday wd of y-m. */
static int S_nth_wday(int y, int m, int wd, int n)
{
  int first = nkg_timex__wday(y, m, 1), d;
  if(n > 0)
    return 1 + (wd - first + 7) % 7 + 7 * (n - 1);
  d = nkg_timex__mdays(y, m);
  return d - (nkg_timex__wday(y, m, d) - wd + 7) % 7;
}

/* US daylight saving: second Sunday of March to first Sunday of November
 * (the rule since 2007; earlier years used other Sundays, close enough for
 * a date line). */
static bool S_us_dst(int y, int m, int d)
{
  if(m < 3 || m > 11)
    return false;
  if(m > 3 && m < 11)
    return true;
  if(m == 3)
    return d >= S_nth_wday(y, 3, 7, 2);
  return d < S_nth_wday(y, 11, 7, 1);
}

/* EU summer time: last Sunday of March to last Sunday of October. */
static bool S_eu_dst(int y, int m, int d)
{
  if(m < 3 || m > 10)
    return false;
  if(m > 3 && m < 10)
    return true;
  if(m == 3)
    return d >= S_nth_wday(y, 3, 7, -1);
  return d < S_nth_wday(y, 10, 7, -1);
}

/* ---- words ---- */

/* Month and weekday names with their abbreviations: one table, so that the
 * recognizer's lexicon (nkg_timex__calendar_word) knows the same words. */
static const struct {
  const char *w;
  signed char month, wday;
} S_calwords[] = {
  {"january", 1, 0},   {"february", 2, 0}, {"march", 3, 0},    {"april", 4, 0},
  {"may", 5, 0},       {"june", 6, 0},     {"july", 7, 0},     {"august", 8, 0},
  {"september", 9, 0}, {"october", 10, 0}, {"november", 11, 0}, {"december", 12, 0},
  {"jan", 1, 0},       {"feb", 2, 0},      {"mar", 3, 0},      {"apr", 4, 0},
  {"jun", 6, 0},       {"jul", 7, 0},      {"aug", 8, 0},      {"sep", 9, 0},
  {"oct", 10, 0},      {"nov", 11, 0},     {"dec", 12, 0},     {"sept", 9, 0},
  {"monday", 0, 1},    {"tuesday", 0, 2},  {"wednesday", 0, 3}, {"thursday", 0, 4},
  {"friday", 0, 5},    {"saturday", 0, 6}, {"sunday", 0, 7},
  {"mon", 0, 1},       {"tue", 0, 2},      {"wed", 0, 3},      {"thu", 0, 4},
  {"fri", 0, 5},       {"sat", 0, 6},      {"sun", 0, 7},
  {"tues", 0, 2},      {"thur", 0, 4},     {"thurs", 0, 4}};

int nkg_timex__month(const char *w)
{
  size_t i;
  for(i = 0; i < sizeof S_calwords / sizeof S_calwords[0]; i++)
    if(S_calwords[i].month && !strcmp(w, S_calwords[i].w))
      return S_calwords[i].month;
  return 0;
}

int nkg_timex__weekday(const char *w)
{
  size_t i;
  for(i = 0; i < sizeof S_calwords / sizeof S_calwords[0]; i++)
    if(S_calwords[i].wday && !strcmp(w, S_calwords[i].w))
      return S_calwords[i].wday;
  return 0;
}

const char *nkg_timex__calendar_word(size_t k)
{
  return k < sizeof S_calwords / sizeof S_calwords[0] ? S_calwords[k].w : NULL;
}

/* ---- a small lexer shared by the date-line parser ---- */

/* Letters and digits are ASCII ones, what isalpha and isdigit say in the
 * C locale: the library never sets a locale, and a caller's must not
 * change the graph. Tested without the locale tables: the lexer sees
 * every byte of every article. */
static bool S_alpha(unsigned char c)
{
  return (unsigned char)((c | 0x20) - 'a') < 26;
}

static bool S_digit(unsigned char c)
{
  return (unsigned char)(c - '0') < 10;
}

void nkg_timex__lex(nkg_timex__tok **out, size_t *nout, const char *s, size_t len)
{
  nkg_timex__tok *t = NULL, *k;
  size_t n = 0, cap = 0, i = 0;
  bool space = true, nl = true;
  /* about one token in five bytes of news text; doubling from there */
  nkg__grow((void **)&t, &cap, (len < 5 << 16 ? len / 5 : 1 << 16) + 16, sizeof *t);
  while(i < len) {
    unsigned char c = (unsigned char)s[i];
    size_t j = i;
    if(c == '\n') {
      nl = space = true;
      i++;
      continue;
    }
    if(c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      i++;
      continue;
    }
    if(c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) { /* NBSP */
      space = true;
      i += 2;
      continue;
    }
    if(c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
      unsigned char c3 = (unsigned char)s[i + 2];
      if(c3 <= 0x8B || c3 == 0xAF) { /* U+2000..U+200B, U+202F: spaces */
        space = true;
        i += 3;
        continue;
      }
    }
    if(n == cap)
      nkg__grow((void **)&t, &cap, n + 1, sizeof *t);
    k = &t[n];
    memset(k->low, 0, sizeof k->low);
    k->word = 0;
    k->num = 0;
    if(c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
      unsigned char c3 = (unsigned char)s[i + 2];
      /* general punctuation: one token; quotes and dashes map to ASCII */
      k->kind = 'p';
      if(c3 >= 0x90 && c3 <= 0x95)
        k->low[0] = '-';
      else if(c3 == 0x98 || c3 == 0x99)
        k->low[0] = '\'';
      else if(c3 == 0x9C || c3 == 0x9D)
        k->low[0] = '"';
      else
        k->low[0] = '~';
      j = i + 3;
    } else if(S_alpha(c) || c >= 0x80) {
      size_t m = 0;
      k->kind = 'w';
      while(j < len) {
        unsigned char d = (unsigned char)s[j];
        if(S_alpha(d)) {
          if(m + 1 < sizeof k->low)
            k->low[m++] = (char)(d | 0x20);
          j++;
        } else if(d >= 0x80) {
          /* a non-ASCII letter; stop at punctuation/space sequences */
          if(d == 0xE2 && j + 1 < len && (unsigned char)s[j + 1] == 0x80)
            break;
          if(d == 0xC2 && j + 1 < len && (unsigned char)s[j + 1] < 0xC0)
            break; /* Latin-1 punctuation and NBSP */
          if(m + 1 < sizeof k->low)
            k->low[m++] = '?';
          j++;
          while(j < len && ((unsigned char)s[j] & 0xC0) == 0x80)
            j++;
        } else {
          break;
        }
      }
      if(j == i) { /* a lone Latin-1 punctuation mark: an empty low */
        j = i + 2 <= len ? i + 2 : len;
        k->kind = 'p';
        m = 0;
      }
      k->len = (unsigned char)m;
    } else if(S_digit(c)) {
      size_t m = 0;
      long v = 0;
      k->kind = 'n';
      while(j < len && S_digit((unsigned char)s[j])) {
        if(m + 1 < sizeof k->low)
          k->low[m++] = s[j];
        if(v < 100000000L)
          v = v * 10 + (s[j] - '0');
        j++;
      }
      k->len = (unsigned char)m;
      k->num = v;
    } else {
      k->kind = 'p';
      k->low[0] = (char)c;
      j = i + 1;
    }
    if(k->kind == 'p')
      k->len = k->low[0] ? 1 : 0;
    k->start = i;
    k->end = j;
    k->space = space;
    k->nl = nl;
    n++;
    space = nl = false;
    i = j;
  }
  *out = t;
  *nout = n;
}

/* ---- ISO 8601 ---- */

static int S_digits(const char *s, int n)
{
  int v = 0, i;
  for(i = 0; i < n; i++) {
    if(!isdigit((unsigned char)s[i]))
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

bool nkg_timex__parse_iso(const char *s, nkg_dct *out)
{
  int y, m, d;
  const char *p;
  nkg_dct r;
  if(!s || !out)
    return false;
  memset(&r, 0, sizeof r);
  while(isspace((unsigned char)*s))
    s++;
  if(strlen(s) < 10 || s[4] != '-' || s[7] != '-')
    return false;
  y = S_digits(s, 4);
  m = S_digits(s + 5, 2);
  d = S_digits(s + 8, 2);
  if(y < 1 || !nkg_timex__valid(y, m, d))
    return false;
  r.year = y;
  r.month = m;
  r.day = d;
  p = s + 10;
  if(*p == 'T' || *p == 't' || (*p == ' ' && isdigit((unsigned char)p[1]))) {
    int hh = S_digits(p + 1, 2), mm = -1, ss = 0;
    if(hh >= 0 && p[3] == ':')
      mm = S_digits(p + 4, 2);
    if(hh < 0 || hh > 24 || mm < 0 || mm > 59)
      return false;
    p += 6;
    if(*p == ':') {
      ss = S_digits(p + 1, 2);
      if(ss < 0 || ss > 60)
        return false;
      p += 3;
      if(*p == '.' || *p == ',') { /* fractions of a second: dropped */
        p++;
        while(isdigit((unsigned char)*p))
          p++;
      }
    }
    r.hour = hh;
    r.minute = mm;
    r.second = ss;
    r.has_time = true;
    if(*p == 'Z' || *p == 'z') {
      r.has_tz = true;
      p++;
    } else if(*p == '+' || *p == '-') {
      int zh = S_digits(p + 1, 2), zm = 0;
      const char *q = p + 3;
      if(zh < 0 || zh > 14)
        return false;
      if(*q == ':')
        q++;
      if(isdigit((unsigned char)*q)) {
        zm = S_digits(q, 2);
        if(zm < 0 || zm > 59)
          return false;
        q += 2;
      }
      r.tz_minutes = (zh * 60 + zm) * (*p == '-' ? -1 : 1);
      r.has_tz = true;
      p = q;
    }
  }
  while(isspace((unsigned char)*p))
    p++;
  if(*p != '\0')
    return false;
  *out = r;
  return true;
}

/* ---- date lines ---- */

typedef struct {
  const char *name;
  int std;      /* minutes from UTC */
  char rule;    /* 'u' US DST, 'e' EU summer time, 0 fixed */
} S_zone;

static const S_zone S_zones[] = {
  {"pt", -480, 'u'}, {"pst", -480, 0},  {"pdt", -420, 0},  {"mt", -420, 'u'},
  {"mst", -420, 0},  {"mdt", -360, 0},  {"ct", -360, 'u'}, {"cst", -360, 0},
  {"cdt", -300, 0},  {"et", -300, 'u'}, {"est", -300, 0},  {"edt", -240, 0},
  {"akst", -540, 0}, {"akdt", -480, 0}, {"hst", -600, 0},  {"gmt", 0, 0},
  {"utc", 0, 0},     {"z", 0, 0},       {"bst", 60, 0},    {"wet", 0, 'e'},
  {"west", 60, 0},   {"cet", 60, 'e'},  {"cest", 120, 0},  {"eet", 120, 'e'},
  {"eest", 180, 0},  {"ist", 330, 0},   {"jst", 540, 0},   {"aest", 600, 0},
  {NULL, 0, 0}};

static const S_zone *S_zone_find(const char *w)
{
  size_t i;
  for(i = 0; S_zones[i].name; i++)
    if(!strcmp(w, S_zones[i].name))
      return &S_zones[i];
  return NULL;
}

static bool S_is(const nkg_timex__tok *t, const char *w)
{
  return !strcmp(t->low, w);
}

static bool S_punct(const nkg_timex__tok *t, char c)
{
  return t->kind == 'p' && t->low[0] == c;
}

/* Four-digit year, or a two-digit one mapped near 2000 (date lines are
 * recent: 00-69 -> 20xx, 70-99 -> 19xx). */
static int S_year_tok(const nkg_timex__tok *t)
{
  size_t n = t->end - t->start;
  if(t->kind != 'n')
    return 0;
  if(n == 4 && t->num >= 1000)
    return (int)t->num;
  if(n == 2)
    return (int)(t->num < 70 ? 2000 + t->num : 1900 + t->num);
  return 0;
}

/* Words that may stand around a date in a date line. */
static bool S_dateline_word(const char *w)
{
  static const char *const ok[] = {
    "updated", "update", "published", "posted", "modified", "last", "on", "at", "date",
    "dated", "first", "created", "am", "pm", "a", "p", "m", "time", "local", "the", "of",
    "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "gmt", "utc", "bst", "cet",
    "cest", "pt", "et", "ct", "mt", "z", "t", "st", "nd", "rd", "th", "h", "uhr", NULL};
  size_t i;
  if(nkg_timex__month(w) || nkg_timex__weekday(w))
    return true;
  for(i = 0; ok[i]; i++)
    if(!strcmp(w, ok[i]))
      return true;
  return false;
}

bool nkg_timex__parse_dateline(const char *line, size_t len, nkg_dct *out, bool *is_update)
{
  nkg_timex__tok *t = NULL;
  size_t n = 0, i, unknown = 0;
  int y = 0, m = 0, d = 0, hh = -1, mm = 0, ss = 0;
  int zone_min = 0;
  const S_zone *zone = NULL;
  bool have_zone = false, upd = false, ok = false;
  size_t date_end = 0;
  nkg_dct r;

  if(is_update)
    *is_update = false;
  if(!line || !out)
    return false;
  nkg_timex__lex(&t, &n, line, len);
  for(i = 0; i < n; i++) {
    const nkg_timex__tok *k = &t[i];
    if(k->kind == 'w' && (S_is(k, "updated") || S_is(k, "update") || S_is(k, "modified")))
      upd = true;
    /* ISO: 2019-01-28[T06:56[:00][Z|+hh:mm]] */
    if(!ok && k->kind == 'n' && k->end - k->start == 4 && i + 4 < n && S_punct(&t[i + 1], '-') &&
       t[i + 2].kind == 'n' && S_punct(&t[i + 3], '-') && t[i + 4].kind == 'n' &&
       !t[i + 1].space && !t[i + 3].space && !t[i + 4].space) {
      y = (int)k->num;
      m = (int)t[i + 2].num;
      d = (int)t[i + 4].num;
      if(nkg_timex__valid(y, m, d)) {
        ok = true;
        i += 4;
        date_end = i;
        /* T06:56 : the lexer gives "T06" as a word? no: 'T' word then number */
        if(i + 1 < n && t[i + 1].kind == 'w' && !t[i + 1].space &&
           (S_is(&t[i + 1], "t")) && i + 4 < n && t[i + 2].kind == 'n' &&
           S_punct(&t[i + 3], ':') && t[i + 4].kind == 'n') {
          hh = (int)t[i + 2].num;
          mm = (int)t[i + 4].num;
          i += 4;
          if(i + 2 < n && S_punct(&t[i + 1], ':') && t[i + 2].kind == 'n') {
            ss = (int)t[i + 2].num;
            i += 2;
          }
          if(i + 2 < n && S_punct(&t[i + 1], '.') && t[i + 2].kind == 'n' && !t[i + 2].space)
            i += 2;
          if(i + 1 < n && !t[i + 1].space && t[i + 1].kind == 'w' && S_is(&t[i + 1], "z")) {
            have_zone = true;
            zone_min = 0;
            i++;
          } else if(i + 2 < n && !t[i + 1].space &&
                    (S_punct(&t[i + 1], '+') || S_punct(&t[i + 1], '-')) &&
                    t[i + 2].kind == 'n') {
            int sign = S_punct(&t[i + 1], '-') ? -1 : 1;
            long v = t[i + 2].num;
            if(t[i + 2].end - t[i + 2].start == 4) {
              zone_min = sign * (int)((v / 100) * 60 + v % 100);
              i += 2;
            } else if(i + 4 < n && S_punct(&t[i + 3], ':') && t[i + 4].kind == 'n') {
              zone_min = sign * (int)(v * 60 + t[i + 4].num);
              i += 4;
            } else {
              zone_min = sign * (int)(v * 60);
              i += 2;
            }
            have_zone = true;
          }
        }
        continue;
      }
      y = m = d = 0;
    }
    /* Month Day, Year  /  Month Day Year */
    if(!ok && k->kind == 'w' && nkg_timex__month(k->low)) {
      size_t j = i + 1;
      int mo = nkg_timex__month(k->low);
      if(j < n && S_punct(&t[j], '.'))
        j++;
      if(j < n && t[j].kind == 'n' && t[j].end - t[j].start <= 2) {
        int dd = (int)t[j].num, yy;
        j++;
        if(j < n && t[j].kind == 'w' && !t[j].space &&
           (S_is(&t[j], "st") || S_is(&t[j], "nd") || S_is(&t[j], "rd") || S_is(&t[j], "th")))
          j++;
        if(j < n && S_punct(&t[j], ','))
          j++;
        if(j < n && (yy = S_year_tok(&t[j])) > 0 && nkg_timex__valid(yy, mo, dd) &&
           !(j + 1 < n && S_punct(&t[j + 1], ':'))) {
          y = yy;
          m = mo;
          d = dd;
          ok = true;
          date_end = i = j;
          continue;
        }
      }
    }
    /* Day Month Year */
    if(!ok && k->kind == 'n' && k->end - k->start <= 2 && i + 2 < n) {
      size_t j = i + 1;
      int dd = (int)k->num, mo, yy;
      if(j < n && t[j].kind == 'w' && !t[j].space &&
         (S_is(&t[j], "st") || S_is(&t[j], "nd") || S_is(&t[j], "rd") || S_is(&t[j], "th")))
        j++;
      if(j < n && t[j].kind == 'w' && (mo = nkg_timex__month(t[j].low)) > 0) {
        j++;
        if(j < n && S_punct(&t[j], '.'))
          j++;
        if(j < n && S_punct(&t[j], ','))
          j++;
        if(j < n && (yy = S_year_tok(&t[j])) > 0 && t[j].end - t[j].start == 4 &&
           nkg_timex__valid(yy, mo, dd)) {
          y = yy;
          m = mo;
          d = dd;
          ok = true;
          date_end = i = j;
          continue;
        }
      }
    }
    /* US numeric 1/28/2019 */
    if(!ok && k->kind == 'n' && i + 4 < n && S_punct(&t[i + 1], '/') && t[i + 2].kind == 'n' &&
       S_punct(&t[i + 3], '/') && t[i + 4].kind == 'n' && !t[i + 1].space && !t[i + 2].space &&
       !t[i + 3].space && !t[i + 4].space) {
      int yy = S_year_tok(&t[i + 4]);
      if(yy && nkg_timex__valid(yy, (int)k->num, (int)t[i + 2].num)) {
        y = yy;
        m = (int)k->num;
        d = (int)t[i + 2].num;
        ok = true;
        date_end = i = i + 4;
        continue;
      }
    }
    /* a clock time: 6:56 [AM|PM] or 10:00 (24 h) */
    if(hh < 0 && k->kind == 'n' && k->num <= 24 && i + 2 < n && S_punct(&t[i + 1], ':') &&
       t[i + 2].kind == 'n' && t[i + 2].end - t[i + 2].start == 2 && t[i + 2].num < 60 &&
       !t[i + 1].space && !t[i + 2].space) {
      int h = (int)k->num, mi = (int)t[i + 2].num;
      size_t j = i + 2;
      if(j + 2 < n && S_punct(&t[j + 1], ':') && t[j + 2].kind == 'n' && !t[j + 1].space) {
        ss = (int)t[j + 2].num;
        j += 2;
      }
      if(j + 1 < n && t[j + 1].kind == 'w') {
        const char *w = t[j + 1].low;
        bool pm = !strcmp(w, "pm") || (!strcmp(w, "p") && j + 2 < n && S_punct(&t[j + 2], '.'));
        bool am = !strcmp(w, "am") || (!strcmp(w, "a") && j + 2 < n && S_punct(&t[j + 2], '.'));
        if(pm || am) {
          if(h > 12 || h == 0) {
            free(t);
            return false;
          }
          h = (h % 12) + (pm ? 12 : 0);
          j++;
          if(!strcmp(w, "a") || !strcmp(w, "p")) { /* a.m. / p.m. */
            j++;
            if(j + 2 < n && t[j + 1].kind == 'w' && S_is(&t[j + 1], "m"))
              j++;
            if(j + 1 < n && S_punct(&t[j + 1], '.'))
              j++;
          }
        }
      }
      if(h <= 23) {
        hh = h;
        mm = mi;
        i = j;
        continue;
      }
    }
    if(k->kind == 'p' && (k->low[0] == '+' || k->low[0] == '-') && hh >= 0 && !have_zone &&
       i + 1 < n && t[i + 1].kind == 'n' && !t[i + 1].space &&
       (t[i + 1].end - t[i + 1].start == 4 ||
        (t[i + 1].end - t[i + 1].start == 2 && i + 3 < n && S_punct(&t[i + 2], ':') &&
         t[i + 3].kind == 'n'))) {
      /* +05:30 or -0800 after a time */
      int sign = k->low[0] == '-' ? -1 : 1;
      if(t[i + 1].end - t[i + 1].start == 4) {
        zone_min = sign * (int)((t[i + 1].num / 100) * 60 + t[i + 1].num % 100);
        i += 1;
      } else {
        zone_min = sign * (int)(t[i + 1].num * 60 + t[i + 3].num);
        i += 3;
      }
      zone = NULL;
      have_zone = true;
      continue;
    }
    if(k->kind == 'w') {
      const S_zone *z = S_zone_find(k->low);
      if((S_is(k, "utc") || S_is(k, "gmt")) && i + 2 < n && !have_zone &&
         (S_punct(&t[i + 1], '+') || S_punct(&t[i + 1], '-')) && t[i + 2].kind == 'n') {
        /* GMT+1 */
        int sign = S_punct(&t[i + 1], '-') ? -1 : 1;
        zone = NULL;
        zone_min = sign * (int)(t[i + 2].num <= 14 ? t[i + 2].num * 60
                                                   : (t[i + 2].num / 100) * 60 +
                                                       t[i + 2].num % 100);
        have_zone = true;
        i += 2;
        continue;
      }
      if(z && !have_zone && (hh >= 0 || ok) && k->end - k->start >= 2) {
        zone = z;
        have_zone = true;
        continue;
      }
      if(!S_dateline_word(k->low) && !(k->low[0] == '\0'))
        unknown++;
    } else if(k->kind == 'n' && ok && i > date_end && hh < 0) {
      /* a stray number after the date that is no time */
      unknown++;
    }
  }
  free(t);
  (void)ss;
  /* A line with more than a few other words is prose (a headline with a
   * date in it), not a date line. */
  if(!ok || unknown > 2)
    return false;
  memset(&r, 0, sizeof r);
  r.year = y;
  r.month = m;
  r.day = d;
  if(hh >= 0) {
    r.hour = hh;
    r.minute = mm;
    r.second = ss;
    r.has_time = true;
  }
  if(have_zone) {
    if(zone) {
      bool dst = false;
      if(zone->rule == 'u')
        dst = S_us_dst(y, m, d);
      else if(zone->rule == 'e')
        dst = S_eu_dst(y, m, d);
      zone_min = zone->std + (dst ? 60 : 0);
    }
    r.tz_minutes = zone_min;
    r.has_tz = true;
  }
  *out = r;
  if(is_update)
    *is_update = upd;
  return true;
}

/* ---- xsd kinds ---- */

static bool S_alldig(const char *s, size_t n)
{
  size_t i;
  for(i = 0; i < n; i++)
    if(!isdigit((unsigned char)s[i]))
      return false;
  return true;
}

nkg_xsd_kind nkg_timex__xsd(const char *v, char *lex, size_t lexlen)
{
  size_t n;
  nkg_xsd_kind k = NKG_XSD_NONE;
  char buf[48];
  if(lex && lexlen)
    lex[0] = '\0';
  if(!v)
    return NKG_XSD_NONE;
  n = strlen(v);
  buf[0] = '\0';
  if(n == 4 && S_alldig(v, 4) && atoi(v) >= 1) {
    k = NKG_XSD_GYEAR;
    snprintf(buf, sizeof buf, "%.4s", v);
  } else if(n == 7 && S_alldig(v, 4) && v[4] == '-' && S_alldig(v + 5, 2)) {
    int m = atoi(v + 5);
    if(m >= 1 && m <= 12 && atoi(v) >= 1) {
      k = NKG_XSD_GYEARMONTH;
      snprintf(buf, sizeof buf, "%.7s", v);
    }
  } else if(n >= 10 && S_alldig(v, 4) && v[4] == '-' && S_alldig(v + 5, 2) && v[7] == '-' &&
            S_alldig(v + 8, 2)) {
    int y = atoi(v), m = atoi(v + 5), d = atoi(v + 8);
    if(!nkg_timex__valid(y, m, d))
      return NKG_XSD_NONE;
    if(n == 10) {
      k = NKG_XSD_DATE;
      snprintf(buf, sizeof buf, "%.10s", v);
    } else if(v[10] == 'T' && n >= 16 && S_alldig(v + 11, 2) && v[13] == ':' &&
              S_alldig(v + 14, 2)) {
      int hh = atoi(v + 11), mi = atoi(v + 14), ss = 0;
      const char *rest = v + 16;
      if(*rest == ':' && S_alldig(rest + 1, 2)) {
        ss = atoi(rest + 1);
        rest += 3;
      }
      if(hh > 24 || mi > 59 || ss > 60)
        return NKG_XSD_NONE;
      if(*rest == '\0' || !strcmp(rest, "Z") ||
         ((rest[0] == '+' || rest[0] == '-') && strlen(rest) == 6 && S_alldig(rest + 1, 2) &&
          rest[3] == ':' && S_alldig(rest + 4, 2))) {
        k = NKG_XSD_DATETIME;
        snprintf(buf, sizeof buf, "%.10sT%02d:%02d:%02d%s", v, hh, mi, ss, rest);
      }
    }
  }
  if(k != NKG_XSD_NONE && lex && lexlen)
    snprintf(lex, lexlen, "%s", buf);
  return k;
}
