/* timex.c: time expressions (TimeML TIMEX3) in news text.
 *
 * A left-to-right, longest-match recognizer over a small lexer of its own
 * (timex_cal.c: words, digit runs and single punctuation marks, so that
 * "Jan.", "1/28/2019", "747-400" and "$1,998" all look the same to every
 * rule). Values are normalized against the article date (the DCT) or, for
 * anaphora ("two days later", "the previous Friday", "the following
 * month", "until then", "April 24 and 25"), against the last date the text
 * mentioned. The machine clock is never read. Without a DCT, relative expressions get X-filled
 * values (XXXX-01-27, XXXX-WXX-1).
 *
 * Weekdays and month names without a year take the direction of the verb
 * that governs them: past tense looks back from the DCT, future or planned
 * looks forward. The verb is found by a small scan, not a parser: a
 * participle after "be" defers to the modal ("will be named"), one after
 * a determiner is an adjective ("a disputed vote"), an infinitive after a
 * past verb looks later than it ("agreed to buy it in January"), a plan in
 * the past perfect is over ("had been due to expire Friday"). A weekday
 * equal to the DCT's is the DCT itself: news
 * style names the day of the week even for today, and the TempEval-3 gold
 * resolves 132 of 133 such mentions to the article date. */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nkg_internal.h"
#include "timex_impl.h"

/* How many sentences after a quarter is named "a year ago" still means
 * that quarter a year back (measured on TimeBank earnings reports). */
#define QUARTER_REACH 2
/* Without a tense clue, a month named without a year is in the DCT's year
 * unless that puts it more than this many days ahead (then it is last
 * year's) or behind (next year's). News reports what happened more than
 * what will: a month seven months back is still this year's, one six
 * months ahead is more likely last year's. */
#define NOCLUE_AHEAD_DAYS 150
#define NOCLUE_BEHIND_DAYS 250

typedef struct {
  const char *text;
  nkg_timex__tok *t;
  size_t n;
  unsigned *sent;  /* sentence number of each token */
  nkg_dct dct;
  bool has;        /* dct.year > 0 */
  /* the last date (day precision) the text mentioned: anchor of "later" */
  int ay, am, ad;
  unsigned asent; /* the sentence that named it */
  /* the last expression found: tokens end here, its value ("April 24
   * and 25": the second day borrows month and year) */
  size_t prev_end;
  char prev_value[48];
  /* the last fiscal quarter mentioned: "a year ago" in an earnings report
   * means that quarter a year back */
  int qy, qq;
  unsigned qsent; /* the sentence it was named in */
  nkg_timex *out;
  size_t nout, cap;
} S_ctx;

/* One candidate match: tokens [i, i + len). */
typedef struct {
  size_t len;
  nkg_timex_type type;
  char value[48];
  int dir;
  bool anchored;
  int y, m, d; /* a resolved day, for the anchor of later expressions */
  bool veto;    /* an impossible date: nothing may be found in these tokens */
  bool quarter; /* a fiscal quarter named outright: anchors "a year ago" */
} S_m;

/* An empty candidate. The driver clears one per rule and token it tries:
 * field by field, since a memset of the whole value buffer cost more than
 * most rules (the value is a string: its first byte empties it). */
static void S_m_clear(S_m *m)
{
  m->len = 0;
  m->type = NKG_TIMEX_DATE;
  m->value[0] = '\0';
  m->dir = 0;
  m->anchored = false;
  m->y = m->m = m->d = 0;
  m->veto = false;
  m->quarter = false;
}

/* ---- the lexicon: every word a rule looks up, classified once ----
 *
 * The rules used to compare each token with their words one strcmp at a
 * time: all eighteen rules at every token, and the tense scan up to 25
 * tokens against lists of a hundred words; that made this stage the
 * slowest of the pipeline. Now every word of the rules' lists is filed
 * once (at the first call, in a small open-addressing hash table) with
 * the classes it belongs to, its values (month, weekday, number, unit)
 * and the rules that may begin an expression at it. Each word token is
 * looked up once; the rules read its entry, and the driver tries only the
 * rules its entry names (none, at most tokens). Words still compared one
 * by one (IS) compare lengths and first letters before bytes. */

/* word classes (bits of S_word.cls) */
enum {
  C_PAST = 1u << 0,     /* an irregular past verb or past marker (S_past_at) */
  C_NOT_PAST = 1u << 1, /* ends in -ed but no past verb */
  C_FUTURE = 1u << 2,
  C_DET = 1u << 3,
  C_REPORT = 1u << 4,   /* reporting verb */
  C_AUX = 1u << 5,
  C_PLAN = 1u << 6,
  C_NOTVERB = 1u << 7,  /* after "to": a preposition's object, not a verb */
  C_QUANTITY = 1u << 8, /* a noun that makes a number before it a quantity */
  C_GENERIC = 1u << 9,  /* "today's world" */
  C_BEFORE = 1u << 10,  /* before "May", "March", "August": a date context */
  C_ZONE = 1u << 11,    /* time zone abbreviation */
  C_ORD10 = 1u << 12    /* first .. tenth */
};

typedef struct {
  unsigned cls;
  unsigned rules;    /* bit r: rule r (B_*) may begin an expression at it */
  signed char month; /* nkg_timex__month */
  signed char wday;  /* nkg_timex__weekday */
  signed char small; /* S_small_num: 0..90, -1 none */
  unsigned char unit; /* S_unit_of */
  bool plural;
} S_word;

/* Entry 0 is every word the lexicon does not know (and every number and
 * punctuation mark). */
#define S_LEX_MAX 1024
#define S_LEX_BITS 12
#define S_LEX_SLOTS (1u << S_LEX_BITS) /* a quarter full at most */
static S_word S_lex[S_LEX_MAX] = {{0, 0, 0, 0, -1, 0, false}};
static char S_lex_text[S_LEX_MAX][24]; /* zero-padded */
static unsigned short S_lex_slot[S_LEX_SLOTS]; /* entry, 0 empty */
static size_t S_nlex = 1;
static pthread_once_t S_lex_once = PTHREAD_ONCE_INIT;

/* The slot of a word zero-padded to 24 bytes: a multiplicative hash of its
 * three 8-byte pieces, no loop over its letters. */
static size_t S_lex_hash(const uint64_t x[3])
{
  return (size_t)((x[0] * UINT64_C(0x9E3779B97F4A7C15) + x[1] * UINT64_C(0xC2B2AE3D27D4EB4F) +
                   x[2] * UINT64_C(0x165667B19E3779F9)) >> (64 - S_LEX_BITS));
}

/* The entry of word w, zero-padded to 24 bytes (0: not in the lexicon);
 * equal words are three 8-byte compares. */
static unsigned short S_lex_find(const char *w)
{
  uint64_t x[3];
  size_t h;
  unsigned short e;
  memcpy(x, w, sizeof x);
  h = S_lex_hash(x);
  while((e = S_lex_slot[h]) != 0) {
    uint64_t y[3];
    memcpy(y, S_lex_text[e], sizeof y);
    if(((x[0] ^ y[0]) | (x[1] ^ y[1]) | (x[2] ^ y[2])) == 0)
      return e;
    h = (h + 1) & (S_LEX_SLOTS - 1);
  }
  return 0;
}

/* ---- token access ---- */

/* The lexicon entry of token i (entry 0 past the end). */
static const S_word *S_wd(const S_ctx *c, size_t i)
{
  return &S_lex[i < c->n ? c->t[i].word : 0];
}

static bool S_cls(const S_ctx *c, size_t i, unsigned cls)
{
  return (S_wd(c, i)->cls & cls) != 0;
}

/* Token i is the word w, a string literal: its length is known at
 * compile time (the pasted "" makes anything else an error), so the test
 * compares the length and the first letter, and only then the rest.
 * A macro, not a function: compilers do not inline 300 call sites. */
#define IS(c, i, w)                                                                    \
  ((i) < (c)->n && (c)->t[(i)].len == sizeof(w) - 1 && (c)->t[(i)].low[0] == (w)[0] &&    \
   (c)->t[(i)].kind == 'w' && !memcmp(&(c)->t[(i)].low[1], &("" w "")[1], sizeof(w) - 2))

/* Token i is the word w, any string. */
static bool S_is_str(const S_ctx *c, size_t i, const char *w)
{
  return i < c->n && c->t[i].kind == 'w' && c->t[i].low[0] == w[0] &&
         c->t[i].len == strlen(w) && !memcmp(c->t[i].low, w, c->t[i].len);
}

static bool P(const S_ctx *c, size_t i, char ch)
{
  return i < c->n && c->t[i].kind == 'p' && c->t[i].low[0] == ch;
}

static bool NUM(const S_ctx *c, size_t i)
{
  return i < c->n && c->t[i].kind == 'n';
}

static size_t NDIG(const S_ctx *c, size_t i)
{
  return i < c->n && c->t[i].kind == 'n' ? c->t[i].end - c->t[i].start : 0;
}

/* Token i touches the previous one (no space between). */
static bool GLUED(const S_ctx *c, size_t i)
{
  return i < c->n && i > 0 && !c->t[i].space;
}

static bool SAME_SENT(const S_ctx *c, size_t a, size_t b)
{
  return a < c->n && b < c->n && c->sent[a] == c->sent[b];
}

/* Word token i begins with a capital: an ASCII one, as isupper has it in
 * the C locale (without the call into the locale tables). */
static bool CAP(const S_ctx *c, size_t i)
{
  return i < c->n && c->t[i].kind == 'w' &&
         (unsigned char)(c->text[c->t[i].start] - 'A') < 26;
}

/* ---- values ---- */

static void S_val(S_m *m, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3)))
#endif
  ;

#include <stdarg.h>
static void S_val(S_m *m, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(m->value, sizeof m->value, fmt, ap);
  va_end(ap);
}

static void S_set_day(S_m *m, int y, int mo, int d)
{
  if(y > 0) {
    S_val(m, "%04d-%02d-%02d", y, mo, d);
    m->y = y;
    m->m = mo;
    m->d = d;
  } else {
    S_val(m, "XXXX-%02d-%02d", mo, d);
  }
}

static void S_add_days(int *y, int *m, int *d, long k)
{
  nkg_timex__civil(nkg_timex__days(*y, *m, *d) + k, y, m, d);
}

static void S_add_months(int *y, int *m, int k)
{
  long t = (long)*y * 12 + (*m - 1) + k;
  *y = (int)(t / 12);
  *m = (int)(t % 12) + 1;
}

static void S_week_val(S_m *m, int y, int mo, int d)
{
  int wy, wk;
  nkg_timex__isoweek(y, mo, d, &wy, &wk);
  S_val(m, "%04d-W%02d", wy, wk);
}

/* ---- number words ---- */

