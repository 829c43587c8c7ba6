/* test_extract.c: the extraction stages (header, entity, role, event, quote)
 * on short articles written for this test, with the shipped lexicon. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "harness.h"

static const char S_article[] =
  "Brazil and Argentina leaders meet over trade dispute\n"
  "\n"
  "Reuters Staff\n"
  "Published 10:15 AM ET \xE2\x80\x94 Thursday, March 7, 2019\n"
  "\n"
  "Brazilian President Jair Bolsonaro met with Argentine President Mauricio Macri on "
  "Wednesday to discuss tariffs on steel.\n"
  "\n"
  "\xE2\x80\x9CWe agreed to work together on a common position for our industries,\xE2\x80\x9D "
  "said Macri after the meeting. Officials said the talks lasted three hours.\n"
  "\n"
  "The two leaders will meet again on Monday. Bolsonaro said he expects a deal within a "
  "month.\n";

static int S_find_entity(const nkg_doc *d, const char *qid)
{
  size_t i;
  for(i = 0; i < d->nent; i++)
    if(d->ents[i].merged_into < 0 && d->ents[i].qid && strcmp(d->ents[i].qid, qid) == 0)
      return (int)i;
  return -1;
}

static bool S_has_role(const nkg_doc *d, const char *person, const char *position)
{
  size_t i;
  for(i = 0; i < d->nrole; i++) {
    int h = d->roles[i].holder;
    while(d->ents[h].merged_into >= 0)
      h = d->ents[h].merged_into;
    if(d->ents[h].qid && strcmp(d->ents[h].qid, person) == 0 &&
       d->positions[d->roles[i].position].qid &&
       strcmp(d->positions[d->roles[i].position].qid, position) == 0)
      return true;
  }
  return false;
}

static const nkg_event *S_event(const nkg_doc *d, const char *type, const char *value)
{
  size_t i;
  for(i = 0; i < d->nevent; i++)
    if(strcmp(d->events[i].type, type) == 0 && d->events[i].timex >= 0 &&
       strcmp(d->timex[d->events[i].timex].value, value) == 0)
      return &d->events[i];
  return NULL;
}

static bool S_entity_named(const nkg_doc *d, const char *name)
{
  size_t i;
  for(i = 0; i < d->nent; i++)
    if(d->ents[i].merged_into < 0 && strcmp(d->ents[i].name, name) == 0)
      return true;
  return false;
}

/* Runs the pipeline on a body without header, dated date. */
static int S_run_body(nkg_doc *d, nkg_ctx *ctx, const char *date, const char *body)
{
  nkg_options o = NKG_OPTIONS_INIT;
  o.no_header = 1;
  o.article_date = date;
  return nkg_doc__run(d, ctx, &o, body, strlen(body));
}

/* A live entity of that name and class (and kind, unless NULL). */
static bool S_entity_is(const nkg_doc *d, const char *name, nkg_cls cls, const char *kind)
{
  size_t i;
  for(i = 0; i < d->nent; i++) {
    const nkg_entity *e = &d->ents[i];
    if(e->merged_into < 0 && strcmp(e->name, name) == 0 && e->cls == cls &&
       (!kind || (e->kind && strcmp(e->kind, kind) == 0)))
      return true;
  }
  return false;
}

