/* teams.c: sports clubs named after places.
 *
 * Sports pages name clubs by their city or county ("Leicestershire beat
 * Somerset", "CHICAGO 4 Houston 2", "for Atlanta", "Manchester City v
 * Charlton") and print results tables whose lines start with a club's name
 * ("Lotte 6 Hyundai 2"). Read as places, those names would tie a match to
 * a town and its Wikidata item; this pass, run after the names are found,
 * makes them organizations (nkg:SportsTeam) without the town's QID.
 * Countries keep their class: national sides are named after the country
 * itself and news graphs read them as the country. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"

static bool S_is(const nkg_doc *doc, size_t i, const char *w)
{
  return i < doc->ntok && nkg_token__is(doc->text, &doc->toks[i], w);
}

bool nkg_entity__score(const nkg_doc *doc, size_t i)
{
  size_t n, k;
  const char *w;
  if(i >= doc->ntok || !(doc->toks[i].flags & NKG_TOK_NUM))
    return false;
  w = doc->text + doc->toks[i].start;
  n = doc->toks[i].end - doc->toks[i].start;
  if(n > 3)
    return false;
  for(k = 0; k < n; k++)
    if(w[k] < '0' || w[k] > '9')
      return false;
  return true;
}

/* A match report or results page: two distinct words that only the
 * sports pages use ("innings", "striker", "halftime"), or a results table.
 * General sports vocabulary, not any one league's names; words other pages
 * use too ("try", "goals", "penalty", "rebounds") are left out. */
static bool S_sports_report(const nkg_doc *doc, size_t table_lines)
{
  static const char *const words[] = {
    "innings", "wicket", "wickets", "batsman", "batsmen", "bowler", "inning", "homer",
    "homered", "homers", "pitcher", "goalkeeper", "striker", "midfielder", "touchdown",
    "quarterback", "halftime", "half-time", "semifinal", "semi-final", "quarter-final",
    "quarterfinal", "playoff", "playoffs", "relegation", "seeded", "fixtures", "standings",
    "rbi", "scrum-half", "fly-half", "unbeaten", "hat-trick", "equaliser", "equalizer",
    "title-holders", "birdie", "birdies", "bogey", "fairway", "touchdowns",
    NULL};
  uint64_t seen = 0;
  size_t i, k, distinct = 0;
  if(table_lines >= 4)
    return true;
  for(i = 0; i < doc->ntok; i++) {
    const nkg_token *t = &doc->toks[i];
    size_t n = t->end - t->start;
    char c;
    if(!(t->flags & NKG_TOK_WORD) || n < 3 || n > 13)
      continue; /* no sports word is shorter or longer: most tokens end here */
    c = (char)tolower((unsigned char)doc->text[t->start]);
    for(k = 0; words[k] && k < 64; k++)
      if(words[k][0] == c && !(seen & (UINT64_C(1) << k)) &&
         nkg_token__is(doc->text, t, words[k])) {
        seen |= UINT64_C(1) << k;
        if(++distinct >= 2)
          return true;
      }
  }
  return false;
}

/* The word before a place name makes it the place itself: "at Headingley",
 * "in Leeds", "(Canada)". */
static bool S_locative(const nkg_doc *doc, size_t before)
{
  static const char *const preps[] = {"in",     "at",      "near",   "from", "outside",
                                      "around", "across",  "toward", "towards", "via",
                                      "to",     "through", "(",      NULL};
  size_t k;
  if(before == 0)
    return false;
  for(k = 0; preps[k]; k++)
    if(S_is(doc, before - 1, preps[k]))
      return true;
  return false;
}

/* A dateline: "LEEDS 1996-08-30", "LEEDS ,", "BIRMINGHAM , England
 * 1996-08-31" (a short line that ends in a date). */
static bool S_dateline(const nkg_doc *doc, size_t first, size_t after)
{
  const nkg_sentence *s = &doc->sents[doc->toks[first].sent];
  if(s->tok_end - s->tok_first <= 8 && (doc->toks[s->tok_end - 1].flags & NKG_TOK_NUM) &&
     (doc->toks[s->tok_first].flags & NKG_TOK_ALLCAP))
    return true;
  if(!(doc->toks[first].flags & NKG_TOK_SSTART) || !(doc->toks[first].flags & NKG_TOK_ALLCAP))
    return false;
  return after < doc->ntok && doc->toks[after].sent == doc->toks[first].sent &&
         ((doc->toks[after].flags & NKG_TOK_NUM) || doc->text[doc->toks[after].start] == ',');
}

/* "(at Edgbaston, Birmingham)": the second name of a place "at" names,
 * closing its phrase. */
