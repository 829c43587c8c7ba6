/* cli.h: what the newskg subcommands share. The CLI uses only newskg.h. */
#ifndef NKG_CLI_H
#define NKG_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "newskg.h"

/* Exit codes (README "Exit codes"). */
enum {
  NKG_EXIT_OK = 0,
  NKG_EXIT_INPUT = 1,  /* input rejected or not processed */
  NKG_EXIT_USAGE = 2,  /* bad option or value */
  NKG_EXIT_OUTPUT = 3  /* output could not be written */
};

/* Prints "newskg: WHAT: msg" on stderr and returns code. */
int nkg_cli_fail(int code, const char *what, const char *msg);

/* Reads all of f into a new NUL-terminated buffer (free()); stops after
 * limit + 1 bytes. NULL with errno set on failure. */
char *nkg_cli_slurp(FILE *f, size_t limit, size_t *len);

/* Writes a file atomically: fn writes into a temporary file next to path,
 * which is renamed over path only when fn returns 0 and the data reached
 * the disk. On failure nothing is left behind and path is untouched.
 * Returns fn's status, or NKG_EIO when the file system failed (message in
 * err). */
int nkg_cli_write_atomic(const char *path, int (*fn)(FILE *out, void *payload), void *payload,
                         char *err, size_t errlen);

/* Option helpers: is a the short or long spelling (short may be NULL)? */
int nkg_cli_is_opt(const char *a, const char *short_opt, const char *long_opt);

/* Where the gazetteer comes from: --lexicon DIR replaces the built-in
 * folder, each --gazetteer FILE adds a file to it. */
#define NKG_CLI_MAX_GAZETTEERS 16
typedef struct {
  const char *dir;
  const char *files[NKG_CLI_MAX_GAZETTEERS];
  size_t nfiles;
  const char *overflow; /* a 17th --gazetteer: refused by nkg_cli_ctx_new */
} nkg_cli_lexicon;

/* The options every subcommand that extracts articles takes: --base,
 * --date, --id, --lexicon, --gazetteer (values) and --no-header (a flag).
 * Returns 1 when a is one of them, with *value set to the slot the next
 * argument fills (NULL for the flag), 0 otherwise. */
int nkg_cli_extract_option(const char *a, nkg_options *opts, nkg_cli_lexicon *lex,
                           const char ***value);

/* One entry of a subcommand's option table. Exactly one of value (the
 * next argument is stored there) and flag (set to 1) is non-NULL. The table
 * ends with {NULL, NULL, NULL, NULL}. */
typedef struct {
  const char *short_opt; /* NULL: long spelling only */
  const char *long_opt;
  const char **value;
  int *flag;
} nkg_cli_opt;

/* Parses argv[first..argc) for the subcommand cmd: -h/--help, the options
 * of table, the extraction options (nkg_cli_extract_option), and inputs,
 * stored in inputs (room for argc - first entries, borrowed from argv) and
 * counted in *ninputs. Returns 0; 1 after printing usage on stdout for
 * -h/--help; -1 after a one-line error on stderr (unknown option, missing
 * value). */
int nkg_cli_parse(const char **inputs, size_t *ninputs, nkg_options *opts, nkg_cli_lexicon *lex,
                  const nkg_cli_opt *table, const char *cmd, void (*usage)(FILE *f), int argc,
                  char **argv, int first);

/* A context with lex's gazetteers; NULL with the reason in err. */
nkg_ctx *nkg_cli_ctx_new(const nkg_cli_lexicon *lex, char *err, size_t errlen);

/* The subcommands: extract (default), query, store and load. */
int nkg_cli_extract(int argc, char **argv);
int nkg_cli_query(int argc, char **argv);
int nkg_cli_store(int argc, char **argv);
int nkg_cli_load(int argc, char **argv);

#endif
