/*
 * A recursive-descent parser with precedence climbing for binary
 * operators.  Scopes are tracked while parsing so every name is resolved
 * to a slot (depth, index) or to a global.
 *
 * Precedence, loosest first: ?:  ||  &&  == !=  < <= > >=  + -  * / %
 * unary - !  **  (right-associative, binds tighter than unary minus on its
 * left: -2**2 is -4)  postfix call, index, field.
 */
#include "parser.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct ArenaBlock {
	ArenaBlock *next;
	size_t used, cap;
	_Alignas(16) unsigned char data[];
};

static void *arena_alloc(ArenaBlock **arena, size_t size)
{
	size = (size + 15) & ~(size_t)15;
	ArenaBlock *b = *arena;
	if (!b || b->cap - b->used < size) {
		size_t cap = size > 16384 ? size : 16384;
		b = xmalloc(sizeof *b + cap);
		b->next = *arena;
		b->used = 0;
		b->cap = cap;
		*arena = b;
	}
	void *p = b->data + b->used;
	b->used += size;
	memset(p, 0, size);
	return p;
}

void program_free(Program *prog)
{
	ArenaBlock *b = prog->arena;
	while (b) {
		ArenaBlock *next = b->next;
		free(b);
		b = next;
	}
	prog->arena = NULL;
	prog->main = NULL;
}

/* --- scopes -------------------------------------------------------------- */

typedef struct {
	const char *name;
	size_t len;
	int scope;     /* block depth it was declared at */
	uint32_t slot; /* in the function's environment */
} Local;

typedef struct FuncState {
	struct FuncState *enclosing;
	FuncDecl *decl;
	Local *locals;
	size_t nlocals, cap;
	int scope;       /* current block depth inside this function */
	bool toplevel;   /* the script itself: depth-0 lets are globals */
	int loops;       /* enclosing loops, for break/continue */
} FuncState;

typedef struct {
	Lexer lx;
	Token tok, prev;
	bool failed;
	char *err;
	size_t errsize;
	Heap *heap;
	ArenaBlock **arena;
	FuncState *fs;
} Parser;

static void error_at(Parser *p, int line, int col, const char *fmt, ...)
{
	if (p->failed)
		return;
	p->failed = true;
	int n = snprintf(p->err, p->errsize, "%d:%d: error: ", line, col);
	if (n < 0 || (size_t)n >= p->errsize)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(p->err + n, p->errsize - (size_t)n, fmt, ap);
	va_end(ap);
}

/* A string token owns its decoded text until primary() takes it. */
static void advance(Parser *p)
{
	if (p->tok.kind == T_STRING)
		free(p->tok.text);
	p->prev = p->tok;
	p->prev.text = NULL;
	if (p->failed) {
		p->tok.kind = T_EOF;
		return;
	}
	p->tok = lexer_next(&p->lx);
	if (p->tok.kind == T_ERROR) {
		error_at(p, p->tok.line, p->tok.col, "%.*s", (int)p->tok.len, p->tok.start);
		p->tok.kind = T_EOF;
	}
}

static bool check(Parser *p, TokenKind k)
{
	return p->tok.kind == k;
}

static bool accept(Parser *p, TokenKind k)
{
	if (!check(p, k))
		return false;
	advance(p);
	return true;
}

static void describe_tok(const Token *t, char *buf, size_t size)
{
	if (t->kind == T_NAME || t->kind == T_NUMBER)
		snprintf(buf, size, "'%.*s'", (int)(t->len > 40 ? 40 : t->len), t->start);
	else
		snprintf(buf, size, "%s", token_describe(t->kind));
}

static bool expect(Parser *p, TokenKind k, const char *where)
{
	if (accept(p, k))
		return true;
	char got[64];
	describe_tok(&p->tok, got, sizeof got);
	error_at(p, p->tok.line, p->tok.col, "expected %s %s, got %s", token_describe(k), where, got);
	return false;
}

