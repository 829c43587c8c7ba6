/* extract.c: `newskg [options] [INPUT...]`: articles in, their graphs out.
 *
 * One article (a text file, an HTML page, stdin) or many: several files,
 * directories (recursively, in name order), JSON lines (--jsonl or *.jsonl,
 * one article a line). Graphs are written as each article finishes, in the
 * input order, so memory stays flat: with N-Quads each article is its own
 * named graph. -j N runs N worker processes (one RDF world each); the
 * output order is still the input order. A bad article or JSON line is
 * reported with its file and line and skipped; the run goes on. */
#define _GNU_SOURCE 1 /* F_SETPIPE_SZ */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"

static void S_usage(FILE *f)
{
  fputs("usage: newskg [options] [INPUT...]\n"
        "       newskg query (-e SPARQL | -q FILE.rq) [-r table|csv|tsv|json|xml] [--db F] FILE...\n"
        "       newskg store --db F ARTICLE...   (a persistent store, one graph per article)\n"
        "       newskg load --endpoint URL [--user U --password P] FILE...   (Graph Store HTTP)\n"
        "Turns news articles into an RDF knowledge graph. INPUT is a text article\n"
        "(headline, byline, date line, body), an HTML page, a folder (read recursively),\n"
        "a JSON-lines file (*.jsonl or --jsonl: {\"id\",\"url\",\"date\",\"title\",\"text\"|\"html\"}\n"
        "a line), or - for standard input (the default).\n"
        "  -f, --format FMT   turtle (default), rdfxml (one article), ntriples, nquads;\n"
        "                     graphml, dot, json (one article: pictures for Gephi, Graphviz,\n"
        "                     Cytoscape.js); none: extract and count only\n"
        "      --no-mentions  graphml/dot/json: leave out the NIF provenance\n"
        "      --types LIST   graphml/dot/json: only these kinds (person,organization,place,\n"
        "                     event, position, quotation, article, role, mention, other, all)\n"
        "      --merge-literals  graphml/dot/json: literal properties into the labels\n"
        "  -o, --output FILE  write to FILE (atomically) instead of standard output\n"
        "      --base IRI     IRI base for instance data (default " NKG_DEFAULT_BASE ")\n"
        "      --date DATE    article date YYYY-MM-DD[THH:MM[+zone]] when the text has none\n"
        "      --id ID        stable article id for its IRI (one article only)\n"
        "      --no-header    the text is body only: no headline, byline or date line\n"
        "      --jsonl        read every input as JSON lines\n"
        "  -j, --jobs N       N worker processes (output order stays the input order)\n"
        "      --lexicon DIR  folder with gazetteer*.tsv (default: NEWSKG_LEXICON or built-in)\n"
        "      --gazetteer FILE  one more gazetteer TSV, added to the folder's (repeatable)\n"
        "  -q, --quiet        no warnings, progress or summary on stderr\n"
        "  -h, --help         this help;  -V, --version  the version\n"
        "Exit status: 0 ok, 1 an input was rejected or not processed (the others are\n"
        "written), 2 usage error, 3 output could not be written.\n",
        f);
}

typedef struct {
  const char *format, *output;
  nkg_cli_lexicon lex;
  char *stdin_copy; /* with -j: standard input spooled to a file */
  nkg_options opts;
  nkg_view_options view; /* graphml, dot, json: what to draw */
  char **inputs;
  size_t ninputs;
  int quiet, jsonl, jobs;
} extract_args;

