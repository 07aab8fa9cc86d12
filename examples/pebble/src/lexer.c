/*
 * The lexer.  Numbers are decimal or hexadecimal (with an optional binary
 * exponent, as in C: 0x1.8p1) and go through strtod; strings take the C
 * escapes \n \t \r \0 \\ \" \' \xHH.
 */
#include "lexer.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "value.h"

void lexer_init(Lexer *lx, const char *src, size_t len)
{
	lx->src = lx->cur = lx->line_start = src;
	lx->end = src + len;
	lx->line = 1;
}

static Token make(Lexer *lx, TokenKind kind, const char *start)
{
	Token t = {0};
	t.kind = kind;
	t.start = start;
	t.len = (size_t)(lx->cur - start);
	t.line = lx->line;
	t.col = (int)(start - lx->line_start) + 1;
	return t;
}

static Token error_at(Lexer *lx, const char *at, const char *msg)
{
	Token t = make(lx, T_ERROR, at);
	t.start = msg;
	t.len = strlen(msg);
	return t;
}

static void skip_space(Lexer *lx)
{
	while (lx->cur < lx->end) {
		char c = *lx->cur;
		if (c == '\n') {
			lx->cur++;
			lx->line++;
			lx->line_start = lx->cur;
		} else if (c == ' ' || c == '\t' || c == '\r') {
			lx->cur++;
		} else if (c == '#' || (c == '/' && lx->cur + 1 < lx->end && lx->cur[1] == '/')) {
			while (lx->cur < lx->end && *lx->cur != '\n')
				lx->cur++;
		} else {
			return;
		}
	}
}

static const struct {
	const char *word;
	TokenKind kind;
} keywords[] = {
	{"let", T_LET}, {"fn", T_FN}, {"if", T_IF}, {"else", T_ELSE},
	{"while", T_WHILE}, {"for", T_FOR}, {"in", T_IN}, {"return", T_RETURN},
	{"break", T_BREAK}, {"continue", T_CONTINUE}, {"try", T_TRY},
	{"catch", T_CATCH}, {"throw", T_THROW}, {"nil", T_NIL},
	{"true", T_TRUE}, {"false", T_FALSE},
};

static bool is_name_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

