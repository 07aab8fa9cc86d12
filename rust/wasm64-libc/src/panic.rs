//! Panics: the message and its location on stderr, then `abort`.
//!
//! Rust on wasm64 builds with `panic = "abort"`: there is no unwinding, so a
//! panic ends the program.  What it prints:
//!
//! ```text
//! panicked at src/main.rs:12:5:
//! index out of bounds: the len is 3 but the index is 7
//! ```
//!
//! `stdout` is flushed first, so everything printed before the panic comes
//! out (as with std's line-buffered stdout); `abort` is a trap, which
//! wasm64-run reports and turns into exit status 134.

use core::fmt::{self, Write};
use core::panic::Location;

use crate::io::{Buffered, Stderr};
use crate::sys;

/// Prints a panic report on stderr (after flushing stdout).
pub fn report(location: Option<&Location<'_>>, message: &dyn fmt::Display) {
    unsafe {
        sys::fflush(sys::stdout);
    }
    let mut w = Buffered::<Stderr, 1024>::new(Stderr);
    let _ = match location {
        Some(l) => write!(w, "panicked at {}:{}:{}:\n{}\n", l.file(), l.line(), l.column(), message),
        None => write!(w, "panicked:\n{}\n", message),
    };
    let _ = w.finish();
}

#[cfg(all(feature = "panic-handler", not(test)))]
#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    report(info.location(), &info.message());
    unsafe { sys::abort() }
}

/// With std: makes panics report through the libc's stderr (std's own
/// stderr discards everything on wasm64-unknown-unknown).  The `main`
/// feature calls it before `main`; a C program that calls into a std crate
/// calls it once first.  std then aborts, as `panic = "abort"` says.
#[cfg(feature = "std")]
pub fn install_hook() {
    std::panic::set_hook(std::boxed::Box::new(|info| {
        let message: &dyn fmt::Display = match info.payload_as_str() {
            Some(s) => &Msg(s),
            None => &Msg("Box<dyn Any>"),
        };
        report(info.location(), message);
        unsafe { sys::abort() }
    }));
}

#[cfg(feature = "std")]
struct Msg<'a>(&'a str);

#[cfg(feature = "std")]
impl fmt::Display for Msg<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}
