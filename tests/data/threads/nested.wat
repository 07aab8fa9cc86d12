;; Threads that spawn threads, at the same time: the main thread starts 4,
;; each of those starts 4 more (start_arg 1: do not spawn); each thread
;; adds 1 to a counter and wakes the main thread, which waits for all 20
;; and prints the count.  Memory: 0 count.
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "env" "memory" (memory 1 1 shared))
  (func (export "wasi_thread_start") (param $tid i32) (param $leaf i32)
    (local $i i32)
    (if (i32.eqz (local.get $leaf))
      (then
        (loop $more
          (if (i32.le_s (call $spawn (i32.const 1)) (i32.const 0)) (then unreachable))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $more (i32.lt_u (local.get $i) (i32.const 4))))))
    (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
    (drop (memory.atomic.notify (i32.const 0) (i32.const 1))))
  (func (export "_start")
    (local $i i32) (local $n i32)
    (loop $more
      (if (i32.le_s (call $spawn (i32.const 0)) (i32.const 0)) (then unreachable))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $more (i32.lt_u (local.get $i) (i32.const 4))))
    (loop $wait
      (local.set $n (i32.atomic.load (i32.const 0)))
      (if (i32.lt_u (local.get $n) (i32.const 20))
        (then
          (drop (memory.atomic.wait32 (i32.const 0) (local.get $n) (i64.const -1)))
          (br $wait))))
    ;; the status says how many ran: 20
    (call $exit (i32.atomic.load (i32.const 0)))))
