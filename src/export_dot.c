/* export_dot.c: the view as a Graphviz graph a person can read.
 *
 * Not raptor's triple dump (one node per literal, full IRIs): one node per
 * thing with a short label, a shape and colour per class, events labelled
 * with their kind and date, edges with the property's local name. Two
 * properties between the same pair of nodes (nkg:speaker and schema:creator)
 * are drawn as one edge with both names. Each node links (URL, tooltip) to
 * its Wikidata page when it has one, else to its IRI, so the SVG is
 * clickable. */
#include <stdlib.h>
#include <string.h>

#include "export.h"

typedef struct {
  const char *shape, *style, *fill, *line, *font;
} dot_style;

/* Indexed by nkg_vcls; colours are light fills with a darker outline of the
 * same hue so black text stays readable and classes differ in grey too. */
static const dot_style S_styles[NKG_VCLS_COUNT] = {
  {"ellipse", "filled", "#cfe2ff", "#3d6fb6", "#000000"},          /* person */
  {"box", "filled,rounded", "#d1e7dd", "#2e7d4f", "#000000"},      /* organization */
  {"hexagon", "filled", "#fff3cd", "#a07800", "#000000"},          /* place */
  {"note", "filled", "#e9e0f7", "#6f42c1", "#000000"},             /* position */
  {"box", "filled", "#f8d7da", "#b02a37", "#000000"},              /* event */
  {"box", "filled,dashed", "#f4f4f4", "#777777", "#333333"},       /* quotation */
  {"tab", "filled", "#ffffff", "#333333", "#000000"},              /* article */
  {"box", "filled,dotted", "#ececec", "#777777", "#333333"},       /* role */
  {"plaintext", "solid", "#ffffff", "#999999", "#666666"},         /* mention */
  {"box", "filled", "#eeeeee", "#888888", "#000000"}};             /* other */

/* Writes s as the inside of a DOT quoted string. */
static void S_esc(FILE *out, const char *s)
{
  for(; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if(c == '"' || c == '\\')
      fprintf(out, "\\%c", c);
    else if(c == '\n')
      fputs("\\n", out);
    else if(c < 0x20 || c == 0x7f)
      fputc(' ', out);
    else
      fputc(c, out);
  }
}

typedef struct {
  size_t src, dst, i;
} pair;

static int S_cmp_pair(const void *a, const void *b)
{
  const pair *x = a, *y = b;
  if(x->src != y->src)
    return x->src < y->src ? -1 : 1;
  if(x->dst != y->dst)
    return x->dst < y->dst ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

int nkg_export__dot(nkg_ctx *ctx, const nkg_view *v, FILE *out)
{
  size_t i, j;
  pair *pairs;
  (void)ctx;

  fputs("/* Drawn by newskg " NKG_VERSION " (-f dot). Render: dot -Tsvg FILE -o FILE.svg */\n",
        out);
  fputs("digraph newskg {\n", out);
  fputs("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=16, labelloc=t, "
        "nodesep=0.18, ranksep=0.5, pad=0.3, newrank=true",
        out);
  if(v->title) {
    fputs(", label=\"", out);
    S_esc(out, v->title);
    fputs("\\n \"", out);
  }
  fputs("];\n", out);
  fputs("  node [fontname=\"Helvetica\", fontsize=11, margin=\"0.12,0.05\", penwidth=1.2];\n",
        out);
  fputs("  edge [fontname=\"Helvetica\", fontsize=10, color=\"#666666\", fontcolor=\"#444444\", "
        "arrowsize=0.6];\n",
        out);

  for(i = 0; i < v->nnodes; i++) {
    const nkg_vnode *n = &v->nodes[i];
    const dot_style *s = &S_styles[n->cls];
    if(!n->keep)
      continue;
    fprintf(out, "  n%zu [label=\"", i);
    S_esc(out, n->short_label);
    fprintf(out, "\", shape=%s, style=\"%s\", fillcolor=\"%s\", color=\"%s\", fontcolor=\"%s\"",
            s->shape, s->style, s->fill, s->line, s->font);
    if(n->cls == NKG_VCLS_MENTION)
      fputs(", fontsize=9", out);
    fputs(", tooltip=\"", out);
    S_esc(out, n->label);
    if(n->type) {
      fputs(" (", out);
      S_esc(out, n->type);
      fputs(")", out);
    }
    fputs("\", URL=\"", out);
    if(n->wikidata) {
      fputs("https://www.wikidata.org/wiki/", out);
      S_esc(out, n->wikidata);
    } else {
      S_esc(out, n->iri);
    }
    fputs("\"];\n", out);
  }

  /* A legend of the classes drawn: colours name the kinds of node. */
  {
    unsigned present = 0;
    for(i = 0; i < v->nnodes; i++)
      if(v->nodes[i].keep)
        present |= 1u << v->nodes[i].cls;
    if(present) {
      fputs("  legend [shape=plaintext, style=\"\", fontsize=10, tooltip=\"legend\", "
            "label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\" CELLPADDING=\"3\">"
            "<TR><TD BORDER=\"0\">kinds of node</TD></TR>",
            out);
      for(i = 0; i < NKG_VCLS_COUNT; i++)
        if(present & (1u << i))
          fprintf(out, "<TR><TD BGCOLOR=\"%s\" COLOR=\"%s\">%s</TD></TR>", S_styles[i].fill,
                  S_styles[i].line, nkg_export__class_names[i]);
      fputs("</TABLE>>];\n", out);
    }
  }

  /* Group the edges by (source, target), keeping statement order inside. */
  pairs = nkg_xcalloc(v->nedges ? v->nedges : 1, sizeof *pairs);
  for(i = 0; i < v->nedges; i++) {
    pairs[i].src = v->edges[i].src;
    pairs[i].dst = v->edges[i].dst;
    pairs[i].i = i;
  }
  qsort(pairs, v->nedges, sizeof *pairs, S_cmp_pair);
  for(i = 0; i < v->nedges; i = j) {
    fprintf(out, "  n%zu -> n%zu [label=\"", pairs[i].src, pairs[i].dst);
    for(j = i; j < v->nedges && pairs[j].src == pairs[i].src && pairs[j].dst == pairs[i].dst;
        j++) {
      if(j > i)
        fputs(" / ", out);
      S_esc(out, v->edges[pairs[j].i].label);
    }
    fputs("\"];\n", out);
  }
  free(pairs);
  fputs("}\n", out);
  return ferror(out) ? nkg_ctx__error(ctx, NKG_EIO, "write error") : NKG_OK;
}
