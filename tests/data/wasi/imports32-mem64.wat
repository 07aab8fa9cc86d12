;; A wasm32 WASI module moved to a 64-bit memory (what wasm64-rewrite --to64
;; makes): its imports keep i32 pointers, and one wasm64 import sits next
;; to them.  Prints a line, then exits with argc.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes_get (param i64 i64) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") i64 1)
  (data (i64.const 64) "hello from i32 pointers in a 64-bit memory\n")
  (func (export "_start")
    ;; a wasm32 ciovec at 0: {u32 buf = 64, u32 len = 43}
    (i32.store (i64.const 0) (i32.const 64))
    (i32.store (i64.const 4) (i32.const 43))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    ;; nwritten was stored as a u32: 43
    (if (i32.ne (i32.load (i64.const 8)) (i32.const 43)) (then unreachable))
    ;; argc as a u64 at 16 (wasm64 layout)
    (drop (call $args_sizes_get (i64.const 16) (i64.const 24)))
    (call $proc_exit (i32.wrap_i64 (i64.load (i64.const 16))))))