static const char *const S_ones[] = {"zero",    "one",     "two",       "three",    "four",
                                     "five",    "six",     "seven",     "eight",    "nine",
                                     "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                                     NULL};
static const char *const S_tens[] = {"twenty", "thirty",  "forty",  "fifty",
                                     "sixty",  "seventy", "eighty", "ninety", NULL};

/* The value of a number word (lexicon building; rules read S_word.small). */
static int S_small_num(const char *w)
{
  int k;
  for(k = 0; S_ones[k]; k++)
    if(!strcmp(w, S_ones[k]))
      return k;
  for(k = 0; S_tens[k]; k++)
    if(!strcmp(w, S_tens[k]))
      return 20 + 10 * k;
  return -1;
}

/* A count at token i: digits ("3", "1,000"), words ("two", "twenty-four",
 * "a", "a hundred"), or a vague one ("a few", "several": *val = -1).
 * Returns the tokens used (0: none). */
static size_t S_count(const S_ctx *c, size_t i, long *val)
{
  size_t j = i;
  int v;
  if(i >= c->n)
    return 0;
  if(NUM(c, i)) {
    long x = c->t[i].num;
    j = i + 1;
    /* 1,000 */
    while(P(c, j, ',') && NDIG(c, j + 1) == 3 && GLUED(c, j) && GLUED(c, j + 1)) {
      x = x * 1000 + c->t[j + 1].num;
      j += 2;
    }
    if(P(c, j, '.') && GLUED(c, j) && NUM(c, j + 1) && GLUED(c, j + 1))
      return 0; /* 2.5: not a whole count */
    /* 2 1/2 */
    if(NUM(c, j) && c->t[j].num == 1 && P(c, j + 1, '/') && NUM(c, j + 2) &&
       c->t[j + 2].num == 2 && GLUED(c, j + 1))
      j += 3;
    *val = x;
    return j - i;
  }
  if(IS(c, i, "a") || IS(c, i, "an") || IS(c, i, "one")) {
    if(IS(c, i + 1, "few") || IS(c, i + 1, "couple")) {
      *val = IS(c, i + 1, "couple") ? 2 : -1;
      j = i + 2;
      if(IS(c, j, "of"))
        j++;
      return j - i;
    }
    if(IS(c, i + 1, "hundred") || IS(c, i + 1, "thousand")) {
      *val = IS(c, i + 1, "hundred") ? 100 : 1000;
      return 2;
    }
    if(IS(c, i + 1, "dozen")) {
      *val = 12;
      return 2;
    }
    *val = 1;
    return 1;
  }
  if(IS(c, i, "several") || IS(c, i, "few") || IS(c, i, "many") ||
     (IS(c, i, "some") && !IS(c, i + 1, "time"))) {
    *val = -1;
    return 1;
  }
  if(IS(c, i, "dozens") || IS(c, i, "hundreds") || IS(c, i, "thousands")) {
    if(IS(c, i + 1, "of")) {
      *val = -1;
      return 2;
    }
    return 0;
  }
  if(c->t[i].kind != 'w' || (v = S_wd(c, i)->small) < 0)
    return 0;
  j = i + 1;
  if(v >= 20 && j < c->n && (P(c, j, '-') ? j + 1 < c->n : c->t[j].space)) {
    size_t k = P(c, j, '-') ? j + 1 : j;
    int u = k < c->n && c->t[k].kind == 'w' ? S_wd(c, k)->small : -1;
    if(u > 0 && u < 10) {
      v += u;
      j = k + 1;
    }
  }
  if(IS(c, j, "hundred")) {
    v *= 100;
    j++;
  } else if(IS(c, j, "thousand")) {
    v *= 1000;
    j++;
  }
  if(IS(c, j, "and") && IS(c, j + 1, "a") && IS(c, j + 2, "half"))
    j += 3;
  *val = v;
  return j - i;
}

/* ---- units ---- */

typedef enum { U_NONE, U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_WEEKEND, U_MONTH, U_QUARTER,
               U_YEAR, U_DECADE, U_CENTURY } S_unit;

static const struct {
  const char *sg, *pl;
  S_unit u;
} S_units[] = {{"second", "seconds", U_SEC},   {"minute", "minutes", U_MIN},
               {"hour", "hours", U_HOUR},      {"day", "days", U_DAY},
               {"week", "weeks", U_WEEK},      {"weekend", "weekends", U_WEEKEND},
               {"month", "months", U_MONTH},   {"quarter", "quarters", U_QUARTER},
               {"year", "years", U_YEAR},      {"decade", "decades", U_DECADE},
               {"century", "centuries", U_CENTURY}, {"fortnight", "fortnights", U_WEEK},
               {"yr", "yrs", U_YEAR},          {"hr", "hrs", U_HOUR},
               {"min", "mins", U_MIN}};

/* The unit a word names (lexicon building; rules call S_unit_at). */
static S_unit S_unit_of(const char *w, bool *plural)
{
  size_t k;
  *plural = false;
  for(k = 0; k < sizeof S_units / sizeof S_units[0]; k++) {
    if(!strcmp(w, S_units[k].sg))
      return S_units[k].u;
    if(!strcmp(w, S_units[k].pl)) {
      *plural = true;
      return S_units[k].u;
    }
  }
  return U_NONE;
}

/* The unit token i names (U_NONE for any other token). */
static S_unit S_unit_at(const S_ctx *c, size_t i, bool *plural)
{
  const S_word *e = S_wd(c, i);
  *plural = e->plural;
  return (S_unit)e->unit;
}

/* TimeML duration for n units (n < 0: unknown). */
static void S_dur(S_m *m, long n, S_unit u, bool half)
{
  const char *fmt;
  long k = n;
  switch(u) {
  case U_SEC:
    fmt = "PT%sS";
    break;
  case U_MIN:
    fmt = "PT%sM";
    break;
  case U_HOUR:
    fmt = "PT%sH";
    break;
  case U_DAY:
    fmt = "P%sD";
    break;
  case U_WEEK:
    fmt = "P%sW";
    break;
  case U_WEEKEND:
    fmt = "P%sD";
    k = n < 0 ? -1 : 2 * n;
    break;
  case U_MONTH:
    fmt = "P%sM";
    break;
  case U_QUARTER:
    fmt = "P%sQ";
    break;
  case U_YEAR:
    fmt = "P%sY";
    break;
  case U_DECADE:
    if(n < 0) {
      S_val(m, "P%sDE", "X");
      return;
    }
    fmt = "P%sY";
    k = 10 * n;
    break;
  case U_CENTURY:
    if(n < 0) {
      S_val(m, "P%sCE", "X");
      return;
    }
    fmt = "P%sY";
    k = 100 * n;
    break;
  case U_NONE:
  default:
    fmt = "P%sX";
    break;
  }
  {
    char num[32];
    if(k < 0)
      snprintf(num, sizeof num, "X");
    else
      snprintf(num, sizeof num, "%ld", k);
    if(half && k >= 0) {
      /* 2 1/2 years -> P2Y6M; 1 1/2 hours -> PT1H30M */
      if(u == U_YEAR) {
        S_val(m, "P%ldY6M", k);
        return;
      }
      if(u == U_HOUR) {
        S_val(m, "PT%ldH30M", k);
        return;
      }
      if(u == U_DAY) {
        S_val(m, "P%ldDT12H", k);
        return;
      }
      if(u == U_MIN) {
        S_val(m, "PT%ldM30S", k);
        return;
      }
    }
    S_val(m, fmt, num);
  }
}

/* ---- tense of the governing verb ---- */

static const char *const S_past_irregular[] = {
  "said", "told", "was", "were", "had", "did", "met", "spoke", "went", "came", "took", "gave",
  "made", "left", "began", "held", "won", "lost", "got", "saw", "found", "fell", "rose",
  "sent", "brought", "thought", "felt", "kept", "led", "ran", "became", "chose", "drove",
  "flew", "fought", "knew", "paid", "sold", "stood", "struck", "swore", "taught", "threw",
  "wrote", "broke", "built", "caught", "heard", "meant", "sought", "shot", "spent", "stole",
  "sank", "sat", "bought", "fled", "hid", "rang", "shook", "slid", "spun", "stuck", "swept",
  "tore", "underwent", "withdrew", "woke", "wore", "wound", "overthrew", "forgot", "arose",
  "froze", "lay", "dealt", "dug", "bore", "beat", "bid", "burnt", "drew", "fed", "forbade",
  "ago", "yesterday", "earlier", "previously", "last", NULL};
static const char *const S_not_past[] = {
  "need", "feed", "speed", "seed", "bleed", "breed", "proceed", "exceed", "succeed", "bed",
  "red", "shed", "hundred", "kindred", "wed", "fled", "indeed", "embed", "ted", "ned",
  "scheduled", "expected", "planned", "intended", "anticipated", "slated", "supposed",
  "called", "armed", "united", "based", "related", "limited", "detailed", "advanced",
  "alleged", "elected", "appointed", "designated", "concerned", "interested", "proposed",
  "reported", "released", "added", "noted", NULL};

/* Token i is a word ending in -ed, longer than four letters. */
static bool S_ed(const S_ctx *c, size_t i)
{
  const nkg_timex__tok *t = &c->t[i];
  return t->len > 4 && t->low[t->len - 2] == 'e' && t->low[t->len - 1] == 'd';
}

/* Word token k is a past verb (or a past marker: "ago", "last"). */
static bool S_past_at(const S_ctx *c, size_t k)
{
  unsigned cls = S_wd(c, k)->cls;
  if(cls & C_PAST)
    return true;
  if(S_ed(c, k) && !(cls & C_NOT_PAST))
    return true;
  /* "reported", "released", "added", "noted" are past verbs too, but often
   * adjectival: they count only as weak evidence, handled by the caller. */
  return false;
}

static const char *const S_future_words[] = {
  "will", "shall", "ll", "wo", "plans", "plan", "planned", "planning", "scheduled",
  "schedule", "expected", "expects", "expect", "due", "upcoming", "coming", "intends",
  "intend", "intended", "slated", "tomorrow", "next", "until", "till", "awaiting", "await",
  "aims", "hopes", "set", "going", "tentatively", "deadline", "preparing", "prepares",
  "anticipated", "proposed", "postponed", "delayed", "rescheduled", "payable", "effective",
  "expires", "expire", "expiring", "begins", "starts", "starting", "would", "supposed", NULL};

static const char *const S_determiners[] = {"the", "a", "an", "its", "their", "his", "her", "our",
                                            "this", "that", "new", "no", NULL};

/* Reporting verbs: their own tense says little about the event told. */
static const char *const S_reporting_verbs[] = {"said", "told", "added", "noted", "announced",
                                                "reported", "stated", "declared", "insisted",
                                                "warned", NULL};

static int S_month_at(const S_ctx *c, size_t i, size_t *next);

/* Auxiliaries that make a following participle a verb of the clause:
 * "is planned", "was expected", "will be named". */
static const char *const S_auxiliaries[] = {"is",   "are",   "am",   "was", "were", "be",  "been",
                                            "being", "has",  "have", "had", "s",    "will", NULL};

/* Words whose past participle names a plan, not a past event: "scheduled
 * for Friday", "expected to arrive". */
static const char *const S_plan_words[] = {"planned", "scheduled", "expected", "slated", "due",
                                           "intended", "supposed", "set", "proposed", NULL};

/* Token k is an -ed word used as an adjective: after a determiner ("the
 * disputed vote", "a still unspecified date") or an -ly adverb that
 * follows one ("the hastily planned trip"). */
static bool S_adjectival(const S_ctx *c, size_t k)
{
  size_t n;
  if(k == 0)
    return false;
  if(S_cls(c, k - 1, C_DET) && !IS(c, k - 1, "that") && !IS(c, k - 1, "no"))
    return true;
  n = k - 1 < c->n ? c->t[k - 1].len : 0;
  if(k >= 2 &&
     ((n > 3 && c->t[k - 1].low[n - 2] == 'l' && c->t[k - 1].low[n - 1] == 'y') ||
      IS(c, k - 1, "still")) &&
     S_cls(c, k - 2, C_DET))
    return true;
  return false;
}

/* Token k is "to" before a verb: an infinitive names an event after the
 * verb that governs it ("agreed to buy the plant in January" is a plan
 * made earlier, for later). A word after "to" that is a determiner,
 * pronoun, number, name or plural noun makes it a preposition. */
static const char *const S_not_verbs[] = {
  "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
  "my", "your", "him", "them", "us", "me", "it", "date", "power", "office", "court",
  "jail", "prison", "death", "trial", "war", "school", "work", "home", "date", "about",
  "around", "nearly", "almost", "more", "less", "some", "all", "each", "every", "one",
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "what", "which",
  "whom", "mid", "early", "late", "market", "year", "month", "week", "day", NULL};

static bool S_infinitive(const S_ctx *c, size_t k)
{
  const char *w;
  size_t n;
  if(!IS(c, k, "to") || k + 1 >= c->n || c->t[k + 1].kind != 'w' || CAP(c, k + 1))
    return false;
  w = c->t[k + 1].low;
  n = c->t[k + 1].len;
  if(S_cls(c, k + 1, C_NOTVERB) || S_month_at(c, k + 1, &(size_t){0}) || S_wd(c, k + 1)->wday)
    return false;
  if(n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
    return false; /* "to reporters" */
  if(n > 4 && (!strcmp(w + n - 3, "ing") || !strcmp(w + n - 4, "tion")))
    return false; /* "to meetings", "to the nation" */
  return true;
}

/* The nearest tense clue: backward from the token before 'from' within the
 * sentence, then forward from 'last'. *reporting is set when the clue is a
 * reporting verb ("said"), whose own tense says little about the event;
 * *perfect when it is "has"/"have" ("has extended the loan through
 * January" looks forward from now). */
static int S_tense_scan(const S_ctx *c, size_t from, size_t first, size_t last, bool *reporting,
                        bool *perfect)
{
  size_t k;
  int steps;
  bool infinitive = false; /* an infinitive lies between clue and expression */
  bool weak_future = false; /* a bare participle of a plan: "the service planned for Sunday" */
  *reporting = false;
  *perfect = false;
  for(k = from, steps = 0; k > 0 && steps < 25; steps++) {
    unsigned cls;
    k--;
    if(!SAME_SENT(c, k, first))
      break;
    if(c->t[k].kind != 'w')
      continue;
    cls = S_wd(c, k)->cls;
    if(IS(c, k, "as") && k > 1 && (IS(c, k - 1, "soon") || IS(c, k - 1, "early")) &&
       IS(c, k - 2, "as"))
      return 1;
    if(IS(c, k, "for") && k > 0 &&
       (IS(c, k - 1, "called") || IS(c, k - 1, "calls") || IS(c, k - 1, "call") ||
        IS(c, k - 1, "calling") || IS(c, k - 1, "pressing")))
      return 1;
    if(IS(c, k, "to") && k > 0 && (IS(c, k - 1, "going") || IS(c, k - 1, "set")))
      return 1;
    if(IS(c, k, "to") && k > 0 && (IS(c, k - 1, "is") || IS(c, k - 1, "are")))
      return 1; /* "is to resume trading" */
    if(IS(c, k, "of") && k > 0 && IS(c, k - 1, "ahead") && k + 1 == from)
      return 1; /* "ahead of Sunday's vote" */
    if(S_infinitive(c, k))
      infinitive = true;
    if(IS(c, k, "next") && IS(c, k + 1, "to"))
      continue; /* "next to the embassy" */
    if((cls & C_PLAN) && IS(c, k + 1, "to") && k > 1 &&
       (IS(c, k - 1, "had") || (IS(c, k - 1, "been") && IS(c, k - 2, "had"))))
      return -1; /* "had been due to expire Friday": a plan now past */
    if((cls & C_PLAN) && !IS(c, k, "set") && k > 0 && !S_cls(c, k - 1, C_AUX) &&
       !S_cls(c, k - 1, C_DET) &&
       (IS(c, k + 1, "for") || IS(c, k + 1, "at") || IS(c, k + 1, "in") ||
        IS(c, k + 1, "on"))) {
      /* "a service planned for Sunday was canceled": a participle after
       * its noun; the clause's own verb, after the expression, decides,
       * and failing that it is a plan */
      weak_future = true;
      break;
    }
    if((cls & C_FUTURE) && !IS(c, k, "set") && !IS(c, k, "going") &&
       !(k > 0 && S_cls(c, k - 1, C_DET))) {
      /* "will", "plans to"; not "the plan", "its schedule"; and a plan
       * in the past perfect is over: "had been due to expire Friday" */
      size_t b;
      for(b = k; !infinitive && b > 0 && b + 4 > k; b--)
        if(IS(c, b - 1, "had") && SAME_SENT(c, b - 1, k))
          return -1;
      return 1;
    }
    if(IS(c, k, "since"))
      return -1;
    if(S_past_at(c, k) || IS(c, k, "reported") || IS(c, k, "added") ||
       IS(c, k, "called") || IS(c, k, "released") || IS(c, k, "noted") ||
       IS(c, k, "elected") || IS(c, k, "proposed") || IS(c, k, "appointed")) {
      bool ed = S_ed(c, k);
      if(k > 0 && (IS(c, k - 1, "be") || IS(c, k - 1, "being")))
        continue; /* "will be named", "will be paid": the modal decides */
      if(ed && S_adjectival(c, k))
        continue; /* "a disputed vote" */
      if(infinitive)
        return 0; /* "agreed to buy it in January": later than the agreement */
      *reporting = (cls & C_REPORT) != 0;
      if(k > 0 && (IS(c, k - 1, "has") || IS(c, k - 1, "have")))
        *perfect = true;
      return -1;
    }
    if(IS(c, k, "has") || IS(c, k, "have")) {
      *perfect = true;
      return -1;
    }
  }
  for(k = last + 1, steps = 0; k < c->n && steps < 15; k++, steps++) {
    if(!SAME_SENT(c, k, last))
      break;
    if(c->t[k].kind != 'w')
      continue;
    if(IS(c, k, "next") && IS(c, k + 1, "to"))
      continue;
    if((IS(c, k, "plans") || IS(c, k, "plan") || IS(c, k, "planned")) &&
       !IS(c, k + 1, "to") && !IS(c, k + 1, "for"))
      continue; /* "vacation plans", "a hastily planned trip" */
    if(S_cls(c, k, C_FUTURE) && !IS(c, k, "set") && !IS(c, k, "going") && !IS(c, k, "until"))
      return 1;
    if(S_past_at(c, k) && !IS(c, k, "last") && !IS(c, k, "earlier")) {
      if(S_ed(c, k) && S_adjectival(c, k))
        continue;
      *reporting = S_cls(c, k, C_REPORT);
      return -1;
    }
  }
  return weak_future ? 1 : 0;
}

/* -1 past, +1 future, 0 no clue, for the expression in tokens
 * [first, last]: the nearest tense word before it in its sentence (then
 * after it). "called for protests on Wednesday": a call for something is
 * for the future. "by Friday", "until Friday" set a deadline, future unless
 * the clause itself is in the past ("had filed reports by Wednesday");
 * they stay in the future after a present perfect ("has extended the loan
 * through January", "has asked for a report by Friday"). */
static int S_tense(const S_ctx *c, size_t first, size_t last)
{
  bool reporting, perfect;
  if(first > 0 && (IS(c, first - 1, "by") || IS(c, first - 1, "until") ||
                   IS(c, first - 1, "till") || IS(c, first - 1, "through"))) {
    int r = S_tense_scan(c, first - 1, first, last, &reporting, &perfect);
    if(perfect)
      return 1;
    return r < 0 && !reporting ? -1 : 1;
  }
  return S_tense_scan(c, first, first, last, &reporting, &perfect);
}

/* ---- resolution helpers ---- */

/* The weekday wd (1..7) nearest the DCT in direction dir (0 = past). */
static void S_weekday_val(const S_ctx *c, S_m *m, int wd, int dir, int shift_weeks)
{
  int y, mo, d, dw, delta;
  m->dir = dir >= 0 && dir != 0 ? 1 : -1;
  m->anchored = true;
  if(!c->has) {
    S_val(m, "XXXX-WXX-%d", wd);
    return;
  }
  y = c->dct.year;
  mo = c->dct.month;
  d = c->dct.day;
  dw = nkg_timex__wday(y, mo, d);
  if(dir > 0)
    delta = (wd - dw + 7) % 7;
  else
    delta = -((dw - wd + 7) % 7);
  if(delta == 0)
    m->dir = 0;
  delta += 7 * shift_weeks;
  S_add_days(&y, &mo, &d, delta);
  S_set_day(m, y, mo, d);
}

/* Year of month mo (1..12, day 0 = the whole month) without a year. News
 * style (AP) leaves the year out for dates of the current year, so the DCT
 * year holds unless the tense points across a year boundary: a past verb
 * with a date well after the DCT means last year ("in December", said in
 * March), a future one with a date well before it means next year
 * ("payable Jan. 2", written in November). Without a clue, a date more
 * than NOCLUE_AHEAD_DAYS ahead is last year's and one more than
 * NOCLUE_BEHIND_DAYS back next year's. */
static int S_month_year(const S_ctx *c, int mo, int day, int dir, int *outdir)
{
  int y = c->dct.year;
  long now = nkg_timex__days(y, c->dct.month, c->dct.day);
  long then = nkg_timex__days(y, mo, day ? (day <= nkg_timex__mdays(y, mo) ? day : 28) : 15);
  long diff = then - now; /* > 0: later in the DCT year */
  /* past clues are the less reliable (any "-ed" word), so they need the
   * date to be further ahead before they move it a year back */
  long past_slack = day ? 75 : 50, future_slack = day ? 30 : 50;
  if(dir < 0) {
    *outdir = -1;
    return diff > past_slack ? y - 1 : y;
  }
  if(dir > 0) {
    *outdir = 1;
    return diff < -future_slack ? y + 1 : y;
  }
  if(diff > NOCLUE_AHEAD_DAYS) {
    *outdir = -1;
    return y - 1;
  }
  if(diff < -NOCLUE_BEHIND_DAYS) {
    *outdir = 1;
    return y + 1;
  }
  *outdir = diff < 0 ? -1 : diff > 0 ? 1 : 0;
  return y;
}

/* A two-digit year resolved within a window around the DCT year (or 1900s
 * without a DCT): '98 -> 1998, '05 -> 2005 when the article is from 2019. */
static int S_two_digit_year(const S_ctx *c, long yy)
{
  int base = c->has ? c->dct.year : 1990;
  int century = base / 100 * 100;
  int y = century + (int)yy;
  if(y > base + 20)
    y -= 100;
  else if(y < base - 79)
    y += 100;
  return y;
}

/* A year token: four digits 1000..2199 standing alone as a number. */
static bool S_year_like(const S_ctx *c, size_t i)
{
  long v;
  if(NDIG(c, i) != 4)
    return false;
  v = c->t[i].num;
  if(v < 1000 || v > 2199)
    return false;
  /* part of a bigger number: 1,998 / 1998.5 / $1998 / 1998-2 / 747-1998 */
  if(i > 0 && GLUED(c, i) &&
     (P(c, i - 1, ',') || P(c, i - 1, '.') || P(c, i - 1, '$') || P(c, i - 1, '#') ||
      P(c, i - 1, '+') || P(c, i - 1, ':') || P(c, i - 1, '/') ||
      c->t[i - 1].kind == 'n' || c->t[i - 1].kind == 'w'))
    return false;
  if(i > 1 && P(c, i - 1, '-') && GLUED(c, i) && GLUED(c, i - 1) && NUM(c, i - 2))
    return false;
  if(i + 1 < c->n && GLUED(c, i + 1) &&
     (P(c, i + 1, '%') || c->t[i + 1].kind == 'n' ||
      (c->t[i + 1].kind == 'w' && !IS(c, i + 1, "s")) ||
      ((P(c, i + 1, ',') || P(c, i + 1, '.') || P(c, i + 1, ':') || P(c, i + 1, '/')) &&
       NUM(c, i + 2) && GLUED(c, i + 2))))
    return false;
  if(i + 2 < c->n && P(c, i + 1, '-') && GLUED(c, i + 1) && NUM(c, i + 2) && GLUED(c, i + 2) &&
     NDIG(c, i + 2) != 2 && NDIG(c, i + 2) != 4)
    return false;
  return true;
}

/* Words after a bare four-digit number that make it a quantity. */
static const char *const S_quantity_nouns[] = {
    "people", "persons", "men", "women", "children", "troops", "soldiers", "shares", "tons",
    "tonnes", "feet", "foot", "meters", "metres", "miles", "kilometers", "kilometres", "km",
    "points", "percent", "pounds", "dollars", "euros", "yen", "acres", "votes", "cases",
    "deaths", "units", "barrels", "cars", "workers", "jobs", "employees", "students", "homes",
    "houses", "residents", "members", "delegates", "seats", "square", "pages", "copies",
    "calories", "degrees", "rounds", "games", "times", "kg", "mph", "hours", "minutes",
    "days", "weeks", "months", "years", "am", "pm", "gmt", "utc", "hrs", "ft", "lbs",
    "yards", "inches", "cents", "flights", "planes", "aircraft", "vehicles", "refugees",
    "prisoners", "police", "officers", "protesters", "demonstrators", NULL};

/* A fiscal quarter named in this or the previous sentence: "a year ago"
 * next to it means that quarter a year back. */
static bool S_quarter_near(const S_ctx *c, size_t i)
{
  return c->qy && i < c->n && c->sent[i] <= c->qsent + QUARTER_REACH;
}

/* ---- rules: each fills *m and returns tokens used (0: no match) ---- */

static bool S_ordinal_suffix(const S_ctx *c, size_t j)
{
  return j < c->n && GLUED(c, j) &&
         (IS(c, j, "st") || IS(c, j, "nd") || IS(c, j, "rd") || IS(c, j, "th"));
}

static int S_month_at(const S_ctx *c, size_t i, size_t *next)
{
  int mo;
  if(i >= c->n || c->t[i].kind != 'w')
    return 0;
  mo = S_wd(c, i)->month;
  if(!mo)
    return 0;
  /* abbreviations need their period or a capital; "may", "march" need a
   * capital to be months at all */
  if(c->t[i].len <= 4 && !IS(c, i, "june") && !IS(c, i, "july")) {
    bool dot = P(c, i + 1, '.') && GLUED(c, i + 1) && !IS(c, i, "may") && !IS(c, i, "march");
    if(!CAP(c, i))
      return 0;
    if(dot) {
      *next = i + 2;
      return mo;
    }
    if(!IS(c, i, "may") && !IS(c, i, "sept") && !IS(c, i, "march") && c->t[i].len == 3) {
      /* "Jan 28": bare three-letter abbreviations only before a day */
      if(!(NUM(c, i + 1) && NDIG(c, i + 1) <= 2))
        return 0;
    }
  } else if(!CAP(c, i) && IS(c, i, "march")) {
    return 0;
  } else if(!CAP(c, i) && c->t[i].kind == 'w') {
    /* lower-case month names occur in speech transcripts; accept */
  }
  *next = i + 1;
  return mo;
}

/* "May" and "March" alone are months only in a date-ish context: after
 * one of these words or a dash. */
static const char *const S_month_before[] = {"in", "since", "until", "by", "of", "last", "next",
                                             "this", "early", "late", "mid", "from", "through",
                                             "till", "during", "before", "after", "that", "each",
                                             "every", "between", "and", "or", "to", "on", "into",
                                             "end", "beginning", "start", "middle", NULL};

static bool S_month_alone_ok(const S_ctx *c, size_t i, int mo)
{
  if(mo != 5 && mo != 3 && mo != 8)
    return true;
  if(mo == 8 && i > 0 && !IS(c, i - 1, "in") && !IS(c, i - 1, "since") &&
     !IS(c, i - 1, "last") && !IS(c, i - 1, "early") && !IS(c, i - 1, "late") &&
     !IS(c, i - 1, "mid") && !IS(c, i - 1, "until") && !IS(c, i - 1, "by") &&
     !IS(c, i - 1, "of") && !IS(c, i - 1, "through") && !IS(c, i - 1, "this") &&
     !IS(c, i - 1, "next") && !IS(c, i - 1, "during") && !IS(c, i - 1, "from"))
    return false; /* "the August body" */
  if(i == 0)
    return false;
  return S_cls(c, i - 1, C_BEFORE) || P(c, i - 1, '-');
}

/* A two-digit year after "Jan. 5," must end the phrase ("Jan. 5, 98."),
 * not start a count ("Jan. 5, 12 people"). */
static bool S_two_digit_end(const S_ctx *c, size_t k)
{
  if(k >= c->n)
    return true;
  if(c->t[k].kind != 'p' || !GLUED(c, k))
    return false;
  if(NUM(c, k + 1) && GLUED(c, k + 1))
    return false;
  return strchr(".,;:)", c->t[k].low[0]) != NULL;
}

/* [weekday [,]] month [.] day [,] [year] | [weekday [,]] day [of] month [year] |
 * month [,|of] year */
static size_t S_r_calendar(S_ctx *c, size_t i, S_m *m)
{
  size_t j = i, k;
  int wd = 0, mo, day = 0, y = 0;
  bool year_given = false;
  if(i < c->n && c->t[i].kind == 'w' && (wd = S_wd(c, i)->wday) > 0 &&
     (c->t[i].len > 3 || CAP(c, i))) {
    j = i + 1;
    if(P(c, j, '.') && GLUED(c, j))
      j++;
    if(P(c, j, ','))
      j++;
  } else {
    wd = 0;
  }
  if(!wd && (IS(c, j, "last") || IS(c, j, "this") || IS(c, j, "next")) && j + 1 < c->n &&
     S_wd(c, j + 1)->month && (NUM(c, j + 2) || NUM(c, j + 3)))
    j++;
  mo = S_month_at(c, j, &k);
  if(mo) {
    /* month day */
    if(NUM(c, k) && NDIG(c, k) <= 2 && c->t[k].num >= 1 && c->t[k].num <= 31 &&
       !(P(c, k + 1, ':') && GLUED(c, k + 1) && NUM(c, k + 2) && GLUED(c, k + 2)) && !(P(c, k + 1, '.') && NUM(c, k + 2) && GLUED(c, k + 2)) &&
       !(P(c, k + 1, ',') && NDIG(c, k + 2) == 3 && GLUED(c, k + 2))) {
      size_t e = k + 1;
      day = (int)c->t[k].num;
      if(S_ordinal_suffix(c, e))
        e++;
      /* year */
      {
        size_t f = e;
        if(P(c, f, ','))
          f++;
        if(S_year_like(c, f) || (NDIG(c, f) == 4 && c->t[f].num >= 1000 && c->t[f].num < 2200 &&
                                  !(P(c, f + 1, ',') && NDIG(c, f + 2) == 3))) {
          y = (int)c->t[f].num;
          year_given = true;
          e = f + 1;
        } else if(P(c, f, '\'') && NDIG(c, f + 1) == 2 && GLUED(c, f + 1)) {
          y = S_two_digit_year(c, c->t[f + 1].num);
          year_given = true;
          e = f + 2;
        } else if(f > e && NDIG(c, f) == 2 && S_two_digit_end(c, f + 1)) {
          /* "Jan. 5, 98" */
          y = S_two_digit_year(c, c->t[f].num);
          year_given = true;
          e = f + 1;
        }
      }
      if(year_given) {
        if(!nkg_timex__valid(y, mo, day)) {
          m->veto = true; /* Feb 29, 2015 */
          return e - i;
        }
        S_set_day(m, y, mo, day);
        m->type = NKG_TIMEX_DATE;
        return e - i;
      }
      /* no year: pick it by tense */
      if(nkg_timex__mdays(2000, mo) < day) {
        m->veto = true; /* April 31 */
        return e - i;
      }
      if(wd && c->has) {
        /* the weekday settles the year: the nearest year where it fits */
        int cand[3] = {c->dct.year, c->dct.year - 1, c->dct.year + 1}, q;
        for(q = 0; q < 3; q++)
          if(nkg_timex__valid(cand[q], mo, day) && nkg_timex__wday(cand[q], mo, day) == wd)
            break;
        if(q < 3) {
          S_set_day(m, cand[q], mo, day);
          m->anchored = true;
          m->type = NKG_TIMEX_DATE;
          return e - i;
        }
      }
      if(c->has) {
        int dir = S_tense(c, i, e - 1), od = 0;
        y = S_month_year(c, mo, day, dir, &od);
        if(!nkg_timex__valid(y, mo, day)) {
          m->veto = true; /* Feb 29 of a common year */
          return e - i;
        }
        S_set_day(m, y, mo, day);
        m->dir = od;
        m->anchored = true;
      } else {
        if(mo == 2 && day == 29) {
          S_val(m, "XXXX-02-29");
        } else {
          S_val(m, "XXXX-%02d-%02d", mo, day);
        }
      }
      m->type = NKG_TIMEX_DATE;
      return e - i;
    }
    /* month [,|of] year */
    {
      size_t f = k;
      if(P(c, f, ',') || IS(c, f, "of"))
        f++;
      if(NDIG(c, f) == 4 && c->t[f].num >= 1000 && c->t[f].num < 2200 &&
         !(P(c, f + 1, ',') && NDIG(c, f + 2) == 3 && GLUED(c, f + 2))) {
        if(wd)
          return 0;
        S_val(m, "%04ld-%02d", c->t[f].num, mo);
        m->type = NKG_TIMEX_DATE;
        return f + 1 - i;
      }
      if(P(c, f, '\'') && NDIG(c, f + 1) == 2 && GLUED(c, f + 1)) {
        S_val(m, "%04d-%02d", S_two_digit_year(c, c->t[f + 1].num), mo);
        m->type = NKG_TIMEX_DATE;
        return f + 2 - i;
      }
    }
    return 0;
  }
  /* day month [year] */
  if(NUM(c, j) && NDIG(c, j) <= 2 && c->t[j].num >= 1 && c->t[j].num <= 31) {
    size_t e = j + 1;
    day = (int)c->t[j].num;
    if(S_ordinal_suffix(c, e))
      e++;
    if(IS(c, e, "of"))
      e++;
    mo = S_month_at(c, e, &k);
    if(!mo || (S_wd(c, e)->month && c->t[e].len <= 3 && !P(c, e + 1, '.') &&
               !NUM(c, e + 1) && c->t[e].low[0] != 'm'))
      return 0;
    e = k;
    if(P(c, e, ','))
      e++;
    if(NDIG(c, e) == 4 && c->t[e].num >= 1000 && c->t[e].num < 2200) {
      y = (int)c->t[e].num;
      if(!nkg_timex__valid(y, mo, day)) {
        m->veto = true;
        return e + 1 - i;
      }
      S_set_day(m, y, mo, day);
      m->type = NKG_TIMEX_DATE;
      return e + 1 - i;
    }
    if(P(c, e, ',') || P(c, k, ','))
      e = k;
    else
      e = k;
    if(nkg_timex__mdays(2000, mo) < day) {
      m->veto = true;
      return e - i;
    }
    if(c->has) {
      int dir = S_tense(c, i, e - 1), od = 0;
      y = S_month_year(c, mo, day, dir, &od);
      if(!nkg_timex__valid(y, mo, day)) {
        m->veto = true;
        return e - i;
      }
      S_set_day(m, y, mo, day);
      m->dir = od;
      m->anchored = true;
    } else {
      S_val(m, "XXXX-%02d-%02d", mo, day);
    }
    m->type = NKG_TIMEX_DATE;
    return e - i;
  }
  return 0;
}

/* 2019-01-28[T06:56], 1/28/2019, 1/28/98 */
static size_t S_r_numeric(S_ctx *c, size_t i, S_m *m)
{
  if(NDIG(c, i) == 4 && P(c, i + 1, '-') && NDIG(c, i + 2) == 2 && P(c, i + 3, '-') &&
     NDIG(c, i + 4) == 2 && GLUED(c, i + 1) && GLUED(c, i + 2) && GLUED(c, i + 3) &&
     GLUED(c, i + 4) && !(i > 0 && GLUED(c, i) && (NUM(c, i - 1) || P(c, i - 1, '-')))) {
    int y = (int)c->t[i].num, mo = (int)c->t[i + 2].num, d = (int)c->t[i + 4].num;
    size_t e = i + 5;
    if(!nkg_timex__valid(y, mo, d)) {
      m->veto = true; /* 2015-02-29 */
      return e - i;
    }
    if(NUM(c, e) && GLUED(c, e))
      return 0;
    if(IS(c, e, "t") && GLUED(c, e) && NDIG(c, e + 1) == 2 && GLUED(c, e + 1) &&
       P(c, e + 2, ':') && NDIG(c, e + 3) == 2 && c->t[e + 1].num < 24 && c->t[e + 3].num < 60) {
      S_val(m, "%04d-%02d-%02dT%02ld:%02ld", y, mo, d, c->t[e + 1].num, c->t[e + 3].num);
      m->y = y;
      m->m = mo;
      m->d = d;
      m->type = NKG_TIMEX_TIME;
      e += 4;
      if(P(c, e, ':') && NDIG(c, e + 1) == 2 && GLUED(c, e))
        e += 2;
      if(IS(c, e, "z") && GLUED(c, e))
        e++;
      return e - i;
    }
    S_set_day(m, y, mo, d);
    m->type = NKG_TIMEX_DATE;
    return e - i;
  }
  if(NUM(c, i) && NDIG(c, i) <= 2 && P(c, i + 1, '/') && NUM(c, i + 2) && NDIG(c, i + 2) <= 2 &&
     P(c, i + 3, '/') && (NDIG(c, i + 4) == 4 || NDIG(c, i + 4) == 2) && GLUED(c, i + 1) &&
     GLUED(c, i + 2) && GLUED(c, i + 3) && GLUED(c, i + 4) &&
     !(P(c, i + 5, '/') && GLUED(c, i + 5)) && !(i > 0 && GLUED(c, i) && !P(c, i - 1, '(')) &&
     !(NUM(c, i + 5) && GLUED(c, i + 5))) {
    int mo = (int)c->t[i].num, d = (int)c->t[i + 2].num;
    int y = NDIG(c, i + 4) == 4 ? (int)c->t[i + 4].num : S_two_digit_year(c, c->t[i + 4].num);
    if(!nkg_timex__valid(y, mo, d)) {
      m->veto = true; /* 13/45/2019 */
      return 5;
    }
    S_set_day(m, y, mo, d);
    m->type = NKG_TIMEX_DATE;
    return 5;
  }
  return 0;
}

/* Clock times: 6:56 AM, 10 p.m., noon, midnight, 4 in the morning, with an
 * optional zone and day: "10 p.m. Wednesday", "9 a.m. EST Tuesday". */
static size_t S_clock(const S_ctx *c, size_t i, int *hh, int *mm)
{
  size_t j = i;
  int h, mi = 0;
  bool ampm = false, colon = false;
  if((IS(c, i, "noon") || IS(c, i, "midday")) && !(CAP(c, i) && i > 0 && !c->t[i].nl &&
                                                   !P(c, i - 1, '.') && CAP(c, i - 1))) {
    *hh = 12;
    *mm = 0;
    return 1;
  }
  if(IS(c, i, "midnight")) {
    *hh = 0;
    *mm = 0;
    return 1;
  }
  if(!NUM(c, i) || NDIG(c, i) > 2)
    return 0;
  if(i > 0 && GLUED(c, i) && (NUM(c, i - 1) || P(c, i - 1, ':') || P(c, i - 1, '$') ||
                               P(c, i - 1, '.') || P(c, i - 1, ',')))
    return 0;
  h = (int)c->t[i].num;
  j = i + 1;
  if(P(c, j, ':') && GLUED(c, j) && NDIG(c, j + 1) == 2 && GLUED(c, j + 1)) {
    mi = (int)c->t[j + 1].num;
    if(mi > 59)
      return 0;
    j += 2;
    colon = true;
    if(P(c, j, ':') && GLUED(c, j) && NDIG(c, j + 1) == 2)
      j += 2;
    if(NUM(c, j) && GLUED(c, j))
      return 0;
  }
  if(IS(c, j, "am") || IS(c, j, "pm")) {
    if(IS(c, j, "pm"))
      h = h % 12 + 12;
    else
      h = h % 12;
    ampm = true;
    j++;
  } else if((IS(c, j, "a") || IS(c, j, "p")) && P(c, j + 1, '.') && IS(c, j + 2, "m") &&
            GLUED(c, j + 1) && GLUED(c, j + 2)) {
    if(IS(c, j, "p"))
      h = h % 12 + 12;
    else
      h = h % 12;
    ampm = true;
    j += 3;
    if(P(c, j, '.') && GLUED(c, j))
      j++;
  } else if(IS(c, j, "in") && IS(c, j + 1, "the") &&
            (IS(c, j + 2, "morning") || IS(c, j + 2, "afternoon") || IS(c, j + 2, "evening"))) {
    if(!IS(c, j + 2, "morning") && h < 12)
      h += 12;
    ampm = true;
    j += 3;
  } else if(IS(c, j, "o") && P(c, j + 1, '\'') && IS(c, j + 2, "clock")) {
    ampm = true;
    j += 3;
  }
  if(!ampm)
    return 0; /* "6:56" alone is no time (a score, a ratio, a verse) */
  (void)colon;
  if(h > 23 || (c->t[i].num > 12 && ampm && !IS(c, i + 1, "in")))
    return 0;
  *hh = h;
  *mm = mi;
  return j - i;
}


/* ---- day parts ---- */

static const char *S_daypart(const S_ctx *c, size_t i)
{
  if(IS(c, i, "morning"))
    return "MO";
  if(IS(c, i, "afternoon"))
    return "AF";
  if(IS(c, i, "evening"))
    return "EV";
  if(IS(c, i, "night") || IS(c, i, "overnight"))
    return "NI";
  return NULL;
}

/* A leading "early", "late" or "mid" (+ "-"), part of the span as in TimeBank;
 * "earlier" and "later" stay outside it ("earlier this month"). */
static size_t S_mod(const S_ctx *c, size_t i)
{
  if(IS(c, i, "early") || IS(c, i, "late") || IS(c, i, "mid")) {
    if(P(c, i + 1, '-') && GLUED(c, i + 1))
      return 2;
    return 1;
  }
  return 0;
}

/* weekday: [early|late] [last|this|next|this coming] Monday [morning|night] */
static size_t S_r_weekday(S_ctx *c, size_t i, S_m *m)
{
  size_t j = i + S_mod(c, i), k;
  int wd, shift = 0, dir;
  int rel = 0; /* -1 last, +1 next, 2 this */
  const char *part;
  if(IS(c, j, "last") || IS(c, j, "past") || IS(c, j, "previous")) {
    rel = -1;
    j++;
  } else if(IS(c, j, "next")) {
    rel = 1;
    j++;
  } else if(IS(c, j, "this") && IS(c, j + 1, "coming")) {
    rel = 1;
    j += 2;
  } else if(IS(c, j, "this") || IS(c, j, "coming")) {
    rel = 2;
    j++;
  }
  if(j >= c->n || c->t[j].kind != 'w' || !(wd = S_wd(c, j)->wday))
    return 0;
  if(c->t[j].len <= 5 && !IS(c, j, "sunday") && !IS(c, j, "monday") && !IS(c, j, "friday")) {
    /* abbreviations: only with a capital and a period ("Sun." is a paper) */
    if(!CAP(c, j) || !(P(c, j + 1, '.') && GLUED(c, j + 1)))
      return 0;
    k = j + 2;
  } else {
    k = j + 1;
  }
  {
    S_m probe;
    memset(&probe, 0, sizeof probe);
    if(S_r_calendar(c, j, &probe) > 1 || probe.veto)
      return 0; /* "this Wednesday, Jan. 23, 2019": the date is the expression */
  }
  part = S_daypart(c, k);
  if(rel == -1) {
    dir = -1;
  } else if(rel == 1) {
    dir = 1;
  } else {
    dir = S_tense(c, i, k - 1);
    if(rel == 2 && dir == 0)
      dir = 1;
  }
  if(IS(c, j - 1, "previous") && j >= 2 && IS(c, j - 2, "the") && c->ad) {
    /* "the previous Friday" is anaphoric: the one before the date the
     * text last named ("closed Friday at 2,100, down 3% from the previous
     * Friday") */
    int y = c->ay, mo = c->am, d = c->ad;
    int back = (nkg_timex__wday(y, mo, d) - wd + 7) % 7;
    S_add_days(&y, &mo, &d, -(back ? back : 7));
    S_set_day(m, y, mo, d);
    m->dir = -1;
    m->anchored = true;
    m->type = NKG_TIMEX_DATE;
    if(part)
      k++;
    return k - i;
  }
  S_weekday_val(c, m, wd, dir, 0);
  if(c->has && (rel == -1 || rel == 1) && m->dir == 0) {
    /* "last Monday" on a Monday is a week back; "next Monday" a week on */
    shift = rel;
    S_weekday_val(c, m, wd, dir, shift);
  }
  m->type = NKG_TIMEX_DATE;
  if(part)
    k++;
  return k - i;
}

/* today, yesterday, tomorrow, tonight, last night, this morning ... */
/* Nouns that make "today's" mean "of our times": "today's world", "in
 * many of today's personal computers". */
static const char *const S_generic_nouns[] = {
  "world", "society", "youth", "young", "children", "kids", "generation", "age", "era",
  "culture", "standards", "terms", "economy", "america", "americans", "families", "women",
  "men", "students", "schools", "politics", "technology", "modern", "personal", NULL};

static bool S_generic_noun(const S_ctx *c, size_t i)
{
  size_t k;
  /* skip one adjective: "today's personal computers" */
  for(k = i; k < i + 2 && k < c->n; k++)
    if(c->t[k].kind == 'w' && S_cls(c, k, C_GENERIC))
      return true;
  return false;
}

static size_t S_r_deictic(S_ctx *c, size_t i, S_m *m)
{
  size_t j = i + S_mod(c, i);
  int off = 0;
  const char *part = NULL;
  bool found = false;
  if(j > i && S_daypart(c, j) && !IS(c, j, "overnight") &&
     !(IS(c, j + 1, "today") || IS(c, j + 1, "yesterday") || IS(c, j + 1, "tomorrow"))) {
    /* "by mid-afternoon", "until late evening": the day the text is
     * about, the one it named in this or the last sentence, else the
     * DCT's */
    if(!(i > 0 && (IS(c, i - 1, "by") || IS(c, i - 1, "at") || IS(c, i - 1, "until") ||
                   IS(c, i - 1, "since") || IS(c, i - 1, "from") || IS(c, i - 1, "till"))))
      return 0;
    part = S_daypart(c, j);
    if(c->ad && c->asent + 1 >= c->sent[i]) {
      S_set_day(m, c->ay, c->am, c->ad);
    } else if(c->has) {
      S_set_day(m, c->dct.year, c->dct.month, c->dct.day);
    } else {
      return 0;
    }
    snprintf(m->value + strlen(m->value), sizeof m->value - strlen(m->value), "T%s", part);
    m->anchored = true;
    m->type = NKG_TIMEX_TIME;
    return j + 1 - i;
  }
  if(j > i && S_daypart(c, j) && !IS(c, j, "overnight")) {
    /* "mid-afternoon yesterday" */
    part = S_daypart(c, j);
    j++;
  }
  if(IS(c, j, "today")) {
    found = true;
  } else if(IS(c, j, "yesterday")) {
    off = -1;
    found = true;
  } else if(IS(c, j, "tomorrow")) {
    off = 1;
    found = true;
  } else if(IS(c, j, "tonight")) {
    part = "NI";
    found = true;
  } else if(IS(c, j, "last") && IS(c, j + 1, "night")) {
    off = -1;
    part = "NI";
    found = true;
    j++;
  } else if(IS(c, j, "this") && S_daypart(c, j + 1)) {
    part = S_daypart(c, j + 1);
    found = true;
    j++;
  } else if(IS(c, i, "the") && IS(c, i + 1, "day") && (IS(c, i + 2, "before") || IS(c, i + 2, "after")) &&
            (IS(c, i + 3, "yesterday") || IS(c, i + 3, "tomorrow"))) {
    off = IS(c, i + 3, "yesterday") ? -2 : 2;
    found = true;
    j = i + 3;
  }
  if(!found)
    return 0;
  /* "in today's world", "the people of tomorrow": generic, no date;
   * "in today's editions", "for today's meeting" are the day itself */
  if(j == i && i > 0 && (IS(c, i - 1, "of") || IS(c, i - 1, "for") || IS(c, i - 1, "in") ||
                         IS(c, i - 1, "to") || IS(c, i - 1, "about") || IS(c, i - 1, "with")) &&
     ((IS(c, j, "today") && P(c, j + 1, '\'') && IS(c, j + 2, "s") && S_generic_noun(c, j + 3)) ||
      (IS(c, j, "tomorrow") && IS(c, i - 1, "of"))))
    return 0;
  j++;
  if(!part && (off != 0 || IS(c, j - 1, "today")) && S_daypart(c, j)) {
    part = S_daypart(c, j);
    j++;
  }
  m->anchored = true;
  m->dir = off < 0 ? -1 : off > 0 ? 1 : 0;
  if(c->has) {
    int y = c->dct.year, mo = c->dct.month, d = c->dct.day;
    S_add_days(&y, &mo, &d, off);
    S_set_day(m, y, mo, d);
  } else {
    S_val(m, "XXXX-XX-XX");
  }
  m->type = NKG_TIMEX_DATE;
  if(part) {
    size_t n0 = strlen(m->value);
    snprintf(m->value + n0, sizeof m->value - n0, "T%s", part);
    m->type = NKG_TIMEX_TIME;
  }
  return j - i;
}

static const char *const S_zones[] = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
                                     "et",  "ct",  "mt",  "pt",  "gmt", "utc", "bst", "cet",
                                     "cest", NULL};

/* Clock time with optional zone and day: "10 p.m. Wednesday", "6:56 AM". */
static size_t S_r_time(S_ctx *c, size_t i, S_m *m)
{
  int hh, mm;
  size_t n = S_clock(c, i, &hh, &mm), j;
  S_m day;
  bool have_day = false;
  if(!n)
    return 0;
  j = i + n;
  /* a zone: (EST), EDT, GMT */
  if(j < c->n && c->t[j].kind == 'w' && c->t[j].end - c->t[j].start <= 4 && CAP(c, j)) {
    if(S_cls(c, j, C_ZONE))
      j++;
  }
  memset(&day, 0, sizeof day);
  if(P(c, j, ',') && j + 1 < c->n && (S_wd(c, j + 1)->month || S_wd(c, j + 1)->wday))
    j++;
  if(IS(c, j, "on") && j + 1 < c->n && S_wd(c, j + 1)->wday)
    j++;
  if(S_r_calendar(c, j, &day) > 0 && day.value[0]) {
    j += S_r_calendar(c, j, &day);
    have_day = true;
  } else if(j < c->n && c->t[j].kind == 'w' && S_wd(c, j)->wday && c->t[j].len > 5) {
    S_weekday_val(c, &day, S_wd(c, j)->wday, S_tense(c, i, j), 0);
    j++;
    have_day = true;
  } else if(IS(c, j, "today") || IS(c, j, "yesterday") || IS(c, j, "tomorrow") ||
            IS(c, j, "tonight")) {
    S_r_deictic(c, j, &day);
    day.value[10] = '\0';
    j++;
    have_day = true;
  }
  m->type = NKG_TIMEX_TIME;
  if(have_day && IS(c, i, "midnight"))
    hh = 24; /* "midnight Friday" ends Friday (AP style) */
  if(have_day && strlen(day.value) >= 10) {
    S_val(m, "%.10sT%02d:%02d", day.value, hh, mm);
    m->anchored = day.anchored;
    m->dir = day.dir;
  } else if(c->ad) {
    S_val(m, "%04d-%02d-%02dT%02d:%02d", c->ay, c->am, c->ad, hh, mm);
    m->anchored = true;
  } else if(c->has) {
    S_val(m, "%04d-%02d-%02dT%02d:%02d", c->dct.year, c->dct.month, c->dct.day, hh, mm);
    m->anchored = true;
  } else {
    S_val(m, "XXXX-XX-XXT%02d:%02d", hh, mm);
  }
  return j - i;
}

/* A year in words, as in broadcast transcripts: "nineteen ninety-four",
 * "nineteen eighty", "two thousand", "two thousand and one". Returns the
 * tokens used. */
static size_t S_spelled_year(const S_ctx *c, size_t i, int *y)
{
  int hi, lo;
  size_t j;
  if(IS(c, i, "two") && IS(c, i + 1, "thousand")) {
    j = i + 2;
    *y = 2000;
    if(IS(c, j, "and"))
      j++;
    if(j < c->n && (lo = S_wd(c, j)->small) > 0 && lo < 20) {
      *y += lo;
      return j + 1 - i;
    }
    return 2;
  }
  if(i >= c->n || (hi = S_wd(c, i)->small) < 0 || hi < 10 || hi > 20 ||
     (hi != 19 && hi != 18 && hi != 20))
    return 0;
  j = i + 1;
  if(j >= c->n || (lo = S_wd(c, j)->small) < 0)
    return 0;
  if(lo == 0 || lo < 10)
    return 0;
  j++;
  if(lo >= 20 && lo % 10 == 0) {
    size_t k = P(c, j, '-') ? j + 1 : j;
    int u = k < c->n ? S_wd(c, k)->small : -1;
    if(u > 0 && u < 10) {
      lo += u;
      j = k + 1;
    }
  }
  *y = hi * 100 + lo;
  return j - i;
}

/* Holidays with a fixed rule: month and day in year y. */
static bool S_holiday_date(int id, int y, int *mo, int *d)
{
  int first;
  switch(id) {
  case 1: /* Thanksgiving: fourth Thursday of November */
    first = nkg_timex__wday(y, 11, 1);
    *mo = 11;
    *d = 1 + (4 - first + 7) % 7 + 21;
    return true;
  case 2: /* Christmas */
    *mo = 12;
    *d = 25;
    return true;
  case 3: /* Christmas Eve */
    *mo = 12;
    *d = 24;
    return true;
  case 4: /* New Year's Day */
    *mo = 1;
    *d = 1;
    return true;
  case 5: /* New Year's Eve */
    *mo = 12;
    *d = 31;
    return true;
  case 6: /* Independence Day (US) */
    *mo = 7;
    *d = 4;
    return true;
  case 7: /* Labor Day: first Monday of September */
    first = nkg_timex__wday(y, 9, 1);
    *mo = 9;
    *d = 1 + (1 - first + 7) % 7;
    return true;
  case 8: /* Memorial Day: last Monday of May */
    *mo = 5;
    *d = 31 - (nkg_timex__wday(y, 5, 31) - 1 + 7) % 7;
    return true;
  case 9: /* Election Day (US): the Tuesday after the first Monday of November */
    first = nkg_timex__wday(y, 11, 1);
    *mo = 11;
    *d = 1 + (1 - first + 7) % 7 + 1;
    return true;
  case 10: /* Halloween */
    *mo = 10;
    *d = 31;
    return true;
  case 11: /* Valentine's Day */
    *mo = 2;
    *d = 14;
    return true;
  case 12: /* Veterans Day */
    *mo = 11;
    *d = 11;
    return true;
  default:
    return false;
  }
}

/* [last|this|next] Thanksgiving [Day], Christmas, New Year's Day ... */
static size_t S_r_holiday(S_ctx *c, size_t i, S_m *m)
{
  size_t j = i, k;
  int id = 0, rel = 0, dir, mo, d, y, best = 0;
  long now, bestdist = 0;
  if(IS(c, j, "last") || IS(c, j, "next") || IS(c, j, "this")) {
    rel = IS(c, j, "last") ? -1 : IS(c, j, "next") ? 1 : 2;
    j++;
  }
  if(!CAP(c, j))
    return 0;
  k = j + 1;
  if(IS(c, j, "thanksgiving")) {
    id = 1;
    if(IS(c, k, "day"))
      k++;
  } else if(IS(c, j, "christmas")) {
    id = 2;
    if(IS(c, k, "day"))
      k++;
    else if(IS(c, k, "eve")) {
      id = 3;
      k++;
    }
  } else if(IS(c, j, "new") && IS(c, k, "year") && P(c, k + 1, '\'') && IS(c, k + 2, "s") &&
            (IS(c, k + 3, "day") || IS(c, k + 3, "eve"))) {
    id = IS(c, k + 3, "day") ? 4 : 5;
    k += 4;
  } else if(IS(c, j, "independence") && IS(c, k, "day") && CAP(c, k)) {
    id = 6;
    k++;
  } else if(IS(c, j, "labor") && IS(c, k, "day") && CAP(c, k)) {
    id = 7;
    k++;
  } else if(IS(c, j, "memorial") && IS(c, k, "day") && CAP(c, k)) {
    id = 8;
    k++;
  } else if(IS(c, j, "election") && IS(c, k, "day") && CAP(c, k)) {
    id = 9;
    k++;
  } else if(IS(c, j, "halloween")) {
    id = 10;
  } else if(IS(c, j, "valentine") && P(c, k, '\'') && IS(c, k + 1, "s") && IS(c, k + 2, "day")) {
    id = 11;
    k += 3;
  } else if(IS(c, j, "veterans") && IS(c, k, "day") && CAP(c, k)) {
    id = 12;
    k++;
  }
  if(!id)
    return 0;
  m->type = NKG_TIMEX_DATE;
  if(!c->has) {
    if(S_holiday_date(id, 2001, &mo, &d) && id != 1 && id != 7 && id != 8 && id != 9)
      S_val(m, "XXXX-%02d-%02d", mo, d);
    else
      S_val(m, "XXXX-%02d-XX", mo);
    return k - i;
  }
  dir = rel == -1 ? -1 : rel == 1 ? 1 : S_tense(c, i, k - 1);
  if(rel == 2 && dir == 0)
    dir = 1;
  now = nkg_timex__days(c->dct.year, c->dct.month, c->dct.day);
  for(y = c->dct.year - 1; y <= c->dct.year + 1; y++) {
    long t, dist;
    S_holiday_date(id, y, &mo, &d);
    t = nkg_timex__days(y, mo, d);
    if((dir < 0 && t > now) || (dir > 0 && t < now))
      continue;
    if(rel == -1 && t == now)
      continue;
    dist = t > now ? t - now : now - t;
    if(!best || dist < bestdist) {
      best = y;
      bestdist = dist;
    }
  }
  S_holiday_date(id, best, &mo, &d);
  S_set_day(m, best, mo, d);
  m->anchored = true;
  m->dir = dir;
  return k - i;
}

/* Years, decades, centuries: 1998, fiscal 1998, mid-1990s, the 1990s,
 * '98, the nineties, the 20th century, the 1988 period. */
static size_t S_r_year(S_ctx *c, size_t i, S_m *m)
{
  size_t j = i, e;
  bool the = false;
  if(IS(c, j, "the")) {
    the = true;
    j++;
  }
  j += S_mod(c, j);
  if(IS(c, j, "fiscal") || IS(c, j, "calendar") || IS(c, j, "financial") ||
     IS(c, j, "fy")) {
    j++;
    if(IS(c, j, "year"))
      j++;
  }
  /* decades: 1990s, '90s, the nineties */
  if(NDIG(c, j) == 4 && c->t[j].num % 10 == 0 && IS(c, j + 1, "s") && GLUED(c, j + 1) &&
     c->t[j].num >= 1000 && c->t[j].num < 2200 &&
     !(j > 0 && GLUED(c, j) && (P(c, j - 1, '$') || NUM(c, j - 1)))) {
    S_val(m, "%03ld", c->t[j].num / 10);
    m->type = NKG_TIMEX_DATE;
    return j + 2 - i;
  }
  if(P(c, j, '\'') && NDIG(c, j + 1) == 2 && c->t[j + 1].num % 10 == 0 && IS(c, j + 2, "s") &&
     GLUED(c, j + 1) && GLUED(c, j + 2)) {
    int y = S_two_digit_year(c, c->t[j + 1].num);
    S_val(m, "%03d", y / 10);
    m->type = NKG_TIMEX_DATE;
    return j + 3 - i;
  }
  if(the || j > i) {
    static const char *const dec[] = {"twenties", "thirties", "forties", "fifties", "sixties",
                                      "seventies", "eighties", "nineties", NULL};
    size_t k;
    for(k = 0; dec[k]; k++)
      if(S_is_str(c, j, dec[k])) {
        int y = S_two_digit_year(c, (long)(20 + 10 * k));
        S_val(m, "%03d", y / 10);
        m->type = NKG_TIMEX_DATE;
        return j + 1 - i;
      }
  }
  /* a year in words, as transcripts write it: "in nineteen ninety-six";
   * only the nineteen-hundreds and eighteen-hundreds with a tens word,
   * since "two thousand" or "nineteen ten" are as often counts */
  if(j == i && (IS(c, i, "nineteen") || IS(c, i, "eighteen"))) {
    int sy = 0;
    size_t sn = S_spelled_year(c, i, &sy);
    if(sn >= 2 && sy % 100 >= 20 && !(i + sn < c->n && S_cls(c, i + sn, C_QUANTITY)) &&
       !(i > 0 && (P(c, i - 1, '$') || IS(c, i - 1, "about") || IS(c, i - 1, "than")))) {
      S_val(m, "%04d", sy);
      m->type = NKG_TIMEX_DATE;
      return sn;
    }
  }
  /* centuries: the 20th century, the 19th-century */
  if(NUM(c, j) && NDIG(c, j) <= 2 && S_ordinal_suffix(c, j + 1) &&
     (IS(c, j + 2, "century") || (P(c, j + 2, '-') && IS(c, j + 3, "century")))) {
    e = IS(c, j + 2, "century") ? j + 3 : j + 4;
    S_val(m, "%02ld", c->t[j].num - 1);
    m->type = NKG_TIMEX_DATE;
    return e - i;
  }
  /* two-digit year: '98 */
  if(P(c, j, '\'') && NDIG(c, j + 1) == 2 && GLUED(c, j + 1) && !GLUED(c, j) &&
     !(IS(c, j + 2, "s") && GLUED(c, j + 2)) && (j == i || j > i)) {
    if(j == i && !(i > 0 && (IS(c, i - 1, "in") || IS(c, i - 1, "since") ||
                              IS(c, i - 1, "of") || IS(c, i - 1, "until") ||
                              IS(c, i - 1, "by") || IS(c, i - 1, "fiscal") ||
                              IS(c, i - 1, "from") || IS(c, i - 1, "to"))))
      return 0;
    S_val(m, "%04d", S_two_digit_year(c, c->t[j + 1].num));
    m->type = NKG_TIMEX_DATE;
    return j + 2 - i;
  }
  {
    int sy;
    size_t sn;
    bool year_word = IS(c, j, "year") && the;
    size_t at = year_word ? j + 1 : j;
    if((sn = S_spelled_year(c, at, &sy)) > 0 &&
       (year_word || (at > 0 && (IS(c, at - 1, "in") || IS(c, at - 1, "since") ||
                                 IS(c, at - 1, "of") || IS(c, at - 1, "until") ||
                                 IS(c, at - 1, "by") || IS(c, at - 1, "during"))))) {
      if(the && !year_word)
        return 0;
      S_val(m, "%04d", sy);
      m->type = NKG_TIMEX_DATE;
      return at + sn - i;
    }
  }
  if(!S_year_like(c, j))
    return 0;
  e = j + 1;
  /* a quantity, not a year: "1500 people", "2000 feet" */
  if(e < c->n && c->t[e].kind == 'w' && S_cls(c, e, C_QUANTITY))
    return 0;
  if(j > 0 && (P(c, j - 1, '$') || IS(c, j - 1, "no") || IS(c, j - 1, "number") ||
               IS(c, j - 1, "route") || IS(c, j - 1, "flight") || IS(c, j - 1, "room") ||
               IS(c, j - 1, "page") || IS(c, j - 1, "model") || IS(c, j - 1, "about") ||
               IS(c, j - 1, "some") || IS(c, j - 1, "nearly") || IS(c, j - 1, "than") ||
               IS(c, j - 1, "approximately") || IS(c, j - 1, "almost") ||
               IS(c, j - 1, "over") || IS(c, j - 1, "least") || IS(c, j - 1, "only") ||
               IS(c, j - 1, "to") || IS(c, j - 1, "of") || IS(c, j - 1, "by")) &&
     !(j > 0 && (IS(c, j - 1, "to") || IS(c, j - 1, "of") || IS(c, j - 1, "by") ||
                 IS(c, j - 1, "over")) &&
       (c->t[j].num >= 1900 && c->t[j].num <= 2100)))
    return 0;
  /* without a DCT any 1000..2199 will do; with one, stay within reason */
  if(c->has && (c->t[j].num > c->dct.year + 60))
    return 0;
  if(c->t[j].num < 1500 && !(j > 0 && (IS(c, j - 1, "in") || IS(c, j - 1, "since") ||
                                       IS(c, j - 1, "year"))))
    return 0;
  S_val(m, "%04ld", c->t[j].num);
  m->type = NKG_TIMEX_DATE;
  /* "the 1988 period", "the 1989 fiscal year" */
  if(the && IS(c, e, "period") && c->qq) {
    /* earnings reports: "the 1988 period" is the quarter reported on */
    S_val(m, "%04ld-Q%d", c->t[j].num, c->qq);
    e++;
  } else if(the && (IS(c, e, "period") || IS(c, e, "year")))
    e++;
  else if(the && IS(c, e, "fiscal") && IS(c, e + 1, "year"))
    e += 2;
  else if(the && !(IS(c, e, "s")))
    return 0; /* "the 1998 Olympics": the year alone is the timex */
  return e - i;
}

static int S_season(const S_ctx *c, size_t i)
{
  if(IS(c, i, "spring"))
    return 1;
  if(IS(c, i, "summer"))
    return 2;
  if(IS(c, i, "fall") || IS(c, i, "autumn"))
    return 3;
  if(IS(c, i, "winter"))
    return 4;
  return 0;
}

static const char *const S_season_code[] = {"", "SP", "SU", "FA", "WI"};

/* Months alone and seasons: [early|late|mid] [last|this|next] May
 * [this year|last year|of 1998]. */
static size_t S_r_month(S_ctx *c, size_t i, S_m *m)
{
  size_t j = i, k;
  int rel = 0, mo, season = 0, y = 0, dir = 0;
  bool prefixed;
  if(IS(c, j, "the") && (S_season(c, j + 1) || (S_mod(c, j + 1) && S_season(c, j + 1 + S_mod(c, j + 1)))))
    j++; /* "the summer", "the early summer" */
  j += S_mod(c, j);
  prefixed = j > i;
  if(IS(c, j, "this") && IS(c, j + 1, "past")) {
    rel = -1; /* "this past spring" */
    j += 2;
  } else if(IS(c, j, "last") || IS(c, j, "past")) {
    rel = -1;
    j++;
  } else if(IS(c, j, "next")) {
    rel = 1;
    j++;
  } else if(IS(c, j, "this")) {
    rel = 2;
    j++;
  }
  mo = S_month_at(c, j, &k);
  if(!mo) {
    int sy;
    season = S_season(c, j);
    if(!season)
      return 0;
    if(!rel && !prefixed && !(i > 0 && (IS(c, i - 1, "in") || IS(c, i - 1, "during") ||
                                        IS(c, i - 1, "since") || IS(c, i - 1, "until") ||
                                        IS(c, i - 1, "by") || IS(c, i - 1, "this"))) &&
       !NDIG(c, j + 1) && !(IS(c, j + 1, "of") && S_spelled_year(c, j + 2, &sy)))
      return 0;
    k = j + 1;
  } else if(!rel && !prefixed && !S_month_alone_ok(c, j, mo)) {
    if(!(NDIG(c, k) == 4))
      return 0;
  }
  if(!mo && !season)
    return 0;
  /* explicit year after it */
  {
    size_t f = k;
    if(IS(c, f, "of") || P(c, f, ','))
      f++;
    int sy = 0;
    size_t sn = 0;
    if(NDIG(c, f) == 4 && c->t[f].num >= 1000 && c->t[f].num < 2200 && !rel) {
      y = (int)c->t[f].num;
      k = f + 1;
    } else if(!rel && (sn = S_spelled_year(c, f, &sy)) > 0) {
      y = sy;
      k = f + sn;
    } else if((IS(c, k, "this") || IS(c, k, "last") || IS(c, k, "next")) && IS(c, k + 1, "year") &&
              c->has && !rel) {
      y = c->dct.year + (IS(c, k, "last") ? -1 : IS(c, k, "next") ? 1 : 0);
      k += 2;
      m->anchored = true;
    }
  }
  if(!y && c->has) {
    int cm = c->dct.month, cy = c->dct.year;
    m->anchored = true;
    if(season) {
      int cs = cm == 12 || cm <= 2 ? 4 : (cm - 3) / 3 + 1;
      if(cm <= 2 && rel != 2)
        cy--; /* the winter under way began last year */
      if(rel == 2)
        y = cy;
      else if(rel == -1)
        y = season < cs ? cy : cy - 1;
      else if(rel == 1)
        y = season > cs ? cy : cy + 1;
      else {
        dir = S_tense(c, i, k - 1);
        y = dir > 0 ? (season >= cs ? cy : cy + 1) : (season <= cs ? cy : cy - 1);
      }
    } else if(rel == 2) {
      y = cy;
    } else if(rel == -1) {
      /* "last February" said in March is a year back, as TimeBank reads it */
      y = mo < cm - 1 ? cy : cy - 1;
      dir = -1;
    } else if(rel == 1) {
      y = mo > cm ? cy : cy + 1;
      dir = 1;
    } else {
      int od = 0;
      dir = S_tense(c, i, k - 1);
      y = S_month_year(c, mo, 0, dir, &od);
      dir = od;
    }
    m->dir = dir;
  }
  m->type = NKG_TIMEX_DATE;
  if(season) {
    if(y)
      S_val(m, "%04d-%s", y, S_season_code[season]);
    else
      S_val(m, "XXXX-%s", S_season_code[season]);
  } else {
    if(y)
      S_val(m, "%04d-%02d", y, mo);
    else
      S_val(m, "XXXX-%02d", mo);
  }
  return k - i;
}

/* Calendar units relative to the DCT: last week, this month, next year,
 * earlier this year, the coming weeks, year-earlier, the current quarter. */
static size_t S_r_relunit(S_ctx *c, size_t i, S_m *m)
{
  size_t j = i, k;
  int rel = 99;
  bool pl;
  S_unit u;
  int y, mo, d;
  j += S_mod(c, j);
  if(IS(c, j, "last") || IS(c, j, "previous")) {
    rel = -1;
  } else if(IS(c, j, "next")) {
    rel = 1;
  } else if(IS(c, j, "this") || IS(c, j, "current")) {
    rel = 0;
  } else if(IS(c, j, "the") && (IS(c, j + 1, "current") || IS(c, j + 1, "present"))) {
    rel = 0;
    j++;
  } else if(IS(c, j, "the") && IS(c, j + 1, "coming")) {
    rel = 5;
    j++;
  } else if(IS(c, j, "coming") || IS(c, j, "upcoming")) {
    rel = 5;
  } else if(IS(c, j, "the") && IS(c, j + 1, "weekend")) {
    rel = 6; /* "over the weekend": the last one, unless the verb looks ahead */
  } else if(IS(c, j, "year") && P(c, j + 1, '-') && (IS(c, j + 2, "earlier") || IS(c, j + 2, "ago")) &&
            GLUED(c, j + 1) && GLUED(c, j + 2)) {
    /* year-earlier, year-ago */
    size_t e = j + 3;
    if(S_quarter_near(c, i))
      S_val(m, "%04d-Q%d", c->qy - 1, c->qq);
    else if(!c->has && !c->ay)
      S_val(m, "XXXX");
    else
      S_val(m, "%04d", (c->has ? c->dct.year : c->ay) - 1);
    m->type = NKG_TIMEX_DATE;
    m->anchored = true;
    m->dir = -1;
    if(IS(c, i, "the") && (IS(c, e, "period") || IS(c, e, "quarter")))
      return 0; /* left to the quarter rule */
    return e - i;
  } else {
    return 0;
  }
  j++;
  if(IS(c, j, "fiscal") || IS(c, j, "financial") || IS(c, j, "calendar"))
    j++;
  if(j >= c->n || c->t[j].kind != 'w')
    return 0;
  u = S_unit_at(c, j, &pl);
  if(u == U_NONE || u == U_SEC || u == U_MIN || u == U_HOUR)
    return 0;
  if(CAP(c, j) && CAP(c, i) && !(c->t[i].nl))
    return 0; /* "This Week": a title */
  k = j + 1;
  m->anchored = true;
  m->type = NKG_TIMEX_DATE;
  if(rel == 5) {
    if(!pl && u != U_WEEKEND)
      return 0;
    S_val(m, "FUTURE_REF");
    m->dir = 1;
    return k - i;
  }
  if(pl)
    return 0; /* "last three years" is the duration rule's */
  if(rel == 6 && u != U_WEEKEND)
    return 0;
  m->dir = rel == 6 ? -1 : rel;
  if(!c->has) {
    switch(u) {
    case U_DAY:
      S_val(m, "XXXX-XX-XX");
      break;
    case U_WEEK:
      S_val(m, "XXXX-WXX");
      break;
    case U_WEEKEND:
      S_val(m, "XXXX-WXX-WE");
      break;
    case U_MONTH:
      S_val(m, "XXXX-XX");
      break;
    case U_QUARTER:
      S_val(m, "XXXX-QX");
      break;
    case U_YEAR:
      S_val(m, "XXXX");
      break;
    case U_DECADE:
      S_val(m, "XXX");
      break;
    case U_CENTURY:
      S_val(m, "XX");
      break;
    case U_NONE:
    case U_SEC:
    case U_MIN:
    case U_HOUR:
      return 0;
    }
    return k - i;
  }
  y = c->dct.year;
  mo = c->dct.month;
  d = c->dct.day;
  switch(u) {
  case U_DAY:
    S_add_days(&y, &mo, &d, rel);
    S_set_day(m, y, mo, d);
    break;
  case U_WEEK:
    S_add_days(&y, &mo, &d, 7L * rel);
    S_week_val(m, y, mo, d);
    break;
  case U_WEEKEND: {
    int wd = nkg_timex__wday(y, mo, d);
    if(rel == 6) {
      if(wd < 6 && S_tense(c, i, k - 1) <= 0)
        S_add_days(&y, &mo, &d, -7);
    } else if(rel < 0 && wd < 6)
      S_add_days(&y, &mo, &d, -7);
    else if(rel > 0)
      S_add_days(&y, &mo, &d, 7);
    else if(rel == 0 && wd < 6 && S_tense(c, i, k - 1) < 0)
      S_add_days(&y, &mo, &d, -7);

    S_week_val(m, y, mo, d);
    strcat(m->value, "-WE");
    break;
  }
  case U_MONTH:
    S_add_months(&y, &mo, rel);
    S_val(m, "%04d-%02d", y, mo);
    break;
  case U_QUARTER: {
    int q = (mo - 1) / 3 + rel;
    while(q < 0) {
      q += 4;
      y--;
    }
    while(q > 3) {
      q -= 4;
      y++;
    }
    S_val(m, "%04d-Q%d", y, q + 1);
    break;
  }
  case U_YEAR:
    S_val(m, "%04d", y + rel);
    break;
  case U_DECADE:
    S_val(m, "%03d", y / 10 + rel);
    break;
  case U_CENTURY:
    S_val(m, "%02d", y / 100 + rel);
    break;
  case U_NONE:
  case U_SEC:
  case U_MIN:
  case U_HOUR:
    return 0;
  }
  return k - i;
}

/* Fiscal quarters and halves: the third quarter, third-quarter, the 1988
 * second quarter, the first quarter of 1999, the latest quarter, the
 * year-ago quarter, the first half. */
/* "a year ago", "a year earlier", "last year", "of last year", "the year
 * before" at token i: the tokens it takes, 0 if none. */
static size_t S_year_back(const S_ctx *c, size_t i)
{
  if(IS(c, i, "a") && IS(c, i + 1, "year") &&
     (IS(c, i + 2, "ago") || IS(c, i + 2, "earlier") || IS(c, i + 2, "before")))
    return 3;
  if(IS(c, i, "last") && IS(c, i + 1, "year"))
    return 2;
  if(IS(c, i, "of") && IS(c, i + 1, "last") && IS(c, i + 2, "year"))
    return 3;
  if(IS(c, i, "the") && IS(c, i + 1, "year") && (IS(c, i + 2, "before") || IS(c, i + 2, "earlier")))
    return 3;
  return 0;
}

static size_t S_r_quarter(S_ctx *c, size_t i, S_m *m)
{
  static const char *const ord[] = {"first", "second", "third", "fourth", NULL};
  size_t j = i, k;
  int q = 0, y = 0, yshift = 0, half = 0;
  bool latest = false, det = false, possessive = false;
  if(IS(c, j, "the") || IS(c, j, "its") || IS(c, j, "their") || IS(c, j, "a") ||
     IS(c, j, "that")) {
    det = true;
    j++;
  }
  if((IS(c, j, "this") || IS(c, j, "last") || IS(c, j, "next")) && IS(c, j + 1, "year") &&
     P(c, j + 2, '\'') && IS(c, j + 3, "s")) {
    if(c->has)
      y = c->dct.year + (IS(c, j, "last") ? -1 : IS(c, j, "next") ? 1 : 0);
    j += 4;
    possessive = true; /* "last year's quarter" */
  }
  if(IS(c, j, "year") && P(c, j + 1, '-') && (IS(c, j + 2, "ago") || IS(c, j + 2, "earlier")) &&
     GLUED(c, j + 1)) {
    yshift = -1;
    j += 3;
  } else if(IS(c, j, "comparable") || IS(c, j, "corresponding") || IS(c, j, "same")) {
    size_t s = j + 1;
    if(IS(c, s, "year") && P(c, s + 1, '-') && (IS(c, s + 2, "ago") || IS(c, s + 2, "earlier"))) {
      yshift = -1;
      j = s + 3;
    } else if((IS(c, s, "quarter") || IS(c, s, "period")) && S_year_back(c, s + 1)) {
      yshift = -1; /* "the corresponding period last year" */
      j = s;
    } else {
      return 0;
    }
  }
  if(NDIG(c, j) == 4 && S_year_like(c, j)) {
    y = (int)c->t[j].num;
    j++;
  }
  if(IS(c, j, "fiscal"))
    j++;
  if(IS(c, j, "latest") || IS(c, j, "recent") || IS(c, j, "just-ended") ||
     IS(c, j, "most")) {
    if(IS(c, j, "most") && IS(c, j + 1, "recent"))
      j++;
    latest = true;
    j++;
  } else if(IS(c, j, "current")) {
    j++;
    latest = false;
    q = c->has ? (c->dct.month - 1) / 3 + 1 : 0;
    if(!IS(c, j, "quarter"))
      return 0;
    k = j + 1;
    if(!c->has) {
      S_val(m, "XXXX-QX");
    } else {
      S_val(m, "%04d-Q%d", c->dct.year, q);
    }
    m->type = NKG_TIMEX_DATE;
    m->anchored = true;
    return k - i;
  } else if(j < c->n && c->t[j].kind == 'w') {
    int o;
    for(o = 0; ord[o]; o++)
      if(S_is_str(c, j, ord[o]))
        break;
    if(ord[o]) {
      q = o + 1;
      j++;
    } else if(IS(c, j, "final") || IS(c, j, "last")) {
      if(!IS(c, j + 1, "quarter") && !(P(c, j + 1, '-') && IS(c, j + 2, "quarter")))
        return 0;
      q = 4;
      j++;
    }
  } else if(NUM(c, j) && NDIG(c, j) == 1 && S_ordinal_suffix(c, j + 1)) {
    q = (int)c->t[j].num;
    j += 2;
  }
  if(P(c, j, '-') && GLUED(c, j) && (IS(c, j + 1, "quarter") || IS(c, j + 1, "half")))
    j++;
  if(IS(c, j, "quarter")) {
    k = j + 1;
  } else if(IS(c, j, "half") && (q == 1 || q == 2)) {
    half = q;
    q = 0;
    k = j + 1;
  } else if((latest || yshift) && IS(c, j, "period") && det) {
    k = j + 1;
  } else {
    return 0;
  }
  if(!q && !half && !latest && !yshift && !det && !possessive)
    return 0;
  if(!yshift && !y && det && IS(c, i, "the") && S_year_back(c, k)) {
    /* "the quarter a year ago": one span, a year back */
    k += S_year_back(c, k);
    yshift = -1;
  } else if(yshift && S_year_back(c, k)) {
    k += S_year_back(c, k);
  }
  if(!q && !half && !latest && !yshift && det) {
    if(!IS(c, i, "the") || IS(c, j, "period"))
      return 0;
    latest = true; /* "the quarter": the one being reported */
  }
  if(!q && !half && y && c->has) {
    /* "the 1988 quarter": the quarter being reported, in that year */
    q = (c->dct.month - 1) / 3;
    if(q == 0)
      q = 4;
  }
  /* "third-quarter results": the adjective alone is the timex (TimeBank);
   * "the third quarter" keeps its article */
  if(k >= 2 && P(c, k - 2, '-')) {
    size_t first = i;
    while(first < k && (IS(c, first, "the") || IS(c, first, "a") || IS(c, first, "its") ||
                        IS(c, first, "their") || IS(c, first, "that")))
      first++;
    if(first > i)
      return 0; /* the match starting at the adjective wins */
  } else if(det && !IS(c, i, "the")) {
    return 0;
  }
  if(q > 4)
    return 0;
  /* "of 1999", "of fiscal 1999" */
  {
    size_t f = k;
    if(IS(c, f, "of") || IS(c, f, "in")) {
      f++;
      if(IS(c, f, "fiscal"))
        f++;
      if(NDIG(c, f) == 4 && S_year_like(c, f)) {
        y = (int)c->t[f].num;
        k = f + 1;
      }
    }
  }
  m->type = NKG_TIMEX_DATE;
  if(!y) {
    if(!c->has) {
      if(half)
        S_val(m, "XXXX-H%d", half);
      else if(q)
        S_val(m, "XXXX-Q%d", q);
      else
        S_val(m, "XXXX-QX");
      return k - i;
    }
    m->anchored = true;
    y = c->dct.year;
    {
      int cq = (c->dct.month - 1) / 3 + 1;
      if(latest || (!q && !half)) {
        q = cq - 1;
        if(q == 0) {
          q = 4;
          y--;
        }
      } else if(q && q > cq) {
        int dir = S_tense(c, i, k - 1);
        if(dir <= 0)
          y--;
      } else if(half && (half - 1) * 6 + 1 > c->dct.month) {
        if(S_tense(c, i, k - 1) <= 0)
          y--;
      }
    }
  }
  y += yshift;
  m->quarter = !yshift && !half;
  if(half)
    S_val(m, "%04d-H%d", y, half);
  else
    S_val(m, "%04d-Q%d", y, q);
  return k - i;
}

/* Counted units: two weeks ago, a year earlier, nearly two months, the
 * past three years, 16-hour, two-year-old, several days, years. */
static size_t S_r_count(S_ctx *c, size_t i, S_m *m)
{
  size_t j = i, cn, k;
  long n = 0;
  bool pl, half = false, the = false, framed = false;
  S_unit u;
  if(IS(c, j, "the")) {
    the = true;
    j++;
  }
  if(IS(c, j, "past") || IS(c, j, "last") || IS(c, j, "next") || IS(c, j, "first") ||
     IS(c, j, "previous") || IS(c, j, "following") || IS(c, j, "coming") ||
     IS(c, j, "final") || IS(c, j, "initial")) {
    framed = true;
    j++;
  } else if(!the) {
    if(IS(c, j, "nearly") || IS(c, j, "almost") || IS(c, j, "over") || IS(c, j, "under")) {
      j++;
    } else if((IS(c, j, "more") || IS(c, j, "less") || IS(c, j, "fewer")) && IS(c, j + 1, "than")) {
      j += 2;
    } else if((IS(c, j, "at") && (IS(c, j + 1, "least") || IS(c, j + 1, "most"))) ||
              (IS(c, j, "up") && IS(c, j + 1, "to"))) {
      j += 2;
    }
  }
  cn = S_count(c, j, &n);
  if(cn == 0) {
    /* "the past year", "the last week": one unit */
    if(framed && the && j < c->n && c->t[j].kind == 'w' && !IS(c, j - 1, "following") &&
       !IS(c, j - 1, "next") && !IS(c, j - 1, "previous")) {
      u = S_unit_at(c, j, &pl);
      if(u == U_YEAR && !pl && c->has && (IS(c, j - 1, "past") || IS(c, j - 1, "last"))) {
        m->type = NKG_TIMEX_DATE;
        m->anchored = true;
        m->dir = -1;
        S_val(m, "%04d", c->dct.year - 1);
        return j + 1 - i;
      }
      if(u != U_NONE && !pl && u != U_WEEKEND) {
        m->type = NKG_TIMEX_DURATION;
        S_dur(m, 1, u, false);
        return j + 1 - i;
      }
      if(u != U_NONE && pl && (IS(c, j - 1, "past") || IS(c, j - 1, "last"))) {
        /* "the last few months" came through S_count; bare "the past years" */
        m->type = NKG_TIMEX_DURATION;
        S_dur(m, -1, u, false);
        return j + 1 - i;
      }
    }
    return 0;
  }
  k = j + cn;
  if(k > j + 1 && NUM(c, j) && NUM(c, k - 1))
    half = true; /* 2 1/2 */
  if(IS(c, k - 1, "half") && IS(c, k - 2, "a") && IS(c, k - 3, "and"))
    half = true;
  /* 16-hour, two-year, 30-year-old */
  if(P(c, k, '-') && GLUED(c, k) && GLUED(c, k + 1) && k + 1 < c->n && c->t[k + 1].kind == 'w') {
    u = S_unit_at(c, k + 1, &pl);
    if(u == U_NONE || pl)
      return 0;
    k += 2;
    if(P(c, k, '-') && IS(c, k + 1, "old") && GLUED(c, k) && GLUED(c, k + 1))
      return 0; /* an age: "a 6-year-old boy" */
    else if(P(c, k, '-') && IS(c, k + 1, "long") && GLUED(c, k))
      k += 2;
    if(n < 0)
      return 0;
    if(the)
      return 0; /* "the 30-day period": the adjective alone, from the next token */
    m->type = NKG_TIMEX_DURATION;
    S_dur(m, n, u, half);
    return k - i;
  }
  if(k + 2 < c->n && P(c, k + 1, '-') && GLUED(c, k + 1) &&
     (IS(c, k + 2, "earlier") || IS(c, k + 2, "ago")))
    return 0; /* "a year-earlier loss": the adjective is the expression */
  if(IS(c, k, "more") || IS(c, k, "additional") || IS(c, k, "straight") ||
     IS(c, k, "consecutive") || IS(c, k, "full") || IS(c, k, "long") ||
     ((IS(c, k, "trading") || IS(c, k, "business") || IS(c, k, "working")) &&
      IS(c, k + 1, "days")))
    k++; /* "three more days", "eight trading days" */
  if(k >= c->n || c->t[k].kind != 'w')
    return 0;
  u = S_unit_at(c, k, &pl);
  if(u == U_NONE)
    return 0;
  if(n == 1 && pl && !half)
    return 0;
  if(CAP(c, k) && !(c->t[k].nl) && !CAP(c, j))
    return 0; /* "60 Minutes": a title */
  if(IS(c, j, "a") && (u == U_SEC || u == U_QUARTER) &&
     !(IS(c, k + 1, "ago") || IS(c, k + 1, "earlier") || IS(c, k + 1, "later")))
    return 0; /* "a second group", "a quarter of the market" */
  /* "a year" in "$5 a year" or "twice a year" is a rate (SET) */
  k++;
  if(!half && (n == 1 || !pl) && IS(c, k, "and") && IS(c, k + 1, "a") && IS(c, k + 2, "half") &&
     (u == U_YEAR || u == U_HOUR || u == U_DAY || u == U_MIN)) {
    half = true; /* "a year and a half" */
    k += 3;
  }
  if(IS(c, j, "a") && !framed && !the && j == i && (u == U_DAY || u == U_WEEK ||
                                                    u == U_MONTH || u == U_YEAR) &&
     i > 0 && (NUM(c, i - 1) || (i > 1 && NUM(c, i - 2) && c->t[i - 1].kind == 'w') ||
               IS(c, i - 1, "twice") || IS(c, i - 1, "times") ||
               IS(c, i - 1, "once") || IS(c, i - 1, "million") || IS(c, i - 1, "billion") ||
               IS(c, i - 1, "percent") || IS(c, i - 1, "thousand") || P(c, i - 1, '%') ||
               IS(c, i - 1, "hundred") || IS(c, i - 1, "dollars") || IS(c, i - 1, "barrels") ||
               IS(c, i - 1, "tons") || IS(c, i - 1, "cents"))) {
    if(!(IS(c, k, "ago") || IS(c, k, "earlier") || IS(c, k, "later") || IS(c, k, "before") ||
         IS(c, k, "after")))
      return 0; /* a rate ("$5 a year", "700 seats a week"): TimeBank leaves it */
  }
  if(IS(c, k, "old") || (P(c, k, '-') && IS(c, k + 1, "old") && GLUED(c, k))) {
    /* "two years old": an age */
    return 0;
  }
  /* ago / earlier / later / from now */
  if(!framed && (IS(c, k, "ago") || IS(c, k, "earlier") || IS(c, k, "later") ||
                 IS(c, k, "before") || IS(c, k, "after") || IS(c, k, "hence") ||
                 (IS(c, k, "from") && IS(c, k + 1, "now")))) {
    int sign = (IS(c, k, "ago") || IS(c, k, "earlier") || IS(c, k, "before")) ? -1 : 1;
    bool ago = IS(c, k, "ago") || IS(c, k, "from") || IS(c, k, "hence");
    bool rel_anchor = IS(c, k, "earlier") || IS(c, k, "later");
    int y, mo, d;
    if(IS(c, k, "before") || IS(c, k, "after")) {
      m->type = NKG_TIMEX_DURATION;
      S_dur(m, n, u, half);
      return k - i;
    }
    if(n < 0 || half || u == U_SEC || u == U_MIN || u == U_HOUR) {
      if(n < 0 && ago) {
        S_val(m, sign < 0 ? "PAST_REF" : "FUTURE_REF");
        m->type = NKG_TIMEX_DATE;
        m->anchored = true;
        m->dir = sign;
        return k + (IS(c, k, "from") ? 2 : 1) - i;
      }
      /* "days earlier", "hours later": a duration, never an exact time */
      m->type = NKG_TIMEX_DURATION;
      S_dur(m, n, u, half);
      return k - i;
    }
    if(ago && !c->has) {
      m->type = NKG_TIMEX_DATE;
      S_val(m, u == U_DAY ? "XXXX-XX-XX" : u == U_WEEK ? "XXXX-WXX" :
               u == U_MONTH ? "XXXX-XX" : "XXXX");
      m->anchored = true;
      m->dir = sign;
      return k + (IS(c, k, "from") ? 2 : 1) - i;
    }
    if(rel_anchor && c->ad) {
      y = c->ay;
      mo = c->am;
      d = c->ad;
    } else if(c->has) {
      y = c->dct.year;
      mo = c->dct.month;
      d = c->dct.day;
    } else {
      m->type = NKG_TIMEX_DURATION;
      S_dur(m, n, u, half);
      return k - i;
    }
    m->type = NKG_TIMEX_DATE;
    m->anchored = true;
    m->dir = sign;
    switch(u) {
    case U_DAY:
      S_add_days(&y, &mo, &d, sign * n);
      S_set_day(m, y, mo, d);
      break;
    case U_WEEK:
    case U_WEEKEND:
      S_add_days(&y, &mo, &d, sign * 7 * n);
      S_week_val(m, y, mo, d);
      break;
    case U_MONTH:
      S_add_months(&y, &mo, (int)(sign * n));
      S_val(m, "%04d-%02d", y, mo);
      break;
    case U_QUARTER:
      S_add_months(&y, &mo, (int)(sign * 3 * n));
      S_val(m, "%04d-Q%d", y, (mo - 1) / 3 + 1);
      break;
    case U_YEAR:
      if(S_quarter_near(c, i) && n == 1 && sign < 0)
        S_val(m, "%04d-Q%d", c->qy - 1, c->qq);
      else
        S_val(m, "%04ld", y + sign * n);
      break;
    case U_DECADE:
      S_val(m, "%04ld", y + sign * 10 * n);
      break;
    case U_CENTURY:
      S_val(m, "%02ld", (y + sign * 100 * n) / 100);
      break;
    case U_NONE:
    case U_SEC:
    case U_MIN:
    case U_HOUR:
      break;
    }
    return k + (IS(c, k, "from") ? 2 : 1) - i;
  }
  if(the && !framed && n < 0)
    return 0;
  /* "the past few days" -> vague; "the past two weeks" -> P2W */
  if(framed && n < 0 && (IS(c, j - 1, "past") || IS(c, j - 1, "last")) &&
     (IS(c, j, "few") || IS(c, j + 1, "few"))) {
    m->type = NKG_TIMEX_DURATION;
    S_dur(m, -1, u, false);
    return k - i;
  }
  m->type = NKG_TIMEX_DURATION;
  S_dur(m, n, u, half);
  return k - i;
}

/* Bare plural units: "for years", "within weeks", "days after". */
static size_t S_r_bare_units(S_ctx *c, size_t i, S_m *m)
{
  bool pl;
  S_unit u;
  if(i >= c->n || c->t[i].kind != 'w')
    return 0;
  u = S_unit_at(c, i, &pl);
  if(u == U_NONE || !pl || u == U_WEEKEND || u == U_QUARTER)
    return 0;
  if(!(i > 0 && (IS(c, i - 1, "for") || IS(c, i - 1, "within") || IS(c, i - 1, "in") ||
                 IS(c, i - 1, "over") || IS(c, i - 1, "just") || IS(c, i - 1, "took") ||
                 IS(c, i - 1, "lasted") || IS(c, i - 1, "take") || IS(c, i - 1, "spent") ||
                 IS(c, i - 1, "only") || P(c, i - 1, ','))) &&
     !(IS(c, i + 1, "after") || IS(c, i + 1, "before") || IS(c, i + 1, "earlier") ||
       IS(c, i + 1, "later")))
    return 0;
  if(i > 0 && IS(c, i - 1, "in") && !(IS(c, i + 1, ".") || P(c, i + 1, '.') ||
                                       P(c, i + 1, ',') || IS(c, i + 1, "to")))
    return 0;
  m->type = NKG_TIMEX_DURATION;
  S_dur(m, -1, u, false);
  return 1;
}

/* Sets: daily, weekly, every Monday, each July, every two weeks. */
static size_t S_r_set(S_ctx *c, size_t i, S_m *m)
{
  static const struct {
    const char *w, *v;
  } adv[] = {{"daily", "P1D"},     {"nightly", "P1D"},   {"weekly", "P1W"},
             {"monthly", "P1M"},   {"annually", "P1Y"},  {"yearly", "P1Y"},
             {"quarterly", "P3M"}, {"hourly", "PT1H"},   {"biweekly", "P2W"},
             {"semiannually", "P6M"}, {"weekdays", "XXXX-WXX-WD"}, {NULL, NULL}};
  size_t k, j;
  bool pl;
  S_unit u;
  int wd, mo;
  if(IS(c, i, "annually") && i > 0 && (P(c, i - 1, '%') || IS(c, i - 1, "percent")))
    return 0; /* "rise 8% annually": a growth rate */
  for(k = 0; adv[k].w; k++)
    if(S_is_str(c, i, adv[k].w) && strcmp(adv[k].w, "weekdays") &&
       !(!strcmp(adv[k].w, "quarterly") && i + 1 < c->n && c->t[i + 1].kind == 'w')) {
      S_val(m, "%s", adv[k].v);
      m->type = NKG_TIMEX_SET;
      return 1;
    }
  if(!(IS(c, i, "every") || IS(c, i, "each") || IS(c, i, "per")))
    return 0;
  if(IS(c, i, "per") && !(IS(c, i + 1, "day") || IS(c, i + 1, "week") || IS(c, i + 1, "month") ||
                          IS(c, i + 1, "year")))
    return 0;
  j = i + 1;
  if(IS(c, j, "other")) {
    j++;
    if(j < c->n && c->t[j].kind == 'w' && (u = S_unit_at(c, j, &pl)) != U_NONE && !pl) {
      S_dur(m, 2, u, false);
      m->type = NKG_TIMEX_SET;
      return j + 1 - i;
    }
    return 0;
  }
  if(j < c->n && c->t[j].kind == 'w' && (wd = S_wd(c, j)->wday) > 0 && c->t[j].len > 5) {
    const char *part = S_daypart(c, j + 1);
    if(part)
      S_val(m, "XXXX-WXX-%dT%s", wd, part);
    else
      S_val(m, "XXXX-WXX-%d", wd);
    m->type = NKG_TIMEX_SET;
    return j + (part ? 2 : 1) - i;
  }
  if(j < c->n && c->t[j].kind == 'w' && (mo = S_wd(c, j)->month) > 0 && c->t[j].len > 3 &&
     CAP(c, j)) {
    S_val(m, "XXXX-%02d", mo);
    m->type = NKG_TIMEX_SET;
    return j + 1 - i;
  }
  if(S_daypart(c, j) && IS(c, i, "every")) {
    S_val(m, "XXXX-XX-XXT%s", S_daypart(c, j));
    m->type = NKG_TIMEX_SET;
    return j + 1 - i;
  }
  {
    long n = 1;
    size_t cn = 0;
    if(NUM(c, j) || S_wd(c, j)->small > 1) {
      cn = S_count(c, j, &n);
      if(n < 0)
        return 0;
    }
    j += cn;
    if(j < c->n && c->t[j].kind == 'w' && (u = S_unit_at(c, j, &pl)) != U_NONE &&
       pl == (cn > 0 && n > 1)) {
      S_dur(m, n, u, false);
      m->type = NKG_TIMEX_SET;
      return j + 1 - i;
    }
  }
  return 0;
}

/* PAST_REF / PRESENT_REF / FUTURE_REF words, and days named relative to
 * the last date mentioned ("the next day", "the following year"). */
static size_t S_r_refs(S_ctx *c, size_t i, S_m *m)
{
  size_t j;
  m->type = NKG_TIMEX_DATE;
  m->anchored = true;
  if(IS(c, i, "now") && !(P(c, i + 1, '-') && GLUED(c, i + 1)) &&
     !(CAP(c, i) && P(c, i + 1, ','))) { /* "Now, he says": a discourse marker */
    S_val(m, "PRESENT_REF");
    return 1;
  }
  if(IS(c, i, "currently") || IS(c, i, "nowadays") || IS(c, i, "presently")) {
    S_val(m, "PRESENT_REF");
    return 1;
  }
  if(IS(c, i, "current") && i + 1 < c->n && c->t[i + 1].kind == 'w' &&
     !IS(c, i + 1, "account") && !IS(c, i + 1, "affairs") && !IS(c, i + 1, "events") &&
     !IS(c, i + 1, "accounts") && !IS(c, i + 1, "quarter") && !IS(c, i + 1, "year") &&
     !IS(c, i + 1, "month") && !IS(c, i + 1, "week") && !IS(c, i + 1, "fiscal")) {
    S_val(m, "PRESENT_REF");
    return 1;
  }
  if(IS(c, i, "these") && IS(c, i + 1, "days")) {
    S_val(m, "PRESENT_REF");
    return 2;
  }
  if(IS(c, i, "the") && IS(c, i + 1, "moment") && i > 0 && IS(c, i - 1, "at")) {
    S_val(m, "PRESENT_REF");
    return 2;
  }
  if(IS(c, i, "recently") || IS(c, i, "lately")) {
    S_val(m, "PAST_REF");
    return 1;
  }
  if((IS(c, i, "more") || IS(c, i, "most")) && IS(c, i + 1, "recently")) {
    S_val(m, "PAST_REF");
    return 2;
  }
  if(IS(c, i, "recent") && i + 1 < c->n) {
    bool pl;
    S_unit u = S_unit_at(c, i + 1, &pl);
    if(u != U_NONE && pl) {
      /* "in recent years": a vague stretch of the past */
      m->type = NKG_TIMEX_DURATION;
      m->anchored = false;
      S_dur(m, -1, u, false);
      if(u == U_YEAR || u == U_DAY) {
        m->type = NKG_TIMEX_DATE;
        m->anchored = true;
        S_val(m, "PAST_REF");
      }
      return 2;
    }
    return 0; /* "the recent bomb attacks": too often unmarked */
  }
  if(IS(c, i, "as") && IS(c, i + 1, "soon") && IS(c, i + 2, "as") && IS(c, i + 3, "possible")) {
    S_val(m, "FUTURE_REF");
    return 4;
  }
  if(IS(c, i, "the") && (IS(c, i + 1, "past") || IS(c, i + 1, "future"))) {
    bool pl;
    long n;
    /* "the past" alone; "the past three years" is a duration */
    if(!(i + 2 < c->n && c->t[i + 2].kind == 'w' &&
         (S_unit_at(c, i + 2, &pl) != U_NONE || S_count(c, i + 2, &n) ||
          IS(c, i + 2, "few") || IS(c, i + 2, "several")))) {
      S_val(m, IS(c, i + 1, "past") ? "PAST_REF" : "FUTURE_REF");
      return 2;
    }
  }
  if(IS(c, i, "the") && (IS(c, i + 1, "near") || IS(c, i + 1, "distant")) &&
     IS(c, i + 2, "future")) {
    S_val(m, "FUTURE_REF");
    return 3;
  }

  if(IS(c, i, "the") && IS(c, i + 1, "time") && i > 0 && IS(c, i - 1, "at") &&
     !IS(c, i + 2, "of") && !IS(c, i + 2, "being")) {
    S_val(m, "PAST_REF");
    return 2;
  }
  /* "for the year", "the full year", "the fiscal year": the reporting year */
  if(IS(c, i, "the") && i > 0 &&
     (IS(c, i - 1, "for") || IS(c, i - 1, "in") || IS(c, i - 1, "during") ||
      IS(c, i - 1, "through") || IS(c, i - 1, "of"))) {
    size_t k = i + 1;
    if(IS(c, k, "full") || IS(c, k, "fiscal") || IS(c, k, "entire") || IS(c, k, "whole"))
      k++;
    if(IS(c, k, "year") && (IS(c, k + 1, "ended") || IS(c, k + 1, "ending"))) {
      /* "the year ended Sept. 30": a twelve-month period */
      m->type = NKG_TIMEX_DURATION;
      m->anchored = false;
      S_val(m, "P1Y");
      return k + 1 - i;
    }
    if(IS(c, k, "year") && c->has && !IS(c, k + 1, "before") && !IS(c, k + 1, "after") &&
       !IS(c, k + 1, "earlier") && !IS(c, k + 1, "ago") && !NUM(c, k + 1) &&
       !(P(c, k + 1, '-') && GLUED(c, k + 1)) && !P(c, k + 1, '\'') &&
       !IS(c, k + 1, "two")) {
      S_val(m, "%04d", c->dct.year);
      return k + 1 - i;
    }
  }
  /* "until then", "by then": the date the text just named ("since then"
   * is left alone: it reads as a connective more than as a date) */
  if(IS(c, i, "then") && i > 0 && c->ay &&
     (IS(c, i - 1, "until") || IS(c, i - 1, "till") || IS(c, i - 1, "by")) &&
     c->sent[i] <= c->asent + 1) {
    if(c->ad)
      S_set_day(m, c->ay, c->am, c->ad);
    else if(c->am)
      S_val(m, "%04d-%02d", c->ay, c->am);
    else
      S_val(m, "%04d", c->ay);
    m->type = NKG_TIMEX_DATE;
    m->anchored = true;
    return 1;
  }
  /* days named from the last date mentioned */
  j = i;
  if(IS(c, j, "the") || IS(c, j, "that")) {
    int off = 0;
    bool ok = false;
    size_t k = j + 1;
    if(IS(c, j, "the") && (IS(c, k, "next") || IS(c, k, "following"))) {
      off = 1;
      ok = true;
      k++;
    } else if(IS(c, j, "the") && IS(c, k, "previous")) {
      off = -1;
      ok = true;
      k++;
    } else if(IS(c, j, "that") || (IS(c, j, "the") && IS(c, k, "same"))) {
      off = 0;
      ok = true;
      if(IS(c, k, "same"))
        k++;
    }
    if(ok && (IS(c, k, "day") || S_daypart(c, k)) && (c->ad || c->has)) {
      int y = c->ad ? c->ay : c->dct.year, mo = c->ad ? c->am : c->dct.month,
          d = c->ad ? c->ad : c->dct.day;
      const char *part = S_daypart(c, k);
      S_add_days(&y, &mo, &d, off);
      S_set_day(m, y, mo, d);
      m->dir = off;
      if(part) {
        size_t n0 = strlen(m->value);
        snprintf(m->value + n0, sizeof m->value - n0, "T%s", part);
        m->type = NKG_TIMEX_TIME;
      }
      return k + 1 - i;
    }
    if(ok && IS(c, k, "year") && (c->ay || c->has)) {
      int y = c->ay ? c->ay : c->dct.year;
      S_val(m, "%04d", y + off);
      m->dir = off;
      return k + 1 - i;
    }
    if(ok && IS(c, k, "month") && (c->am || c->has)) {
      int y = c->am ? c->ay : c->dct.year, mo = c->am ? c->am : c->dct.month;
      S_add_months(&y, &mo, off);
      S_val(m, "%04d-%02d", y, mo);
      m->dir = off;
      return k + 1 - i;
    }
    if(ok && (IS(c, k, "week")) && (c->ad || c->has) && off != 0) {
      int y = c->ad ? c->ay : c->dct.year, mo = c->ad ? c->am : c->dct.month,
          d = c->ad ? c->ad : c->dct.day;
      S_add_days(&y, &mo, &d, 7L * off);
      S_week_val(m, y, mo, d);
      return k + 1 - i;
    }
  }
  return 0;
}

/* ---- anaphora, weeks of a day, ends of units ---- */

/* "the week of March 6": the ISO week of that day. */
static size_t S_r_week_of(S_ctx *c, size_t i, S_m *m)
{
  S_m day;
  size_t n;
  if(!(IS(c, i, "the") && IS(c, i + 1, "week") && IS(c, i + 2, "of")))
    return 0;
  memset(&day, 0, sizeof day);
  n = S_r_calendar(c, i + 3, &day);
  if(!n || day.veto || !day.y || !day.d)
    return 0;
  S_week_val(m, day.y, day.m, day.d);
  m->type = NKG_TIMEX_DATE;
  m->anchored = day.anchored;
  m->dir = day.dir;
  return 3 + n;
}

/* The end of a year or month: "by year-end", "at year's end", "the end of
 * the year", "the end of this month". TimeML gives the unit's value (its
 * mod END says which part): the DCT's year or month, except after "since",
 * which looks back to the last one ("since year-end" said in October is
 * the last December). */
static size_t S_r_unit_end(S_ctx *c, size_t i, S_m *m)
{
  size_t j = i, k;
  bool month = false;
  int dir, y, mo;
  if(IS(c, j, "year") && ((P(c, j + 1, '-') && GLUED(c, j + 1) && GLUED(c, j + 2)) ||
                          !P(c, j + 1, '-')) &&
     IS(c, j + 1 + P(c, j + 1, '-'), "end")) {
    k = j + 2 + P(c, j + 1, '-');
  } else if(IS(c, j, "year") && P(c, j + 1, '\'') && IS(c, j + 2, "s") && IS(c, j + 3, "end")) {
    k = j + 4;
  } else if(IS(c, j, "the") && IS(c, j + 1, "end") && IS(c, j + 2, "of") &&
            (IS(c, j + 3, "the") || IS(c, j + 3, "this")) &&
            (IS(c, j + 4, "year") || IS(c, j + 4, "month"))) {
    month = IS(c, j + 4, "month");
    k = j + 5;
  } else {
    return 0;
  }
  if(k < c->n && c->t[k].kind == 'w' && !IS(c, k, "and") && !IS(c, k, "or") &&
     !IS(c, k, "when") && !IS(c, k, "as"))
    return 0; /* "year-end bonuses", "the end of the year ended June 30" */
  if(!c->has)
    return 0;
  y = c->dct.year;
  mo = c->dct.month;
  /* the tense scan is too weak a clue to move a year: "warned that prices
   * could double before the end of the year" is this year's; only "since"
   * looks back */
  dir = i > 0 && IS(c, i - 1, "since") ? -1 : 0;
  if(dir < 0 && !(month ? c->dct.day > 25 : mo == 12 && c->dct.day > 25))
    S_add_months(&y, &mo, month ? -1 : -12);
  if(month)
    S_val(m, "%04d-%02d", y, mo);
  else
    S_val(m, "%04d", y);
  m->type = NKG_TIMEX_DATE;
  m->anchored = true;
  m->dir = dir;
  return k - i;
}

/* "today is the third day of the strike": an ordinal day said of the
 * present is the DCT. */
static const char *const S_ordinals10[] = {"first", "second", "third", "fourth", "fifth",
                                           "sixth", "seventh", "eighth", "ninth", "tenth", NULL};

static size_t S_r_nth_day(S_ctx *c, size_t i, S_m *m)
{
  size_t j = i + 1;
  if(!IS(c, i, "the") || i == 0)
    return 0;
  if(!(IS(c, i - 1, "is") || (IS(c, i - 1, "s") && P(c, i - 2, '\'')) || IS(c, i - 1, "marks") ||
       IS(c, i - 1, "marked")))
    return 0;
  if(S_cls(c, j, C_ORD10))
    j++;
  else if(NUM(c, j) && S_ordinal_suffix(c, j + 1))
    j += 2;
  else
    return 0;
  if(!IS(c, j, "day") || !c->has)
    return 0;
  if(IS(c, i - 1, "marked"))
    return 0; /* past: the day is not known here */
  S_set_day(m, c->dct.year, c->dct.month, c->dct.day);
  m->type = NKG_TIMEX_DATE;
  m->anchored = true;
  return j + 1 - i;
}

/* A day number joined to the date just found: "on April 24 and 25",
 * "March 3 to 5". It takes that date's month and year. */
static size_t S_r_conj_day(S_ctx *c, size_t i, S_m *m)
{
  const char *v = c->prev_value;
  long d;
  int y, mo;
  if(i < 2 || c->prev_end != i - 1 || NDIG(c, i) == 0 || NDIG(c, i) > 2)
    return 0;
  if(!(IS(c, i - 1, "and") || IS(c, i - 1, "or") || IS(c, i - 1, "to") ||
       IS(c, i - 1, "through") || (P(c, i - 1, '-') && GLUED(c, i - 1) && GLUED(c, i))))
    return 0;
  if(strlen(v) != 10 || !isdigit((unsigned char)v[0]) || v[4] != '-' || v[7] != '-')
    return 0;
  /* the day ends the phrase: not "April 24 and 25 people" */
  if(i + 1 < c->n && c->t[i + 1].kind != 'p' && !IS(c, i + 1, "in") && !IS(c, i + 1, "at") &&
     !IS(c, i + 1, "when") && !IS(c, i + 1, "and"))
    return 0;
  if(i + 1 < c->n && (P(c, i + 1, '%') || P(c, i + 1, '$') || P(c, i + 1, '.')) &&
     GLUED(c, i + 1) && NUM(c, i + 2))
    return 0;
  y = atoi(v);
  mo = atoi(v + 5);
  d = c->t[i].num;
  if(d <= atoi(v + 8) || !nkg_timex__valid(y, mo, (int)d))
    return 0;
  S_set_day(m, y, mo, (int)d);
  m->type = NKG_TIMEX_DATE;
  m->anchored = true;
  return 1;
}

/* ---- driver ---- */

/* The rules, in the order they are tried (a longer match beats an earlier
 * one; ties go to the earlier rule). */
enum {
  B_NUMERIC, B_CALENDAR, B_TIME, B_WEEKDAY, B_DEICTIC, B_RELUNIT, B_QUARTER, B_YEAR, B_MONTH,
  B_COUNT, B_SET, B_REFS, B_BARE_UNITS, B_HOLIDAY, B_WEEK_OF, B_UNIT_END, B_NTH_DAY,
  B_CONJ_DAY, S_NRULES
};

typedef size_t (*S_rule)(S_ctx *, size_t, S_m *);

static const S_rule S_rules[S_NRULES] = {
  [B_NUMERIC] = S_r_numeric,   [B_CALENDAR] = S_r_calendar,     [B_TIME] = S_r_time,
  [B_WEEKDAY] = S_r_weekday,   [B_DEICTIC] = S_r_deictic,       [B_RELUNIT] = S_r_relunit,
  [B_QUARTER] = S_r_quarter,   [B_YEAR] = S_r_year,             [B_MONTH] = S_r_month,
  [B_COUNT] = S_r_count,       [B_SET] = S_r_set,               [B_REFS] = S_r_refs,
  [B_BARE_UNITS] = S_r_bare_units, [B_HOLIDAY] = S_r_holiday,   [B_WEEK_OF] = S_r_week_of,
  [B_UNIT_END] = S_r_unit_end, [B_NTH_DAY] = S_r_nth_day,       [B_CONJ_DAY] = S_r_conj_day};

#define BIT(r) (1u << (r))

/* The rules that may begin an expression at a number, and at an
 * apostrophe ('98, the '90s). */
#define S_AT_NUMBER                                                                       \
  (BIT(B_NUMERIC) | BIT(B_CALENDAR) | BIT(B_TIME) | BIT(B_QUARTER) | BIT(B_YEAR) |        \
   BIT(B_COUNT) | BIT(B_CONJ_DAY))
#define S_AT_APOSTROPHE BIT(B_YEAR)

/* The words at which each rule may begin an expression: what its first
 * tests on its first token accept. Month and weekday names (calendar,
 * weekday, month rules), number words (count, year) and unit words (bare
 * units) are added with their values. At any other token a rule finds
 * nothing, and the driver does not try it: most tokens start no rule. */
static const char *const S_at_calendar[] = {"last", "this", "next", NULL};
static const char *const S_at_time[] = {"noon", "midday", "midnight", NULL};
static const char *const S_at_weekday[] = {"early", "late",     "mid",  "last",   "past",
                                           "previous", "next", "this", "coming", NULL};
static const char *const S_at_deictic[] = {"early",    "late",     "mid",     "today", "yesterday",
                                           "tomorrow", "tonight", "last", "this",  "the", NULL};
static const char *const S_at_relunit[] = {"early", "late",    "mid",     "last",     "previous",
                                           "next",  "this",    "current", "the",      "coming",
                                           "upcoming", "year", NULL};
static const char *const S_at_quarter[] = {
  "the",    "its",    "their", "a",     "that",   "this",   "last",   "next",   "year",
  "comparable", "corresponding", "same", "fiscal", "latest", "recent", "most", "current",
  "first",  "second", "third", "fourth", "final", "quarter", "half", "period", NULL};
static const char *const S_at_year[] = {"the",    "early",    "late",      "mid", "fiscal",
                                        "calendar", "financial", "fy",      NULL};
static const char *const S_at_month[] = {"the",  "early",  "late",   "mid",  "this",
                                         "last", "past",   "next",   "spring", "summer",
                                         "fall", "autumn", "winter", NULL};
static const char *const S_at_count[] = {
  "the",     "past",  "last",  "next",  "first", "previous", "following", "coming", "final",
  "initial", "nearly", "almost", "over", "under", "more",   "less",      "fewer",  "at",
  "up",      "a",     "an",    "one",   "several", "few",    "many",      "some",   "dozens",
  "hundreds", "thousands", NULL};
static const char *const S_at_set[] = {"daily",    "nightly", "weekly",   "monthly",
                                       "annually", "yearly",  "quarterly", "hourly",
                                       "biweekly", "semiannually", "weekdays", "every",
                                       "each",     "per",     NULL};
static const char *const S_at_refs[] = {"now",    "currently", "nowadays", "presently", "current",
                                        "these",  "the",       "recently", "lately",    "more",
                                        "most",   "recent",    "as",       "then",      "that",
                                        NULL};
static const char *const S_at_holiday[] = {"last",     "next",         "this",    "thanksgiving",
                                           "christmas", "new",         "independence", "labor",
                                           "memorial", "election",     "halloween", "valentine",
                                           "veterans", NULL};
static const char *const S_at_the[] = {"the", NULL};
static const char *const S_at_unit_end[] = {"year", "the", NULL};

static void S_lex_add(const char *w, unsigned cls, unsigned rules)
{
  size_t n = strlen(w);
  char pad[24] = {0};
  unsigned short e;
  if(S_nlex >= S_LEX_MAX || n >= sizeof pad)
    abort(); /* a list outgrew the table: raise S_LEX_MAX */
  memcpy(pad, w, n);
  e = S_lex_find(pad);
  if(!e) {
    S_word *x;
    uint64_t p[3];
    size_t h;
    bool pl;
    memcpy(p, pad, sizeof p);
    h = S_lex_hash(p);
    e = (unsigned short)S_nlex++;
    memcpy(S_lex_text[e], pad, sizeof pad);
    x = &S_lex[e];
    x->month = (signed char)nkg_timex__month(w);
    x->wday = (signed char)nkg_timex__weekday(w);
    x->small = (signed char)S_small_num(w);
    x->unit = (unsigned char)S_unit_of(w, &pl);
    x->plural = pl;
    if(x->month)
      x->rules |= BIT(B_CALENDAR) | BIT(B_MONTH);
    if(x->wday)
      x->rules |= BIT(B_CALENDAR) | BIT(B_WEEKDAY);
    if(x->small >= 0)
      x->rules |= BIT(B_COUNT) | BIT(B_YEAR);
    if(x->unit != U_NONE)
      x->rules |= BIT(B_BARE_UNITS);
    while(S_lex_slot[h])
      h = (h + 1) & (S_LEX_SLOTS - 1);
    S_lex_slot[h] = e;
  }
  S_lex[e].cls |= cls;
  S_lex[e].rules |= rules;
}

static void S_lex_list(const char *const *list, unsigned cls, unsigned rules)
{
  size_t k;
  for(k = 0; list[k]; k++)
    S_lex_add(list[k], cls, rules);
}

static void S_lex_init(void)
{
  const char *w;
  size_t k;
  S_lex_list(S_past_irregular, C_PAST, 0);
  S_lex_list(S_not_past, C_NOT_PAST, 0);
  S_lex_list(S_future_words, C_FUTURE, 0);
  S_lex_list(S_determiners, C_DET, 0);
  S_lex_list(S_reporting_verbs, C_REPORT, 0);
  S_lex_list(S_auxiliaries, C_AUX, 0);
  S_lex_list(S_plan_words, C_PLAN, 0);
  S_lex_list(S_not_verbs, C_NOTVERB, 0);
  S_lex_list(S_quantity_nouns, C_QUANTITY, 0);
  S_lex_list(S_generic_nouns, C_GENERIC, 0);
  S_lex_list(S_month_before, C_BEFORE, 0);
  S_lex_list(S_zones, C_ZONE, 0);
  S_lex_list(S_ordinals10, C_ORD10, 0);
  S_lex_list(S_ones, 0, 0);
  S_lex_list(S_tens, 0, 0);
  for(k = 0; k < sizeof S_units / sizeof S_units[0]; k++) {
    S_lex_add(S_units[k].sg, 0, 0);
    S_lex_add(S_units[k].pl, 0, 0);
  }
  for(k = 0; (w = nkg_timex__calendar_word(k)) != NULL; k++)
    S_lex_add(w, 0, 0);
  S_lex_list(S_at_calendar, 0, BIT(B_CALENDAR));
  S_lex_list(S_at_time, 0, BIT(B_TIME));
  S_lex_list(S_at_weekday, 0, BIT(B_WEEKDAY));
  S_lex_list(S_at_deictic, 0, BIT(B_DEICTIC));
  S_lex_list(S_at_relunit, 0, BIT(B_RELUNIT));
  S_lex_list(S_at_quarter, 0, BIT(B_QUARTER));
  S_lex_list(S_at_year, 0, BIT(B_YEAR));
  S_lex_list(S_at_month, 0, BIT(B_MONTH));
  S_lex_list(S_at_count, 0, BIT(B_COUNT));
  S_lex_list(S_at_set, 0, BIT(B_SET));
  S_lex_list(S_at_refs, 0, BIT(B_REFS));
  S_lex_list(S_at_holiday, 0, BIT(B_HOLIDAY));
  S_lex_list(S_at_the, 0, BIT(B_WEEK_OF) | BIT(B_NTH_DAY));
  S_lex_list(S_at_unit_end, 0, BIT(B_UNIT_END));
}

/* The rules that may begin an expression at token i (bits BIT(B_*)). */
static unsigned S_rules_at(const S_ctx *c, size_t i)
{
  const nkg_timex__tok *t = &c->t[i];
  if(t->kind == 'n')
    return S_AT_NUMBER;
  if(t->kind == 'p')
    return t->low[0] == '\'' ? S_AT_APOSTROPHE : 0;
  return S_lex[t->word].rules;
}

static void S_emit(S_ctx *c, size_t i, const S_m *m)
{
  nkg_timex x;
  size_t last = i + m->len - 1;
  memset(&x, 0, sizeof x);
  x.start = c->t[i].start;
  x.end = c->t[last].end;
  x.type = m->type;
  snprintf(x.value, sizeof x.value, "%s", m->value);
  x.direction = m->dir;
  x.anchored = m->anchored;
  NKG_PUSH(c->out, c->nout, c->cap, x);
  c->prev_end = last + 1;
  snprintf(c->prev_value, sizeof c->prev_value, "%s", m->value);
}

/* The anchor for "two days later": the last date with a day. */
static void S_update_anchor(S_ctx *c, const S_m *m, size_t i)
{
  const char *v = m->value;
  if(strlen(v) >= 10 && isdigit((unsigned char)v[0]) && v[4] == '-' && isdigit((unsigned char)v[5]) &&
     v[7] == '-' && isdigit((unsigned char)v[8])) {
    int y = atoi(v), mo = atoi(v + 5), d = atoi(v + 8);
    if(nkg_timex__valid(y, mo, d)) {
      c->ay = y;
      c->am = mo;
      c->ad = d;
      c->asent = c->sent[i];
    }
  } else if(strlen(v) == 7 && isdigit((unsigned char)v[0]) && v[4] == '-' &&
            isdigit((unsigned char)v[5])) {
    c->ay = atoi(v);
    c->am = atoi(v + 5);
    c->ad = 0;
    c->asent = c->sent[i];
  } else if(m->quarter && strlen(v) == 7 && isdigit((unsigned char)v[0]) && v[4] == '-' &&
            v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') {
    c->qy = atoi(v);
    c->qq = v[6] - '0';
    c->qsent = c->sent[i];
  } else if(strlen(v) == 4 && isdigit((unsigned char)v[0]) && isdigit((unsigned char)v[3])) {
    c->ay = atoi(v);
    c->am = c->ad = 0;
    c->asent = c->sent[i];
  }
}

void nkg_timex__find(nkg_timex **out, size_t *nout, const char *text, size_t len,
                     const nkg_sentence *sents, size_t nsent, const nkg_token *toks,
                     size_t ntok, const nkg_dct *dct)
{
  S_ctx c;
  size_t i, s;
  (void)toks;
  (void)ntok;
  memset(&c, 0, sizeof c);
  *out = NULL;
  *nout = 0;
  if(!text || len == 0)
    return;
  c.text = text;
  if(dct)
    c.dct = *dct;
  c.has = dct && dct->year > 0 && nkg_timex__valid(dct->year, dct->month, dct->day);
  nkg_timex__lex(&c.t, &c.n, text, len);
  if(c.n == 0) {
    free(c.t);
    return;
  }
  pthread_once(&S_lex_once, S_lex_init);
  c.sent = nkg_xcalloc(c.n, sizeof *c.sent);
  /* The lexicon entry of each word, and its sentence: from the given
   * sentences, else split here at . ! ? before a capital, and at blank
   * lines. */
  if(sents && nsent) {
    for(i = 0, s = 0; i < c.n; i++) {
      if(c.t[i].kind == 'w')
        c.t[i].word = S_lex_find(c.t[i].low);
      while(s + 1 < nsent && c.t[i].start >= sents[s + 1].start)
        s++;
      c.sent[i] = (unsigned)s;
    }
  } else {
    unsigned cur = 0;
    for(i = 0; i < c.n; i++)
      if(c.t[i].kind == 'w')
        c.t[i].word = S_lex_find(c.t[i].low);
    for(i = 0; i < c.n; i++) {
      if(i > 0 && c.t[i].nl && c.t[i - 1].kind == 'p' &&
         (c.t[i - 1].low[0] == '.' || c.t[i - 1].low[0] == '?' || c.t[i - 1].low[0] == '!'))
        cur++;
      else if(i > 1 && c.t[i].space && c.t[i - 1].kind == 'p' &&
              (c.t[i - 1].low[0] == '.' || c.t[i - 1].low[0] == '?' || c.t[i - 1].low[0] == '!') &&
              (isupper((unsigned char)text[c.t[i].start]) || c.t[i].kind == 'p') &&
              !(c.t[i - 2].kind == 'w' && c.t[i - 2].len <= 4 && !c.t[i - 1].space &&
                (S_wd(&c, i - 2)->month || IS(&c, i - 2, "mr") || IS(&c, i - 2, "dr") ||
                 IS(&c, i - 2, "gen"))))
        cur++;
      c.sent[i] = cur;
    }
  }
  for(i = 0; i < c.n;) {
    S_m best, m;
    size_t r, veto = 0;
    unsigned rules = S_rules_at(&c, i);
#ifdef NKG_TIMEX_CHECK_SKIP
    /* a check build: no rule finds anything where the driver skips it */
    for(r = 0; r < S_NRULES; r++) {
      if(rules & BIT(r))
        continue;
      memset(&m, 0, sizeof m);
      m.len = S_rules[r](&c, i, &m);
      if(m.len || m.veto || m.value[0]) {
        fprintf(stderr, "timex: rule %zu matched at skipped token '%s'\n", r, c.t[i].low);
        abort();
      }
    }
#endif
    if(!rules) {
      i++;
      continue;
    }
    S_m_clear(&best);
    for(r = 0; r < S_NRULES; r++) {
      if(!(rules & BIT(r)))
        continue;
      S_m_clear(&m);
      m.len = S_rules[r](&c, i, &m);
      if(m.veto) {
        if(m.len > veto)
          veto = m.len;
        continue;
      }
      if(m.len > best.len && m.value[0] && i + m.len <= c.n)
        best = m;
    }
    if(veto && veto >= best.len) {
      i += veto; /* an impossible date: no part of it is a timex */
      continue;
    }
    if(best.len) {
      /* a span never ends on a word joiner */
      while(best.len > 1 && (P(&c, i + best.len - 1, ',') || P(&c, i + best.len - 1, '-')))
        best.len--;
      S_emit(&c, i, &best);
      S_update_anchor(&c, &best, i);
      i += best.len;
    } else {
      i++;
    }
  }
  free(c.sent);
  free(c.t);
  *out = c.out;
  *nout = c.nout;
}
