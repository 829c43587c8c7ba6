/* coref.c: organizations written in more than one way.
 *
 * News names an organization in full once and shortly after: by its
 * initials ("General Motors Corporation (GM)" ... "GM"), or by its first
 * words without the corporate words ("Apple Computer" ... "Apple", "Ford
 * Motor Company" ... "Ford"). Each pair becomes one node. A pair merges
 * only when the short form fits exactly one longer name in the article,
 * and never when the two already carry different Wikidata ids; the node
 * that carries an id is the one kept. */
#include <ctype.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"

/* Small words an acronym skips: "Organization of (the) Islamic Conference". */
static bool S_skipped(const char *w, size_t n)
{
  static const char *const small[] = {"of", "and", "the", "for", "&", "de", "on", "in", NULL};
  size_t k;
  for(k = 0; small[k]; k++)
    if(strlen(small[k]) == n && strncmp(small[k], w, n) == 0)
      return true;
  return false;
}

/* "GM", "UAW", "AT&T": 2 to 6 capital letters (and &). */
static bool S_acronym(const char *s)
{
  size_t n = strlen(s), k, letters = 0;
  if(n < 2 || n > 7)
    return false;
  for(k = 0; k < n; k++) {
    if(isupper((unsigned char)s[k]))
      letters++;
    else if(s[k] != '&')
      return false;
  }
  return letters >= 2;
}

/* The initials of name's words (skipping small words, and words after a
 * parenthesis): "General Motors Corporation" -> "GMC" and, without the
 * corporate word at its end, "GM". */
static bool S_initials_match(const char *name, const char *acro)
{
  char ini[16];
  size_t n = 0;
  bool last_cue = false; /* the last word counted is a corporate one */
  const char *p = name;
  while(*p && *p != '(') {
    const char *w;
    size_t wl;
    while(*p == ' ')
      p++;
    w = p;
    while(*p && *p != ' ' && *p != '(')
      p++;
    wl = (size_t)(p - w);
    if(wl == 0)
      break;
    if(S_skipped(w, wl) || !isupper((unsigned char)w[0]))
      continue;
    if(n + 1 >= sizeof ini)
      return false;
    last_cue = nkg_lex__is_org_cue(w, wl);
    ini[n++] = w[0];
  }
  ini[n] = '\0';
  {
    char plain[16];
    size_t k, m = 0;
    for(k = 0; acro[k] && m + 1 < sizeof plain; k++)
      if(acro[k] != '&')
        plain[m++] = acro[k];
    plain[m] = '\0';
    if(n >= 2 && strcmp(ini, plain) == 0)
      return true;
    /* "General Motors Corporation" for "GM" */
    return last_cue && n >= 3 && m == n - 1 && strncmp(ini, plain, m) == 0;
  }
}

/* long is short followed only by corporate words: "Apple Computer",
 * "Ford Motor Company", "Chrysler LLC". */
static bool S_short_form(const char *shortn, const char *longn)
{
  size_t sl = strlen(shortn);
  const char *p;
  if(strncmp(shortn, longn, sl) != 0 || longn[sl] != ' ')
    return false;
  p = longn + sl;
  while(*p) {
    const char *w;
    size_t wl;
    while(*p == ' ')
      p++;
    w = p;
    while(*p && *p != ' ')
      p++;
    wl = (size_t)(p - w);
    if(wl && !nkg_lex__is_org_cue(w, wl) && !(wl == 5 && strncmp(w, "Motor", 5) == 0))
      return false;
  }
  return true;
}

void nkg_entity__corefer_orgs(nkg_doc *doc)
{
  size_t i, k, nent = doc->nent;
  for(i = 0; i < nent; i++) {
    const nkg_entity *x = &doc->ents[i];
    int found = -1;
    bool acro;
    if(x->merged_into >= 0 || x->cls != NKG_CLS_ORG || x->publisher)
      continue;
    acro = S_acronym(x->name);
    for(k = 0; k < nent && found != -2; k++) {
      const nkg_entity *y = &doc->ents[k];
      if(k == i || y->merged_into >= 0 || y->cls != NKG_CLS_ORG || y->publisher)
        continue;
      if(x->qid && y->qid && strcmp(x->qid, y->qid) != 0)
        continue;
      if((acro && S_initials_match(y->name, x->name)) || S_short_form(x->name, y->name))
        found = found < 0 ? (int)k : -2;
    }
    if(found < 0)
      continue;
    /* keep the node that carries the id; else the longer name */
    if(x->qid && !doc->ents[found].qid)
      nkg_entity__merge(doc, found, (int)i);
    else
      nkg_entity__merge(doc, (int)i, found);
  }
}
