;; A 64-bit memory grown past 4 GiB: memory.grow, then stores and loads
;; above the 4 GiB line.  Exit status: 0 when everything checks out,
;; 2 when memory.grow returned -1, 3 when a value read back is wrong.
;; With an argument count > 1 it also reads one byte past the end (a trap).
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args (param i64 i64) (result i32)))
  (memory (export "memory") i64 1)
  (func (export "_start")
    (local $old i64)
    ;; 1 page -> 81920 pages (5 GiB)
    (local.set $old (memory.grow (i64.const 81919)))
    (if (i64.eq (local.get $old) (i64.const -1)) (then (call $exit (i32.const 2))))
    (if (i64.ne (local.get $old) (i64.const 1)) (then (call $exit (i32.const 3))))
    (if (i64.ne (memory.size) (i64.const 81920)) (then (call $exit (i32.const 3))))
    ;; at 4.5 GiB, and in the last 8 bytes
    (i64.store (i64.const 0x120000000) (i64.const 0x1122334455667788))
    (i64.store offset=0xfffffff8 (i64.const 0x40000000) (i64.const -2))
    (if (i64.ne (i64.load (i64.const 0x120000000)) (i64.const 0x1122334455667788))
      (then (call $exit (i32.const 3))))
    (if (i64.ne (i64.load (i64.const 0x13ffffff8)) (i64.const -2))
      (then (call $exit (i32.const 3))))
    ;; bulk operations across the 4 GiB line
    (memory.fill (i64.const 0xffffff00) (i32.const 0xab) (i64.const 0x200))
    (memory.copy (i64.const 0x100000000) (i64.const 0xffffff00) (i64.const 0x100))
    (if (i32.ne (i32.load8_u (i64.const 0x1000000ff)) (i32.const 0xab))
      (then (call $exit (i32.const 3))))
    ;; argc > 1: touch the first byte past the end
    (drop (call $args (i64.const 0) (i64.const 8)))
    (if (i64.gt_u (i64.load (i64.const 0)) (i64.const 1))
      (then (drop (i32.load8_u (i64.const 0x140000000)))))
    (call $exit (i32.const 0))))
