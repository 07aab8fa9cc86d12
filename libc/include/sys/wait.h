/* sys/wait.h.  WASI has one process: there is never a child to wait for
 * (ECHILD). */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <bits/types.h>

#define __NEED_pid_t
#define __NEED_id_t
#include <bits/alltypes.h>

#define WNOHANG 1
#define WUNTRACED 2
#define WCONTINUED 8

/* The status word as Linux lays it out. */
#define WEXITSTATUS(s) (((s) & 0xff00) >> 8)
#define WTERMSIG(s) ((s) & 0x7f)
#define WSTOPSIG(s) WEXITSTATUS(s)
#define WIFEXITED(s) (!WTERMSIG(s))
#define WIFSTOPPED(s) ((short)((((s) & 0xffff) * 0x10001U) >> 8) > 0x7f00)
#define WIFSIGNALED(s) (((s) & 0xffff) - 1U < 0xffu)
#define WIFCONTINUED(s) ((s) == 0xffff)
#define WCOREDUMP(s) ((s) & 0x80)

#ifdef __cplusplus
extern "C" {
#endif

pid_t wait(int *__status);
pid_t waitpid(pid_t __pid, int *__status, int __options);

#ifdef __cplusplus
}
#endif

#endif
