;; How a threaded program ends (run with --invoke NAME).  A worker does
;; what its start_arg says: 1 traps, 2 calls proc_exit(7), 3 waits
;; forever, 4 spins forever, 5 returns.  Memory: 0 never changes (what
;; waits wait on).
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "env" "memory" (memory 1 1 shared))
  (func $crash unreachable)
  (func $park
    (loop $forever
      (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
      (br $forever)))
  (func (export "wasi_thread_start") (param $tid i32) (param $what i32)
    (if (i32.eq (local.get $what) (i32.const 1)) (then (call $crash)))
    (if (i32.eq (local.get $what) (i32.const 2)) (then (call $exit (i32.const 7))))
    (if (i32.eq (local.get $what) (i32.const 3)) (then (call $park)))
    (if (i32.eq (local.get $what) (i32.const 4)) (then (loop $spin (br $spin)))))
  (func (export "trap_in_worker") (drop (call $spawn (i32.const 1))) (call $park))
  (func (export "exit_in_worker") (drop (call $spawn (i32.const 2))) (call $park))
  (func (export "exit_in_main")
    (drop (call $spawn (i32.const 3))) (drop (call $spawn (i32.const 4))) (call $exit (i32.const 3)))
  (func (export "return_while_running") (result i32)
    (drop (call $spawn (i32.const 3))) (drop (call $spawn (i32.const 4))) (i32.const 42))
  ;; Spawns parked workers until thread-spawn refuses: how many it
  ;; started, and what it returned then.
  (func (export "spawn_until_refused") (result i32 i32)
    (local $n i32) (local $r i32)
    (loop $more
      (local.set $r (call $spawn (i32.const 3)))
      (if (i32.gt_s (local.get $r) (i32.const 0))
        (then (local.set $n (i32.add (local.get $n) (i32.const 1))) (br $more))))
    (local.get $n) (local.get $r))
  ;; Starts and joins 60 short threads one after the other (more than
  ;; --max-threads 4 lets run at once): ids keep growing, nothing is
  ;; refused.  Returns the last id.
  (func (export "many_short") (result i32)
    (local $i i32) (local $tid i32)
    (loop $next
      (local.set $tid (call $spawn (i32.const 5)))
      (if (i32.le_s (local.get $tid) (i32.const 0))
        (then
          ;; the slot of a returned thread frees when it has unwound: retry
          (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const 100000)))
          (br $next)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (i32.const 60))))
    (local.get $tid)))
