//! Rust on `wasm64-unknown-unknown` over the wasm64 SDK's C library.
//!
//! Rust's wasm64 target has no libc of its own; this crate joins Rust code to
//! the SDK's (`sysroot/lib/libc.a`), so that C and Rust share one module:
//!
//! - [`LibcAlloc`], the `#[global_allocator]` (feature `global-allocator`,
//!   on by default): Rust's heap *is* C's `malloc` heap, so memory crosses
//!   the language boundary in both directions — a `Box`/`Vec`/`CString`
//!   buffer handed to C may be released with `free`, and a C `malloc` block
//!   may be released by Rust (`free`, or rebuilt into a Rust owner of the
//!   same layout).
//! - [`print!`], [`println!`], [`eprint!`], [`eprintln!`]: formatted output
//!   through C's `stdout`/`stderr` streams, so it interleaves with `printf`
//!   in program order and is flushed by `exit`.
//! - a `#[panic_handler]` (feature `panic-handler`, on by default; with std,
//!   [`panic::install_hook`]) that prints `panicked at FILE:LINE:COL:` and the
//!   message on stderr, then calls `abort` (the program ends with a trap,
//!   status 134 in wasm64-run).
//! - [`sys`]: `extern "C"` bindings for the libc functions used here and a
//!   few more (`qsort`, `printf`, `write`, `getenv`, `exit`…).
//! - feature `main`: the bridge from the crt (`_start` → `__main_void` →
//!   `__main_argc_argv`) to a Rust `main`, and [`env::args`].
//!
//! Build it with the SDK's Rust sysroot or `-Zbuild-std` and link with
//! `clang-22 --target=wasm64 --sysroot=…`: docs/rust.md.
#![no_std]

#[cfg(feature = "std")]
extern crate std;

pub mod env;
pub mod heap;
pub mod io;
pub mod panic;
pub mod sys;

#[cfg(feature = "main")]
mod start;

pub use heap::LibcAlloc;

/// The allocator of every Rust allocation in the program: C's `malloc`.
#[cfg(feature = "global-allocator")]
#[global_allocator]
static GLOBAL: LibcAlloc = LibcAlloc;

/// Ends the program through C's `exit`: `atexit` handlers run and every
/// stdio stream (so all `print!` output) is flushed.
pub fn exit(status: i32) -> ! {
    unsafe { sys::exit(status) }
}

/// Ends the program at once through C's `abort` (a trap; nothing is
/// flushed).
pub fn abort() -> ! {
    unsafe { sys::abort() }
}
