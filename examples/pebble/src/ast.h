/*
 * The syntax tree.  Names are resolved while parsing: a local is a slot in
 * an environment some number of function levels up; anything else is a
 * global, looked up by name when it runs (so top-level functions may call
 * each other in any order).
 */
#ifndef PEBBLE_AST_H
#define PEBBLE_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lexer.h"
#include "value.h"

typedef struct {
	int line, col;
} Loc;

typedef enum {
	/* expressions */
	N_NUM, N_STR, N_NIL, N_TRUE, N_FALSE,
	N_LOCAL, N_GLOBAL,
	N_LIST, N_MAP,
	N_BINARY, N_AND, N_OR, N_NOT, N_NEG, N_COND,
	N_CALL, N_INDEX, N_ASSIGN, N_FUNC,
	/* statements */
	N_LET, N_EXPR, N_BLOCK, N_IF, N_WHILE, N_FOR, N_FORIN, N_RETURN,
	N_BREAK, N_CONTINUE, N_TRY, N_THROW,
} NodeKind;

typedef struct Node Node;

typedef struct {
	Node **items;
	size_t len, cap;
} NodeList;

typedef struct FuncDecl {
	char *name;         /* NULL for an anonymous function */
	int nparams;
	uint32_t nslots;    /* parameters first, then every local */
	Node *body;
	Loc loc;
} FuncDecl;

struct Node {
	NodeKind kind;
	Loc loc;
	TokenKind op;        /* N_BINARY, N_ASSIGN (T_ASSIGN or a compound one) */
	double num;          /* N_NUM */
	Value str;           /* N_STR: a constant string (rooted in Heap.consts) */
	char *name;          /* N_GLOBAL, N_LET/N_FORIN of a global, for messages */
	uint32_t depth, slot; /* N_LOCAL; N_LET/N_FORIN/N_TRY of a local */
	bool global;         /* N_LET, N_FORIN: the variable is a global */
	Node *a, *b, *c, *d; /* operands, conditions, bodies (by kind) */
	NodeList list;       /* N_LIST, N_MAP (key, value pairs), N_CALL args, N_BLOCK */
	FuncDecl *func;      /* N_FUNC; N_LET of a named function */
};

#endif
