/* replay.c: a main() for a libFuzzer target, so the seeds and saved crashes
 * replay under gcc without libFuzzer (libgit2 fuzzers/standalone_driver.c).
 *
 *   replay_pipeline FILE|DIR...   runs LLVMFuzzerTestOneInput once per file
 *
 * Directories are read one level deep, in sorted order. Exit 0 when every
 * input ran (a crash aborts the process, which is the failure signal), 1 when
 * an argument cannot be read. Prints "replayed N inputs".
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Targets without an Initialize get this one (weak: a target's own
 * definition wins). */
__attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  return 0;
}

static int S_run_file(const char *path)
{
  FILE *f = fopen(path, "rb");
  uint8_t *buf = NULL;
  long n;
  size_t got;
  int rc = -1;

  if(!f) {
    fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
    return -1;
  }
  if(fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fprintf(stderr, "replay: %s: cannot size the file\n", path);
    goto cleanup;
  }
  /* An exact-size heap copy, so ASan sees reads past the end. */
  buf = malloc(n > 0 ? (size_t)n : 1);
  if(!buf) {
    fprintf(stderr, "replay: %s: out of memory\n", path);
    goto cleanup;
  }
  got = fread(buf, 1, (size_t)n, f);
  if(got != (size_t)n) {
    fprintf(stderr, "replay: %s: short read\n", path);
    goto cleanup;
  }
  (void)LLVMFuzzerTestOneInput(buf, got);
  rc = 0;
cleanup:
  free(buf);
  fclose(f);
  return rc;
}

static int S_cmp_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs every regular file in dir; returns the number run, or -1. */
static long S_run_dir(const char *dir)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  char **names = NULL;
  size_t n = 0, cap = 0, i;
  long count = 0;
  int failed = 0;

  if(!d) {
    fprintf(stderr, "replay: %s: %s\n", dir, strerror(errno));
    return -1;
  }
  while((e = readdir(d)) != NULL) {
    struct stat st;
    size_t len = strlen(dir) + strlen(e->d_name) + 2;
    char *p;
    if(e->d_name[0] == '.')
      continue;
    p = malloc(len);
    if(!p)
      abort();
    snprintf(p, len, "%s/%s", dir, e->d_name);
    if(stat(p, &st) != 0 || !S_ISREG(st.st_mode)) {
      free(p);
      continue;
    }
    if(n == cap) {
      char **grown;
      cap = cap ? cap * 2 : 64;
      grown = realloc(names, cap * sizeof *names);
      if(!grown)
        abort();
      names = grown;
    }
    names[n++] = p;
  }
  closedir(d);
  if(n)
    qsort(names, n, sizeof *names, S_cmp_names);
  for(i = 0; i < n; i++) {
    if(S_run_file(names[i]) == 0)
      count++;
    else
      failed = 1; /* keep going: report every unreadable file */
    free(names[i]);
  }
  free(names);
  return failed ? -1 : count;
}

int main(int argc, char **argv)
{
  long total = 0;
  int i, rc = 0;

  LLVMFuzzerInitialize(&argc, &argv);
  for(i = 1; i < argc; i++) {
    struct stat st;
    if(stat(argv[i], &st) != 0) {
      fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno));
      rc = 1;
    } else if(S_ISDIR(st.st_mode)) {
      long k = S_run_dir(argv[i]);
      if(k < 0)
        rc = 1;
      else
        total += k;
    } else if(S_run_file(argv[i]) == 0)
      total++;
    else
      rc = 1;
  }
  printf("replayed %ld inputs\n", total);
  return rc;
}
