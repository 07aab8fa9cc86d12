//! A minimal Rust staticlib for ldcmp.c: the library drags in
//! compiler_builtins, as every Rust staticlib does.
#![no_std]

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[no_mangle]
pub extern "C" fn rust_twice(x: i32) -> i32 {
    x.wrapping_mul(2)
}
