/* load.c: sends a store's named graphs to a SPARQL endpoint over HTTP
 * (libcurl).
 *
 * Graph Store protocol (SPARQL 1.1 GSP): one request per graph, PUT to
 * replace it or POST to add to it, the graph named by a query parameter
 * (?graph=IRI; Virtuoso's /sparql-graph-crud wants graph-uri=). The body is
 * N-Triples sent as text/turtle: N-Triples is Turtle, and every store we
 * know accepts text/turtle, while some older ones reject
 * application/n-triples. SPARQL 1.1 Update (for endpoints without the
 * protocol): DROP SILENT GRAPH then INSERT DATA in batches, so that no
 * request carries an unbounded body; a failed batch leaves the graph partly
 * loaded, which the message says.
 *
 * Every request has a timeout (connect and total), and a failure names the
 * URL, the HTTP status with its reason and the first words of the server's
 * answer, never the password. */
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store.h"

#define NKG_LOAD_DEFAULT_TIMEOUT 60L
#define NKG_LOAD_DEFAULT_BATCH 2000u
#define NKG_LOAD_MAX_ANSWER 65536u /* bytes of the server's answer kept for messages */

typedef struct {
  nkg_str body;   /* the answer, at most NKG_LOAD_MAX_ANSWER bytes */
  char reason[128]; /* reason phrase of the last status line */
} answer;

static size_t S_on_body(char *ptr, size_t size, size_t nmemb, void *payload)
{
  answer *a = payload;
  size_t n = size * nmemb;
  if(a->body.len < NKG_LOAD_MAX_ANSWER) {
    size_t room = NKG_LOAD_MAX_ANSWER - a->body.len;
    nkg_str_append(&a->body, ptr, n < room ? n : room);
  }
  return n;
}

/* Keeps the reason phrase of "HTTP/1.1 401 Unauthorized"; with digest auth
 * the last status line is the one that counts. */
static size_t S_on_header(char *ptr, size_t size, size_t nmemb, void *payload)
{
  answer *a = payload;
  size_t n = size * nmemb, i = 0, j;
  if(n > 5 && memcmp(ptr, "HTTP/", 5) == 0) {
    while(i < n && ptr[i] != ' ')
      i++;
    while(i < n && ptr[i] == ' ')
      i++;
    while(i < n && ptr[i] != ' ' && ptr[i] != '\r' && ptr[i] != '\n')
      i++; /* the code */
    while(i < n && ptr[i] == ' ')
      i++;
    for(j = 0; i < n && ptr[i] != '\r' && ptr[i] != '\n' && j + 1 < sizeof a->reason; i++)
      a->reason[j++] = ptr[i];
    a->reason[j] = '\0';
  }
  return n;
}

/* The server's message on one line: tags dropped, white space collapsed,
 * cut at 300 bytes (on a UTF-8 boundary). */
static void S_message(char *out, size_t outlen, const char *body, size_t len)
{
  size_t i, w = 0;
  int in_tag = 0, space = 1;
  const char *b = body;
  /* an HTML page: start at its <body> when it has one */
  const char *bt = len ? strstr(body, "<body") : NULL;
  if(bt) {
    len -= (size_t)(bt - body);
    b = bt;
  }
  for(i = 0; i < len && w + 1 < outlen && w < 300; i++) {
    unsigned char c = (unsigned char)b[i];
    if(c == '<') {
      in_tag = 1;
      continue;
    }
    if(in_tag) {
      if(c == '>') {
        in_tag = 0;
        if(!space) {
          out[w++] = ' ';
          space = 1;
        }
      }
      continue;
    }
    if(c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      if(!space)
        out[w++] = ' ';
      space = 1;
      continue;
    }
    out[w++] = (char)c;
    space = 0;
  }
  if(i < len) { /* cut short: never end inside a UTF-8 sequence */
    while(w > 0 && ((unsigned char)out[w - 1] & 0xC0) == 0x80)
      w--;
    if(w > 0 && ((unsigned char)out[w - 1] & 0x80))
      w--;
  }
  while(w > 0 && out[w - 1] == ' ')
    w--;
  out[w] = '\0';
}

/* One HTTP request; NKG_OK on a 2xx answer, else NKG_EIO with the reason in
 * the context. *status gets the HTTP status (0: none). */
