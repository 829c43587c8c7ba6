/* event.c: events from verbs and nouns, with who, whom, where and when.
 *
 * A trigger table maps the words news uses to report an event to an
 * ontology class. Arguments come from the sentence: the agent is the nearest
 * name or pronoun before the trigger in its clause (after it when a quote
 * precedes the verb: "...,” announced the President"), the target follows
 * "against"/"at", the supported side follows "in support of", the place
 * follows "in"/"at", and the date is the nearest time expression in the
 * sentence. An event is Planned when its date lies after the article date
 * or a word such as "called for", "will", "plans to" governs it. */
#include <ctype.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"

typedef struct {
  const char *word;  /* lower case, exact token */
  const char *type;  /* ontology class */
  bool noun;
} trigger;

static const trigger S_triggers[] = {
  {"said", "Statement", false}, {"says", "Statement", false}, {"stated", "Statement", false},
  {"told", "Statement", false}, {"spoke", "Statement", false}, {"declared", "Statement", false},
  {"warned", "Statement", false}, {"tweeted", "Statement", false},
  {"asked", "Statement", false}, {"urged", "Statement", false},
  {"announced", "Announcement", false}, {"announces", "Announcement", false},
  {"interview", "Interview", true}, {"met", "Meeting", false}, {"meets", "Meeting", false}, {"meet", "Meeting", false},
  {"meeting", "Meeting", true}, {"summit", "Meeting", true},
  {"protest", "Protest", true}, {"protests", "Protest", true}, {"protested", "Protest", false},
  {"demonstrations", "Protest", true}, {"demonstration", "Protest", true},
  {"rally", "Protest", true}, {"rallies", "Protest", true},
  {"recognize", "Recognition", false}, {"recognized", "Recognition", false},
  {"recognise", "Recognition", false}, {"recognised", "Recognition", false},
  {"recognition", "Recognition", true},
  {"recall", "DiplomaticAction", false}, {"expel", "DiplomaticAction", false},
  {"expelled", "DiplomaticAction", false}, {"sever", "DiplomaticAction", false},
  {"severed", "DiplomaticAction", false},
  {"exercises", "MilitaryExercise", true}, {"drills", "MilitaryExercise", true},
  {"mass", "ReligiousService", true}, {"funeral", "ReligiousService", true},
  {"election", "Election", true}, {"elections", "Election", true},
  {"vote", "Vote", true}, {"voted", "Vote", false},
  {"plan", "Plan", true}, {"plans", "Plan", true},
  {"ordered", "Order", false}, {"order", "Order", true},
  {"talks", "Negotiation", true}, {"negotiations", "Negotiation", true},
  {"agreed", "Agreement", false}, {"agreement", "Agreement", true}, {"deal", "Agreement", true},
  {"attack", "Attack", true}, {"attacked", "Attack", false}, {"bombing", "Attack", true},
  {"killed", "Killing", false}, {"arrested", "Arrest", false}, {"arrest", "Arrest", true},
  {"visited", "Visit", false}, {"visit", "Visit", true},
  {"appointed", "Appointment", false}, {"resigned", "Resignation", false},
  {"resignation", "Resignation", true}, {"decision", "Decision", true},
  {"decided", "Decision", false}, {"accused", "Accusation", false},
  {"lashed", "Accusation", false}, {"refused", "Refusal", false},
  {"traveled", "Travel", false}, {"travelled", "Travel", false},
  {NULL, NULL, false}};

static const trigger *S_trigger(const nkg_doc *doc, size_t i)
{
  size_t k, n;
  const nkg_token *t = &doc->toks[i];
  char first;
  if(!(t->flags & NKG_TOK_WORD) || (t->flags & NKG_TOK_INQUOTE))
    return NULL;
  n = t->end - t->start;
  if(n < 3 || n > 14)
    return NULL; /* no trigger is shorter or longer */
  first = (char)tolower((unsigned char)doc->text[t->start]);
  for(k = 0; S_triggers[k].word; k++)
    if(S_triggers[k].word[0] == first && nkg_token__is(doc->text, t, S_triggers[k].word))
      return &S_triggers[k];
  return NULL;
}

static bool S_is(const nkg_doc *doc, size_t i, const char *w)
{
  return i < doc->ntok && nkg_token__is(doc->text, &doc->toks[i], w);
}

/* The entity a mention-token at i names (-1: none). Pronouns are resolved:
 * he/she to the last person who acted, they to the last organization. */