static bool S_locative_chain(const nkg_doc *doc, size_t before, size_t after)
{
  size_t k, steps = 0;
  if(before < 2 || doc->text[doc->toks[before - 1].start] != ',')
    return false;
  if(after < doc->ntok && doc->toks[after].sent == doc->toks[before].sent &&
     !(doc->toks[after].flags & NKG_TOK_PUNCT))
    return false;
  for(k = before - 1; k > 0 && steps < 6; k--, steps++) {
    const nkg_token *t = &doc->toks[k - 1];
    if(t->sent != doc->toks[before].sent)
      return false;
    if(S_locative(doc, k))
      return true;
    if(!(t->flags & NKG_TOK_CAP) && doc->text[t->start] != ',')
      return false;
  }
  return false;
}

static bool S_versus(const nkg_doc *doc, size_t i)
{
  return S_is(doc, i, "v") || S_is(doc, i, "vs") || S_is(doc, i, "vs.") ||
         S_is(doc, i, "beat") || S_is(doc, i, "beats");
}

static bool S_town_kind(const nkg_entity *e)
{
  return !e->kind || strcmp(e->kind, "city") == 0 || strcmp(e->kind, "region") == 0 ||
         strcmp(e->kind, "place") == 0;
}

/* "the Phillies", "the Kansas City Royals", "the White Sox": a plural
 * name after "the" in a match report is a side. */
static bool S_the_plural(const nkg_doc *doc, size_t i, size_t j)
{
  const nkg_token *last = &doc->toks[j - 1];
  const char *w = doc->text + last->start;
  size_t n = last->end - last->start;
  if(i == 0 || !S_is(doc, i - 1, "the") || doc->toks[i - 1].sent != doc->toks[i].sent)
    return false;
  return (n >= 4 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'') ||
         (n == 3 && strncmp(w, "Sox", 3) == 0);
}

/* Unknown capitalized words that open a results line before a score,
 * stand beside "v", or name a plural side after "the": a club the
 * gazetteer does not know ("Ruch 2 Petofi 1", "Walsall v Wrexham", "the
 * Mets"). Only in sports reports. */
static void S_unknown_clubs(nkg_doc *doc, const unsigned *scores, const bool *cov)
{
  size_t i = 0;
  while(i < doc->ntok) {
    const nkg_token *t = &doc->toks[i];
    size_t j = i, n;
    bool club;
    if(cov[i] || !(t->flags & NKG_TOK_CAP) || (t->flags & NKG_TOK_PUNCT) ||
       nkg_lex__is_common_cap(doc->text + t->start, t->end - t->start)) {
      i++;
      continue;
    }
    while(j < doc->ntok && j < i + 4 && !cov[j] && doc->toks[j].sent == t->sent &&
          (doc->toks[j].flags & NKG_TOK_CAP) && !(doc->toks[j].flags & NKG_TOK_PUNCT))
      j++;
    club = (scores[t->sent] >= 2 && nkg_entity__score(doc, j)) || S_the_plural(doc, i, j) ||
           (j < doc->ntok && doc->toks[j].sent == t->sent && S_versus(doc, j)) ||
           (i > 0 && doc->toks[i - 1].sent == t->sent && S_versus(doc, i - 1));
    /* "v" also abbreviates nothing else in a sports line, but a lone
     * initial before it ("J. v") is a name's part, not a club */
    n = doc->toks[j - 1].end - t->start;
    if(club && n >= 2) {
      int ent = nkg_entity__add(doc, NKG_CLS_ORG, doc->text + t->start, n, NULL, "team", NULL);
      nkg_entity__mention(doc, ent, t->start, doc->toks[j - 1].end, NKG_M_NAME);
    }
    i = j > i ? j : i + 1;
  }
}

/* "Lotte 6": a capitalized name word, then a score, in a short line that
 * opens with a capital (a results line, not "on September 7" or "Over
 * 300 people" in a sentence). */
static bool S_name_then_score(const nkg_doc *doc, size_t i)
{
  const nkg_token *t = &doc->toks[i];
  const nkg_sentence *s = &doc->sents[t->sent];
  if(!(t->flags & NKG_TOK_CAP) || (t->flags & NKG_TOK_PUNCT) ||
     doc->toks[i + 1].sent != t->sent || !nkg_entity__score(doc, i + 1))
    return false;
  if(nkg_lex__is_common_cap(doc->text + t->start, t->end - t->start))
    return false; /* months, weekdays, sentence openers */
  if(s->tok_end - s->tok_first > 16 || !(doc->toks[s->tok_first].flags & NKG_TOK_CAP))
    return false;
  /* then the line ends, punctuation, more scores or another side follow
   * ("Lotte 6 Hyundai 2", "Rabobank 4 3 1 0", "Kent 245 and 198"), not a
   * unit ("Shr 28 cts") */
  if(i + 2 >= doc->ntok || doc->toks[i + 2].sent != t->sent)
    return true;
  {
    const nkg_token *u = &doc->toks[i + 2];
    return (u->flags & (NKG_TOK_NUM | NKG_TOK_CAP | NKG_TOK_PUNCT)) || S_is(doc, i + 2, "and") ||
           S_is(doc, i + 2, "for");
  }
}

