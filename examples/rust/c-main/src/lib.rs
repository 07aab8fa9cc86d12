//! Rust functions that a C `main` (main.c) calls: slices, `#[repr(C)]`
//! structs by pointer and by value, C strings in and out, and heap blocks
//! that change hands between the two languages.  No std: core, alloc and
//! the wasm64-libc crate (allocator = malloc, println! = C's stdout, panics
//! reported on stderr).
#![no_std]

extern crate alloc;

use alloc::ffi::CString;
use alloc::format;
use alloc::vec::Vec;
use core::alloc::Layout;
use core::ffi::{c_char, c_int, CStr};
use core::slice;

use wasm64_libc::{println, sys};

/// `struct point` in main.c.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// `struct bbox` in main.c.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct BBox {
    pub min: Point,
    pub max: Point,
    pub count: usize,
}

/// A C array as a slice (a null pointer is fine when `n` is 0).
unsafe fn as_slice<'a, T>(p: *const T, n: usize) -> &'a [T] {
    if n == 0 {
        &[]
    } else {
        slice::from_raw_parts(p, n)
    }
}

/// The mean of `n` doubles (NaN for none).
#[no_mangle]
pub unsafe extern "C" fn rust_mean(xs: *const f64, n: usize) -> f64 {
    let xs = as_slice(xs, n);
    xs.iter().sum::<f64>() / xs.len() as f64
}

/// The bounding box of `n` points, returned by value.
#[no_mangle]
pub unsafe extern "C" fn rust_bbox(pts: *const Point, n: usize) -> BBox {
    let pts = as_slice(pts, n);
    let mut b = BBox {
        min: Point { x: f64::INFINITY, y: f64::INFINITY },
        max: Point { x: f64::NEG_INFINITY, y: f64::NEG_INFINITY },
        count: pts.len(),
    };
    for p in pts {
        b.min.x = b.min.x.min(p.x);
        b.min.y = b.min.y.min(p.y);
        b.max.x = b.max.x.max(p.x);
        b.max.y = b.max.y.max(p.y);
    }
    b
}

/// A struct passed by value, and one updated through a pointer.
#[no_mangle]
pub extern "C" fn rust_translate(b: BBox, by: Point, out: &mut BBox) -> c_int {
    out.min = Point { x: b.min.x + by.x, y: b.min.y + by.y };
    out.max = Point { x: b.max.x + by.x, y: b.max.y + by.y };
    out.count = b.count;
    (b.count > 0) as c_int
}

/// Counts the words of a C string.
#[no_mangle]
pub unsafe extern "C" fn rust_count_words(text: *const c_char) -> usize {
    let text = CStr::from_ptr(text).to_bytes();
    text.split(|c| c.is_ascii_whitespace()).filter(|w| !w.is_empty()).count()
}

/// A new C string that the caller releases with `free()`: Rust's heap is
/// the libc's.
#[no_mangle]
pub unsafe extern "C" fn rust_greeting(name: *const c_char) -> *mut c_char {
    let name = CStr::from_ptr(name).to_string_lossy();
    let s = format!("Hello, {}! ({} bytes of UTF-8)", name, name.len());
    CString::new(s).unwrap().into_raw()
}

/// Takes over a buffer of `len` bytes that C got from `malloc(len)`:
/// upper-cases it, prints it, and releases it as a `Vec` (whose drop
/// calls `free`).
#[no_mangle]
pub unsafe extern "C" fn rust_consume(buf: *mut u8, len: usize) -> usize {
    let mut v = Vec::from_raw_parts(buf, len, len);
    v.make_ascii_uppercase();
    println!("rust: consumed {:?}", core::str::from_utf8(&v).unwrap_or("<not UTF-8>"));
    let n = v.len();
    drop(v);
    n
}

/// Prints a line from Rust between C's printf lines.
#[no_mangle]
pub extern "C" fn rust_say(step: c_int) {
    println!("rust: step {}", step);
}

/// Heap blocks in both directions, many times: C's malloc freed by Rust
/// (`sys::free` and `Vec` drop) and Rust's `Vec`s freed by C (`free`).
/// Returns the number of blocks that crossed.
#[no_mangle]
pub unsafe extern "C" fn rust_cross_heap(
    c_alloc: extern "C" fn(usize) -> *mut u8,
    c_free: extern "C" fn(*mut u8),
    rounds: usize,
) -> usize {
    let mut crossed = 0;
    let mut keep: Vec<Vec<u8>> = Vec::new();
    for i in 0..rounds {
        let n = 1 + (i * 37) % 3000;
        // C allocates, Rust fills, checks and frees.
        let p = c_alloc(n);
        assert!(!p.is_null());
        p.write_bytes(i as u8, n);
        let v = Vec::from_raw_parts(p, n, n);
        assert!(v.iter().all(|&b| b == i as u8));
        if i % 2 == 0 {
            drop(v);
        } else {
            let p = v.leak().as_mut_ptr();
            sys::free(p as *mut sys::c_void);
        }
        crossed += 1;
        // Rust allocates (every third block over-aligned), C frees.
        if i % 3 == 0 {
            let layout = Layout::from_size_align(n, 256).unwrap();
            let q = alloc::alloc::alloc(layout);
            assert!(!q.is_null() && q as usize % 256 == 0);
            q.write_bytes(!(i as u8), n);
            c_free(q);
        } else {
            let mut w: Vec<u8> = Vec::with_capacity(n);
            w.resize(n, !(i as u8));
            let mut w = core::mem::ManuallyDrop::new(w);
            c_free(w.as_mut_ptr());
        }
        crossed += 1;
        // Blocks that stay live while others come and go.
        if i % 5 == 0 {
            keep.push(alloc::vec![i as u8; n]);
        }
    }
    for (k, v) in keep.iter().enumerate() {
        assert!(v.iter().all(|&b| b == (k * 5) as u8));
    }
    crossed
}