static Node *new_node(Parser *p, NodeKind kind, const Token *at)
{
	Node *n = arena_alloc(p->arena, sizeof *n);
	n->kind = kind;
	n->loc.line = at->line;
	n->loc.col = at->col;
	return n;
}

static char *arena_strndup(Parser *p, const char *s, size_t len)
{
	char *d = arena_alloc(p->arena, len + 1);
	memcpy(d, s, len);
	d[len] = '\0';
	return d;
}

/* Node lists grow on the C heap while parsing and move to the arena. */
static void nl_push(NodeList *l, Node *n)
{
	if (l->len == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		l->items = xrealloc(l->items, l->cap * sizeof *l->items);
	}
	l->items[l->len++] = n;
}

static void nl_seal(Parser *p, NodeList *l)
{
	Node **items = arena_alloc(p->arena, (l->len ? l->len : 1) * sizeof *items);
	if (l->len)
		memcpy(items, l->items, l->len * sizeof *items);
	free(l->items);
	l->items = items;
	l->cap = l->len;
}

static void nl_discard(NodeList *l)
{
	free(l->items);
	l->items = NULL;
	l->len = l->cap = 0;
}

static void begin_scope(Parser *p)
{
	p->fs->scope++;
}

static void end_scope(Parser *p)
{
	FuncState *fs = p->fs;
	while (fs->nlocals && fs->locals[fs->nlocals - 1].scope == fs->scope)
		fs->nlocals--;
	fs->scope--;
}

/* The key of a global in Heap.globals: a constant string. */
static Value global_key(Parser *p, const Token *name)
{
	Value key = v_obj(str_new(p->heap, name->start, name->len));
	list_push(p->heap->consts, key);
	return key;
}

/* Declares a variable named by tok in the current scope; fills in the
 * node's global/name/slot fields. */
static void declare(Parser *p, Node *n, const Token *name)
{
	FuncState *fs = p->fs;
	if (fs->toplevel && fs->scope == 0) {
		n->global = true;
		n->name = arena_strndup(p, name->start, name->len);
		n->str = global_key(p, name);
		return;
	}
	for (size_t i = fs->nlocals; i-- > 0;) {
		Local *l = &fs->locals[i];
		if (l->scope < fs->scope)
			break;
		if (l->len == name->len && memcmp(l->name, name->start, name->len) == 0) {
			error_at(p, name->line, name->col, "'%.*s' is already declared in this block",
				 (int)name->len, name->start);
			return;
		}
	}
	if (fs->nlocals == fs->cap) {
		fs->cap = fs->cap ? fs->cap * 2 : 16;
		fs->locals = xrealloc(fs->locals, fs->cap * sizeof *fs->locals);
	}
	n->global = false;
	n->name = arena_strndup(p, name->start, name->len);
	n->slot = fs->decl->nslots++;
	n->depth = 0;
	fs->locals[fs->nlocals++] = (Local){name->start, name->len, fs->scope, n->slot};
}

static bool resolve_in(const FuncState *fs, const Token *name, uint32_t *slot)
{
	for (size_t i = fs->nlocals; i-- > 0;) {
		const Local *l = &fs->locals[i];
		if (l->len == name->len && memcmp(l->name, name->start, name->len) == 0) {
			*slot = l->slot;
			return true;
		}
	}
	return false;
}

static Node *resolve_name(Parser *p, const Token *name)
{
	uint32_t depth = 0;
	for (FuncState *fs = p->fs; fs; fs = fs->enclosing, depth++) {
		uint32_t slot;
		if (resolve_in(fs, name, &slot)) {
			Node *n = new_node(p, N_LOCAL, name);
			n->depth = depth;
			n->slot = slot;
			n->name = arena_strndup(p, name->start, name->len);
			return n;
		}
	}
	Node *n = new_node(p, N_GLOBAL, name);
	n->name = arena_strndup(p, name->start, name->len);
	n->str = global_key(p, name);
	return n;
}

/* --- expressions ----------------------------------------------------------- */

