/* main.c: the newskg command line: picks the subcommand. Each subcommand
 * lives in src/cli/ and uses only newskg.h.
 *
 * Exit codes: 0 ok, 1 the input was rejected or could not be processed,
 * 2 usage error, 3 the output could not be written. Every error is one line
 * on stderr: "newskg: FILE: message". */
#include <string.h>

#include "cli/cli.h"

int main(int argc, char **argv)
{
  if(argc > 1 && strcmp(argv[1], "query") == 0)
    return nkg_cli_query(argc, argv);
  if(argc > 1 && strcmp(argv[1], "store") == 0)
    return nkg_cli_store(argc, argv);
  if(argc > 1 && strcmp(argv[1], "load") == 0)
    return nkg_cli_load(argc, argv);
  return nkg_cli_extract(argc, argv);
}
