//! The program's arguments, as the crt passed them to `main`.
//!
//! With the `main` feature the start-up bridge records `argc`/`argv`;
//! otherwise (C's `main` runs the program) call [`set_args`] from C, or pass
//! what Rust needs as arguments.  std's `std::env::args()` is always empty
//! on wasm64-unknown-unknown.

use core::ffi::{c_char, c_int, CStr};
use core::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

static ARGC: AtomicUsize = AtomicUsize::new(0);
static ARGV: AtomicPtr<*const c_char> = AtomicPtr::new(core::ptr::null_mut());

/// Records `main`'s arguments for [`args`].
///
/// # Safety
/// `argv` must hold `argc` NUL-terminated strings that live for the rest of
/// the program (the crt's do).
#[no_mangle]
pub unsafe extern "C" fn wasm64_libc_set_args(argc: c_int, argv: *const *const c_char) {
    set_args(argc, argv)
}

/// See [`wasm64_libc_set_args`].
///
/// # Safety
/// As for [`wasm64_libc_set_args`].
pub unsafe fn set_args(argc: c_int, argv: *const *const c_char) {
    let argc = if argv.is_null() || argc < 0 { 0 } else { argc as usize };
    ARGV.store(argv as *mut *const c_char, Ordering::Relaxed);
    ARGC.store(argc, Ordering::Relaxed);
}

/// The arguments, program name first, as C strings.
pub fn args() -> Args {
    Args { next: 0, len: ARGC.load(Ordering::Relaxed), argv: ARGV.load(Ordering::Relaxed) }
}

/// Iterator over the recorded arguments.
pub struct Args {
    next: usize,
    len: usize,
    argv: *const *const c_char,
}

impl Iterator for Args {
    type Item = &'static CStr;

    fn next(&mut self) -> Option<&'static CStr> {
        if self.next >= self.len {
            return None;
        }
        let s = unsafe { CStr::from_ptr(*self.argv.add(self.next)) };
        self.next += 1;
        Some(s)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len - self.next;
        (n, Some(n))
    }
}

impl ExactSizeIterator for Args {}

/// `getenv`, as a C string.
pub fn var(name: &CStr) -> Option<&'static CStr> {
    let p = unsafe { crate::sys::getenv(name.as_ptr()) };
    if p.is_null() {
        None
    } else {
        Some(unsafe { CStr::from_ptr(p) })
    }
}
