//! A Rust `main` behind the sysroot's crt (feature `main`).
//!
//! crt1.o's `_start` runs the constructors and `exit(__main_void())`; the
//! libc's `__main_void` fetches the arguments and calls `__main_argc_argv`,
//! the name clang gives a C `main(int, char **)`.  Rust names its entry
//! plain `main` — a `#[no_mangle] extern "C" fn main(argc, argv)` in a
//! `#![no_main]` crate, or the one rustc generates around a bin crate's
//! `fn main()` — so this defines `__main_argc_argv` and calls `main`.  Its
//! return value goes to `exit`, which flushes stdio.

use core::ffi::{c_char, c_int};

extern "C" {
    fn main(argc: c_int, argv: *const *const c_char) -> c_int;
}

#[no_mangle]
pub unsafe extern "C" fn __main_argc_argv(argc: c_int, argv: *const *const c_char) -> c_int {
    crate::env::set_args(argc, argv);
    #[cfg(feature = "std")]
    crate::panic::install_hook();
    main(argc, argv)
}
