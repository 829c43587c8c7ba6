/* ntwriter.c: a streaming N-Triples / N-Quads writer for bulk output.
 *
 * raptor's writer escapes every non-ASCII character as \uXXXX and writes a
 * byte at a time (about 0.7 M triples/s here); this one copies runs of
 * plain UTF-8 with one fwrite and escapes only what N-Triples 1.1 requires
 * (ECHAR in literals, UCHAR for control characters and the characters an
 * IRIREF may not hold). Its output is a different byte string than
 * raptor's but the same graph: tests/suites/ntwriter.sh parses both back
 * with raptor and compares them as graphs. */
#include <string.h>

#include "graph.h"

/* Writes s[0..n) escaped for a literal (iri = false) or an IRIREF. */
static void S_escaped(FILE *out, const unsigned char *s, size_t n, bool iri)
{
  size_t i, run = 0;
  for(i = 0; i < n; i++) {
    unsigned char c = s[i];
    const char *esc = NULL;
    char ubuf[12];
    if(!iri) {
      if(c == '"')
        esc = "\\\"";
      else if(c == '\\')
        esc = "\\\\";
      else if(c == '\n')
        esc = "\\n";
      else if(c == '\r')
        esc = "\\r";
      else if(c == '\t')
        esc = "\\t";
      else if(c < 0x20 || c == 0x7F) {
        snprintf(ubuf, sizeof ubuf, "\\u%04X", c);
        esc = ubuf;
      }
    } else if(c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' ||
              c == '|' || c == '^' || c == '`' || c == '\\') {
      snprintf(ubuf, sizeof ubuf, "\\u%04X", c);
      esc = ubuf;
    }
    if(esc) {
      if(i > run)
        fwrite(s + run, 1, i - run, out);
      fputs(esc, out);
      run = i + 1;
    }
  }
  if(n > run)
    fwrite(s + run, 1, n - run, out);
}

static void S_term(FILE *out, const raptor_term *t)
{
  switch(t->type) {
  case RAPTOR_TERM_TYPE_URI: {
    size_t len;
    const unsigned char *u = raptor_uri_as_counted_string(t->value.uri, &len);
    fputc('<', out);
    S_escaped(out, u, len, true);
    fputc('>', out);
    break;
  }
  case RAPTOR_TERM_TYPE_LITERAL:
    fputc('"', out);
    S_escaped(out, t->value.literal.string, t->value.literal.string_len, false);
    fputc('"', out);
    if(t->value.literal.datatype) {
      size_t len;
      const unsigned char *u = raptor_uri_as_counted_string(t->value.literal.datatype, &len);
      fputs("^^<", out);
      S_escaped(out, u, len, true);
      fputc('>', out);
    } else if(t->value.literal.language && t->value.literal.language_len) {
      fputc('@', out);
      fwrite(t->value.literal.language, 1, t->value.literal.language_len, out);
    }
    break;
  case RAPTOR_TERM_TYPE_BLANK:
    fputs("_:", out);
    fwrite(t->value.blank.string, 1, t->value.blank.string_len, out);
    break;
  case RAPTOR_TERM_TYPE_UNKNOWN:
    break;
  }
}

int nkg_nt__write(nkg_graph *g, bool quads, FILE *out)
{
  size_t i, glen = 0;
  const char *graph = g->article_iri;
  if(quads)
    glen = strlen(graph);
  for(i = 0; i < g->n; i++) {
    const raptor_statement *st = g->sts[i];
    S_term(out, st->subject);
    fputc(' ', out);
    S_term(out, st->predicate);
    fputc(' ', out);
    S_term(out, st->object);
    if(quads) {
      fputs(" <", out);
      S_escaped(out, (const unsigned char *)graph, glen, true);
      fputc('>', out);
    }
    fputs(" .\n", out);
  }
  if(ferror(out))
    return nkg_ctx__error(g->ctx, NKG_EIO, "write error");
  return NKG_OK;
}
