/* entity.c: people, organizations and places, and which mentions are the
 * same entity.
 *
 * Three sources of evidence, in this order at each token: a title ("Secretary
 * of State") marks the capitalized words after it as a person; the gazetteer
 * finds known names (longest match) and links them when exactly one candidate
 * fits (choose.c picks among the candidates); other capitalized sequences
 * become entities only with a cue that says what they are (a title, "said",
 * an organization word such as "Ministry", "in"/"at" before a place, a photo
 * credit). A capital letter alone is no evidence: sentence openers, quoted
 * slogans and words in headline case are not names. Afterwards a surname
 * alone ("Maduro") is merged with the one full name that ends with it. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"

/* ---- entity table ---- */

static bool S_streq_fold(const char *a, size_t an, const char *b, size_t bn)
{
  nkg_str fa = {NULL, 0, 0}, fb = {NULL, 0, 0};
  bool eq;
  nkg_fold(&fa, a, an);
  nkg_fold(&fb, b, bn);
  eq = fa.len == fb.len && (fa.len == 0 || memcmp(fa.s, fb.s, fa.len) == 0);
  nkg_str_free(&fa);
  nkg_str_free(&fb);
  return eq;
}

int nkg_entity__add(nkg_doc *doc, nkg_cls cls, const char *name, size_t namelen, const char *qid,
                    const char *kind, const char *country)
{
  size_t i;
  nkg_entity e;
  for(i = 0; i < doc->nent; i++) {
    nkg_entity *x = &doc->ents[i];
    if(x->merged_into >= 0)
      continue;
    if(qid && x->qid && strcmp(qid, x->qid) == 0)
      return (int)i;
    if(!qid && !x->qid && x->cls == cls && S_streq_fold(x->name, strlen(x->name), name, namelen))
      return (int)i;
  }
  memset(&e, 0, sizeof e);
  e.name = nkg_xstrndup(name, namelen);
  e.qid = qid && *qid ? nkg_xstrdup(qid) : NULL;
  e.kind = kind && *kind ? nkg_xstrdup(kind) : NULL;
  e.country = country && *country ? nkg_xstrdup(country) : NULL;
  e.cls = cls;
  e.first = (size_t)-1;
  e.merged_into = -1;
  NKG_PUSH(doc->ents, doc->nent, doc->entcap, e);
  return (int)doc->nent - 1;
}

