/* test_gazetteer.c: folding, loading and longest match of the gazetteer,
 * on a hand-written fixture (tests/fixtures/gazetteer/) and on the shipped
 * files (ontology/lexicon/gazetteer*.tsv). */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "nkg_internal.h"

#ifndef NKG_DEFAULT_LEXICON
#define NKG_DEFAULT_LEXICON "ontology/lexicon"
#endif
#define FIXTURES NKG_DEFAULT_LEXICON "/../../tests/fixtures/gazetteer/"

/* ---- fold ---- */

static void test_fold(void)
{
  static const struct {
    const char *in, *want;
  } cases[] = {
    {"Guaidó", "guaido"},
    {"São Paulo", "sao paulo"},
    {"U.S.", "us"},
    {"Venezuela's", "venezuelas"},
    {"Venezuela\xe2\x80\x99s", "venezuelas"}, /* typographic apostrophe */
    {"\xe2\x80\x9cQuoted\xe2\x80\x9d", "\"quoted\""},
    {"D\xc3\xad" "az\xe2\x80\x93" "Canel", "diaz-canel"}, /* en dash */
    {"Dash\xe2\x80\x94" "em", "dash-em"},
    {"Stra\xc3\x9f" "e", "strasse"},
    {"\xc5\x81\xc3\xb3" "d\xc5\xba", "lodz"},
    {"\xc3\x98rsted", "orsted"},
    {"\xc3\x86SIR", "aesir"},
    {"NICOL\xc3\x81S MADURO", "nicolas maduro"},
    {"Sc\xc8\x99oala", "scsoala"}, /* s-comma below */
    {"Nguy\xe1\xbb\x85n", "nguyen"},
    {"e\xcc\x81", "e"}, /* decomposed accent */
    {"\xd0\x9f\xd0\xa3\xd0\xa2\xd0\x98\xd0\x9d", "\xd0\xbf\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd"},
    {"\xce\x91\xce\x98\xce\x97\xce\x9d\xce\x91", "\xce\xb1\xce\xb8\xce\xb7\xce\xbd\xce\xb1"},
    {"bad\xff" "byte", "bad\xff" "byte"},
    {"", ""},
  };
  size_t i;
  for(i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    nkg_str out = {NULL, 0, 0};
    nkg_fold(&out, cases[i].in, strlen(cases[i].in));
    EQ_STR(out.s ? out.s : "", cases[i].want, "fold(%s)", cases[i].in);
    OK(out.len <= strlen(cases[i].in), "fold never lengthens: %s", cases[i].in);
    nkg_str_free(&out);
  }
  { /* nkg_fold appends */
    nkg_str out = {NULL, 0, 0};
    nkg_str_appendz(&out, "x:");
    nkg_fold(&out, "ÉTAT", strlen("ÉTAT"));
    EQ_STR(out.s, "x:etat", "fold appends");
    nkg_str_free(&out);
  }
}

/* ---- helpers ---- */

typedef struct {
  char *text;
  nkg_token *toks;
  size_t ntok;
} doc;

static doc S_doc(const char *text)
{
  doc d;
  d.text = nkg_xstrdup(text);
  nkg_token__scan(d.text, strlen(d.text), &d.toks, &d.ntok, NULL, NULL);
  return d;
}

static void S_doc_free(doc *d)
{
  free(d->text);
  free(d->toks);
}

/* Matches at token i of text; returns the tokens matched and the first
 * candidate's QID ("" when none) in *qid. */
static size_t S_match(const nkg_gazetteer *g, const char *text, size_t i, const char **qid,
                      size_t *ncands)
{
  doc d = S_doc(text);
  const nkg_gaz_entry *const *c = NULL;
  size_t nc = 0, m = nkg_gazetteer__match(g, d.text, d.toks, d.ntok, i, &c, &nc);
  *qid = nc ? c[0]->qid : "";
  if(ncands)
    *ncands = nc;
  S_doc_free(&d);
  return m;
}

static bool S_has_qid(const nkg_gaz_entry *const *c, size_t n, const char *qid)
{
  size_t i;
  for(i = 0; i < n; i++)
    if(strcmp(c[i]->qid, qid) == 0)
      return true;
  return false;
}

/* ---- fixture ---- */