int main(void)
{
  char err[512];
  nkg_ctx *ctx = nkg_ctx_new(NULL, err, sizeof err);
  nkg_doc d;
  int bols, macri;
  const nkg_event *e;

  OK(ctx != NULL, "context: %s", err);
  if(!ctx)
    DONE();
  EQ_INT(nkg_doc__run(&d, ctx, NULL, S_article, strlen(S_article)), NKG_OK, "run");

  /* header: ET on 7 March 2019 is still standard time (-05:00) */
  EQ_INT(d.dct.year, 2019, "year");
  EQ_INT(d.dct.month, 3, "month");
  EQ_INT(d.dct.day, 7, "day");
  EQ_INT(d.dct.hour, 10, "hour");
  EQ_INT(d.dct.tz_minutes, -300, "zone");
  OK(d.headline_end > d.headline_start, "headline found");
  OK(d.publisher >= 0 && d.ents[d.publisher].qid &&
       strcmp(d.ents[d.publisher].qid, "Q130879") == 0,
     "publisher is Reuters");

  /* entities and links */
  bols = S_find_entity(&d, "Q10304982");
  macri = S_find_entity(&d, "Q561837");
  OK(bols >= 0, "Bolsonaro linked");
  OK(macri >= 0, "Macri linked");
  OK(S_find_entity(&d, "Q155") >= 0, "Brazil from the demonym");
  OK(S_find_entity(&d, "Q414") >= 0, "Argentina from the demonym");
  OK(!S_entity_named(&d, "Officials"), "a sentence-initial word is no entity");
  OK(!S_entity_named(&d, "Brazilian"), "a demonym is its country");
  OK(!S_entity_named(&d, "Macri"), "the surname joins the full name");

  /* roles */
  OK(S_has_role(&d, "Q10304982", "Q5176750"), "Bolsonaro is President of Brazil");
  OK(S_has_role(&d, "Q561837", "Q12969145"), "Macri is President of Argentina");

  /* events: past Wednesday, future Monday, no date for "within a month" */
  e = S_event(&d, "Meeting", "2019-03-06");
  OK(e != NULL, "meeting on Wednesday 2019-03-06");
  if(e) {
    OK(e->agent == bols, "Bolsonaro met");
    OK(e->nparticipants > 0 && e->participants[0] == macri, "with Macri");
    OK(!e->planned, "the meeting happened");
  }
  e = S_event(&d, "Meeting", "2019-03-11");
  OK(e != NULL && e->planned, "the next meeting is planned for Monday 2019-03-11");

  /* quotation */
  EQ_INT(d.nquote, 1, "one quotation");
  if(d.nquote == 1) {
    int sp = d.quotes[0].speaker;
    while(sp >= 0 && d.ents[sp].merged_into >= 0)
      sp = d.ents[sp].merged_into;
    OK(sp == macri, "Macri said it");
  }
  nkg_doc__free(&d);

  /* body only, with --date */
  {
    nkg_options o = NKG_OPTIONS_INIT;
    const char *body = "Prime Minister Angela Merkel spoke in Berlin on Tuesday.";
    o.no_header = 1;
    o.article_date = "2008-03-01";
    EQ_INT(nkg_doc__run(&d, ctx, &o, body, strlen(body)), NKG_OK, "body run");
    EQ_INT(d.dct.year, 2008, "date from options");
    OK(d.headline_end == d.headline_start, "no headline with --no-header");
    e = NULL;
    {
      size_t i;
      for(i = 0; i < d.nevent; i++)
        if(d.events[i].timex >= 0 && strcmp(d.timex[d.events[i].timex].value, "2008-02-26") == 0)
          e = &d.events[i];
    }
    OK(e != NULL, "spoke on Tuesday = 2008-02-26");
    nkg_doc__free(&d);
    o.article_date = "2008-02-30";
    EQ_INT(nkg_doc__run(&d, ctx, &o, body, strlen(body)), NKG_EUSAGE, "impossible --date");
    nkg_doc__free(&d);
  }
  /* apposition, possessive jurisdiction, and "former" */
  {
    nkg_options o = NKG_OPTIONS_INIT;
    const char *body = "Jorge Arreaza, Venezuela's foreign minister, spoke on Friday. "
                       "Former President Hugo Ch\xC3\xA1vez was not there.";
    o.no_header = 1;
    o.article_date = "2019-03-01";
    EQ_INT(nkg_doc__run(&d, ctx, &o, body, strlen(body)), NKG_OK, "apposition run");
    OK(S_has_role(&d, "Q6623799", "Q113470515"), "Arreaza is Venezuela's foreign minister");
    OK(!S_has_role(&d, "Q8440", "Q11942698"), "a former president is not asserted");
    nkg_doc__free(&d);
  }
  /* a match report: a town is its club unless the words make it the place */
  {
    const char *body = "Rookie Marcus Tellweather homered in the ninth inning as Rockhaven beat "
                       "Dunmore 5-4 on Saturday.\nThe pitcher struck out eight over six innings "
                       "for Dunmore.\nIn Chicago, Pinecrest beat Harlow Bay 7-2, and Chicago "
                       "lost for the fourth time.\nSunday: Dunmore v Pinecrest.\n";
    EQ_INT(S_run_body(&d, ctx, "2021-05-16", body), NKG_OK, "sports run");
    OK(S_entity_is(&d, "Rockhaven", NKG_CLS_ORG, "team"), "an unknown club that beat another");
    OK(S_entity_is(&d, "Harlow Bay", NKG_CLS_ORG, "team"), "two place names side by side: one club");
    OK(S_entity_is(&d, "Chicago", NKG_CLS_ORG, "team"), "\"Chicago lost\": the club");
    OK(S_entity_is(&d, "Chicago", NKG_CLS_PLACE, NULL) || S_find_entity(&d, "Q1297") >= 0,
       "\"In Chicago\": the city");
    OK(S_entity_is(&d, "Marcus Tellweather", NKG_CLS_PERSON, NULL),
       "a person after a capitalized common word at the sentence start");
    nkg_doc__free(&d);
  }
  /* not sports: the same kind of words keep their places */
  {
    const char *body = "The envoy met officials in Leeds, where 40 delegates gathered. "
                       "Dravik Solomyan, the envoy, said talks on the North Caucasus and the "
                       "Middle East would resume. Solomyan and Petra Ilkova of the Trade "
                       "Observatory will travel again. Tomas Wreede of Kestrel Partners agreed. "
                       "The contract with Halvorsen & Pike was signed.";
    EQ_INT(S_run_body(&d, ctx, "2022-03-09", body), NKG_OK, "envoy run");
    OK(!S_entity_is(&d, "Leeds", NKG_CLS_ORG, NULL), "no club outside a sports report");
    OK(S_entity_is(&d, "Dravik Solomyan", NKG_CLS_PERSON, NULL), "\"X, the envoy,\": a person");
    OK(S_entity_is(&d, "North Caucasus", NKG_CLS_PLACE, NULL), "compass word + name: a region");
    OK(S_entity_is(&d, "Middle East", NKG_CLS_PLACE, NULL), "\"the Middle East\": a region");
    OK(S_entity_is(&d, "Petra Ilkova", NKG_CLS_PERSON, NULL), "a person after \"and\"");
    OK(S_entity_is(&d, "Trade Observatory", NKG_CLS_ORG, NULL), "\"the Trade Observatory\"");
    OK(S_entity_is(&d, "Tomas Wreede", NKG_CLS_PERSON, NULL), "a person's name stops at \"of\"");
    OK(S_entity_is(&d, "Kestrel Partners", NKG_CLS_ORG, NULL), "the firm after \"of\"");
    OK(S_entity_is(&d, "Halvorsen & Pike", NKG_CLS_ORG, NULL), "\"&\" joins a firm's name");
    nkg_doc__free(&d);
  }
  /* companies: a well-attested item among weak namesakes, a common word */
  {
    const char *body = "Shares of Boeing rose, while Apple was flat.";
    EQ_INT(S_run_body(&d, ctx, "2020-11-03", body), NKG_OK, "company run");
    OK(S_find_entity(&d, "Q66") >= 0, "Boeing linked (ROR's branches wear its name, weakly)");
    OK(S_find_entity(&d, "Q312") >= 0, "Apple inside a sentence: the company");
    nkg_doc__free(&d);
    body = "Apple pie sold well at the fair on Sunday.";
    EQ_INT(S_run_body(&d, ctx, "2020-11-03", body), NKG_OK, "apple pie run");
    OK(S_find_entity(&d, "Q312") < 0, "\"Apple\" opening a sentence is no evidence of the company");
    nkg_doc__free(&d);
  }
  /* one node per organization: initials and short forms */
  {
    const char *body = "Talks between General Motors Corporation and the Kelvar Workers Union "
                       "resumed. GM said the KWU had agreed. Apple Computer opened a store, "
                       "and Apple said sales rose.";
    size_t i, gm_nodes = 0, kwu_nodes = 0;
    EQ_INT(S_run_body(&d, ctx, "2009-05-01", body), NKG_OK, "coref run");
    for(i = 0; i < d.nent; i++) {
      const nkg_entity *x = &d.ents[i];
      if(x->merged_into >= 0)
        continue;
      gm_nodes += strcmp(x->name, "GM") == 0 || strstr(x->name, "General Motors") != NULL;
      kwu_nodes += strcmp(x->name, "KWU") == 0 || strstr(x->name, "Kelvar") != NULL;
    }
    EQ_INT((int)gm_nodes, 1, "\"GM\" and \"General Motors Corporation\": one node");
    EQ_INT((int)kwu_nodes, 1, "\"KWU\" and \"Kelvar Workers Union\": one node");
    OK(S_find_entity(&d, "Q312") >= 0 && !S_entity_named(&d, "Apple Computer"),
       "\"Apple Computer\" joins the linked Apple");
    OK(S_find_entity(&d, "Q81965") >= 0, "\"General Motors Corporation\": General Motors, linked");
    nkg_doc__free(&d);
    body = "The automakers - Ford, Chrysler and General Motors - asked for loans.";
    EQ_INT(S_run_body(&d, ctx, "2009-05-01", body), NKG_OK, "automakers run");
    OK(S_find_entity(&d, "Q44294") >= 0, "Ford among automakers: the company, not a surname");
    nkg_doc__free(&d);
  }
  /* English words are no person's name; a name before a title and a person
   * is where the person works */
  {
    const char *body = "Asked on Monday, Kelvar House spokesman Marlin Fitzwater said the "
                       "Value Added Tax would stay.";
    EQ_INT(S_run_body(&d, ctx, "1987-03-04", body), NKG_OK, "spokesman run");
    OK(!S_entity_is(&d, "Value Added Tax", NKG_CLS_PERSON, NULL), "\"Value Added Tax\" is no one");
    OK(S_entity_is(&d, "Kelvar House", NKG_CLS_ORG, NULL), "\"X spokesman Y\": X is an organization");
    OK(S_entity_is(&d, "Marlin Fitzwater", NKG_CLS_PERSON, NULL), "the spokesman is a person");
    nkg_doc__free(&d);
  }
  /* a place of the first rank beats its namesakes, even with the US named */
  {
    const char *body = "Officials from the United States met in London on Monday.";
    EQ_INT(S_run_body(&d, ctx, "2019-05-01", body), NKG_OK, "london run");
    OK(S_find_entity(&d, "Q84") >= 0, "London is the capital, not London, Ohio");
    OK(S_find_entity(&d, "Q1001456") < 0, "not the Ohio town");
    nkg_doc__free(&d);
  }
  nkg_ctx_free(ctx);
  DONE();
}
