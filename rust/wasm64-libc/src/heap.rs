//! The global allocator: the libc's `malloc` family.
//!
//! `malloc` returns 16-byte aligned blocks of any size (the libc's
//! `_Alignof(max_align_t)`), so every layout aligned to 16 or less is a plain
//! `malloc`/`calloc`/`realloc`; larger alignments go through
//! `posix_memalign` (no size restriction, unlike C11's `aligned_alloc`).
//! Every block, however it was made, is released with `free`, which is what
//! lets C free what Rust allocated and the reverse.

use core::alloc::{GlobalAlloc, Layout};
use core::ptr;

use crate::sys;

/// What `malloc` guarantees for every block.
pub const MALLOC_ALIGN: usize = 16;

/// The libc's heap as a Rust allocator.  The crate installs it as the
/// `#[global_allocator]` unless its `global-allocator` feature is off.
#[derive(Clone, Copy, Debug, Default)]
pub struct LibcAlloc;

unsafe impl GlobalAlloc for LibcAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= MALLOC_ALIGN {
            sys::malloc(layout.size()) as *mut u8
        } else {
            aligned(layout)
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= MALLOC_ALIGN {
            sys::calloc(1, layout.size()) as *mut u8
        } else {
            let p = aligned(layout);
            if !p.is_null() {
                ptr::write_bytes(p, 0, layout.size());
            }
            p
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        sys::free(ptr as *mut sys::c_void)
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= MALLOC_ALIGN {
            return sys::realloc(ptr as *mut sys::c_void, new_size) as *mut u8;
        }
        // realloc would lose the alignment: move by hand.
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        let q = aligned(new_layout);
        if !q.is_null() {
            ptr::copy_nonoverlapping(ptr, q, layout.size().min(new_size));
            sys::free(ptr as *mut sys::c_void);
        }
        q
    }
}

unsafe fn aligned(layout: Layout) -> *mut u8 {
    let mut p: *mut sys::c_void = ptr::null_mut();
    // The alignment is a power of two above 16, as posix_memalign requires.
    if sys::posix_memalign(&mut p, layout.align(), layout.size()) != 0 {
        return ptr::null_mut();
    }
    p as *mut u8
}
