//! Compiles c/helpers.c for wasm64 with the SDK's sysroot and links it in.
//! WASM64_SYSROOT names the sysroot (`make rust` sets it; docs/rust.md);
//! CC (default clang-22) and AR (default llvm-ar-22) the tools.
use std::env;
use std::path::PathBuf;
use std::process::Command;

fn run(cmd: &mut Command) {
    let status = cmd.status().unwrap_or_else(|e| panic!("cannot run {:?}: {}", cmd, e));
    assert!(status.success(), "{:?} failed: {}", cmd, status);
}

fn main() {
    let sysroot = env::var("WASM64_SYSROOT").expect("set WASM64_SYSROOT to the SDK's sysroot");
    let cc = env::var("CC").unwrap_or_else(|_| "clang-22".into());
    let ar = env::var("AR").unwrap_or_else(|_| "llvm-ar-22".into());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let obj = out.join("helpers.o");
    let lib = out.join("libhelpers.a");

    let mut cflags = vec!["-O2".to_string()];
    // `make rust RUST_LTO=1`-style builds hand the C side to the linker's LTO too.
    if let Ok(extra) = env::var("WASM64_CFLAGS") {
        cflags.extend(extra.split_whitespace().map(String::from));
    }
    run(Command::new(&cc)
        .args(["--target=wasm64", &format!("--sysroot={}", sysroot)])
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror"])
        .args(&cflags)
        .args(["-c", "c/helpers.c", "-o"])
        .arg(&obj));
    let _ = std::fs::remove_file(&lib);
    run(Command::new(&ar).arg("qc").arg(&lib).arg(&obj));

    println!("cargo:rustc-link-search=native={}", out.display());
    println!("cargo:rustc-link-lib=static=helpers");
    println!("cargo:rerun-if-changed=c/helpers.c");
    println!("cargo:rerun-if-env-changed=WASM64_SYSROOT");
    println!("cargo:rerun-if-env-changed=WASM64_CFLAGS");
}
