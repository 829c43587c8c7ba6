/* harness.h: a tiny table-test harness (after cmark's api_test harness).
 * Each test binary calls OK/EQ_STR/EQ_INT and ends with DONE(), which prints
 * the closing line "N passed, N failed" that tests/run-all.sh adds up, and
 * exits 1 when anything failed. */
#ifndef NKG_TEST_HARNESS_H
#define NKG_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

static int nkg_t_passed, nkg_t_failed;

#define OK(cond, ...)                                                          \
  do {                                                                         \
    if(cond) {                                                                 \
      nkg_t_passed++;                                                          \
    } else {                                                                   \
      nkg_t_failed++;                                                          \
      fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);                     \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
    }                                                                          \
  } while(0)

#define EQ_STR(got, want, ...)                                                 \
  do {                                                                         \
    const char *g_ = (got), *w_ = (want);                                      \
    int ok_ = (g_ && w_) ? strcmp(g_, w_) == 0 : g_ == w_;                     \
    OK(ok_, "got \"%s\", want \"%s\"", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
    if(!ok_) {                                                                 \
      fprintf(stderr, "     case: ");                                          \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
    }                                                                          \
  } while(0)

#define EQ_INT(got, want, ...)                                                 \
  do {                                                                         \
    long long g_ = (long long)(got), w_ = (long long)(want);                   \
    OK(g_ == w_, "got %lld, want %lld", g_, w_);                               \
    if(g_ != w_) {                                                             \
      fprintf(stderr, "     case: ");                                          \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
    }                                                                          \
  } while(0)

#define DONE()                                                                 \
  do {                                                                         \
    printf("%d passed, %d failed\n", nkg_t_passed, nkg_t_failed);              \
    return nkg_t_failed ? 1 : 0;                                               \
  } while(0)

#endif
