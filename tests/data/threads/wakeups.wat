;; notify wakes at most `count` waiters and says how many it woke: three
;; workers wait at address 0; the main thread notifies with count 0 (wakes
;; nobody), then with count 2 until all three are woken, and prints the
;; total woken, the most one notify woke, and the sum of the waits'
;; results (0: all "ok").
;; Memory: 0 the address waited on, 4 back, 8 sum of results, 24 iovec,
;; 40 written, 64.. text.
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "env" "memory" (memory 1 1 shared))
  (func $print (param $n i32)
    (local $p i32)
    (local.set $p (i32.const 100))
    (i32.store8 (local.get $p) (i32.const 10))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.rem_u (local.get $n) (i32.const 10))))
      (local.set $n (i32.div_u (local.get $n) (i32.const 10)))
      (br_if $digit (local.get $n)))
    (i32.store (i32.const 24) (local.get $p))
    (i32.store (i32.const 28) (i32.sub (i32.const 101) (local.get $p)))
    (drop (call $fd_write (i32.const 1) (i32.const 24) (i32.const 1) (i32.const 40))))
  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (drop (i32.atomic.rmw.add (i32.const 8)
      (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1))))
    (drop (i32.atomic.rmw.add (i32.const 4) (i32.const 1)))
    (drop (memory.atomic.notify (i32.const 4) (i32.const 1))))
  (func (export "_start")
    (local $i i32) (local $n i32) (local $total i32) (local $most i32) (local $back i32)
    (loop $spawn
      (drop (call $spawn (i32.const 0)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $spawn (i32.lt_u (local.get $i) (i32.const 3))))
    (call $print (memory.atomic.notify (i32.const 0) (i32.const 0)))
    (loop $wake
      (local.set $n (memory.atomic.notify (i32.const 0) (i32.const 2)))
      (if (i32.gt_u (local.get $n) (local.get $most)) (then (local.set $most (local.get $n))))
      (local.set $total (i32.add (local.get $total) (local.get $n)))
      (if (i32.lt_u (local.get $total) (i32.const 3))
        (then
          ;; not all asleep yet: a timed wait as a 1 ms sleep
          (drop (memory.atomic.wait32 (i32.const 12) (i32.const 0) (i64.const 1000000)))
          (br $wake))))
    (loop $join
      (local.set $back (i32.atomic.load (i32.const 4)))
      (if (i32.lt_u (local.get $back) (i32.const 3))
        (then
          (drop (memory.atomic.wait32 (i32.const 4) (local.get $back) (i64.const -1)))
          (br $join))))
    (call $print (local.get $total))
    (call $print (local.get $most))
    (call $print (i32.atomic.load (i32.const 8)))))
