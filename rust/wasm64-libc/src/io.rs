//! Output through C's stdio streams.
//!
//! [`Stdout`] and [`Stderr`] write to the libc's `stdout` and `stderr`
//! `FILE`s with `fwrite`, so Rust output and C's `printf` share one buffer
//! and appear in program order.  `stdout` is line-buffered on a terminal and
//! fully buffered otherwise (docs/libc.md); `exit` — and returning from
//! `main` — flushes it; call [`flush`] before handing the descriptor to
//! anything that bypasses stdio.  `stderr` is unbuffered, so `eprint!`
//! formats into a buffer on the stack first and writes a message of up to
//! 1 KiB with one `write`.

use core::fmt;

use crate::sys;

/// The libc's `stdout`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stdout;

/// The libc's `stderr`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stderr;

/// Any C stream, e.g. one a C function hands to Rust.
#[derive(Clone, Copy, Debug)]
pub struct Stream(pub *mut sys::FILE);

pub fn stdout() -> Stdout {
    Stdout
}

pub fn stderr() -> Stderr {
    Stderr
}

/// Writes bytes to a C stream; `Err` when the stream reports an error
/// (the bytes not written stay in its buffer, as C's stdio keeps them).
pub fn write_bytes(f: *mut sys::FILE, bytes: &[u8]) -> Result<(), fmt::Error> {
    if bytes.is_empty() {
        return Ok(());
    }
    let n = unsafe { sys::fwrite(bytes.as_ptr() as *const sys::c_void, 1, bytes.len(), f) };
    if n == bytes.len() {
        Ok(())
    } else {
        Err(fmt::Error)
    }
}

/// `fflush(stdout)`.
pub fn flush() {
    unsafe {
        sys::fflush(sys::stdout);
    }
}

impl Stdout {
    fn file(&self) -> *mut sys::FILE {
        unsafe { sys::stdout }
    }
}

impl Stderr {
    fn file(&self) -> *mut sys::FILE {
        unsafe { sys::stderr }
    }
}

impl Stream {
    fn file(&self) -> *mut sys::FILE {
        self.0
    }
}

macro_rules! stream_impls {
    ($($t:ty),*) => {$(
        impl fmt::Write for $t {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                write_bytes(self.file(), s.as_bytes())
            }
        }

        #[cfg(feature = "std")]
        impl std::io::Write for $t {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                match write_bytes(self.file(), buf) {
                    Ok(()) => Ok(buf.len()),
                    Err(_) => Err(std::io::Error::other("C stream error")),
                }
            }

            fn flush(&mut self) -> std::io::Result<()> {
                if unsafe { sys::fflush(self.file()) } == 0 {
                    Ok(())
                } else {
                    Err(std::io::Error::other("fflush failed"))
                }
            }
        }
    )*};
}
stream_impls!(Stdout, Stderr, Stream);

/// Collects formatted text in a fixed buffer and hands it on in large
/// pieces: one `write` per message on an unbuffered stream.
pub struct Buffered<W: fmt::Write, const N: usize> {
    out: W,
    buf: [u8; N],
    len: usize,
    failed: bool,
}

impl<W: fmt::Write, const N: usize> Buffered<W, N> {
    pub fn new(out: W) -> Self {
        Buffered { out, buf: [0; N], len: 0, failed: false }
    }

    fn drain(&mut self) {
        if self.len > 0 {
            // The buffer only ever holds whole UTF-8 sequences (see write_str).
            let text = unsafe { core::str::from_utf8_unchecked(&self.buf[..self.len]) };
            self.failed |= self.out.write_str(text).is_err();
            self.len = 0;
        }
    }

    /// Writes what is buffered; `Err` if any write failed.
    pub fn finish(mut self) -> fmt::Result {
        self.drain();
        if self.failed {
            Err(fmt::Error)
        } else {
            Ok(())
        }
    }
}

impl<W: fmt::Write, const N: usize> fmt::Write for Buffered<W, N> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.len + s.len() > N {
            self.drain();
        }
        if s.len() > N {
            self.failed |= self.out.write_str(s).is_err();
        } else {
            self.buf[self.len..self.len + s.len()].copy_from_slice(s.as_bytes());
            self.len += s.len();
        }
        Ok(())
    }
}

#[doc(hidden)]
pub fn _print(args: fmt::Arguments) {
    // Output errors are ignored, as printf's are; ferror(stdout) tells.
    let _ = fmt::Write::write_fmt(&mut Stdout, args);
}

#[doc(hidden)]
pub fn _eprint(args: fmt::Arguments) {
    let mut w = Buffered::<Stderr, 1024>::new(Stderr);
    let _ = fmt::Write::write_fmt(&mut w, args);
    let _ = w.finish();
}

/// Like std's `print!`, through C's `stdout`.
#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => {
        $crate::io::_print(::core::format_args!($($arg)*))
    };
}

/// Like std's `println!`, through C's `stdout`.
#[macro_export]
macro_rules! println {
    () => {
        $crate::io::_print(::core::format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::io::_print(::core::format_args!("{}\n", ::core::format_args!($($arg)*)))
    };
}

/// Like std's `eprint!`, through C's `stderr`.
#[macro_export]
macro_rules! eprint {
    ($($arg:tt)*) => {
        $crate::io::_eprint(::core::format_args!($($arg)*))
    };
}

/// Like std's `eprintln!`, through C's `stderr`.
#[macro_export]
macro_rules! eprintln {
    () => {
        $crate::io::_eprint(::core::format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::io::_eprint(::core::format_args!("{}\n", ::core::format_args!($($arg)*)))
    };
}