static int S_parse(extract_args *c, int argc, char **argv)
{
  int i;
  c->inputs = calloc((size_t)argc + 1, sizeof *c->inputs);
  if(!c->inputs)
    return -1;
  for(i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char **value = NULL;
    const char *jobs = NULL, *types = NULL;
    if(nkg_cli_is_opt(a, "-h", "--help")) {
      S_usage(stdout);
      exit(NKG_EXIT_OK);
    } else if(nkg_cli_is_opt(a, "-V", "--version")) {
      printf("newskg %s\n", NKG_VERSION);
      exit(NKG_EXIT_OK);
    } else if(nkg_cli_is_opt(a, "-f", "--format")) {
      value = &c->format;
    } else if(nkg_cli_is_opt(a, "-o", "--output")) {
      value = &c->output;
    } else if(nkg_cli_extract_option(a, &c->opts, &c->lex, &value)) {
      /* --base --date --id --lexicon --gazetteer --no-header */
    } else if(nkg_cli_is_opt(a, "-j", "--jobs")) {
      value = &jobs;
    } else if(nkg_cli_is_opt(a, NULL, "--types")) {
      value = &types;
    } else if(nkg_cli_is_opt(a, NULL, "--no-mentions")) {
      c->view.no_mentions = 1;
    } else if(nkg_cli_is_opt(a, NULL, "--merge-literals")) {
      c->view.merge_literals = 1;
    } else if(nkg_cli_is_opt(a, NULL, "--jsonl")) {
      c->jsonl = 1;
    } else if(nkg_cli_is_opt(a, "-q", "--quiet")) {
      c->quiet = 1;
    } else if(a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "newskg: unknown option %s (see newskg --help)\n", a);
      return -1;
    } else {
      c->inputs[c->ninputs++] = argv[i];
    }
    if(value) {
      if(i + 1 >= argc) {
        fprintf(stderr, "newskg: %s needs a value\n", a);
        return -1;
      }
      *value = argv[++i];
      if(value == &types && nkg_view_types_parse(&c->view.types, types) != NKG_OK) {
        fprintf(stderr, "newskg: --types: unknown kind in '%s' (person, organization, place, "
                        "position, event, quotation, article, role, mention, other, all)\n",
                types);
        return -1;
      }
      if(value == &jobs) {
        char *end;
        long n = strtol(jobs, &end, 10);
        if(*end || n < 1 || n > 256) {
          fprintf(stderr, "newskg: -j wants a number of workers from 1 to 256, not '%s'\n", jobs);
          return -1;
        }
        c->jobs = (int)n;
      }
    }
  }
  return 0;
}

/* ---- one article ---- */

typedef struct {
  int status;        /* nkg_status */
  uint64_t ntriples;
  uint64_t nbytes;   /* input bytes */
  int output_failed; /* the graph could not be written: the run stops */
  char err[512];
} item_result;

static void S_process(nkg_ctx *ctx, const extract_args *c, const nkg_item *item, FILE *out,
                      item_result *r)
{
  nkg_graph *g = NULL;
  memset(r, 0, sizeof *r);
  r->nbytes = item->len;
  if(item->read_error) {
    r->status = NKG_EIO;
    snprintf(r->err, sizeof r->err, "%s", strerror(item->read_error));
    return;
  }
  if(item->kind == NKG_ITEM_TEXT) {
    r->status = nkg_extract(&g, ctx, &c->opts, item->data, item->len);
  } else if(item->kind == NKG_ITEM_JSON) {
    nkg_article a;
    r->status = nkg_article_from_json(&a, item->data, item->len, r->err, sizeof r->err);
    if(r->status == NKG_OK) {
      r->status = nkg_extract_article(&g, ctx, &c->opts, &a);
      nkg_article_clear(&a);
    } else {
      return;
    }
  } else {
    nkg_article a;
    memset(&a, 0, sizeof a);
    a.html = item->data; /* borrowed: not cleared */
    r->status = nkg_extract_article(&g, ctx, &c->opts, &a);
  }
  if(r->status != NKG_OK) {
    snprintf(r->err, sizeof r->err, "%s", nkg_ctx_last_error(ctx));
    return;
  }
  if(nkg_ctx_warnings(ctx) && !c->quiet)
    snprintf(r->err, sizeof r->err, "warning: %s", nkg_ctx_last_error(ctx));
  r->ntriples = nkg_graph_size(g);
  if(strcmp(c->format, "none") == 0) { /* extraction only: count, write nothing */
    nkg_graph_free(g);
    return;
  }
  r->status = nkg_graph_write_view(g, c->format, &c->view, out);
  if(r->status != NKG_OK) {
    snprintf(r->err, sizeof r->err, "%s", nkg_ctx_last_error(ctx));
    r->output_failed = r->status == NKG_EIO;
  }
  nkg_graph_free(g);
}

