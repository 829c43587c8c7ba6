/* export_json.c: the view as Cytoscape.js elements JSON.
 *
 * The shape is the one cy.json() writes and reads, and Cytoscape (desktop)
 * imports as "Cytoscape.js JSON":
 *   {"data": {...graph...},
 *    "elements": {"nodes": [{"data": {"id": IRI, "label": ..., ...},
 *                            "classes": "person"}],
 *                 "edges": [{"data": {"id": "e0", "source": IRI,
 *                                     "target": IRI, "label": "agent"}}]}}
 * so `cytoscape({elements: json.elements})` loads it as is. Node ids are the
 * IRIs; every attribute is a string. One element per line keeps diffs
 * readable. */
#include <string.h>

#include "export.h"

/* Writes s as a JSON string: quotes, backslashes and control characters
 * escaped; the text is UTF-8 already (text.c repaired it). */
static void S_str(FILE *out, const char *s)
{
  fputc('"', out);
  for(; *s; s++) {
    unsigned char c = (unsigned char)*s;
    switch(c) {
    case '"':
      fputs("\\\"", out);
      break;
    case '\\':
      fputs("\\\\", out);
      break;
    case '\n':
      fputs("\\n", out);
      break;
    case '\t':
      fputs("\\t", out);
      break;
    case '\r':
      fputs("\\r", out);
      break;
    default:
      if(c < 0x20 || c == 0x7f)
        fprintf(out, "\\u%04x", c);
      else
        fputc(c, out);
    }
  }
  fputc('"', out);
}

static void S_field(FILE *out, const char *name, const char *value)
{
  if(!value)
    return;
  fputs(", ", out);
  S_str(out, name);
  fputs(": ", out);
  S_str(out, value);
}

int nkg_export__json(nkg_ctx *ctx, const nkg_view *v, FILE *out)
{
  const char *values[NKG_VNODE_NFIELDS];
  size_t i, j;
  int first = 1;

  fputs("{\"format_version\": \"1.0\", \"generated_by\": \"newskg " NKG_VERSION "\",\n", out);
  fputs(" \"data\": {\"shared_name\": ", out);
  S_str(out, v->title ? v->title : "newskg");
  if(v->title) {
    fputs(", \"name\": ", out);
    S_str(out, v->title);
  }
  if(v->article_iri) {
    fputs(", \"article\": ", out);
    S_str(out, v->article_iri);
  }
  fputs("},\n \"elements\": {\n  \"nodes\": [", out);
  for(i = 0; i < v->nnodes; i++) {
    const nkg_vnode *n = &v->nodes[i];
    if(!n->keep)
      continue;
    fputs(first ? "\n   " : ",\n   ", out);
    first = 0;
    fputs("{\"data\": {\"id\": ", out);
    S_str(out, n->iri);
    nkg_export__field_values(n, values);
    for(j = 0; j < NKG_VNODE_NFIELDS; j++)
      S_field(out, nkg_export__field_names[j], values[j]);
    for(j = 0; j < n->nattrs; j++)
      S_field(out, v->attr_names[n->attrs[j].name], n->attrs[j].value);
    fputs("}, \"classes\": ", out);
    S_str(out, nkg_export__class_names[n->cls]);
    fputs("}", out);
  }
  fputs("\n  ],\n  \"edges\": [", out);
  for(i = 0; i < v->nedges; i++) {
    const nkg_vedge *e = &v->edges[i];
    fprintf(out, "%s{\"data\": {\"id\": \"e%zu\", \"source\": ", i ? ",\n   " : "\n   ", i);
    S_str(out, v->nodes[e->src].iri);
    fputs(", \"target\": ", out);
    S_str(out, v->nodes[e->dst].iri);
    S_field(out, "label", e->label);
    S_field(out, "property", e->property);
    fputs("}}", out);
  }
  fputs("\n  ]\n }\n}\n", out);
  return ferror(out) ? nkg_ctx__error(ctx, NKG_EIO, "write error") : NKG_OK;
}