typedef struct {
  int last_person_agent;
  int last_org;
} discourse;

static int S_pronoun(const nkg_doc *doc, size_t i, const discourse *dc)
{
  size_t n = doc->toks[i].end - doc->toks[i].start;
  const char *w = doc->text + doc->toks[i].start;
  if(nkg_lex__pronoun(w, n) && !(n == 3 && (w[0] == 'h' || w[0] == 'H') && w[1] == 'e' &&
                                 w[2] == 'r')) {
    size_t k;
    int last = -1;
    if(dc->last_person_agent >= 0)
      return dc->last_person_agent;
    /* nobody has acted yet: the last person named before the pronoun */
    for(k = 0; k < doc->nment; k++)
      if(doc->ments[k].end <= doc->toks[i].start &&
         doc->ents[doc->ments[k].entity].cls == NKG_CLS_PERSON)
        last = doc->ments[k].entity;
    return last;
  }
  if(S_is(doc, i, "they"))
    return dc->last_org;
  return -1;
}

/* Clause breaks for argument search. */
static bool S_clause_break(const nkg_doc *doc, size_t i)
{
  const char *w = doc->text + doc->toks[i].start;
  /* "after attending": a participle clause shares the main subject */
  if((S_is(doc, i, "after") || S_is(doc, i, "before") || S_is(doc, i, "while")) &&
     i + 1 < doc->ntok && doc->toks[i + 1].end - doc->toks[i + 1].start > 4 &&
     strncmp(doc->text + doc->toks[i + 1].end - 3, "ing", 3) == 0)
    return false;
  return w[0] == ';' || w[0] == ':' || (doc->toks[i].flags & (NKG_TOK_QOPEN | NKG_TOK_QCLOSE)) ||
         S_is(doc, i, "while") || S_is(doc, i, "as") || S_is(doc, i, "after") ||
         S_is(doc, i, "because") || S_is(doc, i, "who") || S_is(doc, i, "which") ||
         S_is(doc, i, "that") || S_is(doc, i, "but");
}

static int S_entity_at_tok(const nkg_doc *doc, size_t i, const discourse *dc)
{
  int mi = nkg_entity__mention_starting(doc, doc->toks[i].start);
  if(mi >= 0)
    return doc->ments[mi].entity;
  return S_pronoun(doc, i, dc);
}

/* The holder of the position a bare title names ("an opposition leader"),
 * when exactly one person holds it in this document. */
static int S_title_holder(const nkg_doc *doc, size_t i)
{
  const nkg_title *t;
  size_t m = nkg_lex__title(doc->text, doc->toks, doc->ntok, i, &t), r;
  int holder = -1;
  if(m == 0 || !t->canon)
    return -1;
  for(r = 0; r < doc->nrole; r++) {
    const char *label = doc->positions[doc->roles[r].position].label;
    if(strncmp(label, t->canon, strlen(t->canon)) != 0)
      continue;
    {
      int h = nkg_entity__live(doc, doc->roles[r].holder);
      if(holder >= 0 && holder != h)
        return -1;
      holder = h;
    }
  }
  return holder;
}

/* Entity after a preposition at i ("against X", "in support of the Y"). */
static int S_object(const nkg_doc *doc, size_t i, size_t end, const discourse *dc)
{
  size_t k;
  for(k = i; k < end && k < i + 6; k++) {
    int e = S_entity_at_tok(doc, k, dc);
    if(e >= 0 && k + 1 < end && (S_is(doc, k + 1, "'s") || S_is(doc, k + 1, "\xE2\x80\x99s"))) {
      k++; /* "Venezuela's Nicolas Maduro": the possessor qualifies the object */
      continue;
    }
    if(e >= 0) {
      /* "Argentine President Mauricio Macri": the demonym qualifies the
       * person named after it */
      int mi = nkg_entity__mention_starting(doc, doc->toks[k].start);
      if(mi >= 0 && (doc->ments[mi].flags & NKG_M_DEMONYM)) {
        size_t j;
        for(j = k + 1; j < end && j < k + 5; j++) {
          int p = S_entity_at_tok(doc, j, dc);
          if(p >= 0 && doc->ents[p].cls == NKG_CLS_PERSON)
            return p;
        }
      }
      return e;
    }
    e = S_title_holder(doc, k);
    if(e >= 0)
      return e;
    if(doc->toks[k].flags & NKG_TOK_PUNCT)
      break;
  }
  return -1;
}

