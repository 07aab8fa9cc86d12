//! A Rust program for wasm64 with no std: `main` is called by the sysroot's
//! crt1.o (`_start` → `__main_void` → `__main_argc_argv`, which the
//! wasm64-libc crate's `main` feature forwards here), and it calls C.
//!
//!     rust-main              the demo (sorting, callbacks, strings, output)
//!     rust-main panic        a panic: message on stderr, exit status 134
//!     rust-main exit N       exit(N) from Rust, with stdout flushed
//!     rust-main big MIB      fill a heap of MIB MiB (4608: 4.5 GiB) from Rust
#![no_std]
#![no_main]

extern crate alloc;

use alloc::ffi::CString;
use alloc::string::String;
use alloc::vec::Vec;
use alloc::{format, vec};
use core::ffi::{c_char, c_int, c_void, CStr};
use core::mem::size_of;

use wasm64_libc::sys::{self, printf};
use wasm64_libc::{eprintln, print, println};

extern "C" {
    fn c_for_each(xs: *const c_int, n: usize, visit: extern "C" fn(*mut c_void, c_int), ctx: *mut c_void);
    fn c_join(parts: *const *const c_char, n: usize, sep: c_char) -> *mut c_char;
    fn c_release(p: *mut c_void) -> usize;
}

#[repr(C)]
#[derive(Debug)]
struct City {
    name: &'static str,
    population: u32,
}

/// qsort's comparison: by population, descending, then by name.
unsafe extern "C" fn by_population(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = (&*(a as *const City), &*(b as *const City));
    match b.population.cmp(&a.population).then(a.name.cmp(b.name)) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }
}

unsafe extern "C" fn cmp_u64(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = (*(a as *const u64), *(b as *const u64));
    (a > b) as c_int - (a < b) as c_int
}

/// The trampoline C calls; `ctx` is the Rust closure.
extern "C" fn visit<F: FnMut(c_int)>(ctx: *mut c_void, x: c_int) {
    let f = unsafe { &mut *(ctx as *mut F) };
    f(x)
}

fn for_each<F: FnMut(c_int)>(xs: &[c_int], mut f: F) {
    unsafe { c_for_each(xs.as_ptr(), xs.len(), visit::<F>, &mut f as *mut F as *mut c_void) }
}

