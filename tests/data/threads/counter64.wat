;; counter32.wat for wasm64: a 64-bit shared memory, the wasm64 host ABI
;; (thread-spawn takes an i64 start_arg, wasi_thread_start gets it as i64,
;; fd_write's pointers and sizes are i64, an iovec is 16 bytes).
(module
  (import "wasi" "thread-spawn" (func $spawn (param i64) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i64 i64 i64) (result i32)))
  (import "env" "memory" (memory i64 1 1 shared))
  (func $print (param $n i64)
    (local $p i64)
    (local.set $p (i64.const 100))
    (i32.store8 (local.get $p) (i32.const 10))
    (loop $digit
      (local.set $p (i64.sub (local.get $p) (i64.const 1)))
      (i64.store8 (local.get $p) (i64.add (i64.const 48) (i64.rem_u (local.get $n) (i64.const 10))))
      (local.set $n (i64.div_u (local.get $n) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $n) (i64.const 0))))
    (i64.store (i64.const 24) (local.get $p))
    (i64.store (i64.const 32) (i64.sub (i64.const 101) (local.get $p)))
    (drop (call $fd_write (i32.const 1) (i64.const 24) (i64.const 1) (i64.const 48))))
  (func (export "wasi_thread_start") (param $tid i32) (param $times i64)
    (local $i i64)
    (loop $add
      (drop (i32.atomic.rmw.add (i64.const 0) (i32.const 1)))
      (drop (i64.atomic.rmw.add (i64.const 8) (i64.const 1)))
      (local.set $i (i64.add (local.get $i) (i64.const 1)))
      (br_if $add (i64.lt_u (local.get $i) (local.get $times))))
    (drop (i32.atomic.rmw.add (i64.const 16) (i32.const 1)))
    (drop (memory.atomic.notify (i64.const 16) (i32.const 1))))
  (func (export "_start")
    (local $i i32) (local $done i32)
    (loop $spawn
      (if (i32.le_s (call $spawn (i64.const 100000)) (i32.const 0)) (then unreachable))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $spawn (i32.lt_u (local.get $i) (i32.const 8))))
    (loop $wait
      (local.set $done (i32.atomic.load (i64.const 16)))
      (if (i32.lt_u (local.get $done) (i32.const 8))
        (then
          (drop (memory.atomic.wait32 (i64.const 16) (local.get $done) (i64.const -1)))
          (br $wait))))
    (call $print (i64.extend_i32_u (i32.atomic.load (i64.const 0))))
    (call $print (i64.atomic.load (i64.const 8)))))
