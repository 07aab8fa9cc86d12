/*
 * The lexer: turns a script into tokens, each with its line and column.
 */
#ifndef PEBBLE_LEXER_H
#define PEBBLE_LEXER_H

#include <stddef.h>

typedef enum {
	T_EOF,
	T_ERROR,
	T_NUMBER,
	T_STRING,
	T_NAME,
	/* keywords */
	T_LET, T_FN, T_IF, T_ELSE, T_WHILE, T_FOR, T_IN, T_RETURN, T_BREAK,
	T_CONTINUE, T_TRY, T_CATCH, T_THROW, T_NIL, T_TRUE, T_FALSE,
	/* punctuation */
	T_LPAREN, T_RPAREN, T_LBRACE, T_RBRACE, T_LBRACKET, T_RBRACKET,
	T_COMMA, T_SEMI, T_COLON, T_DOT, T_QUESTION,
	T_PLUS, T_MINUS, T_STAR, T_SLASH, T_PERCENT, T_STARSTAR,
	T_ASSIGN, T_PLUS_ASSIGN, T_MINUS_ASSIGN, T_STAR_ASSIGN, T_SLASH_ASSIGN,
	T_PERCENT_ASSIGN,
	T_EQ, T_NE, T_LT, T_LE, T_GT, T_GE, T_AND, T_OR, T_NOT,
} TokenKind;

typedef struct {
	TokenKind kind;
	const char *start; /* into the source (T_ERROR: a static message) */
	size_t len;
	int line, col;
	double number;     /* T_NUMBER */
	char *text;        /* T_STRING: the decoded bytes, owned by the parser */
	size_t text_len;
} Token;

typedef struct {
	const char *src, *end, *cur;
	int line;
	const char *line_start;
} Lexer;

void lexer_init(Lexer *lx, const char *src, size_t len);
Token lexer_next(Lexer *lx);
const char *token_describe(TokenKind kind);

#endif