static Node *expression(Parser *p);
static Node *statement(Parser *p);
static Node *block(Parser *p);
static FuncDecl *function_rest(Parser *p, const Token *at, char *name);

static Node *primary(Parser *p)
{
	Token t = p->tok;
	switch (t.kind) {
	case T_NUMBER: {
		advance(p);
		Node *n = new_node(p, N_NUM, &t);
		n->num = t.number;
		return n;
	}
	case T_STRING: {
		p->tok.text = NULL; /* t owns it now */
		advance(p);
		Node *n = new_node(p, N_STR, &t);
		Str *s = str_new(p->heap, t.text, t.text_len);
		free(t.text);
		n->str = v_obj(s);
		list_push(p->heap->consts, n->str);
		return n;
	}
	case T_NIL:
		advance(p);
		return new_node(p, N_NIL, &t);
	case T_TRUE:
		advance(p);
		return new_node(p, N_TRUE, &t);
	case T_FALSE:
		advance(p);
		return new_node(p, N_FALSE, &t);
	case T_NAME:
		advance(p);
		return resolve_name(p, &t);
	case T_LPAREN: {
		advance(p);
		Node *e = expression(p);
		expect(p, T_RPAREN, "after parenthesized expression");
		return e;
	}
	case T_LBRACKET: {
		advance(p);
		Node *n = new_node(p, N_LIST, &t);
		while (!p->failed && !check(p, T_RBRACKET)) {
			nl_push(&n->list, expression(p));
			if (!accept(p, T_COMMA))
				break;
		}
		expect(p, T_RBRACKET, "at the end of a list");
		nl_seal(p, &n->list);
		return n;
	}
	case T_LBRACE: {
		advance(p);
		Node *n = new_node(p, N_MAP, &t);
		while (!p->failed && !check(p, T_RBRACE)) {
			Node *key;
			if (check(p, T_NAME)) {
				/* {name: v} is {"name": v} */
				Token k = p->tok;
				advance(p);
				key = new_node(p, N_STR, &k);
				key->str = v_obj(str_new(p->heap, k.start, k.len));
				list_push(p->heap->consts, key->str);
			} else {
				key = expression(p);
			}
			nl_push(&n->list, key);
			expect(p, T_COLON, "after a map key");
			nl_push(&n->list, expression(p));
			if (!accept(p, T_COMMA))
				break;
		}
		expect(p, T_RBRACE, "at the end of a map");
		nl_seal(p, &n->list);
		return n;
	}
	case T_FN: {
		advance(p);
		Node *n = new_node(p, N_FUNC, &t);
		n->func = function_rest(p, &t, NULL);
		return n;
	}
	default: {
		char got[64];
		describe_tok(&t, got, sizeof got);
		error_at(p, t.line, t.col, "expected an expression, got %s", got);
		return new_node(p, N_NIL, &t);
	}
	}
}

static Node *postfix(Parser *p)
{
	Node *e = primary(p);
	while (!p->failed) {
		Token t = p->tok;
		if (accept(p, T_LPAREN)) {
			Node *call = new_node(p, N_CALL, &t);
			call->loc = e->loc;
			call->a = e;
			while (!p->failed && !check(p, T_RPAREN)) {
				nl_push(&call->list, expression(p));
				if (!accept(p, T_COMMA))
					break;
			}
			expect(p, T_RPAREN, "after the arguments");
			nl_seal(p, &call->list);
			e = call;
		} else if (accept(p, T_LBRACKET)) {
			Node *ix = new_node(p, N_INDEX, &t);
			ix->a = e;
			ix->b = expression(p);
			expect(p, T_RBRACKET, "after an index");
			e = ix;
		} else if (accept(p, T_DOT)) {
			Token name = p->tok;
			if (!expect(p, T_NAME, "after '.'"))
				break;
			Node *ix = new_node(p, N_INDEX, &t);
			ix->a = e;
			ix->b = new_node(p, N_STR, &name);
			ix->b->str = v_obj(str_new(p->heap, name.start, name.len));
			list_push(p->heap->consts, ix->b->str);
			e = ix;
		} else {
			break;
		}
	}
	return e;
}