static void test_errors(void)
{
  nkg_gazetteer *g = NULL;
  char err[256];
  int rc;

  rc = nkg_gazetteer__load(&g, FIXTURES "no-such-file.tsv", err, sizeof err);
  EQ_INT(rc, NKG_EIO, "missing file");
  OK(g == NULL, "missing file makes no gazetteer");
  OK(strstr(err, "no-such-file.tsv") != NULL, "message names the file: %s", err);

  rc = nkg_gazetteer__load(&g, FIXTURES "bad-columns.tsv", err, sizeof err);
  EQ_INT(rc, NKG_EINVALID, "two columns");
  OK(g == NULL && strstr(err, ":2:") != NULL, "line number in message: %s", err);
  rc = nkg_gazetteer__load(&g, FIXTURES "bad-type.tsv", err, sizeof err);
  EQ_INT(rc, NKG_EINVALID, "unknown type");
  OK(strstr(err, "nation") != NULL, "message names the type: %s", err);
  rc = nkg_gazetteer__load(&g, FIXTURES "bad-qid.tsv", err, sizeof err);
  EQ_INT(rc, NKG_EINVALID, "qid without Q");

  /* a bad file added to a good gazetteer leaves it as it was */
  rc = nkg_gazetteer__load(&g, FIXTURES "small.tsv", err, sizeof err);
  EQ_INT(rc, NKG_OK, "small.tsv: %s", err);
  {
    size_t before = nkg_gazetteer__size(g);
    rc = nkg_gazetteer__load(&g, FIXTURES "bad-type.tsv", err, sizeof err);
    EQ_INT(rc, NKG_EINVALID, "bad file after good");
    EQ_INT(nkg_gazetteer__size(g), before, "nothing added by a bad file");
  }
  rc = nkg_gazetteer__load(&g, FIXTURES "bad-type.tsv", NULL, 0);
  EQ_INT(rc, NKG_EINVALID, "NULL err buffer is allowed");
  nkg_gazetteer__free(g);
  nkg_gazetteer__free(NULL);

  /* an empty gazetteer matches nothing */
  {
    const char *q;
    EQ_INT(S_match(NULL, "Venezuela", 0, &q, NULL), 0, "NULL gazetteer");
    EQ_INT(nkg_gazetteer__size(NULL), 0, "size of NULL");
  }
}