void nkg_entity__mention(nkg_doc *doc, int ent, size_t start, size_t end, unsigned flags)
{
  nkg_mention m;
  size_t i;
  /* One entity per span. Mentions arrive in text order but for a few (the
   * header's, a role's body): the recent ones and the index cover both. */
  for(i = doc->nment; i > 0 && i + 16 > doc->nment; i--)
    if(doc->ments[i - 1].start == start && doc->ments[i - 1].end == end)
      return;
  {
    int k = doc->nindexed ? nkg_entity__mention_starting(doc, start) : -1;
    if(k >= 0 && doc->ments[k].end == end)
      return;
  }
  m.start = start;
  m.end = end;
  m.entity = ent;
  m.flags = flags;
  m.sent = 0;
  { /* the last sentence starting at or before the mention */
    size_t lo = 0, hi = doc->nsent;
    while(lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if(doc->sents[mid].start <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
    m.sent = lo > 0 ? (unsigned)(lo - 1) : 0;
  }
  NKG_PUSH(doc->ments, doc->nment, doc->mentcap, m);
  if(start < doc->ents[ent].first)
    doc->ents[ent].first = start;
}

/* qsort has no context argument in C11: sort (key, index) pairs instead. */
typedef struct {
  size_t key, idx;
} keyed;

static int S_cmp_keyed(const void *a, const void *b)
{
  const keyed *x = a, *y = b;
  if(x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void S_sort_by(const nkg_doc *doc, size_t *out, bool by_end)
{
  keyed *k = nkg_xmalloc((doc->nment + 1) * sizeof *k);
  size_t i;
  for(i = 0; i < doc->nment; i++) {
    k[i].key = by_end ? doc->ments[i].end : doc->ments[i].start;
    k[i].idx = i;
  }
  qsort(k, doc->nment, sizeof *k, S_cmp_keyed);
  for(i = 0; i < doc->nment; i++)
    out[i] = k[i].idx;
  free(k);
}

/* The index is a cache of doc->ments: filling it changes no answer, so a
 * const document may fill it (a document belongs to one thread). */
static void S_index(const nkg_doc *cdoc)
{
  nkg_doc *doc = (nkg_doc *)(uintptr_t)cdoc;
  if(doc->nindexed == doc->nment && doc->by_start)
    return;
  doc->by_start = nkg_xrealloc(doc->by_start, (doc->nment + 1) * sizeof *doc->by_start);
  doc->by_end = nkg_xrealloc(doc->by_end, (doc->nment + 1) * sizeof *doc->by_end);
  S_sort_by(doc, doc->by_start, false);
  S_sort_by(doc, doc->by_end, true);
  doc->nindexed = doc->nment;
}

static int S_search(const nkg_doc *doc, const size_t *order, size_t off, bool by_end)
{
  size_t lo = 0, hi = doc->nment;
  while(lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const nkg_mention *m = &doc->ments[order[mid]];
    size_t key = by_end ? m->end : m->start;
    if(key < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  if(lo < doc->nment) {
    const nkg_mention *m = &doc->ments[order[lo]];
    if((by_end ? m->end : m->start) == off)
      return (int)order[lo];
  }
  return -1;
}

int nkg_entity__mention_starting(const nkg_doc *doc, size_t off)
{
  S_index(doc);
  return S_search(doc, doc->by_start, off, false);
}

int nkg_entity__mention_ending(const nkg_doc *doc, size_t off)
{
  S_index(doc);
  return S_search(doc, doc->by_end, off, true);
}

/* ---- evidence ---- */

static const char *S_tok(const nkg_doc *doc, size_t i, size_t *n)
{
  *n = doc->toks[i].end - doc->toks[i].start;
  return doc->text + doc->toks[i].start;
}

/* Tokens [i, i+m) look like a name: every content word capitalized. */
static bool S_caps_ok(const nkg_doc *doc, size_t i, size_t m)
{
  size_t k, n, content = 0;
  for(k = i; k < i + m; k++) {
    const nkg_token *t = &doc->toks[k];
    const char *w = S_tok(doc, k, &n);
    if(t->flags & NKG_TOK_PUNCT)
      continue;
    if(k > i && nkg_lex__is_connector(w, n))
      continue;
    if(!(t->flags & (NKG_TOK_CAP | NKG_TOK_NUM)))
      return false;
    content++;
  }
  if(content == 0)
    return false;
  if(m == 1) {
    const char *w = S_tok(doc, i, &n);
    if(nkg_lex__is_common_cap(w, n))
      return false;
  }
  return true;
}

/* The gazetteer's people are office holders: an article that names no
 * office, party, vote or government ("Peter Walsh made 112") is about
 * other people who may share their names. One pass over the tokens, once
 * per document (nkg_entity__find keeps the answer). */
static bool S_public_affairs(const nkg_doc *doc)
{
  static const char *const words[] = {
    "president", "minister", "senator", "governor", "parliament", "congress", "election",
    "government", "party", "mayor", "lawmaker", "lawmakers", "senate", "cabinet", "legislator",
    "vote", "voters", "opposition", "ministry", "secretary", "administration", "diplomats",
    "diplomat", "ambassador", "leader", "elected", "campaign", "policy", "politician",
    "sanctions", "treaty", "summit", "white", "premier", "chancellor", "king", "queen", NULL};
  size_t i, k;
  for(i = 0; i < doc->ntok; i++) {
    size_t n = doc->toks[i].end - doc->toks[i].start;
    char c = (char)tolower((unsigned char)doc->text[doc->toks[i].start]);
    if(n < 4 || n > 14)
      continue; /* no word of the list is shorter or longer */
    for(k = 0; words[k]; k++)
      if(words[k][0] == c && nkg_token__is(doc->text, &doc->toks[i], words[k]))
        return true;
  }
  return false;
}

/* Is the token sequence [i, j) wrapped in quotation marks ("Freedom")? */
static bool S_quoted(const nkg_doc *doc, size_t i, size_t j)
{
  return i > 0 && j < doc->ntok && (doc->toks[i - 1].flags & NKG_TOK_QOPEN) &&
         (doc->toks[j].flags & NKG_TOK_QCLOSE);
}

/* ---- per-document name tables ----
 *
 * Folded names -> entity, in small open-addressing tables, so "which person
 * has this surname" and "which entity is written this way" cost one probe
 * per question instead of a scan over the entities. */

typedef struct {
  uint64_t h; /* 0 = empty */
  int ent;    /* entity, or -2 when two entities share the key */
} S_nslot;

typedef struct {
  S_nslot *s;
  size_t size, n;
} S_names;

static void S_names_put(S_names *t, uint64_t h, int ent)
{
  size_t i, mask;
  if((t->n + 1) * 2 > t->size) {
    S_names old = *t;
    t->size = old.size ? old.size * 2 : 64;
    t->s = nkg_xcalloc(t->size, sizeof *t->s);
    t->n = 0;
    for(i = 0; i < old.size; i++)
      if(old.s[i].h) {
        size_t k;
        for(k = old.s[i].h & (t->size - 1); t->s[k].h; k = (k + 1) & (t->size - 1))
          ;
        t->s[k] = old.s[i];
        t->n++;
      }
    free(old.s);
  }
  mask = t->size - 1;
  for(i = h & mask; t->s[i].h && t->s[i].h != h; i = (i + 1) & mask)
    ;
  if(t->s[i].h == h) {
    if(t->s[i].ent != ent)
      t->s[i].ent = -2;
    return;
  }
  t->s[i].h = h;
  t->s[i].ent = ent;
  t->n++;
}

static int S_names_get(const S_names *t, uint64_t h)
{
  size_t i, mask;
  if(!t->size)
    return -1;
  mask = t->size - 1;
  for(i = h & mask; t->s[i].h; i = (i + 1) & mask)
    if(t->s[i].h == h)
      return t->s[i].ent;
  return -1;
}

/* Hash of the folded words of tokens [i, j) joined by one space: the same
 * for "Phil Simmons", "PHIL SIMMONS" and the entity name "Phil Simmons". */
static uint64_t S_key_toks(const char *text, const nkg_token *toks, size_t i, size_t j)
{
  char buf[256];
  size_t len = 0, k;
  uint64_t h;
  for(k = i; k < j; k++) {
    size_t tl = toks[k].end - toks[k].start;
    if(len + tl + 1 > sizeof buf)
      return 0;
    if(k > i)
      buf[len++] = ' ';
    len += nkg_fold__buf(buf + len, text + toks[k].start, tl);
  }
  h = nkg_hash64(buf, len, NKG_HASH_SEED);
  return h ? h : 1;
}

static uint64_t S_key_str(const char *s, size_t n)
{
  nkg_token *toks = NULL;
  size_t ntok = 0;
  uint64_t h = 0;
  nkg_token__scan(s, n, &toks, &ntok, NULL, NULL);
  if(ntok)
    h = S_key_toks(s, toks, 0, ntok);
  free(toks);
  return h;
}

int nkg_entity__live(const nkg_doc *doc, int e)
{
  while(e >= 0 && doc->ents[e].merged_into >= 0)
    e = doc->ents[e].merged_into;
  return e;
}

typedef struct {
  bool public_affairs; /* the article speaks of offices, parties, votes */
  S_names surnames; /* last word of a person's full name -> person */
  S_names lone;     /* a person named by one word only -> person */
  size_t noted;     /* mentions already entered in surnames */
  bool *caps;       /* per sentence: written all in capitals (headline) */
} S_state;

/* Enters the people of the mentions added since the last call. */
static void S_note_people(const nkg_doc *doc, S_state *st)
{
  for(; st->noted < doc->nment; st->noted++) {
    const nkg_mention *m = &doc->ments[st->noted];
    const nkg_entity *e = &doc->ents[m->entity];
    const char *last;
    if(e->cls != NKG_CLS_PERSON || !(m->flags & NKG_M_NAME))
      continue;
    last = strrchr(e->name, ' ');
    if(last && last[1])
      S_names_put(&st->surnames, S_key_str(last + 1, strlen(last + 1)), m->entity);
    else if(!last)
      S_names_put(&st->lone, S_key_str(e->name, strlen(e->name)), m->entity);
  }
}

/* An existing person whose last (or only) name word is w[0..n): -1 none,
 * -2 two people share it (do not guess). */
static int S_person_by_surname(const nkg_doc *doc, S_state *st, const char *w, size_t n)
{
  int e;
  uint64_t h = S_key_str(w, n);
  S_note_people(doc, st);
  e = S_names_get(&st->surnames, h);
  if(e == -1) /* no full name yet: an earlier lone surname */
    e = S_names_get(&st->lone, h);
  e = e >= 0 ? nkg_entity__live(doc, e) : e;
  return e >= 0 && doc->ents[e].cls == NKG_CLS_PERSON ? e : (e >= 0 ? -1 : e);
}

static bool S_in_span(size_t off, size_t s, size_t e)
{
  return e > s && off >= s && off < e;
}

/* Token i lies in a part of the text we read for entities. */
static bool S_readable(const nkg_doc *doc, size_t i)
{
  size_t off = doc->toks[i].start;
  if(S_in_span(off, doc->byline_start, doc->byline_end) ||
     S_in_span(off, doc->dateline_start, doc->dateline_end))
    return false;
  return true;
}

/* Word before token i (skipping nothing); NULL at sentence start. */
static const char *S_prev_word(const nkg_doc *doc, size_t i, size_t *n)
{
  if(i == 0 || (doc->toks[i].flags & NKG_TOK_SSTART))
    return NULL;
  return S_tok(doc, i - 1, n);
}

static bool S_is_word(const char *w, size_t n, const char *lit)
{
  size_t k;
  if(!w || strlen(lit) != n)
    return false;
  for(k = 0; k < n; k++)
    if(tolower((unsigned char)w[k]) != lit[k])
      return false;
  return true;
}

/* ---- names by their shape ---- */

/* "P." in "P. Simmons". */
static bool S_initial(const nkg_doc *doc, size_t i)
{
  const nkg_token *t = &doc->toks[i];
  const char *w = doc->text + t->start;
  return t->end - t->start == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.';
}

/* Token i is written like a name word: capitalized, not all capitals, not a
 * word that any sentence or title capitalizes. */
static bool S_name_word(const nkg_doc *doc, size_t i)
{
  const nkg_token *t = &doc->toks[i];
  size_t n;
  const char *w = S_tok(doc, i, &n);
  return (t->flags & NKG_TOK_CAP) && !(t->flags & (NKG_TOK_ALLCAP | NKG_TOK_PUNCT)) && n >= 2 &&
         !nkg_lex__is_common_cap(w, n);
}

/* How many of the gazetteer's people bear token i as their first word
 * (given) and as their last (family); false without a gazetteer. */
static bool S_name_counts(const nkg_doc *doc, size_t i, unsigned *given, unsigned *family)
{
  size_t n;
  const char *w = S_tok(doc, i, &n);
  if(!doc->ctx->gaz)
    return false;
  nkg_gazetteer__name_word(doc->ctx->gaz, w, n, given, family);
  return true;
}

/* Token i is a given name: the gazetteer's people bear it as their first
 * word, at least twice as often as their last ("Paul", "Nasser"; not
 * "Jordan" or "King"). */
static bool S_given_name(const nkg_doc *doc, size_t i)
{
  unsigned given, family;
  return S_name_word(doc, i) && S_name_counts(doc, i, &given, &family) && given >= 5 &&
         given >= 2 * family;
}

/* Token i is a surname of several of the gazetteer's people, and more often
 * last word than first. "Edberg" as a surname; "Wang", "Paul" so common
 * among names that alone they still name a person. */
static bool S_family_name(const nkg_doc *doc, size_t i)
{
  unsigned given, family;
  return S_name_word(doc, i) && S_name_counts(doc, i, &given, &family) &&
         ((family >= 3 && family >= given) || given + family >= 20);
}

static bool S_particle(const char *w, size_t n)
{
  static const char *const p[] = {"van", "von", "de", "da", "del", "der", "den", "di", "du",
                                  "la", "le", "bin", "ibn", "al", "dos", "das", "ben", NULL};
  size_t i;
  for(i = 0; p[i]; i++)
    if(strlen(p[i]) == n && memcmp(p[i], w, n) == 0)
      return true;
  return false;
}

/* A person's name by its shape: a given name or an initial, then up to
 * three more name words, initials or particles ("Nasser Hussain", "P.
 * Simmons", "Ludwig van Beethoven"). Returns the end token, or i when the
 * words at i are not such a name. A name followed by an organization or
 * place word ("George Mason University", "Grace Road") is not a person's. */
static size_t S_person_span(const nkg_doc *doc, size_t i)
{
  size_t j = i + 1, last = i;
  unsigned sent = doc->toks[i].sent;
  const nkg_title *tt;
  if(!S_given_name(doc, i) && !S_initial(doc, i))
    return i;
  while(j < doc->ntok && j < i + 5 && doc->toks[j].sent == sent) {
    size_t un;
    const char *uw = S_tok(doc, j, &un);
    if(S_initial(doc, j)) {
      j++;
      continue;
    }
    if(S_name_word(doc, j)) {
      if(nkg_lex__is_org_cue(uw, un) || nkg_lex__is_place_word(uw, un))
        return i;
      if(nkg_lex__title(doc->text, doc->toks, doc->ntok, j, &tt) > 0)
        break;
      last = j++;
      continue;
    }
    if(S_particle(uw, un) && j + 1 < doc->ntok && S_name_word(doc, j + 1)) {
      j++;
      continue;
    }
    break;
  }
  if(last == i)
    return i;
  if(last + 1 < doc->ntok && doc->toks[last + 1].sent == sent &&
     (doc->toks[last + 1].flags & NKG_TOK_CAP)) {
    size_t un;
    const char *uw = S_tok(doc, last + 1, &un);
    if(nkg_lex__is_org_cue(uw, un) || nkg_lex__is_place_word(uw, un))
      return i;
  }
  return last + 1;
}

/* Token i begins a name the gazetteer knows, well attested, as something
 * other than a person ("Manchester" in "Manchester City"). */
static bool S_known_non_person(const nkg_doc *doc, size_t i)
{
  const nkg_gaz_entry *const *c = NULL;
  size_t n = 0, k;
  bool other = false;
  if(!doc->ctx->gaz ||
     nkg_gazetteer__match(doc->ctx->gaz, doc->text, doc->toks, doc->ntok, i, &c, &n) == 0)
    return false;
  for(k = 0; k < n; k++) {
    int cls = nkg_choose__cls(c[k]->type);
    if(cls == NKG_CLS_PERSON)
      return false;
    if(cls >= 0 && !(c[k]->flags & NKG_GAZ_WEAK))
      other = true;
  }
  return other;
}

/* Token i is the first (given) or last (family) word of some known
 * person's name. */
static bool S_person_word(const nkg_doc *doc, size_t i, bool first)
{
  unsigned given, family;
  return S_name_counts(doc, i, &given, &family) && (first ? given > 0 : family > 0);
}

/* Token i is a corporate word that ends a company's name ("Corporation",
 * "Inc.", "Co"): the legal form, not a part of the name. */
static bool S_corporate(const nkg_doc *doc, size_t i)
{
  static const char *const words[] = {"inc", "inc.", "corp", "corp.", "corporation", "co",
                                      "co.", "company", "ltd", "ltd.", "llc", "plc", "ag",
                                      "sa", "nv", "gmbh", "spa", "limited", "incorporated",
                                      NULL};
  size_t k, n;
  const char *w = S_tok(doc, i, &n);
  if(!(doc->toks[i].flags & NKG_TOK_CAP))
    return false;
  for(k = 0; words[k]; k++)
    if(S_is_word(w, n, words[k]))
      return true;
  return false;
}

/* A compass word that opens a region's name ("Middle East"). */
static bool S_compass(const char *w, size_t n)
{
  static const char *const words[] = {"north", "south", "east", "west", "middle", "far",
                                      "northern", "southern", "eastern", "western", "central",
                                      "upper", "lower", "greater", NULL};
  size_t k;
  for(k = 0; words[k]; k++)
    if(S_is_word(w, n, words[k]))
      return true;
  return false;
}

/* Classifies an unknown capitalized sequence [i, j) by its cues; -1: no cue. */
static int S_cue_class(const nkg_doc *doc, size_t i, size_t j, bool person_cue, bool caps_line)
{
  size_t k, n;
  const char *w;
  if(person_cue)
    return NKG_CLS_PERSON;
  for(k = i; k < j; k++) {
    w = S_tok(doc, k, &n);
    if(k > i && (nkg_lex__is_org_cue(w, n) || (n == 1 && w[0] == '&')))
      return NKG_CLS_ORG; /* "Douglas & Lomason" */
  }
  w = S_tok(doc, i, &n);
  if(nkg_lex__is_org_cue(w, n) && j - i > 1)
    return NKG_CLS_ORG; /* "Ministry of Oil", "University of X" */
  /* "Grace Road", "Mekong River"; "Mount Kenya", "Lake Placid" */
  w = S_tok(doc, j - 1, &n);
  if(j - i > 1 && nkg_lex__is_place_word(w, n))
    return NKG_CLS_PLACE;
  w = S_tok(doc, i, &n);
  if(j - i > 1 && nkg_lex__is_place_head(w, n))
    return NKG_CLS_PLACE;
  /* An unknown acronym inside ordinary text names an organization
   * ("the UAW", "NPD said"); not in a headline, not a unit or a title. */
  if(j - i == 1 && (doc->toks[i].flags & NKG_TOK_ALLCAP) && n >= 2 && n <= 6 &&
     !nkg_lex__is_common_acronym(w, n) && !caps_line) {
    size_t c;
    for(c = 0; c < n && ((w[c] >= 'A' && w[c] <= 'Z') || w[c] == '&'); c++)
      ;
    if(c == n)
      return NKG_CLS_ORG;
  }
  /* "X, who ...", "X, an economist at ...", "X, 45, ...": an apposition
   * that describes a person */
  if(j + 1 < doc->ntok && j - i >= 2 && j - i <= 4 && doc->text[doc->toks[j].start] == ',') {
    const char *nw2 = S_tok(doc, j + 1, &n);
    if(S_is_word(nw2, n, "who") || (doc->toks[j + 1].flags & NKG_TOK_NUM))
      return NKG_CLS_PERSON;
    {
      const nkg_title *tt;
      size_t at = j + 1;
      if(S_is_word(nw2, n, "the") && at + 1 < doc->ntok)
        at++; /* "Dravik Solomyan, the envoy, ..." */
      if(nkg_lex__title(doc->text, doc->toks, doc->ntok, at, &tt) > 0 && !tt->honorific &&
         !(doc->toks[at].flags & NKG_TOK_CAP))
        return NKG_CLS_PERSON; /* "Ines Penaranda, general secretary of ..." */
    }
    if((S_is_word(nw2, n, "a") || S_is_word(nw2, n, "an")) && j + 2 < doc->ntok &&
       !(doc->toks[j + 2].flags & NKG_TOK_CAP)) {
      const nkg_title *tt;
      size_t k2;
      for(k2 = j + 2; k2 < doc->ntok && k2 < j + 5; k2++)
        if(nkg_lex__title(doc->text, doc->toks, doc->ntok, k2, &tt) > 0 && !tt->honorific)
          return NKG_CLS_PERSON;
    }
  }
  /* "X said", "X, a spokesman, said": a person when 2-3 name words */
  if(j < doc->ntok && j - i >= 2 && j - i <= 3) {
    w = S_tok(doc, j, &n);
    if(nkg_lex__is_speech_verb(w, n))
      return NKG_CLS_PERSON;
  }
  {
    const char *p = S_prev_word(doc, i, &n);
    if(p && j - i >= 2 && j - i <= 3 && nkg_lex__is_speech_verb(p, n))
      return NKG_CLS_PERSON;
    if(p && (S_is_word(p, n, "in") || S_is_word(p, n, "near")) && j - i <= 2 &&
       !(doc->toks[i].flags & NKG_TOK_ALLCAP))
      return NKG_CLS_PLACE;
  }
  /* "White House spokesman Marlin Fitzwater", "Cofinec CEO Stephen Fox":
   * an unknown name before a title and a person's name is where the
   * person works */
  if(j + 1 < doc->ntok && j - i <= 3 && !caps_line && doc->toks[j].sent == doc->toks[i].sent) {
    const nkg_title *tt;
    size_t tl = nkg_lex__title(doc->text, doc->toks, doc->ntok, j, &tt);
    if(tl > 0 && !tt->honorific && j + tl < doc->ntok && S_name_word(doc, j + tl) &&
       doc->toks[j + tl].sent == doc->toks[i].sent)
      return NKG_CLS_ORG;
  }
  /* "tyre giant Pirelli", "Interfax news agency": a noun that describes
   * an organization beside a name nothing else explains */
  {
    const char *p = S_prev_word(doc, i, &n);
    if(p && j - i <= 3 && nkg_lex__is_org_noun(p, n) && !(doc->toks[i - 1].flags & NKG_TOK_CAP))
      return NKG_CLS_ORG;
    /* "Interfax news agency"; not "Full company name" opening a sentence
     * or "a European consortium" (an adjective) */
    if(j < doc->ntok && doc->toks[j].sent == doc->toks[i].sent && j - i <= 3 &&
       !(doc->toks[j].flags & NKG_TOK_CAP) && !(doc->toks[i].flags & NKG_TOK_SSTART) &&
       !(p && (S_is_word(p, n, "a") || S_is_word(p, n, "an")))) {
      w = S_tok(doc, j, &n);
      if(nkg_lex__is_org_noun(w, n) || (S_is_word(w, n, "news") && j + 1 < doc->ntok))
        return NKG_CLS_ORG;
    }
  }
  /* "Interfax said", "Pirelli says": a lone unknown word that speaks and
   * is no known surname or given name is an organization */
  if(j - i == 1 && !caps_line && j < doc->ntok && doc->toks[j].sent == doc->toks[i].sent &&
     !S_family_name(doc, i) && !S_given_name(doc, i)) {
    w = S_tok(doc, j, &n);
    if(nkg_lex__is_speech_verb(w, n))
      return NKG_CLS_ORG;
  }
  /* A lone word that is the surname of several known people */
  if(j - i == 1 && !caps_line && S_family_name(doc, i))
    return NKG_CLS_PERSON;
  /* Two or three name words that no list knows and no cue marks as an
   * organization or a place: in news, a person ("Zhirayr Liparityan met",
   * "Venuste Niyongabo ( Burundi )"). */
  if(j - i >= 2 && j - i <= 3 && !caps_line) {
    const char *p;
    w = S_tok(doc, i, &n);
    if(j - i == 2 && S_compass(w, n) && S_name_word(doc, i + 1))
      return NKG_CLS_PLACE; /* "Far East", "North Caucasus" */
    p = S_prev_word(doc, i, &n);
    if(p && S_is_word(p, n, "the"))
      return -1; /* "the Eagles", "the Trade Observatory": no person's name */
    for(k = i; k < j; k++) {
      if(!S_name_word(doc, k) || S_known_non_person(doc, k))
        return -1;
      /* an English word is a name's word only where many known people
       * bear it there: "Bill McGinley", not "Value Added Tax" or "White
       * House" */
      w = S_tok(doc, k, &n);
      if(nkg_lex__is_common_word(w, n) &&
         !(k == i ? S_given_name(doc, k) : k == j - 1 && S_family_name(doc, k)))
        return -1;
    }
    /* and a given name first or a surname last, as known people bear
     * them: "Snow Leopard" and "Single Market" are no one's names */
    return S_person_word(doc, i, true) || S_person_word(doc, j - 1, false) ? NKG_CLS_PERSON
                                                                             : -1;
  }
  return -1;
}

/* The position a title token sequence starting at i names, if followed by a
 * capitalized word: returns title length (0: none). */
static size_t S_title_before_name(const nkg_doc *doc, size_t i)
{
  const nkg_title *t;
  size_t m = nkg_lex__title(doc->text, doc->toks, doc->ntok, i, &t);
  if(m == 0 || i + m >= doc->ntok)
    return 0;
  if(!(doc->toks[i + m].flags & NKG_TOK_CAP) || (doc->toks[i + m].flags & NKG_TOK_SSTART))
    return 0;
  return m;
}

/* Photo credits: "(AP Photo/Jane Doe)", "Photo by Jane Doe". Returns true
 * and sets *media_end when tokens at i are "X Photo /". */
static bool S_photo_credit(const nkg_doc *doc, size_t i, size_t *agency_end, size_t *name_start)
{
  size_t k;
  for(k = i + 1; k < doc->ntok && k <= i + 3; k++) {
    if(nkg_token__is(doc->text, &doc->toks[k], "photo") ||
       nkg_token__is(doc->text, &doc->toks[k], "photos")) {
      if(k + 2 < doc->ntok && doc->text[doc->toks[k + 1].start] == '/') {
        *agency_end = k;
        *name_start = k + 2;
        return true;
      }
      return false;
    }
  }
  return false;
}

static void S_add_gaz(nkg_doc *doc, const nkg_gaz_entry *g, bool link, size_t start, size_t end)
{
  int cls = nkg_choose__cls(g->type);
  unsigned fl = NKG_M_NAME;
  int ent;
  const char *name = g->label;
  size_t nl = strlen(name);
  if(g->flags & NKG_GAZ_DEMONYM)
    fl = NKG_M_DEMONYM;
  if(!link && !(g->flags & NKG_GAZ_DEMONYM)) {
    name = doc->text + start; /* unlinked: name as written */
    nl = end - start;
  }
  ent = nkg_entity__add(doc, (nkg_cls)cls, name, nl, link ? g->qid : NULL, g->type,
                        g->country[0] ? g->country : NULL);
  nkg_entity__mention(doc, ent, start, end, fl);
}

static bool S_armed_word(const nkg_doc *doc, size_t i)
{
  return nkg_token__is(doc->text, &doc->toks[i], "military") ||
         nkg_token__is(doc->text, &doc->toks[i], "army") ||
         nkg_token__is(doc->text, &doc->toks[i], "armed-forces");
}

void nkg_entity__merge(nkg_doc *doc, int a, int b)
{
  size_t i;
  if(a == b)
    return;
  for(i = 0; i < doc->nment; i++)
    if(doc->ments[i].entity == a)
      doc->ments[i].entity = b;
  doc->ents[a].merged_into = b;
  if(doc->ents[a].first < doc->ents[b].first)
    doc->ents[b].first = doc->ents[a].first;
  if(doc->ents[a].publisher)
    doc->ents[b].publisher = true;
}

/* Single-word persons are the surname of the one full name ending in it. */
static void S_corefer(nkg_doc *doc)
{
  size_t i, j;
  for(i = 0; i < doc->nent; i++) {
    nkg_entity *e = &doc->ents[i];
    int found = -1;
    if(e->merged_into >= 0 || e->cls != NKG_CLS_PERSON || strchr(e->name, ' '))
      continue;
    for(j = 0; j < doc->nent; j++) {
      const nkg_entity *f = &doc->ents[j];
      const char *last;
      if(j == i || f->merged_into >= 0 || f->cls != NKG_CLS_PERSON || !strchr(f->name, ' '))
        continue;
      last = strrchr(f->name, ' ') + 1;
      if(S_streq_fold(last, strlen(last), e->name, strlen(e->name))) {
        found = found < 0 ? (int)j : -2;
      }
    }
    if(found >= 0)
      nkg_entity__merge(doc, (int)i, found);
  }
}

/* Links entity i to gazetteer entry pick: merged into the entity that
 * already carries that QID, else given its label, QID, country and type. */
static void S_link_entity(nkg_doc *doc, int i, const nkg_gaz_entry *pick)
{
  nkg_entity *e = &doc->ents[i];
  size_t k;
  for(k = 0; k < doc->nent; k++)
    if((int)k != i && doc->ents[k].merged_into < 0 && doc->ents[k].qid &&
       strcmp(doc->ents[k].qid, pick->qid) == 0) {
      nkg_entity__merge(doc, i, (int)k);
      return;
    }
  free(e->name);
  e->name = nkg_xstrdup(pick->label);
  free(e->qid);
  e->qid = nkg_xstrdup(pick->qid);
  free(e->country);
  e->country = pick->country[0] ? nkg_xstrdup(pick->country) : NULL;
  if(!e->kind)
    e->kind = nkg_xstrdup(pick->type);
}

/* A person named only by title and surname ("President Trump") links to
 * the one gazetteer person with that surname from a country the article
 * names; with two such people, or none, it stays unlinked. */
static void S_link_surnames(nkg_doc *doc)
{
  size_t i, k;
  if(!doc->ctx->gaz)
    return;
  for(i = 0; i < doc->nent; i++) {
    nkg_entity *e = &doc->ents[i];
    const nkg_gaz_entry *c[16], *pick = NULL;
    size_t n, fits = 0;
    if(e->merged_into >= 0 || e->cls != NKG_CLS_PERSON || e->qid || strchr(e->name, ' '))
      continue;
    n = nkg_gazetteer__by_surname(doc->ctx->gaz, e->name, strlen(e->name), c, 16);
    if(n > 16)
      continue;
    for(k = 0; k < n; k++)
      if(c[k]->country[0] && nkg_choose__in_context(doc, c[k]->country)) {
        pick = c[k];
        fits++;
      }
    if(fits > 1) { /* hand-verified rows override: one verified person wins */
      size_t verified = 0;
      for(k = 0; k < n; k++)
        if(c[k]->country[0] && nkg_choose__in_context(doc, c[k]->country) &&
           (c[k]->flags & NKG_GAZ_VERIFIED)) {
          pick = c[k];
          verified++;
        }
      fits = verified;
    }
    if(fits != 1 || (pick->flags & NKG_GAZ_WEAK))
      continue;
    S_link_entity(doc, (int)i, pick);
  }
}

/* Marks the sentences written all in capitals (headlines, datelines):
 * there a capital letter says nothing about names. */
static void S_find_caps(const nkg_doc *doc, S_state *st)
{
  size_t s, k;
  st->caps = nkg_xcalloc(doc->nsent + 1, sizeof *st->caps);
  for(s = 0; s < doc->nsent; s++) {
    size_t words = 0, caps = 0;
    for(k = doc->sents[s].tok_first; k < doc->sents[s].tok_end; k++) {
      const nkg_token *t = &doc->toks[k];
      if(!(t->flags & NKG_TOK_WORD) || t->end - t->start < 2)
        continue;
      words++;
      if(t->flags & NKG_TOK_ALLCAP)
        caps++;
    }
    st->caps[s] = words > 0 && caps == words;
  }
}

/* A dateline at token i: up to three words in capitals, then a date
 * ("LONDON 1996-08-30") or ", Region (" / ", Region -" ("CARACAS,
 * Venezuela (AP) -"). Returns the end of the place name, or i. */
static size_t S_dateline(const nkg_doc *doc, size_t i)
{
  size_t j = i, k;
  unsigned sent = doc->toks[i].sent;
  while(j < doc->ntok && j < i + 3 && doc->toks[j].sent == sent &&
        (doc->toks[j].flags & NKG_TOK_ALLCAP) && !(doc->toks[j].flags & NKG_TOK_PUNCT))
    j++;
  if(j == i || j >= doc->ntok || doc->toks[j].sent != sent)
    return i;
  if(doc->toks[j].flags & NKG_TOK_NUM) {
    const char *w = doc->text + doc->toks[j].start;
    size_t n = doc->toks[j].end - doc->toks[j].start;
    return (memchr(w, '-', n) || memchr(w, '/', n)) && n >= 6 ? j : i;
  }
  if(doc->text[doc->toks[j].start] != ',')
    return i;
  for(k = j + 1; k < doc->ntok && k < j + 4 && (doc->toks[k].flags & NKG_TOK_CAP) &&
                 !(doc->toks[k].flags & NKG_TOK_PUNCT);
      k++)
    ;
  if(k == j + 1 || k >= doc->ntok)
    return i;
  {
    char c = doc->text[doc->toks[k].start];
    if(c == '(' || c == '-' || (unsigned char)c == 0xE2) /* ( - or an em/en dash */
      return j;
  }
  return i;
}

/* People named in full but not linked while reading (no country of theirs
 * named yet): link now that the whole article is read, when exactly one
 * gazetteer person of that name comes from a country the article names. */
static void S_link_people(nkg_doc *doc, bool public_affairs)
{
  size_t i, k;
  if(!doc->ctx->gaz)
    return;
  for(i = 0; i < doc->nent; i++) {
    nkg_entity *e = &doc->ents[i];
    const nkg_gaz_entry *const *c = NULL;
    bool verified_only = !public_affairs;
    const nkg_gaz_entry *pick = NULL;
    size_t n;
    bool two = false;
    if(e->merged_into >= 0 || e->cls != NKG_CLS_PERSON || e->qid || !strchr(e->name, ' '))
      continue;
    n = nkg_gazetteer__lookup(doc->ctx->gaz, e->name, strlen(e->name), &c);
    if(nkg_choose__namesakes(c, n) > 1) { /* a verified one may still be meant */
      size_t v = 0;
      for(k = 0; k < n; k++)
        v += strcmp(c[k]->type, "person") == 0 && (c[k]->flags & NKG_GAZ_VERIFIED);
      if(v == 0)
        continue;
    }
    for(k = 0; k < n; k++) {
      if(nkg_choose__cls(c[k]->type) != NKG_CLS_PERSON || !c[k]->qid[0])
        continue;
      if(!(c[k]->flags & NKG_GAZ_VERIFIED) &&
         (verified_only || !nkg_choose__in_context(doc, c[k]->country)))
        continue;
      if(pick && strcmp(pick->qid, c[k]->qid) != 0)
        two = true;
      pick = pick ? pick : c[k];
    }
    if(!pick || two || (pick->flags & NKG_GAZ_WEAK))
      continue;
    S_link_entity(doc, (int)i, pick);
  }
}

/* The word before token i does not make it part of a longer name: it is
 * in another sentence, not capitalized, or a word any opener capitalizes;
 * in a line all in capitals every word is, so there it says nothing. */
static bool S_prev_ok(const nkg_doc *doc, size_t i)
{
  const nkg_token *p = &doc->toks[i - 1];
  size_t n;
  const char *w = S_tok(doc, i - 1, &n);
  if(p->sent != doc->toks[i].sent || !(p->flags & NKG_TOK_CAP) || (p->flags & NKG_TOK_PUNCT))
    return true;
  if((p->flags & NKG_TOK_ALLCAP) && (doc->toks[i].flags & NKG_TOK_ALLCAP))
    return true;
  return nkg_lex__is_common_cap(w, n);
}

/* One sense per document: a name found once is the same entity wherever
 * else it is written the same way, even where this reading found no cue
 * (a headline in capitals, a sentence opener, a results table): "Simmons"
 * after "Phil Simmons", "LEICESTERSHIRE" after "Leicestershire". */
static void S_propagate(nkg_doc *doc)
{
  S_names names = {NULL, 0, 0};
  bool *cov;
  size_t i, k, nment = doc->nment;
  if(nment == 0)
    return;
  cov = nkg_xcalloc(doc->ntok + 1, sizeof *cov);
  for(i = 0; i < nment; i++) {
    const nkg_mention *m = &doc->ments[i];
    const nkg_entity *e;
    size_t lo = 0, hi = doc->ntok, first;
    int ent = nkg_entity__live(doc, m->entity);
    while(lo < hi) { /* first token ending after the mention's start */
      size_t mid = lo + (hi - lo) / 2;
      if(doc->toks[mid].end <= m->start)
        lo = mid + 1;
      else
        hi = mid;
    }
    first = lo;
    for(k = lo; k < doc->ntok && doc->toks[k].start < m->end; k++)
      cov[k] = true;
    if(!(m->flags & NKG_M_NAME) || k == first)
      continue;
    e = &doc->ents[ent];
    if(e->kind && (strcmp(e->kind, "photographer") == 0 || strcmp(e->kind, "position") == 0))
      continue;
    S_names_put(&names, S_key_toks(doc->text, doc->toks, first, k), ent);
    if(e->cls == NKG_CLS_PERSON && k - first >= 2 && S_name_word(doc, k - 1))
      S_names_put(&names, S_key_toks(doc->text, doc->toks, k - 1, k), ent);
  }
  for(i = 0; i < doc->ntok;) {
    const nkg_token *t = &doc->toks[i];
    size_t len, best = 0, n;
    int bent = -1;
    const char *w = S_tok(doc, i, &n);
    if(cov[i] || !(t->flags & NKG_TOK_CAP) || (t->flags & NKG_TOK_PUNCT) ||
       !S_readable(doc, i) || nkg_lex__is_common_cap(w, n)) {
      i++;
      continue;
    }
    /* not the inside of a longer name ("Air France") */
    if(i > 0 && !S_prev_ok(doc, i)) {
      i++;
      continue;
    }
    for(len = 1; len <= 4 && i + len <= doc->ntok; len++) {
      const nkg_token *u = &doc->toks[i + len - 1];
      int ent;
      if(cov[i + len - 1] || u->sent != t->sent || (u->flags & NKG_TOK_PUNCT))
        break;
      ent = S_names_get(&names, S_key_toks(doc->text, doc->toks, i, i + len));
      if(ent >= 0 && (i + len == doc->ntok || !(doc->toks[i + len].flags & NKG_TOK_CAP) ||
                      (doc->toks[i + len].flags & NKG_TOK_PUNCT) ||
                      doc->toks[i + len].sent != t->sent ||
                      /* in a line in capitals every word is: no evidence */
                      ((u->flags & NKG_TOK_ALLCAP) &&
                       (doc->toks[i + len].flags & NKG_TOK_ALLCAP)))) {
        best = len;
        bent = ent;
      }
    }
    if(best) {
      nkg_entity__mention(doc, nkg_entity__live(doc, bent), t->start, doc->toks[i + best - 1].end,
                          NKG_M_NAME);
      i += best;
    } else
      i++;
  }
  free(names.s);
  free(cov);
}

void nkg_entity__find(nkg_doc *doc)
{
  size_t i = 0;
  bool person_cue = false;
  const nkg_gazetteer *gaz = doc->ctx->gaz;
  S_state st;

  memset(&st, 0, sizeof st);
  S_find_caps(doc, &st);
  st.public_affairs = S_public_affairs(doc);
  while(i < doc->ntok) {
    const nkg_token *t = &doc->toks[i];
    const nkg_gaz_entry *const *cands = NULL;
    size_t ncand = 0, m, n, j, suffix;
    const char *w;
    bool caps_line = st.caps[t->sent];
    if(!S_readable(doc, i) || (t->flags & NKG_TOK_SSTART))
      person_cue = (t->flags & NKG_TOK_SSTART) ? false : person_cue;
    if(!S_readable(doc, i)) {
      i++;
      continue;
    }
    if(t->flags & NKG_TOK_PUNCT) {
      person_cue = false;
      i++;
      continue;
    }
    w = S_tok(doc, i, &n);
    /* Photo credit */
    {
      size_t aend, nstart;
      if((t->flags & NKG_TOK_CAP) && i > 0 && doc->text[doc->toks[i - 1].start] == '(' &&
         S_photo_credit(doc, i, &aend, &nstart)) {
        size_t ne = nstart;
        while(ne < doc->ntok && (doc->toks[ne].flags & NKG_TOK_CAP) && ne - nstart < 4)
          ne++;
        m = gaz ? nkg_gazetteer__match(gaz, doc->text, doc->toks, doc->ntok, i, &cands, &ncand)
                : 0;
        if(m == aend - i) {
          bool link;
          const nkg_gaz_entry *g =
            nkg_choose__pick(doc, cands, ncand, NKG_CLS_ORG, true, true, &link);
          if(g)
            S_add_gaz(doc, g, link, t->start, doc->toks[aend - 1].end);
        }
        if(ne > nstart) {
          int ent = nkg_entity__add(doc, NKG_CLS_PERSON, doc->text + doc->toks[nstart].start,
                                    doc->toks[ne - 1].end - doc->toks[nstart].start, NULL,
                                    "photographer", NULL);
          nkg_entity__mention(doc, ent, doc->toks[nstart].start, doc->toks[ne - 1].end,
                              NKG_M_NAME);
        }
        i = ne > nstart ? ne : aend + 1;
        continue;
      }
    }
    /* A country's armed forces: "the Venezuelan military", later "the
     * military" (one armed force in the document). */
    if(S_armed_word(doc, i)) {
      int country = -1, af = -1;
      if(i > 0 && doc->nment > 0) {
        const nkg_mention *pm = &doc->ments[doc->nment - 1];
        if(pm->end == doc->toks[i - 1].end && (pm->flags & NKG_M_DEMONYM))
          country = pm->entity;
      }
      if(country >= 0) {
        nkg_str name = {NULL, 0, 0};
        nkg_str_appendf(&name, "armed forces of %s", doc->ents[country].name);
        af = nkg_entity__add(doc, NKG_CLS_ORG, name.s, name.len, NULL, "armed_forces",
                             doc->ents[country].qid);
        nkg_str_free(&name);
        nkg_entity__mention(doc, af, doc->toks[i - 1].start, t->end, NKG_M_TITLE);
      } else if(i > 0 && nkg_token__is(doc->text, &doc->toks[i - 1], "the")) {
        size_t e;
        for(e = 0; e < doc->nent; e++)
          if(doc->ents[e].merged_into < 0 && doc->ents[e].kind &&
             strcmp(doc->ents[e].kind, "armed_forces") == 0)
            af = af < 0 ? (int)e : -2;
        if(af >= 0)
          nkg_entity__mention(doc, af, t->start, t->end, NKG_M_TITLE);
      }
      i++;
      continue;
    }
    /* Title before a name, unless the title word begins a longer known
     * name of an organization or place ("General Motors", "President
     * Hotel") */
    m = S_title_before_name(doc, i);
    if(m > 0 && gaz && (t->flags & NKG_TOK_CAP)) {
      size_t gm = nkg_gazetteer__match(gaz, doc->text, doc->toks, doc->ntok, i, &cands, &ncand), k;
      bool other = gm > m;
      for(k = 0; other && k < ncand; k++) {
        int cls = nkg_choose__cls(cands[k]->type);
        if(cls < 0 || cls == NKG_CLS_PERSON)
          other = false;
      }
      if(other)
        m = 0;
    }
    if(m > 0) {
      person_cue = true;
      i += m;
      continue;
    }
    /* A dateline: "LONDON 1996-08-30", "CARACAS, Venezuela (AP) -" */
    if((t->flags & NKG_TOK_SSTART) && (t->flags & NKG_TOK_ALLCAP) && (j = S_dateline(doc, i)) > i) {
      bool link = false;
      const nkg_gaz_entry *g = NULL;
      m = gaz ? nkg_gazetteer__match(gaz, doc->text, doc->toks, doc->ntok, i, &cands, &ncand)
              : 0;
      if(m == j - i)
        g = nkg_choose__pick(doc, cands, ncand, NKG_CLS_PLACE, false, true, &link);
      if(g)
        S_add_gaz(doc, g, link, t->start, doc->toks[j - 1].end);
      else {
        int ent = nkg_entity__add(doc, NKG_CLS_PLACE, doc->text + t->start,
                                  doc->toks[j - 1].end - t->start, NULL, NULL, NULL);
        nkg_entity__mention(doc, ent, t->start, doc->toks[j - 1].end, NKG_M_NAME);
      }
      i = j;
      continue;
    }
    /* Gazetteer */
    m = gaz ? nkg_gazetteer__match(gaz, doc->text, doc->toks, doc->ntok, i, &cands, &ncand) : 0;
    while(m > 0 && doc->toks[i + m - 1].sent != t->sent)
      m--; /* never across a sentence boundary */
    /* A person's name by its shape ("Phil Simmons", "P. Simmons") beats a
     * shorter gazetteer name inside it (the town of Paul) and an equal one
     * that names no person. */
    if(!caps_line && !person_cue) {
      size_t pe = S_person_span(doc, i);
      if(pe > i && !S_quoted(doc, i, pe)) {
        bool gaz_person = false;
        size_t k;
        for(k = 0; k < ncand; k++)
          if(nkg_choose__cls(cands[k]->type) == NKG_CLS_PERSON)
            gaz_person = true;
        if(m < pe - i) {
          int ent = nkg_entity__add(doc, NKG_CLS_PERSON, doc->text + t->start,
                                    doc->toks[pe - 1].end - t->start, NULL, NULL, NULL);
          nkg_entity__mention(doc, ent, t->start, doc->toks[pe - 1].end, NKG_M_NAME);
          i = pe;
          continue;
        }
        if(m == pe - i && gaz_person)
          person_cue = true; /* choose among the people of that name */
      }
    }
    /* One word that is the surname of a person already named is that
     * person, not the town or the country of the same name ("Clinton",
     * "Jordan" after "Michael Jordan"). */
    if(m == 1 && !person_cue && (t->flags & NKG_TOK_CAP)) {
      bool person = false, demonym = false;
      size_t k;
      for(k = 0; k < ncand; k++) {
        if(nkg_choose__cls(cands[k]->type) == NKG_CLS_PERSON)
          person = true;
        if(cands[k]->flags & NKG_GAZ_DEMONYM)
          demonym = true;
      }
      if(!person && !demonym) {
        int p = S_person_by_surname(doc, &st, w, n);
        if(p >= 0) {
          nkg_entity__mention(doc, p, t->start, t->end, NKG_M_NAME);
          i++;
          continue;
        }
      }
    }
    /* "General Motors Corporation": a known organization's name and a
     * corporate word the gazetteer does not list with it; the mention
     * takes the word, the link stays. */
    suffix = 0;
    if(m > 0 && nkg_choose__has_org(cands, ncand))
      while(i + m + suffix < doc->ntok && doc->toks[i + m + suffix].sent == t->sent &&
            S_corporate(doc, i + m + suffix))
        suffix++;
    /* A known name followed by another capitalized word is part of a
     * longer name the gazetteer does not know ("Daniel Brannigan", not the
     * town of Daniel): leave it to the capitalized-sequence rules, unless
     * that word starts a title or another known name ("Venezuela
     * President", "Madrid, Spain"); two place names side by side with no
     * comma are one name ("Harlow Bay"). */
    if(m > 0 && suffix == 0 && i + m < doc->ntok && doc->toks[i + m].sent == t->sent &&
       (doc->toks[i + m].flags & NKG_TOK_CAP) && !(doc->toks[i + m].flags & NKG_TOK_PUNCT)) {
      const nkg_gaz_entry *const *c2 = NULL;
      size_t n2 = 0, wn;
      const char *nw = S_tok(doc, i + m, &wn);
      if(S_title_before_name(doc, i + m) == 0 && !nkg_lex__is_common_cap(nw, wn) &&
         !(doc->toks[i + m].flags & NKG_TOK_ALLCAP) &&
         (nkg_gazetteer__match(gaz, doc->text, doc->toks, doc->ntok, i + m, &c2, &n2) == 0 ||
          nkg_choose__all_weak(c2, n2) ||
          (nkg_choose__all_places(cands, ncand) && nkg_choose__all_places(c2, n2))) &&
         !nkg_lex__title(doc->text, doc->toks, doc->ntok, i + m, &(const nkg_title *){NULL}))
        m = 0;
    }
    /* A capital at a sentence start or in a headline in capitals is no
     * evidence: one word there that names only towns ("Scores", "Metro")
     * is left to the one-sense pass, which finds it if the body names it. */
    if(m == 1 && ((t->flags & NKG_TOK_SSTART) || caps_line) && !nkg_entity__score(doc, i + 1)) {
      size_t k;
      bool minor = true;
      for(k = 0; k < ncand && minor; k++)
        minor = (nkg_choose__minor_place(cands[k]) || (cands[k]->flags & NKG_GAZ_COMMON)) &&
                !(cands[k]->flags & NKG_GAZ_VERIFIED);
      if(minor && ncand > 0) {
        i++;
        continue;
      }
    }
    if(m > 0 && S_caps_ok(doc, i, m)) {
      bool link = false;
      const nkg_gaz_entry *g = nkg_choose__pick(doc, cands, ncand,
                                                person_cue ? NKG_CLS_PERSON : -1, false,
                                                st.public_affairs, &link);
      bool all_pos = true;
      size_t k;
      for(k = 0; k < ncand; k++)
        if(strcmp(cands[k]->type, "position") != 0)
          all_pos = false;
      if(all_pos) { /* a position name used as a title: role.c reads it */
        person_cue = true;
        i += m;
        continue;
      }
      /* A bare acronym is too ambiguous to link without context. */
      if(g && m == 1 && (t->flags & NKG_TOK_ALLCAP) && ncand > 1)
        link = false;
      /* One word whose capital the sentence start explains, which the
       * gazetteer cannot pin to one item either ("Metro workers in
       * Madrid..."): no evidence of a name; the one-sense pass still finds
       * it if the body names it elsewhere. */
      if(g && !link && m == 1 && ((t->flags & NKG_TOK_SSTART) || caps_line) &&
         !(g->flags & NKG_GAZ_DEMONYM) && !person_cue) {
        size_t k2;
        bool mixed = false; /* the candidates do not even agree on a class */
        for(k2 = 0; k2 < ncand; k2++)
          if(nkg_choose__cls(cands[k2]->type) >= 0 &&
             nkg_choose__cls(cands[k2]->type) != nkg_choose__cls(g->type))
            mixed = true;
        if(mixed) {
          i++;
          continue;
        }
      }
      /* "reads in Spanish:", "spoke in English.": a language, not a country */
      if(g && (g->flags & NKG_GAZ_DEMONYM) && i > 0 &&
         nkg_token__is(doc->text, &doc->toks[i - 1], "in") &&
         (i + m >= doc->ntok || (doc->toks[i + m].flags & NKG_TOK_PUNCT))) {
        i += m;
        continue;
      }
      if(g && suffix && nkg_choose__cls(g->type) != NKG_CLS_ORG)
        suffix = 0; /* the reading chose a town: the word is not its */
      if(g && !(S_quoted(doc, i, i + m) && nkg_choose__cls(g->type) != NKG_CLS_PLACE)) {
        S_add_gaz(doc, g, link, t->start, doc->toks[i + m + suffix - 1].end);
        person_cue = false;
        i += m + suffix;
        continue;
      }
    }
    /* Unknown capitalized sequence; in a headline written in capitals a
     * capital is no evidence at all (known names are found there later). */
    if((t->flags & NKG_TOK_CAP) && !nkg_lex__is_common_cap(w, n) && !caps_line) {
      int cls;
      j = i + 1;
      while(j < doc->ntok && doc->toks[j].sent == t->sent) {
        const nkg_token *u = &doc->toks[j];
        size_t un;
        const char *uw = S_tok(doc, j, &un);
        if((u->flags & NKG_TOK_CAP) && !(u->flags & NKG_TOK_PUNCT)) {
          if(S_title_before_name(doc, j) > 0)
            break;
          j++;
          continue;
        }
        if(nkg_lex__is_connector(uw, un) && j + 1 < doc->ntok &&
           (doc->toks[j + 1].flags & NKG_TOK_CAP) && doc->toks[j + 1].sent == t->sent) {
          j++;
          continue;
        }
        break;
      }
      if(S_quoted(doc, i, j)) { /* a quoted slogan or term: not a name */
        int p = (j - i == 1) ? S_person_by_surname(doc, &st, w, n) : -1;
        if(p >= 0)
          nkg_entity__mention(doc, p, t->start, t->end, NKG_M_NAME);
        i = j;
        continue;
      }
      if(j - i == 1 && !person_cue) {
        int p = S_person_by_surname(doc, &st, w, n);
        if(p >= 0) {
          nkg_entity__mention(doc, p, t->start, t->end, NKG_M_NAME);
          i = j;
          continue;
        }
      }
      /* "Rookie Marcus Tellweather homered": the sentence capitalizes a
       * common word before a person's name */
      if((t->flags & NKG_TOK_SSTART) && j - i >= 3 && !person_cue &&
         S_person_span(doc, i + 1) == j && !S_person_word(doc, i, true)) {
        i++;
        continue;
      }
      if((t->flags & NKG_TOK_SSTART) && j - i == 1 && !person_cue) {
        i = j;
        continue;
      }
      cls = S_cue_class(doc, i, j, person_cue, caps_line);
      if(cls < 0) {
        /* no cue for the whole run: read its first part alone, the rest
         * afresh ("Solomyan and Petra Ilkova of the Trade Observatory") */
        size_t k;
        for(k = i + 1; k < j && (doc->toks[k].flags & NKG_TOK_CAP); k++)
          ;
        if(k < j) {
          j = k;
          cls = S_cue_class(doc, i, j, person_cue, caps_line);
          if(cls < 0 && j - i == 1 && !person_cue) {
            int p = S_person_by_surname(doc, &st, w, n);
            if(p >= 0)
              nkg_entity__mention(doc, p, t->start, t->end, NKG_M_NAME);
          }
        }
      }
      if(cls == NKG_CLS_PERSON) {
        /* a person's name holds no "of" or "and": "Tomas Wreede of
         * Kestrel Partners", "George Shultz and Caspar Weinberger" */
        size_t k;
        for(k = i + 1; k < j; k++)
          if(!(doc->toks[k].flags & NKG_TOK_CAP) &&
             nkg_lex__is_connector(doc->text + doc->toks[k].start,
                                   doc->toks[k].end - doc->toks[k].start) &&
             !S_particle(doc->text + doc->toks[k].start, doc->toks[k].end - doc->toks[k].start)) {
            j = k;
            break;
          }
      }
      if(cls >= 0) {
        int ent;
        if(cls == NKG_CLS_PERSON && j - i == 1) {
          int p = S_person_by_surname(doc, &st, w, n);
          if(p >= 0) {
            nkg_entity__mention(doc, p, t->start, t->end, NKG_M_NAME);
            person_cue = false;
            i = j;
            continue;
          }
        }
        ent = nkg_entity__add(doc, (nkg_cls)cls, doc->text + t->start,
                              doc->toks[j - 1].end - t->start, NULL, NULL, NULL);
        nkg_entity__mention(doc, ent, t->start, doc->toks[j - 1].end, NKG_M_NAME);
      }
      person_cue = false;
      i = j;
      continue;
    }
    person_cue = false;
    i++;
  }
  S_corefer(doc);
  S_link_people(doc, st.public_affairs);
  S_link_surnames(doc);
  nkg_entity__corefer_orgs(doc);
  S_propagate(doc);
  if(nkg_entity__teams(doc))
    S_propagate(doc); /* clubs found only now: their names in the headline */
  free(st.surnames.s);
  free(st.lone.s);
  free(st.caps);
}