static Node *unary(Parser *p);

static Node *power(Parser *p)
{
	Node *base = postfix(p);
	Token t = p->tok;
	if (accept(p, T_STARSTAR)) {
		Node *n = new_node(p, N_BINARY, &t);
		n->op = T_STARSTAR;
		n->a = base;
		n->b = unary(p); /* right-associative; 2**-1 works */
		return n;
	}
	return base;
}

static Node *unary(Parser *p)
{
	Token t = p->tok;
	if (accept(p, T_MINUS)) {
		Node *n = new_node(p, N_NEG, &t);
		n->a = unary(p);
		return n;
	}
	if (accept(p, T_NOT)) {
		Node *n = new_node(p, N_NOT, &t);
		n->a = unary(p);
		return n;
	}
	return power(p);
}

static int binary_prec(TokenKind k)
{
	switch (k) {
	case T_OR: return 1;
	case T_AND: return 2;
	case T_EQ: case T_NE: return 3;
	case T_LT: case T_LE: case T_GT: case T_GE: return 4;
	case T_PLUS: case T_MINUS: return 5;
	case T_STAR: case T_SLASH: case T_PERCENT: return 6;
	default: return 0;
	}
}

static Node *binary(Parser *p, int min_prec)
{
	Node *left = unary(p);
	for (;;) {
		Token t = p->tok;
		int prec = binary_prec(t.kind);
		if (prec == 0 || prec < min_prec || p->failed)
			return left;
		advance(p);
		Node *right = binary(p, prec + 1);
		NodeKind kind = t.kind == T_AND ? N_AND : t.kind == T_OR ? N_OR : N_BINARY;
		Node *n = new_node(p, kind, &t);
		n->op = t.kind;
		n->a = left;
		n->b = right;
		left = n;
	}
}

static Node *conditional(Parser *p)
{
	Node *cond = binary(p, 1);
	Token t = p->tok;
	if (!accept(p, T_QUESTION))
		return cond;
	Node *n = new_node(p, N_COND, &t);
	n->a = cond;
	n->b = expression(p);
	expect(p, T_COLON, "in a conditional expression");
	n->c = conditional(p);
	return n;
}

static bool is_assign_op(TokenKind k)
{
	return k == T_ASSIGN || k == T_PLUS_ASSIGN || k == T_MINUS_ASSIGN ||
	       k == T_STAR_ASSIGN || k == T_SLASH_ASSIGN || k == T_PERCENT_ASSIGN;
}

static Node *expression(Parser *p)
{
	Node *target = conditional(p);
	Token t = p->tok;
	if (!is_assign_op(t.kind))
		return target;
	if (target->kind != N_LOCAL && target->kind != N_GLOBAL && target->kind != N_INDEX) {
		error_at(p, t.line, t.col, "cannot assign to this expression");
		return target;
	}
	advance(p);
	Node *n = new_node(p, N_ASSIGN, &t);
	n->op = t.kind;
	n->a = target;
	n->b = expression(p);
	return n;
}

/* --- statements ------------------------------------------------------------ */

/* Parameters and body of a function (its name, if any, is declared by
 * the caller first, so the function can call itself). */
static FuncDecl *function_rest(Parser *p, const Token *at, char *name)
{
	FuncDecl *d = arena_alloc(p->arena, sizeof *d);
	d->name = name;
	d->loc.line = at->line;
	d->loc.col = at->col;
	FuncState fs = {.enclosing = p->fs, .decl = d};
	p->fs = &fs;
	expect(p, T_LPAREN, "before the parameters");
	while (!p->failed && !check(p, T_RPAREN)) {
		Token param = p->tok;
		if (!expect(p, T_NAME, "as a parameter name"))
			break;
		Node tmp = {0};
		declare(p, &tmp, &param);
		d->nparams++;
		if (!accept(p, T_COMMA))
			break;
	}
	expect(p, T_RPAREN, "after the parameters");
	if (check(p, T_LBRACE)) {
		d->body = block(p);
	} else {
		expect(p, T_LBRACE, "before the function body");
	}
	free(fs.locals);
	p->fs = fs.enclosing;
	return d;
}

