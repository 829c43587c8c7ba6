/* quote.c: quotations and who said them.
 *
 * A quotation is the text between matching quotation marks with at least
 * four words (shorter quoted text is a term or a slogan: “Freedom”). Its
 * speaker is the agent of the speech event right after the closing mark
 * ("...,” he stated) or right before the opening one (X said: “...”); a
 * quotation that follows another in the same paragraph with no verb of its
 * own continues the same speaker. */
#include <string.h>

#include "doc.h"

#define QUOTE_MIN_WORDS 4

static bool S_speech(const nkg_event *e)
{
  return strcmp(e->type, "Statement") == 0 || strcmp(e->type, "Announcement") == 0;
}

/* The speech event whose trigger lies in bytes [a, b), or -1. */
static int S_event_in(const nkg_doc *doc, size_t a, size_t b)
{
  size_t i;
  for(i = 0; i < doc->nevent; i++)
    if(S_speech(&doc->events[i]) && doc->events[i].tstart >= a && doc->events[i].tstart < b)
      return (int)i;
  return -1;
}

void nkg_quote__find(nkg_doc *doc)
{
  size_t i = 0;
  int prev_event = -1;
  unsigned prev_para = (unsigned)-1;

  while(i < doc->ntok && doc->toks[i].start < doc->body_start)
    i++;
  for(; i < doc->ntok; i++) {
    size_t j, words = 0;
    nkg_quote q;
    int ev = -1;
    unsigned para;
    if(!(doc->toks[i].flags & NKG_TOK_QOPEN))
      continue;
    for(j = i + 1; j < doc->ntok && !(doc->toks[j].flags & (NKG_TOK_QCLOSE | NKG_TOK_QOPEN)); j++)
      if(doc->toks[j].flags & NKG_TOK_WORD)
        words++;
    if(j >= doc->ntok || !(doc->toks[j].flags & NKG_TOK_QCLOSE))
      continue;
    if(words < QUOTE_MIN_WORDS) {
      i = j;
      continue;
    }
    para = doc->sents[doc->toks[i].sent].paragraph;
    /* after the closing mark: up to 4 tokens ("," he stated / announced X) */
    {
      size_t lim = j + 4 < doc->ntok ? doc->toks[j + 4].end : doc->len;
      ev = S_event_in(doc, doc->toks[j].end, lim);
    }
    /* before the opening mark: X said: “...” */
    if(ev < 0 && i >= 1) {
      size_t from = i >= 4 ? doc->toks[i - 4].start : 0;
      ev = S_event_in(doc, from, doc->toks[i].start);
    }
    if(ev < 0 && prev_event >= 0 && para == prev_para)
      ev = prev_event;
    memset(&q, 0, sizeof q);
    q.start = doc->toks[i].end;
    q.end = doc->toks[j].start;
    q.event = ev;
    q.speaker = ev >= 0 ? doc->events[ev].agent : -1;
    q.sent = doc->toks[i].sent;
    NKG_PUSH(doc->quotes, doc->nquote, doc->quotecap, q);
    prev_event = ev;
    prev_para = para;
    i = j;
  }
}
