/* export_graphml.c: the view as GraphML, written with libxml2's
 * xmlTextWriter (it escapes markup and keeps the document well-formed).
 *
 * One <node> per entity, position, event, quotation (and, when the view
 * keeps them, article, role and mention); literals are <data> of their node
 * under declared <key>s (label, type, wikidata, date, article, ... and one
 * per other property, named by the property's local name); one <edge> per
 * relation with its property's local name as label. Ids are n<i>/e<i> (an
 * IRI is not an NMTOKEN); the IRI is the "iri" attribute. Gephi, Cytoscape
 * and yEd read the attr.name of each key as a column name. */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "export.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define GRAPHML_XSD "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

typedef struct {
  xmlTextWriterPtr w;
  int bad; /* a writer call failed */
  char *tmp;
  size_t tmpcap;
} gml;

#define X(call)                                                                \
  do {                                                                         \
    if(!g->bad && (call) < 0)                                                  \
      g->bad = 1;                                                              \
  } while(0)

/* XML 1.0 forbids most C0 controls even as character references: make them
 * spaces (the extractor's text has none, but a view takes any graph). */
static const xmlChar *S_clean(gml *g, const char *s)
{
  size_t n = strlen(s), i;
  if(n + 1 > g->tmpcap) {
    g->tmpcap = n + 1;
    g->tmp = nkg_xrealloc(g->tmp, g->tmpcap);
  }
  for(i = 0; i <= n; i++) {
    unsigned char c = (unsigned char)s[i];
    g->tmp[i] = (c && c < 0x20 && c != '\t' && c != '\n' && c != '\r') ? ' ' : s[i];
  }
  return (const xmlChar *)g->tmp;
}

static void S_key(gml *g, const char *id, const char *domain, const char *name)
{
  X(xmlTextWriterStartElement(g->w, BAD_CAST "key"));
  X(xmlTextWriterWriteAttribute(g->w, BAD_CAST "id", BAD_CAST id));
  X(xmlTextWriterWriteAttribute(g->w, BAD_CAST "for", BAD_CAST domain));
  X(xmlTextWriterWriteAttribute(g->w, BAD_CAST "attr.name", S_clean(g, name)));
  X(xmlTextWriterWriteAttribute(g->w, BAD_CAST "attr.type", BAD_CAST "string"));
  X(xmlTextWriterEndElement(g->w));
}

static void S_data(gml *g, const char *key, const char *value)
{
  if(!value)
    return;
  X(xmlTextWriterStartElement(g->w, BAD_CAST "data"));
  X(xmlTextWriterWriteAttribute(g->w, BAD_CAST "key", BAD_CAST key));
  X(xmlTextWriterWriteString(g->w, S_clean(g, value)));
  X(xmlTextWriterEndElement(g->w));
}

/* Fixed node keys: id and attr.name alike. */