static void test_fixture(void)
{
  nkg_gazetteer *g = NULL;
  char err[256];
  const char *q;
  size_t n, m;
  const nkg_gaz_entry *const *c;
  const nkg_gaz_entry *e;

  EQ_INT(nkg_gazetteer__load(&g, FIXTURES "small.tsv", err, sizeof err), NKG_OK, "%s", err);
  /* 18 rows, 16 distinct names (São Paulo and Washington twice) */
  EQ_INT(nkg_gazetteer__size(g), 16, "distinct names");

  /* longest match: Secretary of State (3) over State (1) */
  m = S_match(g, "Secretary of State Mike Pompeo", 0, &q, NULL);
  EQ_INT(m, 3, "Secretary of State is 3 tokens");
  EQ_STR(q, "Q14213", "Secretary of State");
  m = S_match(g, "Secretary of State Mike Pompeo", 2, &q, NULL);
  EQ_INT(m, 1, "State alone");
  EQ_STR(q, "Q789915", "State alone");
  m = S_match(g, "the State Department said", 1, &q, NULL);
  EQ_INT(m, 2, "State Department");
  m = S_match(g, "Secretary of Defense", 0, &q, NULL);
  EQ_INT(m, 0, "prefix without a name is no match");
  m = S_match(g, "the secretary of state said", 1, &q, NULL);
  EQ_INT(m, 3, "a title may be lower case");

  /* acronyms and dots */
  m = S_match(g, "U.S. officials", 0, &q, NULL);
  EQ_INT(m, 1, "U.S.");
  EQ_STR(q, "Q30", "U.S.");
  m = S_match(g, "US officials", 0, &q, NULL);
  EQ_STR(q, "Q30", "US folds like U.S.");
  EQ_INT(S_match(g, "told us that", 1, &q, NULL), 0, "lower-case us");
  EQ_INT(S_match(g, "Us and them", 0, &q, NULL), 0, "Us is not an acronym");
  EQ_INT(S_match(g, "the AP reported", 1, &q, NULL), 1, "AP");
  EQ_INT(S_match(g, "an Ap reported", 1, &q, NULL), 0, "Ap is not AP");

  /* accents, case */
  m = S_match(g, "Juan Guaido said", 0, &q, NULL);
  EQ_INT(m, 2, "Guaido without accent");
  EQ_STR(q, "Q58833335", "Guaido without accent");
  m = S_match(g, "JUAN GUAIDÓ SAID", 0, &q, NULL);
  EQ_STR(q, "Q58833335", "upper case");
  EQ_INT(S_match(g, "juan guaido", 0, &q, NULL), 0, "lower-case name is not a name");
  m = S_match(g, "in Sao Paulo", 1, &q, &n);
  EQ_INT(m, 2, "Sao Paulo");
  EQ_INT(n, 2, "Sao Paulo: city and state");
  m = S_match(g, "Nicolás Maduro's government", 0, &q, NULL);
  EQ_INT(m, 2, "possessive is not part of the name");
  EQ_STR(q, "Q58132", "Maduro");
  m = S_match(g, "Member of the National Assembly of Venezuela", 0, &q, NULL);
  EQ_INT(m, 7, "lower-case name, capitalized text");
  m = S_match(g, "Venezuela\xe2\x80\x99s", 0, &q, NULL);
  EQ_INT(m, 1, "typographic possessive");

  /* candidates: verified first, then by QID number, deterministic */
  m = S_match(g, "Washington", 0, &q, &n);
  EQ_INT(n, 2, "two Washingtons");
  EQ_STR(q, "Q61", "verified Washington first");
  m = S_match(g, "Washington, D.C.", 0, &q, &n);
  EQ_INT(m, 3, "Washington , D.C.");
  EQ_INT(n, 1, "one D.C.");

  /* flags */
  n = nkg_gazetteer__lookup(g, "Venezuelan", strlen("Venezuelan"), &c);
  EQ_INT(n, 1, "demonym");
  OK(n && (c[0]->flags & NKG_GAZ_DEMONYM) && !strcmp(c[0]->qid, "Q717"), "Venezuelan demonym");
  n = nkg_gazetteer__lookup(g, "State", 5, &c);
  OK(n == 1 && (c[0]->flags & NKG_GAZ_WEAK) && (c[0]->flags & NKG_GAZ_ALIAS), "weak alias");
  n = nkg_gazetteer__lookup(g, "one america news network", 24, &c);
  OK(n == 1 && !strcmp(c[0]->qid, "") && !strcmp(c[0]->type, "media"), "unlinked entry");
  n = nkg_gazetteer__lookup(g, "secretary of state", 18, &c);
  OK(n == 1 && !strcmp(c[0]->country, "Q30") && !strcmp(c[0]->type, "position") &&
       !strcmp(c[0]->label, "United States Secretary of State"),
     "entry fields");
  EQ_INT(nkg_gazetteer__lookup(g, "Atlantis", 8, &c), 0, "unknown name");
  OK(c == NULL, "no candidates");

  /* by_qid prefers the label row over the demonym */
  e = nkg_gazetteer__by_qid(g, "Q717");
  OK(e && !strcmp(e->label, "Venezuela") && !(e->flags & NKG_GAZ_DEMONYM), "by_qid Q717");
  e = nkg_gazetteer__by_qid(g, "Q61");
  OK(e && (e->flags & NKG_GAZ_VERIFIED) && !(e->flags & NKG_GAZ_ALIAS), "by_qid Q61 label row");
  OK(nkg_gazetteer__by_qid(g, "Q4") == NULL, "by_qid unknown");
  OK(nkg_gazetteer__by_qid(g, "") == NULL, "by_qid empty");

  /* adding a file: old entries stay valid, duplicates merge */
  e = nkg_gazetteer__by_qid(g, "Q1533");
  EQ_INT(nkg_gazetteer__load(&g, FIXTURES "more.tsv", err, sizeof err), NKG_OK, "%s", err);
  EQ_INT(nkg_gazetteer__size(g), 17, "Cuba added");
  OK(e == nkg_gazetteer__by_qid(g, "Q1533"), "verified Caracas still the one");
  OK(e && !strcmp(e->label, "Caracas"), "old entry still readable");
  m = S_match(g, "Caracas Cuba", 0, &q, &n);
  EQ_INT(m, 1, "Caracas");
  EQ_INT(n, 1, "duplicate row merged");
  m = S_match(g, "Caracas Cuba", 1, &q, &n);
  EQ_STR(q, "Q241", "Cuba from the second file");
  nkg_gazetteer__free(g);

  /* file order does not change candidate order */
  {
    nkg_gazetteer *a = NULL, *b = NULL;
    const nkg_gaz_entry *const *ca, *const *cb;
    size_t na, nb, i;
    bool same = true;
    nkg_gazetteer__load(&a, FIXTURES "more.tsv", err, sizeof err);
    nkg_gazetteer__load(&a, FIXTURES "small.tsv", err, sizeof err);
    nkg_gazetteer__load(&b, FIXTURES "small.tsv", err, sizeof err);
    nkg_gazetteer__load(&b, FIXTURES "more.tsv", err, sizeof err);
    na = nkg_gazetteer__lookup(a, "Sao Paulo", 9, &ca);
    nb = nkg_gazetteer__lookup(b, "Sao Paulo", 9, &cb);
    EQ_INT(na, nb, "same count");
    for(i = 0; i < na && i < nb; i++)
      same = same && !strcmp(ca[i]->qid, cb[i]->qid);
    OK(same && na == 2 && !strcmp(ca[0]->qid, "Q174"), "same order, by QID number");
    nkg_gazetteer__free(a);
    nkg_gazetteer__free(b);
  }
}