fn demo(args: &[&CStr]) -> c_int {
    println!("rust-main: {} argument(s)", args.len());
    for (i, a) in args.iter().enumerate() {
        println!("  argv[{}] = {:?}", i, a.to_str().unwrap_or("<not UTF-8>"));
    }

    // qsort with a Rust comparator, on Rust data.
    let mut cities = vec![
        City { name: "Lyon", population: 522_250 },
        City { name: "Nice", population: 348_085 },
        City { name: "Paris", population: 2_102_650 },
        City { name: "Lille", population: 236_710 },
        City { name: "Nantes", population: 323_204 },
        City { name: "Toulouse", population: 504_078 },
    ];
    unsafe {
        sys::qsort(cities.as_mut_ptr() as *mut c_void, cities.len(), size_of::<City>(), by_population);
    }
    let names: Vec<&str> = cities.iter().map(|c| c.name).collect();
    println!("by population: {}", names.join(" > "));

    // qsort and bsearch on 10,000 numbers.
    let mut xs: Vec<u64> = (0..10_000u64).map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40).collect();
    unsafe {
        sys::qsort(xs.as_mut_ptr() as *mut c_void, xs.len(), 8, cmp_u64);
    }
    let sorted = xs.windows(2).all(|w| w[0] <= w[1]);
    let key = xs[4321];
    let hit = unsafe { sys::bsearch(&key as *const u64 as *const c_void, xs.as_ptr() as *const c_void, xs.len(), 8, cmp_u64) };
    println!("sorted 10000: {}, bsearch found {}: {}", sorted, key, !hit.is_null());

    // printf from Rust, interleaved with println!: one stdout.
    unsafe {
        printf(c"printf: %s has %d inhabitants (%.1f%% of the six)\n".as_ptr(),
            c"Paris".as_ptr(), 2_102_650 as c_int, 100.0 * 2_102_650.0 / 4_036_977.0);
    }
    println!("println: after printf");

    // C calls back into a Rust closure.
    let mut total = 0i64;
    let mut seen = String::new();
    for_each(&[3, 1, 4, 1, 5, 9, 2, 6], |x| {
        total += x as i64;
        seen.push_str(&format!("{} ", x));
    });
    println!("callback: visited {}-> total {}", seen, total);

    // A C string made by C's malloc, freed by Rust; one made by Rust, freed by C.
    let parts = [c"wasm64".as_ptr(), c"rust".as_ptr(), c"c".as_ptr()];
    let joined = unsafe { c_join(parts.as_ptr(), parts.len(), b'+' as c_char) };
    println!("c_join: {}", unsafe { CStr::from_ptr(joined) }.to_str().unwrap());
    unsafe { sys::free(joined as *mut c_void) };
    let owned = CString::new(format!("{} bytes from Rust", 17)).unwrap();
    println!("c_release: {}", unsafe { c_release(owned.into_raw() as *mut c_void) });

    // The environment, through getenv.
    match wasm64_libc::env::var(c"GREETING") {
        Some(v) => println!("GREETING = {}", v.to_str().unwrap_or("?")),
        None => println!("GREETING is not set"),
    }

    // stderr: the libc's fputs and write, and eprintln!.
    unsafe {
        sys::fputs(c"stderr: fputs\n".as_ptr(), sys::stderr);
        let line = b"stderr: write(2)\n";
        sys::write(sys::STDERR_FILENO, line.as_ptr() as *const c_void, line.len());
    }
    eprintln!("stderr: eprintln! {}", 42);
    0
}

/// Allocates `mib` MiB in 512 MiB blocks, fills each with its own byte
/// value, then checks every block: blocks past 4 GiB, none overlapping.
fn big(mib: usize) -> c_int {
    const BLOCK: usize = 512 << 20;
    let blocks = (mib << 20).div_ceil(BLOCK);
    let mut heap: Vec<Vec<u8>> = Vec::new();
    let mut highest = 0usize;
    for i in 0..blocks {
        let mut v: Vec<u8> = Vec::new();
        if v.try_reserve_exact(BLOCK).is_err() {
            eprintln!("big: allocation {} of {} failed", i + 1, blocks);
            return 1;
        }
        v.resize(BLOCK, (i as u8).wrapping_mul(37).wrapping_add(1));
        highest = highest.max(v.as_ptr() as usize + BLOCK);
        heap.push(v);
    }
    for (i, v) in heap.iter().enumerate() {
        let want = (i as u8).wrapping_mul(37).wrapping_add(1);
        if !v.iter().step_by(4093).chain(v.last()).all(|&b| b == want) {
            eprintln!("big: block {} was overwritten", i);
            return 1;
        }
    }
    println!("big: {} blocks of 512 MiB filled and checked, heap ends at {:#x} ({} GiB)",
        heap.len(), highest, highest >> 30);
    0
}

#[no_mangle]
pub extern "C" fn main(argc: c_int, argv: *const *const c_char) -> c_int {
    let args: Vec<&CStr> = (0..argc as usize).map(|i| unsafe { CStr::from_ptr(*argv.add(i)) }).collect();
    match args.get(1).map(|a| a.to_bytes()) {
        Some(b"panic") => {
            println!("about to index out of bounds");
            let v = vec![1, 2, 3];
            let i = args.len() + 5;
            println!("unreachable: {}", v[i]);
            0
        }
        Some(b"exit") => {
            let code = args.get(2).and_then(|s| s.to_str().ok()?.parse().ok()).unwrap_or(1);
            print!("exiting with {} (this line has no newline)", code);
            wasm64_libc::exit(code)
        }
        Some(b"big") => big(args.get(2).and_then(|s| s.to_str().ok()?.parse().ok()).unwrap_or(4608)),
        _ => demo(&args),
    }
}

