/* header.c: the article's header lines.
 *
 * Plain-text news articles open with a few short lines before the body:
 * a headline, a byline ("OAN Newsroom", "By Jane Doe, Reuters") and a date
 * line ("UPDATED 6:56 AM PT — Monday, January 28, 2019"). We look at the
 * first short lines only; the date line anchors them. Without a date line a
 * lone short first line followed by a blank line is still a headline. With
 * --no-header the whole text is body. */
#include <ctype.h>
#include <string.h>

#include "doc.h"

#define HEADER_MAX_LINES 8
#define HEADER_MAX_LINE 200

typedef struct {
  size_t start, end;
} line_span;

static bool S_ends_sentence(const char *s, size_t start, size_t end)
{
  while(end > start && isspace((unsigned char)s[end - 1]))
    end--;
  return end > start && (s[end - 1] == '.' || s[end - 1] == '!' || s[end - 1] == '?');
}

/* Strips a byline down to the outlet or author name: "By Jane Doe" -> "Jane
 * Doe", "OAN Newsroom" -> "OAN" (returned as a span of s). */
static void S_byline_name(const char *s, size_t *start, size_t *end)
{
  static const char *const tails[] = {" Newsroom", " News Desk", " Staff", " Wire",
                                      " Reporters", " Reporting", " Desk", NULL};
  size_t i;
  while(*start < *end && isspace((unsigned char)s[*start]))
    (*start)++;
  while(*end > *start && isspace((unsigned char)s[*end - 1]))
    (*end)--;
  if(*end - *start > 3 && strncmp(s + *start, "By ", 3) == 0)
    *start += 3;
  for(i = 0; tails[i]; i++) {
    size_t tl = strlen(tails[i]);
    if(*end - *start > tl && strncmp(s + *end - tl, tails[i], tl) == 0) {
      *end -= tl;
      break;
    }
  }
}

/* Two to four capitalized words: a person's name in a byline. */
static bool S_looks_like_name(const char *t, size_t s, size_t e)
{
  size_t words = 0, i = s;
  while(i < e) {
    while(i < e && t[i] == ' ')
      i++;
    if(i >= e)
      break;
    if(!isupper((unsigned char)t[i]))
      return false;
    words++;
    while(i < e && t[i] != ' ') {
      if(isdigit((unsigned char)t[i]))
        return false;
      i++;
    }
  }
  return words >= 2 && words <= 4;
}

/* The author: "By Jane Doe" or "Jane Doe, Reuters". */
static void S_author(nkg_doc *doc, size_t s, size_t e)
{
  int ent;
  S_byline_name(doc->text, &s, &e);
  if(e <= s || !S_looks_like_name(doc->text, s, e))
    return;
  ent = nkg_entity__add(doc, NKG_CLS_PERSON, doc->text + s, e - s, NULL, NULL, NULL);
  nkg_entity__mention(doc, ent, s, e, NKG_M_NAME);
  doc->author = ent;
}

/* The publisher: a news outlet named in the byline. */
static void S_publisher(nkg_doc *doc)
{
  size_t s = doc->byline_start, e = doc->byline_end, i, n;
  const nkg_gaz_entry *const *cands = NULL;
  const char *t = doc->text;
  /* "Jane Doe, Reuters" / "Jane Doe | AP": the outlet follows the comma */
  for(i = e; i > s; i--)
    if(t[i - 1] == ',' || t[i - 1] == '|')
      break;
  if(i > s) {
    S_author(doc, s, i - 1);
    s = i;
  } else if(e - s > 3 && strncmp(t + s, "By ", 3) == 0) {
    S_author(doc, s, e);
  }
  S_byline_name(t, &s, &e);
  if(e <= s || !doc->ctx->gaz)
    return;
  n = nkg_gazetteer__lookup(doc->ctx->gaz, t + s, e - s, &cands);
  for(i = 0; i < n; i++) {
    const nkg_gaz_entry *g = cands[i];
    if(strcmp(g->type, "media") == 0) {
      const char *qid = (g->qid[0] && !(g->flags & NKG_GAZ_WEAK)) ? g->qid : NULL;
      int ent = nkg_entity__add(doc, NKG_CLS_ORG, g->label, strlen(g->label), qid, "media",
                                g->country[0] ? g->country : NULL);
      doc->ents[ent].publisher = true;
      doc->publisher = ent;
      nkg_entity__mention(doc, ent, s, e, NKG_M_NAME);
      return;
    }
  }
}