/* ---- the shipped files ---- */

static int S_cmp_str(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static nkg_gazetteer *S_load_shipped(void)
{
  DIR *dir = opendir(NKG_DEFAULT_LEXICON);
  struct dirent *de;
  char *names[64];
  size_t n = 0, i;
  nkg_gazetteer *g = NULL;
  char err[512], path[1024];
  if(!dir)
    return NULL;
  while((de = readdir(dir)) != NULL && n < 64) {
    size_t l = strlen(de->d_name);
    if(strncmp(de->d_name, "gazetteer", 9) == 0 && l > 4 && !strcmp(de->d_name + l - 4, ".tsv"))
      names[n++] = nkg_xstrdup(de->d_name);
  }
  closedir(dir);
  qsort(names, n, sizeof *names, S_cmp_str);
  for(i = 0; i < n; i++) {
    snprintf(path, sizeof path, "%s/%s", NKG_DEFAULT_LEXICON, names[i]);
    OK(nkg_gazetteer__load(&g, path, err, sizeof err) == NKG_OK, "load %s: %s", path, err);
    free(names[i]);
  }
  OK(n >= 2, "found the shipped gazetteer files (%zu)", n);
  return g;
}

static void test_shipped(void)
{
  nkg_gazetteer *g = S_load_shipped();
  const nkg_gaz_entry *const *c;
  const nkg_gaz_entry *e;
  const char *q;
  size_t n, m, i;
  static const char *const common[] = {"Will", "May", "March", "Reading", "Mobile", "Bill",
                                       "The", "And", "Union", "General", "Liberty", NULL};

  OK(g != NULL, "shipped gazetteer loads");
  if(!g)
    return;
  OK(nkg_gazetteer__size(g) > 100000, "many names: %zu", nkg_gazetteer__size(g));

  n = nkg_gazetteer__lookup(g, "Nicolás Maduro", strlen("Nicolás Maduro"), &c);
  OK(n >= 1 && !strcmp(c[0]->qid, "Q58132") && (c[0]->flags & NKG_GAZ_VERIFIED),
     "Maduro -> Q58132 verified");
  OK(!S_has_qid(c, n, "Q57413"), "Maduro never Q57413");
  n = nkg_gazetteer__lookup(g, "Nicolas Maduro", strlen("Nicolas Maduro"), &c);
  OK(n >= 1 && !strcmp(c[0]->qid, "Q58132") && !S_has_qid(c, n, "Q57413"), "Nicolas Maduro");
  n = nkg_gazetteer__lookup(g, "Maduro", 6, &c);
  OK(!S_has_qid(c, n, "Q57413"), "bare Maduro never Q57413");
  e = nkg_gazetteer__by_qid(g, "Q57413");
  OK(e == NULL || strstr(e->label, "Maduro") == NULL, "Q57413 is not labelled Maduro");
  e = nkg_gazetteer__by_qid(g, "Q58132");
  OK(e && !strcmp(e->label, "Nicolás Maduro") && !strcmp(e->country, "Q717"), "by_qid Q58132");

  n = nkg_gazetteer__lookup(g, "Juan Guaido", strlen("Juan Guaido"), &c);
  OK(n >= 1 && !strcmp(c[0]->qid, "Q58833335"), "Guaido without accent");

  n = nkg_gazetteer__lookup(g, "Venezuelan", 10, &c);
  for(i = 0; i < n; i++)
    if(!strcmp(c[i]->qid, "Q717") && (c[i]->flags & NKG_GAZ_DEMONYM))
      break;
  OK(i < n, "Venezuelan is a demonym of Q717");

  n = nkg_gazetteer__lookup(g, "President of Venezuela", 22, &c);
  OK(n >= 1 && !strcmp(c[0]->qid, "Q11942698") && !strcmp(c[0]->type, "position"),
     "President of Venezuela is position Q11942698");

  m = S_match(g, "Secretary of State Mike Pompeo", 0, &q, &n);
  EQ_INT(m, 3, "Secretary of State is the longest match");
  {
    doc d = S_doc("Secretary of State Mike Pompeo");
    m = nkg_gazetteer__match(g, d.text, d.toks, d.ntok, 0, &c, &n);
    OK(S_has_qid(c, n, "Q14213"), "Secretary of State includes Q14213");
    m = nkg_gazetteer__match(g, d.text, d.toks, d.ntok, 3, &c, &n);
    OK(m == 2 && n >= 1 && !strcmp(c[0]->qid, "Q473239"), "Mike Pompeo");
    S_doc_free(&d);
  }

  m = S_match(g, "U.S. officials", 0, &q, NULL);
  EQ_INT(m, 1, "U.S.");
  EQ_STR(q, "Q30", "U.S. -> United States");
  m = S_match(g, "the United States", 1, &q, NULL);
  EQ_STR(q, "Q30", "United States");
  EQ_INT(S_match(g, "let us go", 1, &q, NULL), 0, "us is a pronoun");

  /* common words are never names */
  for(i = 0; common[i]; i++) {
    n = nkg_gazetteer__lookup(g, common[i], strlen(common[i]), &c);
    EQ_INT(n, 0, "common word %s", common[i]);
  }
  /* a bare surname is not a person */
  n = nkg_gazetteer__lookup(g, "Pompeo", 6, &c);
  for(i = 0; i < n; i++)
    OK(strcmp(c[i]->type, "person") != 0, "bare Pompeo is not a person");

  /* verified rows override: Madrid is the city, never the region's id */
  n = nkg_gazetteer__lookup(g, "Madrid", 6, &c);
  OK(n >= 1 && !strcmp(c[0]->qid, "Q2807") && !S_has_qid(c, n, "Q5756"), "Madrid");

  nkg_gazetteer__free(g);
}

/* Given-name and surname counts over the people of a gazetteer, the
 * evidence the entity stage uses for unknown names. */
static void test_name_words(void)
{
  nkg_gazetteer *g = NULL;
  char err[256];
  unsigned given = 9, family = 9;

  EQ_INT(nkg_gazetteer__load(&g, FIXTURES "small.tsv", err, sizeof err), NKG_OK, "%s", err);
  nkg_gazetteer__name_word(g, "Juan", 4, &given, &family);
  EQ_INT(given, 1, "Juan is a first name once");
  EQ_INT(family, 0, "Juan is no surname");
  nkg_gazetteer__name_word(g, "GUAIDO", 6, &given, &family);
  EQ_INT(given, 0, "Guaidó is no first name");
  EQ_INT(family, 1, "Guaidó folded is a surname");
  nkg_gazetteer__name_word(g, "Caracas", 7, &given, &family);
  OK(given == 0 && family == 0, "a place is no name word");
  nkg_gazetteer__name_word(g, "", 0, &given, &family);
  OK(given == 0 && family == 0, "empty word");
  nkg_gazetteer__free(g);
  nkg_gazetteer__name_word(NULL, "Juan", 4, &given, &family);
  OK(given == 0 && family == 0, "no gazetteer");
}

int main(void)
{
  test_fold();
  test_errors();
  test_fixture();
  test_name_words();
  test_shipped();
  DONE();
}
