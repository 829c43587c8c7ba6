/* tokfloor.c: a floor for newskg's speed: read a text file and run only the
 * tokenizer and sentence splitter over it, in 1 MB pieces cut at line ends.
 * Usage: tokfloor FILE  (prints tokens and seconds). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nkg_internal.h"

int main(int argc, char **argv)
{
  FILE *f;
  char *buf;
  long size;
  size_t off = 0, total = 0;
  struct timespec a, b;
  if(argc != 2 || !(f = fopen(argv[1], "rb"))) {
    fprintf(stderr, "usage: tokfloor FILE\n");
    return 2;
  }
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  rewind(f);
  buf = nkg_xmalloc((size_t)size + 1);
  if(fread(buf, 1, (size_t)size, f) != (size_t)size)
    return 1;
  fclose(f);
  clock_gettime(CLOCK_MONOTONIC, &a);
  while(off < (size_t)size) {
    size_t end = off + (1u << 20) < (size_t)size ? off + (1u << 20) : (size_t)size;
    nkg_token *t = NULL;
    nkg_sentence *s = NULL;
    size_t nt = 0, ns = 0;
    while(end < (size_t)size && buf[end] != '\n')
      end++;
    nkg_token__scan(buf + off, end - off, &t, &nt, &s, &ns);
    total += nt;
    free(t);
    free(s);
    off = end + 1;
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("%zu tokens in %.3f s\n", total,
         (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9);
  free(buf);
  return 0;
}
