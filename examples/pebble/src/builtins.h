/*
 * Built-in functions: one registry, filled from the library modules
 * (core, strings, math, files).  A builtin gets its arguments as an array
 * and returns 0 with *out set, or -1 with an error raised.
 */
#ifndef PEBBLE_BUILTINS_H
#define PEBBLE_BUILTINS_H

#include "value.h"

struct Interp;

typedef int (*BuiltinFn)(struct Interp *I, Value *args, int nargs, Value *out);

typedef struct {
	const char *name;
	BuiltinFn fn;
	int min_args, max_args; /* max -1: any number */
} Builtin;

/* Each library's table ends with a {NULL} entry. */
extern const Builtin core_builtins[];
extern const Builtin string_builtins[];
extern const Builtin math_builtins[];
extern const Builtin io_builtins[];

/* Defines every builtin (and the constants) as globals. */
void builtins_register(struct Interp *I);
const Builtin *builtin_get(int index);
const char *builtin_name(int index);

/* Sets ARGS to the script's arguments. */
void builtins_set_args(struct Interp *I, char **argv, int argc);

/* Argument checks: each raises "NAME: argument N must be ..." on failure
 * (NAME is the running builtin's) and returns -1. */
int arg_num(struct Interp *I, const Value *args, int i, double *out);
int arg_int(struct Interp *I, const Value *args, int i, long long *out);
int arg_str(struct Interp *I, const Value *args, int i, Str **out);
int arg_list(struct Interp *I, const Value *args, int i, List **out);
int arg_map(struct Interp *I, const Value *args, int i, Map **out);

/* An error from the running builtin, prefixed with its name. */
int builtin_error(struct Interp *I, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The text of a value as print() shows it, as a new string. */
Str *value_to_str(struct Interp *I, Value v);

#endif
