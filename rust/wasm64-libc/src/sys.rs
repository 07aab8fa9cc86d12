//! `extern "C"` bindings to the SDK's libc (`sysroot/include`).  Only
//! functions that `libc.a` defines are declared; the C headers are the
//! reference for their behaviour.
#![allow(non_camel_case_types)]

pub use core::ffi::{c_char, c_int, c_long, c_void};

pub type size_t = usize;
pub type ssize_t = isize;

/// C's `FILE`, only ever behind a pointer.
#[repr(C)]
pub struct FILE {
    _opaque: [u8; 0],
}

/// `qsort`/`bsearch` comparison function.
pub type CompareFn = unsafe extern "C" fn(*const c_void, *const c_void) -> c_int;

pub const STDIN_FILENO: c_int = 0;
pub const STDOUT_FILENO: c_int = 1;
pub const STDERR_FILENO: c_int = 2;

// `#[link]` names libc.a for rustc-driven links, so that rustc places `-lc`
// right after this crate and before compiler_builtins: the libc's definitions
// then win wherever both provide a symbol.
#[link(name = "c")]
extern "C" {
    pub static stdout: *mut FILE;
    pub static stderr: *mut FILE;
    pub static mut errno: c_int;

    // <stdlib.h>, <malloc.h>
    pub fn malloc(size: size_t) -> *mut c_void;
    pub fn calloc(n: size_t, size: size_t) -> *mut c_void;
    pub fn realloc(ptr: *mut c_void, size: size_t) -> *mut c_void;
    pub fn free(ptr: *mut c_void);
    pub fn aligned_alloc(alignment: size_t, size: size_t) -> *mut c_void;
    pub fn posix_memalign(out: *mut *mut c_void, alignment: size_t, size: size_t) -> c_int;
    pub fn malloc_usable_size(ptr: *mut c_void) -> size_t;
    pub fn qsort(base: *mut c_void, n: size_t, size: size_t, cmp: CompareFn);
    pub fn bsearch(
        key: *const c_void,
        base: *const c_void,
        n: size_t,
        size: size_t,
        cmp: CompareFn,
    ) -> *mut c_void;
    pub fn getenv(name: *const c_char) -> *mut c_char;
    pub fn strtol(s: *const c_char, end: *mut *mut c_char, base: c_int) -> c_long;
    pub fn atexit(f: extern "C" fn()) -> c_int;
    pub fn exit(status: c_int) -> !;
    pub fn _Exit(status: c_int) -> !;
    pub fn abort() -> !;

    // <stdio.h>
    pub fn fwrite(ptr: *const c_void, size: size_t, n: size_t, f: *mut FILE) -> size_t;
    pub fn fputs(s: *const c_char, f: *mut FILE) -> c_int;
    pub fn fputc(c: c_int, f: *mut FILE) -> c_int;
    pub fn puts(s: *const c_char) -> c_int;
    pub fn fflush(f: *mut FILE) -> c_int;
    pub fn setvbuf(f: *mut FILE, buf: *mut c_char, mode: c_int, size: size_t) -> c_int;
    pub fn printf(fmt: *const c_char, ...) -> c_int;
    pub fn fprintf(f: *mut FILE, fmt: *const c_char, ...) -> c_int;
    pub fn snprintf(buf: *mut c_char, n: size_t, fmt: *const c_char, ...) -> c_int;
    pub fn dprintf(fd: c_int, fmt: *const c_char, ...) -> c_int;

    // <string.h>
    pub fn strlen(s: *const c_char) -> size_t;
    pub fn strdup(s: *const c_char) -> *mut c_char;
    pub fn strerror(errnum: c_int) -> *mut c_char;

    // <unistd.h>
    pub fn write(fd: c_int, buf: *const c_void, n: size_t) -> ssize_t;
    pub fn isatty(fd: c_int) -> c_int;
}
