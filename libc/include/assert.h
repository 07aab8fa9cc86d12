/*
 * assert.h.  No include guard, on purpose: C11 7.2 says assert follows the
 * NDEBUG in effect at each inclusion.
 */
#undef assert

#ifdef NDEBUG
#define assert(ignore) ((void)0)
#else
#define assert(expr) ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif

#if !defined(__cplusplus) && !defined(static_assert)
#define static_assert _Static_assert
#endif

#ifndef __w64_declared_assert_fail
#define __w64_declared_assert_fail
#ifdef __cplusplus
extern "C" {
#endif
/* Prints "FILE:LINE: FUNC: assertion failed: EXPR" to stderr and aborts. */
__attribute__((__noreturn__)) void __assert_fail(const char *__expr, const char *__file,
						 int __line, const char *__func);
#ifdef __cplusplus
}
#endif
#endif
