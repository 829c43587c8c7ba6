/* batch.h: the inputs of one run (files, directories, stdin, JSON lines)
 * as a sequence of articles, the same in every worker process. */
#ifndef NKG_CLI_BATCH_H
#define NKG_CLI_BATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { NKG_ITEM_TEXT, NKG_ITEM_HTML, NKG_ITEM_JSON } nkg_item_kind;

/* One article to process (borrowed until the next call). */
typedef struct {
  nkg_item_kind kind;
  const char *path;  /* the file it came from ("<stdin>") */
  size_t line;       /* line number for JSON lines, else 0 */
  char *data;        /* NUL-terminated */
  size_t len;
  int read_error;    /* errno when the item could not be read, else 0 */
} nkg_item;

typedef struct nkg_items nkg_items;

/* Expands paths (files, directories recursively in name order, "-" for
 * stdin) into a sequence. jsonl: every input is JSON lines (files ending in
 * .jsonl always are). Returns NULL and writes a message into err when a path
 * does not exist. */
nkg_items *nkg_items_new(char **paths, size_t npaths, bool jsonl, char *err, size_t errlen);

/* Reads "-" from the file stdin_path instead of standard input (a copy made
 * by nkg_spool_stdin, so several worker processes can read it); messages
 * still say <stdin>. */
void nkg_items_set_stdin(nkg_items *it, const char *stdin_path);
void nkg_items_free(nkg_items *it);

/* The next article, or NULL at the end. */
const nkg_item *nkg_items_next(nkg_items *it);

/* Copies standard input into a new temporary file; returns its path (the
 * caller unlinks and frees it), or NULL with errno. */
char *nkg_spool_stdin(void);

#endif
