/* gazetteer_speed.c: load time and matching speed of the gazetteer.
 *
 *   build/bench/gazetteer_speed [-r ROUNDS] [-v] GAZ.tsv [GAZ2.tsv ...] -- TEXT [TEXT ...]
 *
 * Prints the load time of the gazetteer files, then tokenizes each text once
 * and runs the longest-match scan over every token ROUNDS times (skipping
 * past matches, as the pipeline does), reporting MB/s of text for matching
 * alone and for tokenizing + matching. -v prints every match. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_util.h"

static double S_wall(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
  nkg_gazetteer *g = NULL;
  char err[512];
  int i = 1, rounds = 5, verbose = 0, r;
  double t0, w0, t_load, w_load, t_match = 0, t_tok = 0;
  size_t bytes = 0, matches = 0, tokens = 0;

  for(; i < argc && argv[i][0] == '-' && strcmp(argv[i], "--"); i++) {
    if(!strcmp(argv[i], "-r") && i + 1 < argc)
      rounds = atoi(argv[++i]);
    else if(!strcmp(argv[i], "-v"))
      verbose = 1;
  }
  t0 = S_now();
  w0 = S_wall();
  for(; i < argc && strcmp(argv[i], "--"); i++)
    if(nkg_gazetteer__load(&g, argv[i], err, sizeof err) != NKG_OK) {
      fprintf(stderr, "gazetteer_speed: %s\n", err);
      return 1;
    }
  t_load = S_now() - t0;
  w_load = S_wall() - w0;
  printf("load: %.3f s cpu (%.3f s wall), %zu names\n", t_load, w_load, nkg_gazetteer__size(g));
  for(i++; i < argc; i++) {
    size_t len = 0, ntok = 0, k;
    char *text = S_slurp(argv[i], &len);
    nkg_token *toks = NULL;
    if(!text) {
      fprintf(stderr, "gazetteer_speed: cannot read %s\n", argv[i]);
      return 1;
    }
    t0 = S_now();
    nkg_token__scan(text, len, &toks, &ntok, NULL, NULL);
    t_tok += S_now() - t0;
    for(r = 0; r < rounds; r++) {
      t0 = S_now();
      for(k = 0; k < ntok;) {
        const nkg_gaz_entry *const *c;
        size_t nc, m = nkg_gazetteer__match(g, text, toks, ntok, k, &c, &nc);
        if(m) {
          if(verbose && r == 0)
            printf("%.*s\t%s\t%s\t%zu cands\n", (int)(toks[k + m - 1].end - toks[k].start),
                   text + toks[k].start, c[0]->qid, c[0]->type, nc);
          matches++;
          k += m;
        } else
          k++;
      }
      t_match += S_now() - t0;
    }
    bytes += len;
    tokens += ntok;
    free(toks);
    free(text);
  }
  if(bytes && rounds > 0) {
    double mb = (double)bytes / 1e6;
    printf("text: %.2f MB, %zu tokens, %zu matches/round\n", mb, tokens,
           matches / (size_t)rounds);
    printf("match: %.1f MB/s cpu (%.3f s/round); tokenize+match: %.1f MB/s\n",
           mb * rounds / t_match, t_match / rounds, mb / (t_tok + t_match / rounds));
  }
  nkg_gazetteer__free(g);
  return 0;
}
