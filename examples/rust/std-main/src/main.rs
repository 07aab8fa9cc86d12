//! std on wasm64-unknown-unknown, over the libc (docs/rust.md says what
//! works): collections, strings, formatting, `Rc`, trait objects, `std::io::Write`
//! into C's stdout; the global allocator is C's malloc, while std's own
//! allocator (`std::alloc::System`, a dlmalloc that grows the memory itself)
//! still works next to it.
//!
//!     std-main            the demo
//!     std-main panic      a panic, reported by wasm64-libc's hook: status 134
use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::{BTreeMap, HashMap};
use std::ffi::{c_char, CStr};
use std::fmt::Write as _;
use std::io::Write as _;
use std::rc::Rc;

// std's print!/println! write to a stdout that discards everything on this
// target; these go through the libc.
use wasm64_libc::{eprintln, println};

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle(f64);
struct Rect(f64, f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle r={}", self.0)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.0 * self.1
    }
    fn name(&self) -> String {
        format!("rect {}x{}", self.0, self.1)
    }
}

extern "C" {
    fn strdup(s: *const c_char) -> *mut c_char;
}

fn main() {
    let args: Vec<String> =
        wasm64_libc::env::args().map(|a| a.to_string_lossy().into_owned()).collect();
    println!("std-main: args {:?} (std::env::args() has {})", args, std::env::args().count());

    if args.get(1).map(String::as_str) == Some("panic") {
        let m: HashMap<&str, i32> = HashMap::new();
        println!("about to unwrap a missing key");
        let v = m.get("missing").copied().expect("key \"missing\" is not in the map");
        println!("unreachable: {}", v);
    }

    // Collections and text.
    let text = "the cat sat on the mat the end";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_default() += 1;
    }
    let ordered: BTreeMap<_, _> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    println!("word counts: {:?}", ordered);
    let mut by_count: Vec<(&str, usize)> = counts.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("most common: {:?}", &by_count[..2]);

    // Trait objects, Rc.
    let shapes: Vec<Rc<dyn Shape>> = vec![Rc::new(Circle(1.5)), Rc::new(Rect(2.0, 3.5))];
    let shared = Rc::clone(&shapes[0]);
    let mut report = String::new();
    for s in &shapes {
        write!(report, "{}: {:.3}; ", s.name(), s.area()).unwrap();
    }
    println!("shapes: {}(rc count {})", report, Rc::strong_count(&shared));

    // std::io::Write into the libc's stdout, and its buffered-writer.
    let mut out = std::io::BufWriter::new(wasm64_libc::io::stdout());
    writeln!(out, "io::Write: {} + {} = {}", 40, 2, 40 + 2).unwrap();
    out.flush().unwrap();

    // std's own println! goes nowhere on this target.
    std::println!("this line is discarded by std's stdout");

    // The global allocator is malloc: a String's buffer can go to C and back.
    let s = String::from("owned by Rust, copied by C's strdup");
    let c = std::ffi::CString::new(s).unwrap();
    let dup = unsafe { strdup(c.as_ptr()) };
    println!("strdup: {}", unsafe { CStr::from_ptr(dup) }.to_str().unwrap());
    unsafe { wasm64_libc::sys::free(dup as *mut _) };

    // std's dlmalloc (System) and the libc's malloc side by side: each grows
    // the memory for itself, so their blocks never overlap.
    let mut blocks: Vec<(*mut u8, usize, u8, bool)> = Vec::new();
    for i in 0..400usize {
        let size = 1000 + (i * 7919) % 200_000;
        let fill = (i % 251) as u8;
        let from_system = i % 2 == 0;
        let p = unsafe {
            if from_system {
                System.alloc(Layout::from_size_align(size, 8).unwrap())
            } else {
                wasm64_libc::sys::malloc(size) as *mut u8
            }
        };
        assert!(!p.is_null());
        unsafe { p.write_bytes(fill, size) };
        blocks.push((p, size, fill, from_system));
    }
    let mut sorted: Vec<_> = blocks.iter().map(|b| (b.0 as usize, b.1)).collect();
    sorted.sort();
    let disjoint = sorted.windows(2).all(|w| w[0].0 + w[0].1 <= w[1].0);
    let intact = blocks
        .iter()
        .all(|&(p, n, fill, _)| unsafe { std::slice::from_raw_parts(p, n) }.iter().all(|&b| b == fill));
    println!("System + malloc: {} blocks, disjoint {}, intact {}", blocks.len(), disjoint, intact);
    for (p, n, _, from_system) in blocks {
        unsafe {
            if from_system {
                System.dealloc(p, Layout::from_size_align(n, 8).unwrap());
            } else {
                wasm64_libc::sys::free(p as *mut _);
            }
        }
    }

    eprintln!("std-main: done");
}
