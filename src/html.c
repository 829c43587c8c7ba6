/* html.c: a news page -> article fields (headline, date, publisher,
 * author, canonical URL) and the body text without navigation, ads,
 * scripts and comments, through libxml2's HTML parser.
 *
 * An open raptor world owns libxml2's global error handlers (STYLE.md §5):
 * we save them, install our own (which only counts), parse with
 * HTML_PARSE_RECOVER | HTML_PARSE_NONET, and restore them, the way raptor
 * does itself. The document is freed before returning. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "nkg_internal.h"

static void S_quiet(void *ctx, xmlErrorPtr e)
{
  (void)ctx;
  (void)e; /* malformed HTML is the norm: recover silently */
}

static bool S_ieq(const xmlChar *a, const char *b)
{
  return a && strcasecmp((const char *)a, b) == 0;
}

static char *S_attr(xmlNodePtr n, const char *name)
{
  xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
  char *r;
  if(!v)
    return NULL;
  r = nkg_xstrdup((const char *)v);
  xmlFree(v);
  return r;
}

/* Whitespace folded to single spaces, trimmed. */
static void S_append_folded(nkg_str *out, const char *s)
{
  bool space = out->len > 0 && out->s[out->len - 1] != ' ' && out->s[out->len - 1] != '\n';
  for(; *s; s++) {
    if(isspace((unsigned char)*s)) {
      space = out->len > 0 && out->s[out->len - 1] != '\n';
      continue;
    }
    if(space && out->len > 0 && out->s[out->len - 1] != ' ' && out->s[out->len - 1] != '\n')
      nkg_str_append(out, " ", 1);
    space = false;
    nkg_str_append(out, s, 1);
  }
}

/* Elements whose text is never article body. */
static bool S_skip_element(xmlNodePtr n)
{
  static const char *const tags[] = {"script", "style", "noscript", "nav", "header", "footer",
                                     "aside", "form", "iframe", "svg", "button", "figure",
                                     "select", "template", "menu", "head", NULL};
  static const char *const marks[] = {"advert", "promo", "related", "share", "social",
                                      "comment", "newsletter", "subscribe", "cookie",
                                      "sidebar", "breadcrumb", "byline", "dateline", "nav",
                                      "menu", "footer", "banner", NULL};
  size_t i;
  char *cls, *id;
  bool skip = false;
  for(i = 0; tags[i]; i++)
    if(S_ieq(n->name, tags[i]))
      return true;
  cls = S_attr(n, "class");
  id = S_attr(n, "id");
  for(i = 0; marks[i] && !skip; i++) {
    if(cls && strstr(cls, marks[i]))
      skip = true;
    if(id && strstr(id, marks[i]))
      skip = true;
  }
  if(cls && (strcmp(cls, "ad") == 0 || strncmp(cls, "ad ", 3) == 0 || strstr(cls, " ad ")))
    skip = true;
  free(cls);
  free(id);
  return skip;
}

static bool S_block(xmlNodePtr n)
{
  static const char *const tags[] = {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
                                     "pre", NULL};
  size_t i;
  for(i = 0; tags[i]; i++)
    if(S_ieq(n->name, tags[i]))
      return true;
  return false;
}

/* Text of a subtree (skipping what is never body), folded. */
static void S_text(xmlNodePtr n, nkg_str *out)
{
  xmlNodePtr c;
  for(c = n->children; c; c = c->next) {
    if(c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if(c->content)
        S_append_folded(out, (const char *)c->content);
    } else if(c->type == XML_ELEMENT_NODE && !S_skip_element(c)) {
      if(S_ieq(c->name, "br"))
        nkg_str_append(out, " ", 1);
      S_text(c, out);
    }
  }
}