static Token lex_number(Lexer *lx, const char *start)
{
	const char *p = start;
	bool hex = p + 1 < lx->end && p[0] == '0' && (p[1] == 'x' || p[1] == 'X');
	if (hex) {
		p += 2;
		while (p < lx->end && (isxdigit((unsigned char)*p) || *p == '.'))
			p++;
		if (p < lx->end && (*p == 'p' || *p == 'P')) {
			p++;
			if (p < lx->end && (*p == '+' || *p == '-'))
				p++;
			while (p < lx->end && isdigit((unsigned char)*p))
				p++;
		}
	} else {
		while (p < lx->end && (isdigit((unsigned char)*p) || *p == '.'))
			p++;
		if (p < lx->end && (*p == 'e' || *p == 'E')) {
			const char *q = p + 1;
			if (q < lx->end && (*q == '+' || *q == '-'))
				q++;
			if (q < lx->end && isdigit((unsigned char)*q)) {
				p = q;
				while (p < lx->end && isdigit((unsigned char)*p))
					p++;
			}
		}
	}
	/* strtod needs a terminated string; the lexeme is copied out. */
	char *text = xstrndup(start, (size_t)(p - start));
	char *stop;
	double n = strtod(text, &stop);
	bool whole = *stop == '\0';
	free(text);
	lx->cur = p;
	if (!whole || (p < lx->end && is_name_char(*p)))
		return error_at(lx, start, "malformed number");
	Token t = make(lx, T_NUMBER, start);
	t.number = n;
	return t;
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static Token lex_string(Lexer *lx, const char *start)
{
	char quote = *start;
	Buf b = {0};
	buf_add(&b, "", 0);
	const char *p = start + 1;
	for (;;) {
		if (p >= lx->end || *p == '\n') {
			buf_free(&b);
			lx->cur = p;
			return error_at(lx, start, "unterminated string");
		}
		char c = *p++;
		if (c == quote)
			break;
		if (c != '\\') {
			buf_addc(&b, c);
			continue;
		}
		if (p >= lx->end)
			continue;
		char e = *p++;
		switch (e) {
		case 'n': buf_addc(&b, '\n'); break;
		case 't': buf_addc(&b, '\t'); break;
		case 'r': buf_addc(&b, '\r'); break;
		case '0': buf_addc(&b, '\0'); break;
		case '\\': buf_addc(&b, '\\'); break;
		case '"': buf_addc(&b, '"'); break;
		case '\'': buf_addc(&b, '\''); break;
		case 'x': {
			int hi = p < lx->end ? hex_value(p[0]) : -1;
			int lo = p + 1 < lx->end ? hex_value(p[1]) : -1;
			if (hi < 0 || lo < 0) {
				buf_free(&b);
				lx->cur = p;
				return error_at(lx, p - 2, "\\x needs two hex digits");
			}
			buf_addc(&b, (char)(hi * 16 + lo));
			p += 2;
			break;
		}
		default:
			buf_free(&b);
			lx->cur = p;
			return error_at(lx, p - 2, "unknown escape sequence");
		}
	}
	lx->cur = p;
	Token t = make(lx, T_STRING, start);
	t.text = b.data;
	t.text_len = b.len;
	return t;
}

Token lexer_next(Lexer *lx)
{
	skip_space(lx);
	const char *start = lx->cur;
	if (lx->cur >= lx->end)
		return make(lx, T_EOF, start);
	char c = *lx->cur++;
	char n = lx->cur < lx->end ? *lx->cur : '\0';
	if (isdigit((unsigned char)c) || (c == '.' && isdigit((unsigned char)n)))
		return lex_number(lx, start);
	if (isalpha((unsigned char)c) || c == '_') {
		while (lx->cur < lx->end && is_name_char(*lx->cur))
			lx->cur++;
		size_t len = (size_t)(lx->cur - start);
		for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
			if (strlen(keywords[i].word) == len && memcmp(keywords[i].word, start, len) == 0)
				return make(lx, keywords[i].kind, start);
		return make(lx, T_NAME, start);
	}
	if (c == '"' || c == '\'')
		return lex_string(lx, start);
#define TWO(second, yes, no) (n == (second) ? (lx->cur++, (yes)) : (no))
	switch (c) {
	case '(': return make(lx, T_LPAREN, start);
	case ')': return make(lx, T_RPAREN, start);
	case '{': return make(lx, T_LBRACE, start);
	case '}': return make(lx, T_RBRACE, start);
	case '[': return make(lx, T_LBRACKET, start);
	case ']': return make(lx, T_RBRACKET, start);
	case ',': return make(lx, T_COMMA, start);
	case ';': return make(lx, T_SEMI, start);
	case ':': return make(lx, T_COLON, start);
	case '.': return make(lx, T_DOT, start);
	case '?': return make(lx, T_QUESTION, start);
	case '+': return make(lx, TWO('=', T_PLUS_ASSIGN, T_PLUS), start);
	case '-': return make(lx, TWO('=', T_MINUS_ASSIGN, T_MINUS), start);
	case '/': return make(lx, TWO('=', T_SLASH_ASSIGN, T_SLASH), start);
	case '%': return make(lx, TWO('=', T_PERCENT_ASSIGN, T_PERCENT), start);
	case '*':
		if (n == '*') {
			lx->cur++;
			return make(lx, T_STARSTAR, start);
		}
		return make(lx, TWO('=', T_STAR_ASSIGN, T_STAR), start);
	case '=': return make(lx, TWO('=', T_EQ, T_ASSIGN), start);
	case '!': return make(lx, TWO('=', T_NE, T_NOT), start);
	case '<': return make(lx, TWO('=', T_LE, T_LT), start);
	case '>': return make(lx, TWO('=', T_GE, T_GT), start);
	case '&':
		if (n == '&') {
			lx->cur++;
			return make(lx, T_AND, start);
		}
		break;
	case '|':
		if (n == '|') {
			lx->cur++;
			return make(lx, T_OR, start);
		}
		break;
	}
#undef TWO
	return error_at(lx, start, "unexpected character");
}

const char *token_describe(TokenKind kind)
{
	static const char *const names[] = {
		[T_EOF] = "end of file", [T_ERROR] = "error", [T_NUMBER] = "number",
		[T_STRING] = "string", [T_NAME] = "name", [T_LET] = "'let'",
		[T_FN] = "'fn'", [T_IF] = "'if'", [T_ELSE] = "'else'",
		[T_WHILE] = "'while'", [T_FOR] = "'for'", [T_IN] = "'in'",
		[T_RETURN] = "'return'", [T_BREAK] = "'break'",
		[T_CONTINUE] = "'continue'", [T_TRY] = "'try'", [T_CATCH] = "'catch'",
		[T_THROW] = "'throw'", [T_NIL] = "'nil'", [T_TRUE] = "'true'",
		[T_FALSE] = "'false'", [T_LPAREN] = "'('", [T_RPAREN] = "')'",
		[T_LBRACE] = "'{'", [T_RBRACE] = "'}'", [T_LBRACKET] = "'['",
		[T_RBRACKET] = "']'", [T_COMMA] = "','", [T_SEMI] = "';'",
		[T_COLON] = "':'", [T_DOT] = "'.'", [T_QUESTION] = "'?'",
		[T_PLUS] = "'+'", [T_MINUS] = "'-'", [T_STAR] = "'*'",
		[T_SLASH] = "'/'", [T_PERCENT] = "'%'", [T_STARSTAR] = "'**'",
		[T_ASSIGN] = "'='", [T_PLUS_ASSIGN] = "'+='", [T_MINUS_ASSIGN] = "'-='",
		[T_STAR_ASSIGN] = "'*='", [T_SLASH_ASSIGN] = "'/='",
		[T_PERCENT_ASSIGN] = "'%='", [T_EQ] = "'=='", [T_NE] = "'!='",
		[T_LT] = "'<'", [T_LE] = "'<='", [T_GT] = "'>'", [T_GE] = "'>='",
		[T_AND] = "'&&'", [T_OR] = "'||'", [T_NOT] = "'!'",
	};
	return names[kind];
}