int nkg_export__graphml(nkg_ctx *ctx, const nkg_view *v, FILE *out)
{
  gml gs, *g = &gs;
  xmlOutputBufferPtr buf;
  char id[64];
  const char *values[NKG_VNODE_NFIELDS];
  size_t i, j;
  int *used = nkg_xcalloc(v->nattr_names ? v->nattr_names : 1, sizeof *used);
  int rc = NKG_OK;

  memset(g, 0, sizeof *g);
  buf = xmlOutputBufferCreateFile(out, NULL); /* does not close out */
  g->w = buf ? xmlNewTextWriter(buf) : NULL;  /* owns buf from here */
  if(!g->w) {
    if(buf)
      xmlOutputBufferClose(buf);
    free(used);
    return nkg_ctx__error(ctx, NKG_ERROR, "cannot make an XML writer");
  }
  X(xmlTextWriterSetIndent(g->w, 1));
  X(xmlTextWriterSetIndentString(g->w, BAD_CAST "  "));
  X(xmlTextWriterStartDocument(g->w, "1.0", "UTF-8", NULL));
  X(xmlTextWriterStartElementNS(g->w, NULL, BAD_CAST "graphml", BAD_CAST GRAPHML_NS));
  X(xmlTextWriterWriteAttributeNS(g->w, BAD_CAST "xmlns", BAD_CAST "xsi", NULL,
                                  BAD_CAST XSI_NS));
  X(xmlTextWriterWriteAttributeNS(g->w, BAD_CAST "xsi", BAD_CAST "schemaLocation", NULL,
                                  BAD_CAST GRAPHML_NS " " GRAPHML_XSD));
  X(xmlTextWriterWriteComment(g->w, BAD_CAST " newskg " NKG_VERSION " (-f graphml) "));

  /* Keys: the fixed ones, then one per property the kept nodes use. */
  for(i = 0; i < NKG_VNODE_NFIELDS; i++)
    S_key(g, nkg_export__field_names[i], "node", nkg_export__field_names[i]);
  S_key(g, "iri", "node", "iri");
  for(i = 0; i < v->nnodes; i++)
    if(v->nodes[i].keep)
      for(j = 0; j < v->nodes[i].nattrs; j++)
        used[v->nodes[i].attrs[j].name] = 1;
  for(i = 0; i < v->nattr_names; i++) {
    if(!used[i])
      continue;
    snprintf(id, sizeof id, "p%zu", i);
    S_key(g, id, "node", v->attr_names[i]);
  }
  S_key(g, "e_label", "edge", "label");
  S_key(g, "e_property", "edge", "property");
  S_key(g, "g_title", "graph", "title");
  S_key(g, "g_article", "graph", "article");

  X(xmlTextWriterStartElement(g->w, BAD_CAST "graph"));
  X(xmlTextWriterWriteAttribute(g->w, BAD_CAST "id", BAD_CAST "G"));
  X(xmlTextWriterWriteAttribute(g->w, BAD_CAST "edgedefault", BAD_CAST "directed"));
  S_data(g, "g_title", v->title);
  S_data(g, "g_article", v->article_iri);

  for(i = 0; i < v->nnodes && !g->bad; i++) {
    const nkg_vnode *n = &v->nodes[i];
    if(!n->keep)
      continue;
    snprintf(id, sizeof id, "n%zu", i);
    X(xmlTextWriterStartElement(g->w, BAD_CAST "node"));
    X(xmlTextWriterWriteAttribute(g->w, BAD_CAST "id", BAD_CAST id));
    nkg_export__field_values(n, values);
    for(j = 0; j < NKG_VNODE_NFIELDS; j++)
      S_data(g, nkg_export__field_names[j], values[j]);
    S_data(g, "iri", n->iri);
    for(j = 0; j < n->nattrs; j++) {
      snprintf(id, sizeof id, "p%zu", n->attrs[j].name);
      S_data(g, id, n->attrs[j].value);
    }
    X(xmlTextWriterEndElement(g->w));
  }
  for(i = 0; i < v->nedges && !g->bad; i++) {
    const nkg_vedge *e = &v->edges[i];
    X(xmlTextWriterStartElement(g->w, BAD_CAST "edge"));
    snprintf(id, sizeof id, "e%zu", i);
    X(xmlTextWriterWriteAttribute(g->w, BAD_CAST "id", BAD_CAST id));
    snprintf(id, sizeof id, "n%zu", e->src);
    X(xmlTextWriterWriteAttribute(g->w, BAD_CAST "source", BAD_CAST id));
    snprintf(id, sizeof id, "n%zu", e->dst);
    X(xmlTextWriterWriteAttribute(g->w, BAD_CAST "target", BAD_CAST id));
    S_data(g, "e_label", e->label);
    S_data(g, "e_property", e->property);
    X(xmlTextWriterEndElement(g->w));
  }
  X(xmlTextWriterEndDocument(g->w)); /* closes graph and graphml */
  X(xmlTextWriterFlush(g->w));
  if(g->bad)
    rc = nkg_ctx__error(ctx, NKG_EIO, "the GraphML writer failed");
  xmlFreeTextWriter(g->w); /* frees buf, leaves out open */
  free(g->tmp);
  free(used);
  if(rc == NKG_OK && ferror(out))
    rc = nkg_ctx__error(ctx, NKG_EIO, "write error");
  return rc;
}