/* Header facts given as fields: the headline opens the text; publisher and
 * author are names that may not occur in it (entities with no mention). */
static void S_from_fields(nkg_doc *doc)
{
  const nkg_fields *f = doc->fields;
  if(f->title_len > 0 && f->title_len <= doc->len) {
    doc->headline_start = 0;
    doc->headline_end = f->title_len;
    doc->body_start = f->title_len;
  }
  if(f->publisher && *f->publisher && doc->ctx->gaz) {
    const nkg_gaz_entry *const *cands = NULL;
    size_t n = nkg_gazetteer__lookup(doc->ctx->gaz, f->publisher, strlen(f->publisher), &cands), i;
    int ent = -1;
    for(i = 0; i < n && ent < 0; i++)
      if(strcmp(cands[i]->type, "media") == 0)
        ent = nkg_entity__add(doc, NKG_CLS_ORG, cands[i]->label, strlen(cands[i]->label),
                              cands[i]->qid[0] && !(cands[i]->flags & NKG_GAZ_WEAK) ? cands[i]->qid
                                                                                     : NULL,
                              "media", cands[i]->country[0] ? cands[i]->country : NULL);
    if(ent < 0)
      ent = nkg_entity__add(doc, NKG_CLS_ORG, f->publisher, strlen(f->publisher), NULL, "media",
                            NULL);
    doc->ents[ent].publisher = true;
    doc->publisher = ent;
  }
  if(f->author && *f->author && S_looks_like_name(f->author, 0, strlen(f->author)))
    doc->author = nkg_entity__add(doc, NKG_CLS_PERSON, f->author, strlen(f->author), NULL, NULL,
                                  NULL);
}

void nkg_header__read(nkg_doc *doc)
{
  line_span lines[HEADER_MAX_LINES];
  size_t nlines = 0, i = 0, k, date_idx = (size_t)-1;
  bool blank_after_first = false;
  const char *t = doc->text;

  doc->publisher = -1;
  doc->author = -1;
  if(doc->opts->article_date)
    (void)nkg_timex__parse_iso(doc->opts->article_date, &doc->dct);
  if(doc->fields) {
    S_from_fields(doc);
    return;
  }
  if(doc->opts->no_header)
    return;
  /* Collect the first non-empty lines. */
  while(i < doc->len && nlines < HEADER_MAX_LINES) {
    size_t s = i, e;
    const char *nl = memchr(t + i, '\n', doc->len - i);
    e = nl ? (size_t)(nl - t) : doc->len;
    i = nl ? e + 1 : doc->len;
    {
      size_t a = s, b = e;
      while(a < b && isspace((unsigned char)t[a]))
        a++;
      while(b > a && isspace((unsigned char)t[b - 1]))
        b--;
      if(a == b) {
        if(nlines == 1)
          blank_after_first = true;
        continue;
      }
      if(b - a > HEADER_MAX_LINE)
        break; /* a body paragraph: the header is over */
      lines[nlines].start = a;
      lines[nlines].end = b;
      nlines++;
    }
  }
  for(k = 0; k < nlines && k < 5; k++) {
    nkg_dct d;
    bool upd = false;
    memset(&d, 0, sizeof d);
    if(S_ends_sentence(t, lines[k].start, lines[k].end) && lines[k].end - lines[k].start > 60)
      continue;
    if(nkg_timex__parse_dateline(t + lines[k].start, lines[k].end - lines[k].start, &d, &upd) &&
       d.year > 0) {
      date_idx = k;
      doc->dct = d;
      doc->dct_is_update = upd;
      doc->dateline_start = lines[k].start;
      doc->dateline_end = lines[k].end;
      break;
    }
  }
  if(date_idx != (size_t)-1) {
    if(date_idx > 0) {
      doc->headline_start = lines[0].start;
      doc->headline_end = lines[0].end;
    }
    if(date_idx > 1) {
      doc->byline_start = lines[1].start;
      doc->byline_end = lines[1].end;
    }
    doc->body_start = doc->dateline_end;
  } else if(nlines > 0 && blank_after_first && !S_ends_sentence(t, lines[0].start, lines[0].end)) {
    doc->headline_start = lines[0].start;
    doc->headline_end = lines[0].end;
    doc->body_start = lines[0].end;
  }
  if(doc->byline_end > doc->byline_start)
    S_publisher(doc);
}