/* Body: every block's text, one paragraph each. */
static void S_body(xmlNodePtr n, nkg_str *out)
{
  xmlNodePtr c;
  for(c = n->children; c; c = c->next) {
    if(c->type != XML_ELEMENT_NODE || S_skip_element(c) || S_ieq(c->name, "h1"))
      continue;
    if(S_block(c)) {
      nkg_str para = {NULL, 0, 0};
      S_text(c, &para);
      if(para.len > 0) {
        size_t a = 0, b = para.len;
        while(a < b && para.s[a] == ' ')
          a++;
        while(b > a && para.s[b - 1] == ' ')
          b--;
        if(b > a) {
          if(out->len)
            nkg_str_append(out, "\n\n", 2);
          nkg_str_append(out, para.s + a, b - a);
        }
      }
      nkg_str_free(&para);
    } else {
      S_body(c, out);
    }
  }
}

static xmlNodePtr S_find(xmlNodePtr n, const char *tag)
{
  xmlNodePtr c, r;
  for(c = n; c; c = c->next) {
    if(c->type == XML_ELEMENT_NODE && S_ieq(c->name, tag))
      return c;
    if(c->children && (r = S_find(c->children, tag)) != NULL)
      return r;
  }
  return NULL;
}

typedef struct {
  char *title, *og_title, *date, *modified, *site, *author, *url, *time_dt, *ld;
} meta_found;

static void S_set(char **slot, char *v)
{
  if(!*slot && v && *v)
    *slot = v;
  else
    free(v);
}

static void S_meta(xmlNodePtr n, meta_found *m)
{
  xmlNodePtr c;
  for(c = n; c; c = c->next) {
    if(c->type == XML_ELEMENT_NODE) {
      if(S_ieq(c->name, "meta")) {
        char *prop = S_attr(c, "property"), *name = S_attr(c, "name"), *itemprop = S_attr(c, "itemprop");
        const char *key = prop ? prop : name ? name : itemprop;
        if(key) {
          char *content = S_attr(c, "content");
          if(!strcasecmp(key, "og:title"))
            S_set(&m->og_title, content);
          else if(!strcasecmp(key, "article:published_time") || !strcasecmp(key, "datePublished") ||
                  !strcasecmp(key, "pubdate") || !strcasecmp(key, "publishdate") ||
                  !strcasecmp(key, "date") || !strcasecmp(key, "dc.date.issued") ||
                  !strcasecmp(key, "sailthru.date"))
            S_set(&m->date, content);
          else if(!strcasecmp(key, "article:modified_time") || !strcasecmp(key, "dateModified"))
            S_set(&m->modified, content);
          else if(!strcasecmp(key, "og:site_name"))
            S_set(&m->site, content);
          else if(!strcasecmp(key, "author") || !strcasecmp(key, "article:author"))
            S_set(&m->author, content);
          else if(!strcasecmp(key, "og:url"))
            S_set(&m->url, content);
          else
            free(content);
        }
        free(prop);
        free(name);
        free(itemprop);
      } else if(S_ieq(c->name, "link")) {
        char *rel = S_attr(c, "rel");
        if(rel && !strcasecmp(rel, "canonical")) {
          char *href = S_attr(c, "href");
          free(m->url); /* the canonical link wins over og:url */
          m->url = NULL;
          S_set(&m->url, href);
        }
        free(rel);
      } else if(S_ieq(c->name, "time")) {
        S_set(&m->time_dt, S_attr(c, "datetime"));
      } else if(S_ieq(c->name, "title")) {
        nkg_str t = {NULL, 0, 0};
        S_text(c, &t);
        S_set(&m->title, t.s);
      } else if(S_ieq(c->name, "script")) {
        char *type = S_attr(c, "type");
        if(type && !strcasecmp(type, "application/ld+json") && !m->ld) {
          xmlChar *txt = xmlNodeGetContent(c);
          if(txt) {
            m->ld = nkg_xstrdup((const char *)txt);
            xmlFree(txt);
          }
        }
        free(type);
      }
    }
    if(c->children && c->type == XML_ELEMENT_NODE && !S_ieq(c->name, "script"))
      S_meta(c->children, m);
  }
}

