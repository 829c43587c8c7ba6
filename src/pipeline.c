/* pipeline.c: nkg_extract() runs the stages in order. Each stage stays
 * callable alone (tests drive them one by one). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "graph.h"

void nkg_doc__free(nkg_doc *d)
{
  size_t i;
  for(i = 0; i < d->nent; i++) {
    free(d->ents[i].name);
    free(d->ents[i].qid);
    free(d->ents[i].kind);
    free(d->ents[i].country);
  }
  for(i = 0; i < d->npos; i++) {
    free(d->positions[i].label);
    free(d->positions[i].qid);
  }
  free(d->ents);
  free(d->ments);
  free(d->positions);
  free(d->roles);
  free(d->events);
  free(d->quotes);
  free(d->timex);
  free(d->toks);
  free(d->sents);
  free(d->text);
  free(d->by_start);
  free(d->by_end);
  memset(d, 0, sizeof *d);
}

static int S_cmp_timex(const void *a, const void *b)
{
  const nkg_timex *x = a, *y = b;
  if(x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

int nkg_doc__run(nkg_doc *d, nkg_ctx *ctx, const nkg_options *opts, const char *text, size_t len)
{
  return nkg_doc__run_fields(d, ctx, opts, NULL, text, len);
}

int nkg_doc__run_fields(nkg_doc *d, nkg_ctx *ctx, const nkg_options *opts,
                        const nkg_fields *fields, const char *text, size_t len)
{
  static const nkg_options defaults = NKG_OPTIONS_INIT;
  unsigned repaired = 0;
  int rc;

  ctx->error[0] = '\0';
  ctx->warnings = 0;
  memset(d, 0, sizeof *d);
  d->opts = opts ? opts : &defaults;
  d->fields = fields;
  d->ctx = ctx;
  if(d->opts->article_date) {
    nkg_dct probe;
    memset(&probe, 0, sizeof probe);
    if(!nkg_timex__parse_iso(d->opts->article_date, &probe) || probe.year == 0)
      return nkg_ctx__error(ctx, NKG_EUSAGE, "bad article date '%s' (want YYYY-MM-DD)",
                            d->opts->article_date);
  }
  rc = nkg_text__normalize(&d->text, &d->len, &repaired, text, len, ctx->error,
                           sizeof ctx->error);
  if(rc != NKG_OK)
    return rc;
  if(repaired) {
    ctx->warnings += repaired;
    snprintf(ctx->error, sizeof ctx->error, "%u invalid UTF-8 byte%s replaced by U+FFFD",
             repaired, repaired == 1 ? "" : "s");
  }
  nkg_token__scan(d->text, d->len, &d->toks, &d->ntok, &d->sents, &d->nsent);
  nkg_header__read(d);
  nkg_timex__find(&d->timex, &d->ntimex, d->text, d->len, d->sents, d->nsent, d->toks, d->ntok,
                  &d->dct);
  /* Later stages search time expressions by position. */
  if(d->ntimex > 1)
    qsort(d->timex, d->ntimex, sizeof *d->timex, S_cmp_timex);
  nkg_entity__find(d);
  nkg_role__find(d);
  nkg_event__find(d);
  nkg_quote__find(d);
  nkg_role__unnamed(d);
  return NKG_OK;
}

int nkg_extract(nkg_graph **out, nkg_ctx *ctx, const nkg_options *opts, const char *text,
                size_t len)
{
  nkg_doc d;
  int rc;

  *out = NULL;
  rc = nkg_doc__run(&d, ctx, opts, text, len);
  if(rc == NKG_OK)
    rc = nkg_graph__build(out, &d);
  nkg_doc__free(&d);
  return rc;
}

/* Does text begin with title (ignoring case and surrounding space)? */
static bool S_starts_with_title(const char *text, const char *title)
{
  size_t n;
  while(*text == ' ' || *text == '\n')
    text++;
  while(*title == ' ')
    title++;
  n = strlen(title);
  while(n > 0 && title[n - 1] == ' ')
    n--;
  return n > 0 && strncasecmp(text, title, n) == 0 &&
         (text[n] == '\n' || text[n] == '\r' || text[n] == '\0');
}

int nkg_extract_article(nkg_graph **out, nkg_ctx *ctx, const nkg_options *opts,
                        const nkg_article *a)
{
  static const nkg_options defaults = NKG_OPTIONS_INIT;
  nkg_article h;
  nkg_options o = opts ? *opts : defaults;
  nkg_fields f;
  nkg_str text = {NULL, 0, 0};
  const char *title, *body, *date;
  nkg_dct probe;
  nkg_doc d;
  int rc;

  *out = NULL;
  memset(&h, 0, sizeof h);
  memset(&f, 0, sizeof f);
  ctx->error[0] = '\0';
  if(a->html && !a->text) {
    rc = nkg_html__to_article(&h, a->html, strlen(a->html), ctx->error, sizeof ctx->error);
    if(rc != NKG_OK)
      return rc;
  }
  title = a->title ? a->title : h.title;
  body = a->text ? a->text : h.text ? h.text : "";
  date = a->date ? a->date : h.date;
  f.publisher = a->publisher ? a->publisher : h.publisher;
  f.author = a->author ? a->author : h.author;
  f.url = a->url ? a->url : h.url;
  /* The headline opens the text, once: many dumps repeat it in "text". */
  if(title && *title && !S_starts_with_title(body, title)) {
    nkg_str_appendz(&text, title);
    f.title_len = text.len;
    nkg_str_append(&text, "\n\n", 2);
  } else if(title && *title) {
    size_t skip = 0;
    while(body[skip] == ' ' || body[skip] == '\n')
      skip++;
    body += skip;
    f.title_len = strlen(title);
    while(f.title_len > 0 && title[f.title_len - 1] == ' ')
      f.title_len--;
  }
  nkg_str_appendz(&text, body);
  memset(&probe, 0, sizeof probe);
  if(date && nkg_timex__parse_iso(date, &probe) && probe.year > 0)
    o.article_date = date; /* a date the fields give; one that does not parse is ignored */
  if(a->id && *a->id)
    o.article_id = a->id;
  else if(f.url && *f.url)
    o.article_id = f.url;
  o.no_header = 1;
  rc = nkg_doc__run_fields(&d, ctx, &o, &f, text.s ? text.s : "", text.len);
  if(rc == NKG_OK)
    rc = nkg_graph__build(out, &d);
  nkg_doc__free(&d);
  nkg_str_free(&text);
  nkg_article_clear(&h);
  return rc;
}