static Node *block(Parser *p)
{
	Token t = p->tok;
	Node *n = new_node(p, N_BLOCK, &t);
	if (!expect(p, T_LBRACE, "to open a block"))
		return n;
	begin_scope(p);
	while (!p->failed && !check(p, T_RBRACE) && !check(p, T_EOF))
		nl_push(&n->list, statement(p));
	end_scope(p);
	expect(p, T_RBRACE, "to close the block");
	nl_seal(p, &n->list);
	return n;
}

static Node *let_statement(Parser *p, const Token *at)
{
	Node *n = new_node(p, N_LET, at);
	Token name = p->tok;
	if (!expect(p, T_NAME, "after 'let'"))
		return n;
	/* The initializer is resolved before the name exists: in
	 * `let x = x + 1` the right-hand x is the outer one. */
	if (accept(p, T_ASSIGN))
		n->a = expression(p);
	declare(p, n, &name);
	expect(p, T_SEMI, "after a declaration");
	return n;
}

static Node *fn_statement(Parser *p, const Token *at)
{
	Node *n = new_node(p, N_LET, at);
	Token name = p->tok;
	if (!expect(p, T_NAME, "after 'fn'"))
		return n;
	declare(p, n, &name);
	Node *f = new_node(p, N_FUNC, at);
	f->func = function_rest(p, at, arena_strndup(p, name.start, name.len));
	n->a = f;
	return n;
}

static Node *if_statement(Parser *p, const Token *at)
{
	Node *n = new_node(p, N_IF, at);
	expect(p, T_LPAREN, "after 'if'");
	n->a = expression(p);
	expect(p, T_RPAREN, "after the condition");
	n->b = block(p);
	if (accept(p, T_ELSE)) {
		if (check(p, T_IF)) {
			Token t = p->tok;
			advance(p);
			n->c = if_statement(p, &t);
		} else {
			n->c = block(p);
		}
	}
	return n;
}

static Node *loop_body(Parser *p)
{
	p->fs->loops++;
	Node *body = block(p);
	p->fs->loops--;
	return body;
}

static Node *while_statement(Parser *p, const Token *at)
{
	Node *n = new_node(p, N_WHILE, at);
	expect(p, T_LPAREN, "after 'while'");
	n->a = expression(p);
	expect(p, T_RPAREN, "after the condition");
	n->b = loop_body(p);
	return n;
}

/* for (init; cond; step) { }   or   for x in e { }   or   for k, v in e { } */
static Node *for_statement(Parser *p, const Token *at)
{
	begin_scope(p);
	Node *n;
	if (accept(p, T_LPAREN)) {
		n = new_node(p, N_FOR, at);
		Token t = p->tok;
		if (accept(p, T_LET)) {
			n->a = let_statement(p, &t);
		} else if (!accept(p, T_SEMI)) {
			n->a = new_node(p, N_EXPR, &t);
			n->a->a = expression(p);
			expect(p, T_SEMI, "after the loop's first clause");
		}
		if (!check(p, T_SEMI))
			n->b = expression(p);
		expect(p, T_SEMI, "after the loop condition");
		if (!check(p, T_RPAREN))
			n->c = expression(p);
		expect(p, T_RPAREN, "after the loop clauses");
		n->d = loop_body(p);
	} else {
		n = new_node(p, N_FORIN, at);
		Token first = p->tok, second = {0};
		bool two = false;
		if (expect(p, T_NAME, "after 'for'") && accept(p, T_COMMA)) {
			second = p->tok;
			two = expect(p, T_NAME, "after ','");
		}
		expect(p, T_IN, "in a for loop");
		n->a = expression(p);
		n->c = new_node(p, N_LET, &first);
		if (!p->failed)
			declare(p, n->c, &first);
		if (two) {
			n->d = new_node(p, N_LET, &second);
			declare(p, n->d, &second);
		}
		n->b = loop_body(p);
	}
	end_scope(p);
	return n;
}