/* ---- the run: totals, progress and the report of each article ---- */

typedef struct {
  const extract_args *c;
  uint64_t articles, failed, triples, bytes, total_bytes;
  double start, last_progress;
  int fatal;         /* output failed: stop */
  int usage;         /* a usage error (bad --date) */
  char fatal_msg[512];
} run_state;

static double S_now(void)
{
  struct timeval tv;
  gettimeofday(&tv, NULL);
  return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

static void S_name(char *buf, size_t n, const nkg_item *it)
{
  if(it->line)
    snprintf(buf, n, "%s:%zu", it->path, it->line);
  else
    snprintf(buf, n, "%s", it->path);
}

static void S_account(run_state *st, const char *name, const item_result *r)
{
  st->articles++;
  st->bytes += r->nbytes;
  if(r->status == NKG_OK) {
    st->triples += r->ntriples;
    if(r->err[0] && !st->c->quiet)
      fprintf(stderr, "newskg: %s: %s\n", name, r->err);
  } else if(r->output_failed) {
    st->fatal = 1;
    snprintf(st->fatal_msg, sizeof st->fatal_msg, "%s", r->err);
  } else {
    st->failed++;
    if(r->status == NKG_EUSAGE)
      st->usage = 1;
    fprintf(stderr, "newskg: %s: %s\n", name, r->err[0] ? r->err : "failed");
  }
  if(!st->c->quiet && isatty(2)) {
    double now = S_now();
    if(now - st->last_progress > 0.5) {
      double mbs = (double)st->bytes / 1e6 / (now - st->start + 1e-9);
      double eta = mbs > 0 && st->total_bytes > st->bytes
                     ? (double)(st->total_bytes - st->bytes) / 1e6 / mbs
                     : 0;
      fprintf(stderr, "\rnewskg: %" PRIu64 " articles, %.1f MB/s, ETA %.0f s   ", st->articles,
              mbs, eta);
      st->last_progress = now;
    }
  }
}

/* Sequential run: one context, articles in order. */
static int S_run_serial(FILE *out, run_state *st, nkg_items *items)
{
  char err[512], name[1024];
  nkg_ctx *ctx = nkg_cli_ctx_new(&st->c->lex, err, sizeof err);
  const nkg_item *it;
  if(!ctx) {
    st->fatal = 2;
    snprintf(st->fatal_msg, sizeof st->fatal_msg, "%s", err);
    return NKG_ERROR;
  }
  while(!st->fatal && (it = nkg_items_next(items)) != NULL) {
    item_result r;
    S_process(ctx, st->c, it, out, &r);
    S_name(name, sizeof name, it);
    S_account(st, name, &r);
  }
  nkg_ctx_free(ctx);
  return st->fatal ? NKG_EIO : NKG_OK;
}

/* ---- parallel run: workers take every Nth article, the parent writes the
 * results in input order. Each worker sends, per article, a frame: the
 * result, the article's name, and its serialized graph. A worker that has
 * no more articles sends an end frame; as articles are dealt round-robin,
 * the first missing one ends the run. ---- */

typedef struct {
  uint32_t end;      /* 1: no more articles from this worker */
  int32_t status;
  uint64_t ntriples, nbytes, outlen;
  uint32_t namelen, errlen;
} frame_head;

static int S_write_all(int fd, const void *p, size_t n)
{
  const char *c = p;
  while(n > 0) {
    ssize_t w = write(fd, c, n);
    if(w < 0) {
      if(errno == EINTR)
        continue;
      return -1;
    }
    c += w;
    n -= (size_t)w;
  }
  return 0;
}

static int S_read_all(int fd, void *p, size_t n)
{
  char *c = p;
  while(n > 0) {
    ssize_t r = read(fd, c, n);
    if(r < 0 && errno == EINTR)
      continue;
    if(r <= 0)
      return -1;
    c += r;
    n -= (size_t)r;
  }
  return 0;
}

static void S_worker(const extract_args *c, int w, int nworkers, int fd)
{
  char err[512], name[1024];
  nkg_items *items = nkg_items_new(c->inputs, c->ninputs, c->jsonl, err, sizeof err);
  nkg_ctx *ctx = nkg_cli_ctx_new(&c->lex, err, sizeof err);
  if(items)
    nkg_items_set_stdin(items, c->stdin_copy);
  const nkg_item *it;
  size_t k = 0;
  frame_head h;
  if(!ctx || !items) {
    memset(&h, 0, sizeof h);
    h.status = NKG_ERROR;
    h.end = 2;
    h.errlen = (uint32_t)strlen(err);
    S_write_all(fd, &h, sizeof h);
    S_write_all(fd, err, h.errlen);
    _exit(1);
  }
  while((it = nkg_items_next(items)) != NULL) {
    item_result r;
    char *buf = NULL;
    size_t len = 0;
    FILE *mem;
    if((int)(k++ % (size_t)nworkers) != w)
      continue;
    mem = open_memstream(&buf, &len);
    if(!mem)
      _exit(1);
    S_process(ctx, c, it, mem, &r);
    fclose(mem);
    S_name(name, sizeof name, it);
    memset(&h, 0, sizeof h);
    h.status = r.status;
    h.ntriples = r.ntriples;
    h.nbytes = r.nbytes;
    h.outlen = r.status == NKG_OK ? len : 0;
    h.namelen = (uint32_t)strlen(name);
    h.errlen = (uint32_t)strlen(r.err);
    if(S_write_all(fd, &h, sizeof h) || S_write_all(fd, name, h.namelen) ||
       S_write_all(fd, r.err, h.errlen) || S_write_all(fd, buf, h.outlen))
      _exit(1);
    free(buf);
  }
  memset(&h, 0, sizeof h);
  h.end = 1;
  S_write_all(fd, &h, sizeof h);
  nkg_ctx_free(ctx);
  nkg_items_free(items);
  _exit(0);
}

static int S_run_parallel(FILE *out, run_state *st, int n)
{
  int *fds = calloc((size_t)n, sizeof *fds), w, done = 0;
  pid_t *pids = calloc((size_t)n, sizeof *pids);
  uint64_t k;
  char *buf = NULL;
  size_t cap = 0;
  if(!fds || !pids)
    return NKG_ERROR;
  fflush(NULL);
  for(w = 0; w < n; w++) {
    int p[2];
    if(pipe(p) != 0)
      return NKG_ERROR;
#ifdef F_SETPIPE_SZ
    /* A worker's graphs are often larger than the default 64 KiB pipe: a
     * bigger pipe lets it run ahead of the parent instead of in lockstep
     * (Linux; silently capped by /proc/sys/fs/pipe-max-size). */
    (void)fcntl(p[1], F_SETPIPE_SZ, 1 << 20);
#endif
    pids[w] = fork();
    if(pids[w] < 0)
      return NKG_ERROR;
    if(pids[w] == 0) {
      int v;
      close(p[0]);
      for(v = 0; v < w; v++)
        close(fds[v]);
      S_worker(st->c, w, n, p[1]);
    }
    close(p[1]);
    fds[w] = p[0];
  }
  for(k = 0; !done; k++) {
    frame_head h;
    item_result r;
    char name[1024];
    int fd = fds[k % (uint64_t)n];
    if(S_read_all(fd, &h, sizeof h) != 0) {
      st->fatal = 2;
      snprintf(st->fatal_msg, sizeof st->fatal_msg, "a worker process died");
      break;
    }
    if(h.end) {
      if(h.end == 2 && h.errlen < sizeof st->fatal_msg) {
        S_read_all(fd, st->fatal_msg, h.errlen);
        st->fatal_msg[h.errlen] = '\0';
        st->fatal = 2;
      }
      done = 1;
      break;
    }
    if(h.namelen >= sizeof name || h.errlen >= sizeof r.err) {
      st->fatal = 2;
      break;
    }
    memset(&r, 0, sizeof r);
    if(S_read_all(fd, name, h.namelen) || S_read_all(fd, r.err, h.errlen)) {
      st->fatal = 2;
      break;
    }
    name[h.namelen] = '\0';
    r.err[h.errlen] = '\0';
    if(h.outlen + 1 > cap) {
      cap = h.outlen + 1;
      buf = realloc(buf, cap);
      if(!buf)
        abort();
    }
    if(h.outlen && S_read_all(fd, buf, h.outlen)) {
      st->fatal = 2;
      break;
    }
    r.status = h.status;
    r.ntriples = h.ntriples;
    r.nbytes = h.nbytes;
    if(h.outlen && fwrite(buf, 1, h.outlen, out) != h.outlen) {
      st->fatal = 1;
      snprintf(st->fatal_msg, sizeof st->fatal_msg, "%s", strerror(errno));
    }
    S_account(st, name, &r);
    if(st->fatal)
      break;
  }
  for(w = 0; w < n; w++) {
    close(fds[w]);
    if(st->fatal)
      kill(pids[w], SIGTERM);
    waitpid(pids[w], NULL, 0);
  }
  free(buf);
  free(fds);
  free(pids);
  return st->fatal ? NKG_EIO : NKG_OK;
}

typedef struct {
  run_state *st;
  nkg_items *items;
} run_job;

static int S_run(FILE *out, void *payload)
{
  run_job *job = payload;
  run_state *st = job->st;
  int rc = st->c->jobs > 1 ? S_run_parallel(out, st, st->c->jobs)
                           : S_run_serial(out, st, job->items);
  if(rc == NKG_OK && st->failed == st->articles)
    rc = NKG_EINVALID; /* nothing to write (or no article at all): leave no file */
  return rc;
}

static uint64_t S_total_bytes(char **paths, size_t n)
{
  uint64_t t = 0;
  size_t i;
  for(i = 0; i < n; i++) {
    struct stat s;
    if(strcmp(paths[i], "-") != 0 && stat(paths[i], &s) == 0 && S_ISREG(s.st_mode))
      t += (uint64_t)s.st_size;
  }
  return t;
}

int nkg_cli_extract(int argc, char **argv)
{
  extract_args c;
  nkg_options init = NKG_OPTIONS_INIT;
  nkg_view_options view_init = NKG_VIEW_OPTIONS_INIT;
  run_state st;
  run_job job;
  nkg_items *items = NULL;
  char err[512];
  int rc, exit_code;
  bool batch;

  memset(&c, 0, sizeof c);
  c.opts = init;
  c.format = "turtle";
  c.jobs = 1;
  c.view = view_init;
  if(S_parse(&c, argc, argv) != 0) {
    free(c.inputs);
    return NKG_EXIT_USAGE;
  }
  if(!nkg_format_known(c.format) && strcmp(c.format, "none") != 0) {
    fprintf(stderr, "newskg: unknown format '%s' (turtle, rdfxml, ntriples, nquads, graphml, "
                    "dot, json, none)\n", c.format);
    free(c.inputs);
    return NKG_EXIT_USAGE;
  }
  items = nkg_items_new(c.inputs, c.ninputs, c.jsonl != 0, err, sizeof err);
  if(!items) {
    free(c.inputs);
    return nkg_cli_fail(NKG_EXIT_INPUT, "input", err);
  }
  batch = c.jsonl || c.ninputs > 1 || c.jobs > 1;
  {
    size_t i;
    struct stat s;
    for(i = 0; i < c.ninputs; i++)
      if(stat(c.inputs[i], &s) == 0 && S_ISDIR(s.st_mode))
        batch = true;
      else if(strstr(c.inputs[i], ".jsonl"))
        batch = true;
  }
  if(batch && (strcmp(c.format, "rdfxml") == 0 || strcmp(c.format, "rdf") == 0 ||
                nkg_format_is_view(c.format))) {
    fprintf(stderr, "newskg: -f %s holds one article; use -f nquads (or ntriples, turtle) "
                    "for several\n", c.format);
    nkg_items_free(items);
    free(c.inputs);
    return NKG_EXIT_USAGE;
  }
  if(batch && c.opts.article_id) {
    fprintf(stderr, "newskg: --id names one article; several articles take their ids from "
                    "their fields or text\n");
    nkg_items_free(items);
    free(c.inputs);
    return NKG_EXIT_USAGE;
  }
  if(c.jobs > 1) {
    size_t i;
    bool uses_stdin = c.ninputs == 0;
    for(i = 0; i < c.ninputs; i++)
      if(strcmp(c.inputs[i], "-") == 0)
        uses_stdin = true;
    if(uses_stdin && !(c.stdin_copy = nkg_spool_stdin())) {
      nkg_items_free(items);
      free(c.inputs);
      return nkg_cli_fail(NKG_EXIT_INPUT, "<stdin>", strerror(errno));
    }
  }
  memset(&st, 0, sizeof st);
  st.c = &c;
  st.start = S_now();
  st.total_bytes = S_total_bytes(c.inputs, c.ninputs);
  job.st = &st;
  job.items = items;
  if(c.output) {
    err[0] = '\0';
    rc = nkg_cli_write_atomic(c.output, S_run, &job, err, sizeof err);
  } else {
    rc = S_run(stdout, &job);
    if(rc == NKG_OK && fflush(stdout) != 0) {
      rc = NKG_EIO;
      st.fatal = 1;
      snprintf(st.fatal_msg, sizeof st.fatal_msg, "%s", strerror(errno));
    }
  }
  if(!c.quiet && isatty(2) && st.last_progress > 0)
    fputc('\n', stderr);
  if(batch && !c.quiet && st.articles > 0) {
    double secs = S_now() - st.start;
    fprintf(stderr,
            "newskg: %" PRIu64 " articles (%" PRIu64 " failed), %" PRIu64
            " triples, %.1f MB in %.2f s (%.2f MB/s)\n",
            st.articles, st.failed, st.triples, (double)st.bytes / 1e6, secs,
            secs > 0 ? (double)st.bytes / 1e6 / secs : 0.0);
  }
  if(st.fatal == 2)
    exit_code = nkg_cli_fail(NKG_EXIT_INPUT, c.output ? c.output : "<run>", st.fatal_msg);
  else if(st.fatal || rc == NKG_EIO)
    exit_code = nkg_cli_fail(NKG_EXIT_OUTPUT, c.output ? c.output : "<stdout>",
                             st.fatal_msg[0] ? st.fatal_msg : err[0] ? err : "write error");
  else if(st.usage)
    exit_code = NKG_EXIT_USAGE;
  else if(st.articles == 0)
    exit_code = nkg_cli_fail(NKG_EXIT_INPUT, c.ninputs ? c.inputs[0] : "<stdin>",
                             "no article found (an empty folder or JSON-lines file)");
  else if(st.failed > 0 || rc != NKG_OK)
    exit_code = NKG_EXIT_INPUT;
  else
    exit_code = NKG_EXIT_OK;
  nkg_items_free(items);
  if(c.stdin_copy) {
    unlink(c.stdin_copy);
    free(c.stdin_copy);
  }
  free(c.inputs);
  return exit_code;
}
