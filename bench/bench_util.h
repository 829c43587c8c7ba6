/* bench_util.h: what the C benchmarks share (header-only: each benchmark
 * is one file compiled on its own against build/libnewskg.a). */
#ifndef NKG_BENCH_UTIL_H
#define NKG_BENCH_UTIL_H

#include <stdio.h>
#include <time.h>

#include "nkg_internal.h"

/* CPU time of this process: the figure that matters for one core, and
 * steadier than wall time on a shared machine. */
static inline double S_now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The whole file, NUL-terminated (owned); NULL when it cannot be read. */
static inline char *S_slurp(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  size_t n = 0, cap = 0, r;
  if(!f)
    return NULL;
  for(;;) {
    nkg__grow((void **)&buf, &cap, n + 65536 + 1, 1);
    r = fread(buf + n, 1, cap - n - 1, f);
    if(r == 0)
      break;
    n += r;
  }
  fclose(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}

#endif