static int S_request(nkg_ctx *ctx, const nkg_load_options *o, const char *method,
                     const char *url, const char *graph, const char *ctype, const char *body,
                     size_t len, long *status)
{
  CURL *c = curl_easy_init();
  struct curl_slist *hdr = NULL;
  char errbuf[CURL_ERROR_SIZE], ct[128], msg[320];
  answer a;
  long timeout = o->timeout > 0 ? o->timeout : NKG_LOAD_DEFAULT_TIMEOUT;
  CURLcode cc;
  int rc = NKG_OK;

  *status = 0;
  if(!c)
    return nkg_ctx__error(ctx, NKG_ERROR, "cannot start libcurl");
  memset(&a, 0, sizeof a);
  errbuf[0] = '\0';
  snprintf(ct, sizeof ct, "Content-Type: %s", ctype);
  hdr = curl_slist_append(hdr, ct);
  hdr = curl_slist_append(hdr, "Expect:"); /* no 100-continue round trip */
  hdr = curl_slist_append(hdr, "Accept: */*");
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
  curl_easy_setopt(c, CURLOPT_POST, 1L);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdr);
  curl_easy_setopt(c, CURLOPT_USERAGENT, "newskg/" NKG_VERSION);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, timeout);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, timeout < 30 ? timeout : 30L);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, S_on_body);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &a);
  curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, S_on_header);
  curl_easy_setopt(c, CURLOPT_HEADERDATA, &a);
#if LIBCURL_VERSION_NUM >= 0x075500
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
  if(o->user) {
    long how = CURLAUTH_BASIC | CURLAUTH_DIGEST;
    if(o->auth && strcmp(o->auth, "basic") == 0)
      how = CURLAUTH_BASIC;
    else if(o->auth && strcmp(o->auth, "digest") == 0)
      how = CURLAUTH_DIGEST;
    curl_easy_setopt(c, CURLOPT_USERNAME, o->user);
    curl_easy_setopt(c, CURLOPT_PASSWORD, o->password ? o->password : "");
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, how);
  }
  cc = curl_easy_perform(c);
  if(cc != CURLE_OK) {
    if(cc == CURLE_OPERATION_TIMEDOUT)
      rc = nkg_ctx__error(ctx, NKG_EIO, "%s %s (graph <%s>): no answer within %ld s (%s)", method,
                          o->endpoint, graph, timeout, errbuf[0] ? errbuf : curl_easy_strerror(cc));
    else
      rc = nkg_ctx__error(ctx, NKG_EIO, "%s %s (graph <%s>): %s", method, o->endpoint, graph,
                          errbuf[0] ? errbuf : curl_easy_strerror(cc));
  } else {
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, status);
    if(*status < 200 || *status > 299) {
      S_message(msg, sizeof msg, a.body.s ? a.body.s : "", a.body.len);
      rc = nkg_ctx__error(ctx, NKG_EIO, "%s %s (graph <%s>): HTTP %ld%s%s%s%s", method,
                          o->endpoint, graph, *status, a.reason[0] ? " " : "", a.reason,
                          msg[0] ? ": " : "", msg);
    }
  }
  nkg_str_free(&a.body);
  curl_slist_free_all(hdr);
  curl_easy_cleanup(c);
  return rc;
}

static const char *S_graph_param(const nkg_load_options *o)
{
  if(o->graph_param)
    return o->graph_param;
  return strstr(o->endpoint, "sparql-graph-crud") ? "graph-uri" : "graph";
}

/* The N-Triples of sts[from..to) into a new buffer. */
static int S_ntriples(nkg_ctx *ctx, librdf_statement **sts, size_t from, size_t to, char **out,
                      size_t *len)
{
  FILE *f = open_memstream(out, len);
  int rc;
  if(!f)
    return nkg_ctx__error(ctx, NKG_ERROR, "out of memory");
  rc = nkg_store__write_sts(ctx, sts + from, to - from, NULL, f);
  if(fclose(f) != 0 && rc == NKG_OK)
    rc = nkg_ctx__error(ctx, NKG_ERROR, "out of memory");
  return rc;
}

