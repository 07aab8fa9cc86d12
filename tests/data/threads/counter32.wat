;; wasi-threads, wasm32: 8 threads each add 1 to a shared counter 100000
;; times with i32.atomic.rmw.add (and to a 64-bit one with
;; i64.atomic.rmw.add); the main thread sleeps in memory.atomic.wait32
;; until the last one is done, then prints both counters.
;; Memory: 0 counter, 8 counter64, 16 done, 24 iovec, 40 written, 64.. text.
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "env" "memory" (memory 1 1 shared))
  (func $print (param $n i64)
    (local $p i32)
    (local.set $p (i32.const 100))
    (i32.store8 (local.get $p) (i32.const 10))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.wrap_i64 (i64.add (i64.const 48) (i64.rem_u (local.get $n) (i64.const 10)))))
      (local.set $n (i64.div_u (local.get $n) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $n) (i64.const 0))))
    (i32.store (i32.const 24) (local.get $p))
    (i32.store (i32.const 28) (i32.sub (i32.const 101) (local.get $p)))
    (drop (call $fd_write (i32.const 1) (i32.const 24) (i32.const 1) (i32.const 40))))
  (func (export "wasi_thread_start") (param $tid i32) (param $times i32)
    (local $i i32)
    (loop $add
      (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
      (drop (i64.atomic.rmw.add (i32.const 8) (i64.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $add (i32.lt_u (local.get $i) (local.get $times))))
    (drop (i32.atomic.rmw.add (i32.const 16) (i32.const 1)))
    (drop (memory.atomic.notify (i32.const 16) (i32.const 1))))
  (func (export "_start")
    (local $i i32) (local $done i32)
    (loop $spawn
      (if (i32.le_s (call $spawn (i32.const 100000)) (i32.const 0)) (then unreachable))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $spawn (i32.lt_u (local.get $i) (i32.const 8))))
    (loop $wait
      (local.set $done (i32.atomic.load (i32.const 16)))
      (if (i32.lt_u (local.get $done) (i32.const 8))
        (then
          (drop (memory.atomic.wait32 (i32.const 16) (local.get $done) (i64.const -1)))
          (br $wait))))
    (call $print (i64.extend_i32_u (i32.atomic.load (i32.const 0))))
    (call $print (i64.atomic.load (i32.const 8)))))