static Node *try_statement(Parser *p, const Token *at)
{
	Node *n = new_node(p, N_TRY, at);
	n->a = block(p);
	expect(p, T_CATCH, "after a try block");
	begin_scope(p);
	if (accept(p, T_LPAREN)) {
		Token name = p->tok;
		if (expect(p, T_NAME, "after 'catch ('")) {
			n->c = new_node(p, N_LET, &name);
			declare(p, n->c, &name);
		}
		expect(p, T_RPAREN, "after the catch variable");
	}
	n->b = block(p);
	end_scope(p);
	return n;
}

static Node *statement(Parser *p)
{
	Token t = p->tok;
	switch (t.kind) {
	case T_LET:
		advance(p);
		return let_statement(p, &t);
	case T_FN:
		advance(p);
		if (check(p, T_NAME))
			return fn_statement(p, &t);
		break; /* an anonymous function starts an expression statement */
	case T_IF:
		advance(p);
		return if_statement(p, &t);
	case T_WHILE:
		advance(p);
		return while_statement(p, &t);
	case T_FOR:
		advance(p);
		return for_statement(p, &t);
	case T_TRY:
		advance(p);
		return try_statement(p, &t);
	case T_LBRACE:
		return block(p);
	case T_RETURN: {
		advance(p);
		Node *n = new_node(p, N_RETURN, &t);
		if (!p->fs->enclosing)
			error_at(p, t.line, t.col, "'return' outside a function");
		if (!check(p, T_SEMI))
			n->a = expression(p);
		expect(p, T_SEMI, "after 'return'");
		return n;
	}
	case T_BREAK:
	case T_CONTINUE: {
		advance(p);
		Node *n = new_node(p, t.kind == T_BREAK ? N_BREAK : N_CONTINUE, &t);
		if (!p->fs->loops)
			error_at(p, t.line, t.col, "%s outside a loop", token_describe(t.kind));
		expect(p, T_SEMI, t.kind == T_BREAK ? "after 'break'" : "after 'continue'");
		return n;
	}
	case T_THROW: {
		advance(p);
		Node *n = new_node(p, N_THROW, &t);
		n->a = expression(p);
		expect(p, T_SEMI, "after 'throw'");
		return n;
	}
	default:
		break;
	}
	Node *n = new_node(p, N_EXPR, &t);
	if (t.kind == T_FN) {
		/* `fn` was consumed above: parse the anonymous function here. */
		Node *f = new_node(p, N_FUNC, &t);
		f->func = function_rest(p, &t, NULL);
		n->a = f;
	} else {
		n->a = expression(p);
	}
	expect(p, T_SEMI, "after an expression");
	return n;
}

bool parse_program(Program *prog, Heap *heap, const char *src, size_t len,
		   char *err, size_t errsize)
{
	Parser p = {0};
	prog->arena = NULL;
	p.arena = &prog->arena;
	p.heap = heap;
	p.err = err;
	p.errsize = errsize;
	lexer_init(&p.lx, src, len);
	FuncDecl *main = arena_alloc(p.arena, sizeof *main);
	main->name = arena_strndup(&p, "<main>", 6);
	main->loc.line = main->loc.col = 1;
	FuncState fs = {.decl = main, .toplevel = true};
	p.fs = &fs;
	advance(&p);
	Token start = p.tok;
	Node *body = new_node(&p, N_BLOCK, &start);
	while (!p.failed && !check(&p, T_EOF))
		nl_push(&body->list, statement(&p));
	if (p.failed)
		nl_discard(&body->list);
	else
		nl_seal(&p, &body->list);
	main->body = body;
	free(fs.locals);
	/* a string token that failed to become a node */
	if (p.tok.kind == T_STRING)
		free(p.tok.text);
	prog->main = main;
	return !p.failed;
}
