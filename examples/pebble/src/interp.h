/*
 * The evaluator: runs a parsed program over the heap.
 *
 * Every evaluation function returns 0 on success and -1 when an error
 * (or exit()) is in flight; the error's value, location and call trace
 * are in the Interp until a try catches it or main reports it.
 */
#ifndef PEBBLE_INTERP_H
#define PEBBLE_INTERP_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"
#include "parser.h"
#include "value.h"

#define MAX_CALL_DEPTH 1000

typedef struct {
	const FuncDecl *func; /* NULL for a builtin */
	const char *builtin;
	Loc call;             /* where it was called from */
} Frame;

typedef struct Interp {
	Heap heap;
	const char *filename;
	Env *env;            /* the running function's environment */
	Value ret;           /* a return value on its way out */
	Frame *frames;
	int depth, cap_frames;
	Loc call_loc;        /* where the running builtin was called */
	/* the error in flight */
	Value thrown;        /* a message string, or what `throw` threw */
	bool is_throw;       /* thrown by the script (printed as a value) */
	Loc err_loc;
	Buf trace;           /* "  in f (file:line:col)" lines, innermost first */
	bool exiting;
	int exit_status;
	uint64_t rng;        /* random(): xorshift64* state */
} Interp;

void interp_init(Interp *I, const char *filename);
void interp_free(Interp *I);

/* Runs the program; returns 0, or -1 with an error or exit in flight. */
int interp_run(Interp *I, const Program *prog);

/* Calls a function value (a closure or a builtin) with arguments. */
int interp_call(Interp *I, Value fn, const Value *args, int nargs, Value *out);

/* Raises a runtime error at loc ("message" formatted as printf). */
int interp_error(Interp *I, Loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Prints the error in flight to stderr as "file:line:col: error: ..." with
 * its call trace.  Returns the exit status main should use. */
int interp_report(Interp *I);

/* Three-way order of two values for sorting and comparisons: numbers by
 * value (-0 before 0, NaN after everything), strings bytewise; numbers
 * before strings.  Returns false when the values cannot be ordered. */
bool value_order(Value a, Value b, int *cmp);

#endif
