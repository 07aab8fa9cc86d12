/*
 * fenv.h.  WebAssembly has one rounding mode (to nearest, ties to even)
 * and no floating-point exception flags: no instruction reads or writes a
 * floating-point status.  So, as in wasi-libc, FE_TONEAREST is the only
 * rounding mode and no exception macro but FE_ALL_EXCEPT (0) is defined
 * (C11 7.6p6: a macro exists only for what the implementation supports).
 * The functions accept every request they can honour and report success;
 * fesetround refuses any other mode.  docs/libc.md lists the answers.
 */
#ifndef _FENV_H
#define _FENV_H

#define FE_ALL_EXCEPT 0
#define FE_TONEAREST 0

typedef unsigned long fexcept_t;

typedef struct {
	unsigned long __state;
} fenv_t;

/* The environment at program start. */
#define FE_DFL_ENV ((const fenv_t *)-1)

#ifdef __cplusplus
extern "C" {
#endif

int feclearexcept(int __excepts);
int fegetexceptflag(fexcept_t *__flagp, int __excepts);
int feraiseexcept(int __excepts);
int fesetexceptflag(const fexcept_t *__flagp, int __excepts);
int fetestexcept(int __excepts);
int fegetround(void);
int fesetround(int __round);
int fegetenv(fenv_t *__envp);
int feholdexcept(fenv_t *__envp);
int fesetenv(const fenv_t *__envp);
int feupdateenv(const fenv_t *__envp);

#ifdef __cplusplus
}
#endif

#endif