enum { S_NEUTRAL, S_TEAM, S_PLACE };

/* What the words around mention m make it: a club, the place, or nothing
 * said. In a match report a town is its club unless the words make it the
 * place ("Montreal lost", "for Atlanta", but "at Headingley", "In
 * Chicago", a dateline). */
static int S_judge(const nkg_doc *doc, const nkg_mention *m, const unsigned *scores, bool sports)
{
  size_t after = nkg_token__at(doc->toks, doc->ntok, m->end), before = nkg_token__at(doc->toks, doc->ntok, m->start);
  bool same_after = after < doc->ntok && doc->toks[after].sent == m->sent;
  if(same_after && ((nkg_entity__score(doc, after) && scores[m->sent] >= 2) ||
                    S_versus(doc, after)))
    return S_TEAM;
  if(before > 0 && doc->toks[before - 1].sent == m->sent && S_versus(doc, before - 1))
    return S_TEAM;
  if(S_locative(doc, before) || S_dateline(doc, before, after) ||
     S_locative_chain(doc, before, after) ||
     (same_after && doc->text[doc->toks[after].start] == '('))
    return S_PLACE;
  return sports ? S_TEAM : S_NEUTRAL;
}

bool nkg_entity__teams(nkg_doc *doc)
{
  unsigned *scores = nkg_xcalloc(doc->nsent + 1, sizeof *scores);
  unsigned char *seen = nkg_xcalloc(doc->nent + 1, 1); /* bit 1: team, bit 2: place */
  bool *cov = nkg_xcalloc(doc->ntok + 1, sizeof *cov);
  int *club = nkg_xcalloc(doc->nent + 1, sizeof *club);
  unsigned char *verdict = nkg_xcalloc(doc->nment + 1, 1); /* S_judge per mention */
  bool sports;
  size_t i, k, total = 0, nment = doc->nment, nent = doc->nent;
  for(i = 0; i + 1 < doc->ntok; i++)
    if(S_name_then_score(doc, i)) {
      scores[doc->toks[i].sent]++;
      total++;
    }
  /* a results table: one line per team, many lines */
  if(total >= 4)
    for(i = 0; i < doc->nsent; i++)
      if(scores[i])
        scores[i] = 2;
  sports = S_sports_report(doc, total);
  for(i = 0; i < nment; i++) {
    const nkg_mention *m = &doc->ments[i];
    int ent = nkg_entity__live(doc, m->entity);
    const nkg_entity *e = &doc->ents[ent];
    size_t after = nkg_token__at(doc->toks, doc->ntok, m->end);
    for(k = nkg_token__at(doc->toks, doc->ntok, m->start); k < after; k++)
      cov[k] = true;
    if(e->cls != NKG_CLS_PLACE || !(m->flags & NKG_M_NAME) || !S_town_kind(e))
      continue;
    verdict[i] = (unsigned char)S_judge(doc, m, scores, sports);
    if(verdict[i] == S_TEAM)
      seen[ent] |= 1;
    else if(verdict[i] == S_PLACE)
      seen[ent] |= 2;
  }
  /* A town named only as a club becomes the club (without the town's
   * QID); one named both ways keeps its place mentions, and the others
   * move to a club of the same name. */
  for(k = 0; k < nent; k++) {
    nkg_entity *e = &doc->ents[k];
    club[k] = -1;
    if(!(seen[k] & 1) || e->merged_into >= 0)
      continue;
    if(!(seen[k] & 2)) {
      e->cls = NKG_CLS_ORG;
      free(e->qid);
      e->qid = NULL;
      free(e->kind);
      e->kind = nkg_xstrdup("team");
      continue;
    }
    {
      char *name = nkg_xstrdup(e->name);
      club[k] = nkg_entity__add(doc, NKG_CLS_ORG, name, strlen(name), NULL, "team", NULL);
      free(name); /* the add may move doc->ents */
    }
  }
  for(i = 0; i < nment; i++) {
    nkg_mention *m = &doc->ments[i];
    int ent = nkg_entity__live(doc, m->entity);
    if(ent >= (int)nent || club[ent] < 0 || !(m->flags & NKG_M_NAME) || verdict[i] == S_PLACE)
      continue;
    m->entity = club[ent];
    if(m->start < doc->ents[club[ent]].first)
      doc->ents[club[ent]].first = m->start;
  }
  if(sports)
    S_unknown_clubs(doc, scores, cov);
  free(scores);
  free(seen);
  free(cov);
  free(club);
  free(verdict);
  return sports;
}