static bool S_is_place(const nkg_doc *doc, int e)
{
  return e >= 0 && doc->ents[e].cls == NKG_CLS_PLACE;
}

/* A clause boundary between two tokens for dating: a relative clause
 * ("those killed in ...", "who ..."), a subordinate clause, a quotation. A
 * participle clause ("after attending a mass") shares the main clause's
 * time; so does "as" (at the same time). */
static bool S_date_break(const nkg_doc *doc, size_t i)
{
  static const char *const words[] = {"who", "which", "that", "those", "when", "where",
                                      "while", "because", "since", "until", "although",
                                      "though", "whereas", "but", NULL};
  size_t k;
  const char *w = doc->text + doc->toks[i].start;
  if(w[0] == ';' || (doc->toks[i].flags & (NKG_TOK_QOPEN | NKG_TOK_QCLOSE)))
    return true;
  for(k = 0; words[k]; k++)
    if(S_is(doc, i, words[k]))
      return true;
  if((S_is(doc, i, "after") || S_is(doc, i, "before")) && i + 1 < doc->ntok)
    return !(doc->toks[i + 1].end - doc->toks[i + 1].start > 4 &&
             strncmp(doc->text + doc->toks[i + 1].end - 3, "ing", 3) == 0);
  return false;
}

/* Is there a clause boundary between bytes a and b (a < b)? */
static bool S_breaks_between(const nkg_doc *doc, size_t a, size_t b)
{
  size_t i;
  for(i = nkg_token__at(doc->toks, doc->ntok, a); i < doc->ntok; i++) {
    if(doc->toks[i].start >= b)
      break;
    if(S_date_break(doc, i))
      return true;
  }
  return false;
}

/* Index of the nearest calendar-worthy timex in sentence s to byte off,
 * within the same clause. */
static int S_near_timex(const nkg_doc *doc, const nkg_sentence *s, size_t off)
{
  size_t k;
  int best = -1;
  size_t bestd = (size_t)-1;
  size_t lo = 0, hi = doc->ntimex;
  while(lo < hi) { /* time expressions come in text order */
    size_t mid = lo + (hi - lo) / 2;
    if(doc->timex[mid].start < s->start)
      lo = mid + 1;
    else
      hi = mid;
  }
  for(k = lo; k < doc->ntimex && doc->timex[k].start <= s->end; k++) {
    const nkg_timex *x = &doc->timex[k];
    size_t d;
    if(x->start < s->start || x->end > s->end + 1)
      continue;
    if(x->type == NKG_TIMEX_SET)
      continue;
    d = x->start > off ? x->start - off : off - x->end;
    if(x->start > off ? S_breaks_between(doc, off, x->start) : S_breaks_between(doc, x->end, off))
      continue;
    if(d < bestd) {
      bestd = d;
      best = (int)k;
    }
  }
  return best;
}

static bool S_future_cue(const nkg_doc *doc, const nkg_sentence *s, size_t trig)
{
  size_t k;
  for(k = s->tok_first; k < trig; k++)
    if(S_is(doc, k, "will") || S_is(doc, k, "plans") || S_is(doc, k, "planned") ||
       S_is(doc, k, "scheduled") || (S_is(doc, k, "called") && S_is(doc, k + 1, "for")) ||
       (S_is(doc, k, "calls") && S_is(doc, k + 1, "for")) || S_is(doc, k, "upcoming"))
      return true;
  return false;
}

static bool S_calendar(const nkg_timex *x)
{
  char lex[64];
  return nkg_timex__xsd(x->value, lex, sizeof lex) != NKG_XSD_NONE;
}

static bool S_governs(const nkg_doc *doc, size_t i)
{
  static const char *const verbs[] = {"called", "calls", "attending", "attended", "attend",
                                      "held", "holds", "hold", "led", "leads", "organized",
                                      "organised", "staged", "conducted", "conducts", "gave",
                                      "give", "giving", "in", "announced", NULL};
  size_t k;
  for(k = 0; verbs[k]; k++)
    if(S_is(doc, i, verbs[k]))
      return !(S_is(doc, i, "in") && i + 1 < doc->ntok && !S_is(doc, i + 1, "an") &&
               !S_is(doc, i + 1, "a"));
  return false;
}

/* The speech verb stands right after a closing quotation mark
 * ("...,” he stated) or right before an opening one (said: “...”). */
