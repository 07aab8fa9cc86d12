/*
 * The parser: a script's text to a syntax tree whose names are resolved.
 */
#ifndef PEBBLE_PARSER_H
#define PEBBLE_PARSER_H

#include "ast.h"
#include "value.h"

typedef struct ArenaBlock ArenaBlock;

/* A parsed script.  Its nodes live in one arena, freed together. */
typedef struct {
	ArenaBlock *arena;
	FuncDecl *main; /* the top level, run as a function of no parameters */
} Program;

/* Parses src (len bytes); on failure returns false with a message
 * "line:col: message" in err (errsize bytes).  String constants are
 * allocated in heap and kept alive through heap->consts. */
bool parse_program(Program *prog, Heap *heap, const char *src, size_t len,
		   char *err, size_t errsize);
void program_free(Program *prog);

#endif
