/* timex_speed.c: speed of the time-expression stage alone.
 *
 *   timex_speed [-r ROUNDS] [-d DUMP] [-n] [-s] RECORDS
 *
 * RECORDS holds the articles as bench/timex-speed writes them: for each one
 * a header line "DATE LEN\n" (DATE = YYYY-MM-DD or "-" for none) and then
 * LEN bytes of text. Every text is tokenized once (sentences guide tense
 * decisions, as in the pipeline); then nkg_timex__find runs over all of
 * them ROUNDS times and the best round gives MB/s of text (CPU time, one
 * core). -d writes every expression found (article, byte offsets, type,
 * value, direction, anchored) to DUMP, to compare two builds. -n drops the
 * DCTs (relative expressions get X-filled values), -s the sentences (the
 * stage then splits them itself): the other paths of the stage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_util.h"

typedef struct {
  const char *text;
  size_t len;
  nkg_dct dct;
  nkg_sentence *sents;
  size_t nsent;
  nkg_token *toks;
  size_t ntok;
} S_doc;

static const char *const S_type[] = {"DATE", "TIME", "DURATION", "SET"};

int main(int argc, char **argv)
{
  const char *dump = NULL, *path = NULL;
  int rounds = 5, r, a;
  bool no_dct = false, no_sents = false;
  char *buf;
  size_t blen, pos = 0, ndoc = 0, cap = 0, bytes = 0, k, found = 0;
  S_doc *docs = NULL;
  double best = 0;

  for(a = 1; a < argc; a++) {
    if(!strcmp(argv[a], "-r") && a + 1 < argc)
      rounds = atoi(argv[++a]);
    else if(!strcmp(argv[a], "-d") && a + 1 < argc)
      dump = argv[++a];
    else if(!strcmp(argv[a], "-n"))
      no_dct = true;
    else if(!strcmp(argv[a], "-s"))
      no_sents = true;
    else if(argv[a][0] != '-' && !path)
      path = argv[a];
    else {
      fprintf(stderr, "usage: timex_speed [-r ROUNDS] [-d DUMP] [-n] [-s] RECORDS\n");
      return 2;
    }
  }
  if(!path) {
    fprintf(stderr, "usage: timex_speed [-r ROUNDS] [-d DUMP] [-n] [-s] RECORDS\n");
    return 2;
  }
  buf = S_slurp(path, &blen);
  if(!buf) {
    fprintf(stderr, "timex_speed: %s: cannot read\n", path);
    return 1;
  }
  while(pos < blen) {
    char date[32];
    unsigned long n;
    char *nl = memchr(buf + pos, '\n', blen - pos);
    S_doc d;
    char head[64];
    /* sscanf on the whole buffer would measure its length every time */
    if(nl && (size_t)(nl - (buf + pos)) < sizeof head) {
      memcpy(head, buf + pos, (size_t)(nl - (buf + pos)));
      head[nl - (buf + pos)] = '\0';
    } else {
      head[0] = '\0';
    }
    if(!nl || sscanf(head, "%31s %lu", date, &n) != 2 || n > blen - (size_t)(nl + 1 - buf)) {
      fprintf(stderr, "timex_speed: %s: bad record at byte %zu\n", path, pos);
      return 1;
    }
    memset(&d, 0, sizeof d);
    d.text = nl + 1;
    d.len = n;
    if(strcmp(date, "-") && !no_dct)
      nkg_timex__parse_iso(date, &d.dct);
    nkg_token__scan(d.text, d.len, &d.toks, &d.ntok, &d.sents, &d.nsent);
    if(ndoc == cap) {
      cap = cap ? 2 * cap : 1024;
      docs = realloc(docs, cap * sizeof *docs);
      if(!docs)
        return 1;
    }
    docs[ndoc++] = d;
    bytes += n;
    pos = (size_t)(nl + 1 - buf) + n;
  }

  for(r = 0; r < rounds + (dump ? 1 : 0); r++) {
    double t0 = S_now(), t;
    FILE *f = NULL;
    found = 0;
    if(r == 0 && dump && !(f = fopen(dump, "w"))) {
      fprintf(stderr, "timex_speed: %s: cannot write\n", dump);
      return 1;
    }
    for(k = 0; k < ndoc; k++) {
      nkg_timex *x = NULL;
      size_t nx = 0, q;
      nkg_timex__find(&x, &nx, docs[k].text, docs[k].len, no_sents ? NULL : docs[k].sents,
                      no_sents ? 0 : docs[k].nsent,
                      docs[k].toks, docs[k].ntok, &docs[k].dct);
      found += nx;
      if(f)
        for(q = 0; q < nx; q++)
          fprintf(f, "%zu\t%zu\t%zu\t%s\t%s\t%d\t%d\n", k, x[q].start, x[q].end,
                  S_type[x[q].type], x[q].value, x[q].direction, x[q].anchored ? 1 : 0);
      free(x);
    }
    t = S_now() - t0;
    if(f) {
      fclose(f);
      continue; /* the dumping round is not timed */
    }
    if(best == 0 || t < best)
      best = t;
  }
  printf("articles: %zu\nbytes: %zu\nexpressions: %zu\n", ndoc, bytes, found);
  if(best > 0)
    printf("timex: %.3f s cpu (best of %d), %.1f MB/s\n", best, rounds, bytes / best / 1e6);
  for(k = 0; k < ndoc; k++) {
    free(docs[k].toks);
    free(docs[k].sents);
  }
  free(docs);
  free(buf);
  return 0;
}