static bool S_attributes_quote(const nkg_doc *doc, const nkg_event *e)
{
  size_t i = nkg_token__at(doc->toks, doc->ntok, e->tstart), k;
  if(i == doc->ntok)
    return false;
  for(k = i; k > 0 && k + 4 > i; k--)
    if(doc->toks[k - 1].flags & NKG_TOK_QCLOSE)
      return true;
  for(k = i + 1; k < doc->ntok && k < i + 4; k++)
    if(doc->toks[k].flags & NKG_TOK_QOPEN)
      return true;
  return false;
}

static bool S_sentence_has_timex(const nkg_doc *doc, unsigned sent)
{
  const nkg_sentence *s = &doc->sents[sent];
  size_t lo = 0, hi = doc->ntimex;
  while(lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if(doc->timex[mid].start < s->start)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < doc->ntimex && doc->timex[lo].start < s->end;
}

static void S_push_event(nkg_doc *doc, nkg_event *ev)
{
  NKG_PUSH(doc->events, doc->nevent, doc->eventcap, *ev);
}

void nkg_event__find(nkg_doc *doc)
{
  size_t i;
  discourse dc = {-1, -1};
  size_t body_tok = 0;
  while(body_tok < doc->ntok && doc->toks[body_tok].start < doc->body_start)
    body_tok++;

  for(i = body_tok; i < doc->ntok; i++) {
    const trigger *tr = S_trigger(doc, i);
    const nkg_sentence *s = &doc->sents[doc->toks[i].sent];
    nkg_event ev;
    size_t k;
    bool agent_after = false; /* "...,” said X": X follows the verb */
    int mi = nkg_entity__mention_starting(doc, doc->toks[i].start);

    if(mi >= 0) {
      int e = doc->ments[mi].entity;
      if(doc->ents[e].cls == NKG_CLS_ORG)
        dc.last_org = e;
    }
    if(!tr)
      continue;
    /* "mass" is an event only as a noun after a determiner ("a mass") */
    if(tr->noun && i > 0 && strcmp(tr->type, "ReligiousService") == 0 && !S_is(doc, i - 1, "a") &&
       !S_is(doc, i - 1, "the"))
      continue;
    if(tr->noun && strcmp(tr->type, "Order") == 0 && !S_is(doc, i - 1, "an"))
      continue;
    memset(&ev, 0, sizeof ev);
    ev.type = tr->type;
    ev.tstart = doc->toks[i].start;
    ev.tend = doc->toks[i].end;
    ev.sent = doc->toks[i].sent;
    ev.agent = ev.target = ev.supports = ev.place = -1;
    ev.timex = -1;
    /* A passive participle ("those killed", "was arrested") names no agent. */
    if(!tr->noun && i > 0 &&
       (S_is(doc, i - 1, "those") || S_is(doc, i - 1, "was") || S_is(doc, i - 1, "were") ||
        S_is(doc, i - 1, "been") || S_is(doc, i - 1, "being") || S_is(doc, i - 1, "be") ||
        S_is(doc, i - 1, "is") || S_is(doc, i - 1, "are") || S_is(doc, i - 1, "people")))
      ev.agent = -2;
    /* Agent: after the verb when a quotation precedes it ("...,” said X). */
    if(!tr->noun && i > s->tok_first && i >= 2 &&
       ((doc->toks[i - 1].flags & NKG_TOK_QCLOSE) || (doc->toks[i - 2].flags & NKG_TOK_QCLOSE))) {
      agent_after = true;
      /* the speaker: the first person named; "Venezuelan President X" */
      for(k = i + 1; k < s->tok_end && k < i + 8 && ev.agent < 0; k++) {
        int e = S_entity_at_tok(doc, k, &dc);
        if(e >= 0 && doc->ents[e].cls == NKG_CLS_PERSON)
          ev.agent = e;
      }
      for(k = i + 1; k < s->tok_end && k < i + 3 && ev.agent < 0; k++)
        ev.agent = S_entity_at_tok(doc, k, &dc);
    }
    if(ev.agent == -1) {
      size_t lim = s->tok_first, from = i;
      if(tr->noun) {
        /* A noun has the agent of the verb that governs it: "called for
         * protests", "attending a mass", "conducted exercises", "in an
         * interview". Without such a verb close by, it has none. */
        size_t g;
        from = 0;
        for(g = i; g > s->tok_first && g + 6 > i; g--)
          if(S_governs(doc, g - 1)) {
            from = g - 1;
            break;
          }
      }
      for(k = from; k > lim; k--) {
        size_t j = k - 1;
        int e;
        if(S_clause_break(doc, j) && !tr->noun) {
          /* "X, who leads the crews, said": X speaks */
          if(S_is(doc, j, "who") && j >= 2 && doc->text[doc->toks[j - 1].start] == ',') {
            int mi2 = nkg_entity__mention_ending(doc, doc->toks[j - 2].end);
            if(mi2 >= 0 && doc->ents[doc->ments[mi2].entity].cls == NKG_CLS_PERSON)
              ev.agent = doc->ments[mi2].entity;
          }
          break;
        }
        if(!tr->noun && j + 1 < i && S_trigger(doc, j) && nkg_lex__is_speech_verb(
             doc->text + doc->toks[j].start, doc->toks[j].end - doc->toks[j].start))
          break; /* "X said Y agreed": X is not the agent of agreed */
        if(j > s->tok_first + 1 &&
           (S_is(doc, j - 1, "the") || S_is(doc, j - 1, "a") || S_is(doc, j - 1, "an")) &&
           (S_is(doc, j - 2, "at") || S_is(doc, j - 2, "of") || S_is(doc, j - 2, "with") ||
            S_is(doc, j - 2, "to") || S_is(doc, j - 2, "in") || S_is(doc, j - 2, "against") ||
            S_is(doc, j - 2, "from") || S_is(doc, j - 2, "for")))
          continue; /* "an economist at the World Food Programme": not the subject */
        if(j > s->tok_first && (S_is(doc, j - 1, "against") || S_is(doc, j - 1, "at") ||
                                S_is(doc, j - 1, "with") || S_is(doc, j - 1, "of") ||
                                S_is(doc, j - 1, "to") || S_is(doc, j - 1, "in") ||
                                S_is(doc, j - 1, "over")))
          continue;
        e = S_entity_at_tok(doc, j, &dc);
        if(e >= 0 && !S_is_place(doc, e)) {
          ev.agent = e;
          break;
        }
        if(e >= 0 && S_is_place(doc, e) && doc->ents[e].kind &&
           strcmp(doc->ents[e].kind, "country") == 0) {
          ev.agent = e; /* "Venezuela said": the state acts */
          break;
        }
      }
    }
    /* Arguments after the trigger. */
    for(k = i + 1; k < s->tok_end; k++) {
      if(S_is(doc, k, "against") && ev.target < 0 && k <= i + (tr->noun ? 1 : 2))
        ev.target = S_object(doc, k + 1, s->tok_end, &dc);
      else if(S_is(doc, k, "at") && ev.target < 0 && strcmp(ev.type, "Accusation") == 0)
        ev.target = S_object(doc, k + 1, s->tok_end, &dc);
      else if(S_is(doc, k, "support") && S_is(doc, k + 1, "of") && ev.supports < 0)
        ev.supports = S_object(doc, k + 2, s->tok_end, &dc);
      else if((S_is(doc, k, "in") || S_is(doc, k, "at")) && ev.place < 0) {
        int e = S_object(doc, k + 1, s->tok_end, &dc);
        if(S_is_place(doc, e))
          ev.place = e;
      } else if(S_is(doc, k, "with") && ev.nparticipants < 8) {
        int e = S_object(doc, k + 1, s->tok_end, &dc);
        if(e >= 0 && !S_is_place(doc, e))
          ev.participants[ev.nparticipants++] = e;
      } else if(!tr->noun && ev.nparticipants < 8 && k == i + 1 && !agent_after &&
                (!nkg_lex__is_speech_verb(doc->text + doc->toks[i].start,
                                          doc->toks[i].end - doc->toks[i].start) ||
                 S_is(doc, i, "told")) &&
                nkg_entity__mention_starting(doc, doc->toks[k].start) >= 0) {
        /* a direct object names a participant ("told U.S. diplomats", "met
         * Macri"); after "said" it starts the reported clause instead */
        int e = S_entity_at_tok(doc, k, &dc);
        if(e >= 0 && e != ev.agent)
          ev.participants[ev.nparticipants++] = e;
      }
      if(!tr->noun && S_clause_break(doc, k))
        break;
    }
    /* A place named before the trigger in the same sentence (captions). */
    if(ev.place < 0 && tr->noun) {
      for(k = s->tok_first; k + 1 < s->tok_end; k++)
        if(S_is(doc, k, "in")) {
          int e = S_object(doc, k + 1, s->tok_end, &dc);
          if(S_is_place(doc, e) && doc->toks[k].start > ev.tend) {
            ev.place = e;
            break;
          }
        }
    }
    ev.timex = S_near_timex(doc, s, ev.tstart);
    /* A speech verb's own time stands before it or right after it ("said
     * on Thursday"); a later one dates what was said ("said trains would
     * return by Friday"). */
    if(ev.timex >= 0 && (strcmp(ev.type, "Statement") == 0 ||
                         strcmp(ev.type, "Announcement") == 0)) {
      const nkg_timex *x = &doc->timex[ev.timex];
      size_t gap = 0, k2;
      bool clause = false;
      for(k2 = i + 1; k2 < s->tok_end && doc->toks[k2].start < x->start; k2++) {
        gap++;
        if(S_is(doc, k2, "that") || S_is(doc, k2, "would") || S_is(doc, k2, "will") ||
           S_is(doc, k2, "could") || S_is(doc, k2, "should") || S_is(doc, k2, "might") ||
           S_is(doc, k2, "may") || S_is(doc, k2, "to") || S_is(doc, k2, "had") ||
           S_is(doc, k2, "was") || S_is(doc, k2, "were") || S_is(doc, k2, "is"))
          clause = true;
      }
      if(x->start > ev.tend && (clause || gap > 6))
        ev.timex = -1;
    }
    ev.planned = S_future_cue(doc, s, i) ||
                 (ev.timex >= 0 && doc->timex[ev.timex].direction > 0);
    if(ev.agent < 0)
      ev.agent = -1;
    if(ev.agent >= 0 && doc->ents[ev.agent].cls == NKG_CLS_PERSON)
      dc.last_person_agent = ev.agent;
    if(ev.agent >= 0 && doc->ents[ev.agent].cls == NKG_CLS_ORG)
      dc.last_org = ev.agent;
    /* "protests on Wednesday and Sunday": one event per coordinated date */
    if(tr->noun && ev.timex >= 0) {
      int first = ev.timex;
      size_t x;
      S_push_event(doc, &ev);
      for(x = (size_t)first + 1; x < doc->ntimex; x++) {
        const nkg_timex *a = &doc->timex[x - 1], *b = &doc->timex[x];
        size_t g;
        bool joined = b->start <= s->end && b->start > a->end;
        for(g = a->end; joined && g < b->start; g++)
          if(!(isspace((unsigned char)doc->text[g]) || doc->text[g] == ','))
            break;
        joined = joined && (strncmp(doc->text + g, "and", 3) == 0 || g == b->start);
        if(!joined)
          break;
        if(doc->timex[first].start < ev.tend)
          break;
        ev.timex = (int)x;
        ev.planned = S_future_cue(doc, s, i) || b->direction > 0;
        S_push_event(doc, &ev);
      }
      continue;
    }
    S_push_event(doc, &ev);
  }
  /* A speech event with no date of its own keeps the reference time of the
   * previous speech event by the same speaker (or the speaker's country)
   * in the same or the previous paragraph: news narrates a statement once
   * with its date and then quotes it. */
  for(i = 0; i < doc->nevent; i++) {
    nkg_event *e = &doc->events[i];
    size_t j;
    if(e->timex >= 0 || e->agent < 0 ||
       (strcmp(e->type, "Statement") != 0 && strcmp(e->type, "Announcement") != 0))
      continue;
    if(!S_attributes_quote(doc, e) || S_sentence_has_timex(doc, e->sent))
      continue; /* only the verb that attributes a quotation, in a sentence
                   that gives no time of its own ("just days after" is one) */
    for(j = i; j > 0; j--) {
      const nkg_event *p = &doc->events[j - 1];
      unsigned pe = doc->sents[p->sent].paragraph, pc = doc->sents[e->sent].paragraph;
      bool same;
      if(pc > pe + 1)
        break;
      if(strcmp(p->type, "Statement") != 0 && strcmp(p->type, "Announcement") != 0)
        continue;
      if(p->timex < 0 || !S_calendar(&doc->timex[p->timex]))
        continue;
      same = p->agent == e->agent ||
             (p->agent >= 0 && doc->ents[p->agent].qid && doc->ents[e->agent].country &&
              strcmp(doc->ents[p->agent].qid, doc->ents[e->agent].country) == 0);
      if(same) {
        e->timex = p->timex;
        break;
      }
    }
  }
}