static double S_now(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int S_load_gsp(nkg_store *s, const nkg_load_options *o, const char *graph,
                      librdf_statement **sts, size_t n, FILE *progress)
{
  nkg_ctx *ctx = s->ctx;
  const char *method = o->append ? "POST" : "PUT";
  char *body = NULL, *esc;
  size_t len = 0;
  nkg_str url = {NULL, 0, 0};
  long status;
  double t0 = S_now();
  int rc = S_ntriples(ctx, sts, 0, n, &body, &len);

  if(rc != NKG_OK) {
    free(body);
    return rc;
  }
  esc = curl_easy_escape(NULL, graph, 0);
  nkg_str_appendf(&url, "%s%c%s=%s", o->endpoint, strchr(o->endpoint, '?') ? '&' : '?',
                  S_graph_param(o), esc ? esc : "");
  curl_free(esc);
  rc = S_request(ctx, o, method, url.s, graph, "text/turtle; charset=utf-8", body, len, &status);
  if(rc == NKG_OK && progress)
    fprintf(progress, "newskg: load: <%s>: %zu triples, %s HTTP %ld, %.2f s\n", graph, n, method,
            status, S_now() - t0);
  free(body);
  nkg_str_free(&url);
  return rc;
}

/* Appends text URL-encoded for an application/x-www-form-urlencoded body. */
static void S_form_append(nkg_str *b, const char *text, size_t len)
{
  static const char hex[] = "0123456789ABCDEF";
  size_t i;
  for(i = 0; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    if((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
       c == '.' || c == '_' || c == '~') {
      nkg_str_append(b, (const char *)&text[i], 1);
    } else {
      char e[3] = {'%', hex[c >> 4], hex[c & 15]};
      nkg_str_append(b, e, 3);
    }
  }
}

static int S_load_update(nkg_store *s, const nkg_load_options *o, const char *graph,
                         librdf_statement **sts, size_t n, FILE *progress)
{
  nkg_ctx *ctx = s->ctx;
  size_t batch = o->batch ? o->batch : NKG_LOAD_DEFAULT_BATCH, from, requests = 0;
  double t0 = S_now();
  long status = 0;
  int rc = NKG_OK;

  for(from = 0; rc == NKG_OK && (from < n || (from == 0 && n == 0)); from += batch) {
    size_t to = from + batch < n ? from + batch : n, len = 0;
    char *data = NULL;
    nkg_str q = {NULL, 0, 0}, form = {NULL, 0, 0};
    rc = S_ntriples(ctx, sts, from, to, &data, &len);
    if(rc == NKG_OK) {
      if(from == 0 && !o->append)
        nkg_str_appendf(&q, "DROP SILENT GRAPH <%s> ;\n", graph);
      nkg_str_appendf(&q, "INSERT DATA { GRAPH <%s> {\n", graph);
      nkg_str_append(&q, data, len);
      nkg_str_appendz(&q, "} }\n");
      nkg_str_appendz(&form, "update=");
      S_form_append(&form, q.s, q.len);
      rc = S_request(ctx, o, "POST", o->endpoint, graph, "application/x-www-form-urlencoded", form.s,
                     form.len, &status);
      requests++;
      if(rc != NKG_OK && from > 0) {
        char why[sizeof ctx->error];
        snprintf(why, sizeof why, "%s", ctx->error);
        nkg_ctx__error(ctx, rc, "%s (graph <%s> holds %zu of %zu triples)", why, graph, from, n);
      }
    }
    free(data);
    nkg_str_free(&q);
    nkg_str_free(&form);
    if(n == 0)
      break;
  }
  if(rc == NKG_OK && progress)
    fprintf(progress, "newskg: load: <%s>: %zu triples, %zu update request%s, HTTP %ld, %.2f s\n",
            graph, n, requests, requests == 1 ? "" : "s", status, S_now() - t0);
  return rc;
}

int nkg_load(nkg_store *s, const nkg_load_options *o, FILE *progress)
{
  nkg_ctx *ctx = s->ctx;
  char **names = NULL;
  size_t i;
  int rc;

  if(!o || o->version != NKG_LOAD_OPTIONS_VERSION || !o->endpoint)
    return nkg_ctx__error(ctx, NKG_EUSAGE, "load: no endpoint");
  if(strncmp(o->endpoint, "http://", 7) != 0 && strncmp(o->endpoint, "https://", 8) != 0)
    return nkg_ctx__error(ctx, NKG_EUSAGE, "%s: the endpoint must be an http:// or https:// URL",
                          o->endpoint);
  if(o->auth && strcmp(o->auth, "any") != 0 && strcmp(o->auth, "basic") != 0 &&
     strcmp(o->auth, "digest") != 0)
    return nkg_ctx__error(ctx, NKG_EUSAGE, "unknown auth '%s' (any, basic, digest)", o->auth);
  if(curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
    return nkg_ctx__error(ctx, NKG_ERROR, "cannot start libcurl");
  rc = nkg_store_graph_names(s, &names);
  for(i = 0; rc == NKG_OK && names[i]; i++) {
    librdf_statement **sts;
    size_t n;
    rc = nkg_store__graph_statements(s, names[i], &sts, &n);
    if(rc == NKG_OK)
      rc = o->update ? S_load_update(s, o, names[i], sts, n, progress)
                     : S_load_gsp(s, o, names[i], sts, n, progress);
    nkg_store__free_sts(sts, n);
  }
  nkg_store_names_free(names);
  curl_global_cleanup();
  return rc;
}