/* The string value after "key": in JSON-LD text (first occurrence); the
 * value of "name" when key's value is an object. Good enough for the
 * datePublished / publisher / author of a NewsArticle block. */
static char *S_ld_value(const char *ld, const char *key)
{
  nkg_str pat = {NULL, 0, 0};
  const char *p;
  char *r = NULL;
  if(!ld)
    return NULL;
  nkg_str_appendf(&pat, "\"%s\"", key);
  p = strstr(ld, pat.s);
  nkg_str_free(&pat);
  if(!p)
    return NULL;
  p = strchr(p + strlen(key) + 2, ':');
  if(!p)
    return NULL;
  p++;
  while(isspace((unsigned char)*p))
    p++;
  if(*p == '[')
    p++;
  while(isspace((unsigned char)*p))
    p++;
  if(*p == '{') {
    const char *end = strchr(p, '}');
    const char *nm = strstr(p, "\"name\"");
    if(!nm || (end && nm > end))
      return NULL;
    p = strchr(nm + 6, ':');
    if(!p)
      return NULL;
    p++;
    while(isspace((unsigned char)*p))
      p++;
  }
  if(*p == '"') {
    const char *q = p + 1;
    while(*q && *q != '"')
      q += (*q == '\\' && q[1]) ? 2 : 1;
    r = nkg_xstrndup(p + 1, (size_t)(q - p - 1));
  }
  return r;
}

int nkg_html__to_article(nkg_article *out, const char *html, size_t len, char *err,
                         size_t errlen)
{
  xmlStructuredErrorFunc saved = xmlStructuredError;
  void *saved_ctx = xmlStructuredErrorContext;
  htmlDocPtr doc;
  xmlNodePtr root, body;
  meta_found m;
  nkg_str text = {NULL, 0, 0};
  int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;

  memset(out, 0, sizeof *out);
  memset(&m, 0, sizeof m);
  if(len > (size_t)0x7fffffff) {
    snprintf(err, errlen, "HTML page too large");
    return NKG_EINVALID;
  }
  xmlSetStructuredErrorFunc(NULL, S_quiet);
  doc = htmlReadMemory(html, (int)len, NULL, "UTF-8", opts);
  xmlSetStructuredErrorFunc(saved_ctx, saved);
  if(!doc || !(root = xmlDocGetRootElement(doc))) {
    if(doc)
      xmlFreeDoc(doc);
    snprintf(err, errlen, "not an HTML page");
    return NKG_EINVALID;
  }
  S_meta(root, &m);
  body = S_find(root, "article");
  if(!body)
    body = S_find(root, "main");
  if(!body)
    body = S_find(root, "body");
  if(body)
    S_body(body, &text);
  {
    xmlNodePtr h1 = S_find(body ? body : root, "h1");
    nkg_str h = {NULL, 0, 0};
    if(h1)
      S_text(h1, &h);
    out->title = m.og_title ? m.og_title : h.s ? h.s : m.title;
    if(out->title == m.og_title) {
      free(h.s);
      free(m.title);
    } else if(out->title == h.s) {
      free(m.title);
    }
    m.og_title = m.title = NULL;
  }
  out->date = m.date ? m.date : m.time_dt ? m.time_dt : S_ld_value(m.ld, "datePublished");
  if(out->date != m.time_dt)
    free(m.time_dt);
  if(!out->date) {
    out->date = m.modified;
    m.modified = NULL;
  }
  free(m.modified);
  out->publisher = m.site ? m.site : S_ld_value(m.ld, "publisher");
  out->author = m.author ? m.author : S_ld_value(m.ld, "author");
  out->url = m.url;
  out->text = text.s ? text.s : nkg_xstrdup("");
  free(m.ld);
  xmlFreeDoc(doc);
  if(!*out->text && !out->title) {
    nkg_article_clear(out);
    snprintf(err, errlen, "no article text in the HTML page");
    return NKG_EINVALID;
  }
  return NKG_OK;
}
