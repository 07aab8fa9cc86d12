;; Exception handling in the legacy encoding (try / catch / catch_all /
;; delegate / rethrow), the one clang emits by default.  Every export
;; returns an i32 (or i64) that tests/23-exceptions.bats checks, in
;; wasm64-run and in V8.
(module
  (tag $e (param i32))
  (tag $f (param i32))
  (tag $multi (param i32 i64 f64))
  (tag $empty)

  (func $throw_e (param i32) (local.get 0) (throw $e))
  (func $throw_f (param i32) (local.get 0) (throw $f))

  ;; The payload reaches the matching catch.
  (func (export "catch_payload") (result i32)
    (try (result i32)
      (do (i32.const 42) (throw $e))
      (catch $e)))

  ;; Clauses are tried in order: the first one of the tag wins.
  (func (export "catch_order") (result i32)
    (try (result i32)
      (do (i32.const 5) (throw $f))
      (catch $e (i32.add (i32.const 100)))
      (catch $f (i32.add (i32.const 200)))
      (catch_all (i32.const 300))))

  ;; catch_all takes what no catch names.
  (func (export "catch_all") (result i32)
    (try (result i32)
      (do (throw $empty))
      (catch $e)
      (catch_all (i32.const 7))))

  ;; Several values of several types.
  (func (export "multi") (result i64)
    (local $a i32) (local $b i64) (local $c f64)
    (try
      (do (i32.const 3) (i64.const 40000000000) (f64.const 0.5) (throw $multi))
      (catch $multi
        (local.set $c) (local.set $b) (local.set $a)))
    (i64.add
      (i64.add (i64.extend_i32_u (local.get $a)) (local.get $b))
      (i64.trunc_f64_s (f64.mul (local.get $c) (f64.const 10)))))

  ;; A try that does not throw: its values go on, the catch never runs.
  (func (export "no_throw") (result i32)
    (try (result i32)
      (do (i32.const 11))
      (catch_all (i32.const 99))))

  ;; An inner try that does not catch the tag lets it through.
  (func (export "nested_pass") (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (i32.const 8) (throw $e))
          (catch $f (drop) (i32.const -1))))
      (catch $e (i32.mul (i32.const 2)))))

  ;; Thrown in a callee, through frames that do not catch.
  (func $depth (param $n i32)
    (if (i32.eqz (local.get $n))
      (then (i32.const 77) (call $throw_e))
      (else (call $depth (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "across_calls") (param i32) (result i32)
    (try (result i32)
      (do (call $depth (local.get 0)) (i32.const -1))
      (catch $e)))

  ;; Locals written before the throw keep their values in the catch.
  (func (export "locals_kept") (result i32)
    (local $x i32)
    (try
      (do
        (local.set $x (i32.const 9))
        (call $throw_f (i32.const 0))
        (local.set $x (i32.const 1000)))
      (catch $f (drop)))
    (local.get $x))

  ;; A local first written after a call that throws still reads 0 in the
  ;; catch (the call must zero it).
  (func (export "local_zero") (result i32)
    (local $x i32)
    (try
      (do
        (call $throw_e (i32.const 1))
        (local.set $x (i32.const 55)))
      (catch_all))
    (local.get $x))

  ;; rethrow: the same exception, payload and all, to the next handler.
  (func (export "rethrow") (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (i32.const 21) (throw $e))
          (catch $e (drop) (rethrow 0))))
      (catch $e (i32.add (i32.const 1)))))

  ;; rethrow 1 from a nested catch_all names the outer catch's exception.
  (func (export "rethrow_outer") (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (i32.const 4) (throw $e))
          (catch $e
            (drop)
            (try (result i32)
              (do (i32.const 6) (throw $f))
              (catch_all (rethrow 1))))))
      (catch $e (i32.add (i32.const 10)))
      (catch $f (i32.add (i32.const 20)))))

  ;; delegate 0: the inner try's exceptions go to the enclosing try's
  ;; handlers.
  (func (export "delegate") (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (i32.const 30) (throw $e))
          (delegate 0)))
      (catch $e (i32.add (i32.const 1)))))

  ;; delegate 1 skips the try in between, whose catch_all would take it.
  (func (export "delegate_skip") (result i32)
    (try $outer (result i32)
      (do
        (try (result i32)
          (do
            (try (result i32)
              (do (i32.const 12) (throw $e))
              (delegate $outer)))
          (catch_all (i32.const -1))))
      (catch $e)))

  ;; delegate to the function's label: the caller's handlers.
  (func $delegate_out
    (try
      (do (call $throw_e (i32.const 13)))
      (delegate 0)))
  (func (export "delegate_caller") (result i32)
    (try (result i32)
      (do (call $delegate_out) (i32.const -1))
      (catch $e)))

  ;; A throw in a catch block is not caught by that try's own catches.
  (func (export "throw_in_catch") (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (call $throw_e (i32.const 1)) (i32.const -1))
          (catch $e (drop) (call $throw_f (i32.const 2)) (i32.const -2))
          (catch $f (drop) (i32.const -3))))
      (catch $f (i32.add (i32.const 40)))))

  ;; A branch out of a try body and out of a catch block.
  (func (export "branch_out") (param i32) (result i32)
    (block $out (result i32)
      (try (result i32)
        (do
          (drop (br_if $out (i32.const 50) (local.get 0)))
          (call $throw_e (i32.const 60))
          (i32.const -1))
        (catch $e (br $out)))))

  ;; A loop that throws and catches many times: handlers are re-entered
  ;; with the stack as the loop left it.
  (func (export "loop_sum") (param $n i32) (result i32)
    (local $i i32) (local $sum i32)
    (loop $again
      (try
        (do (call $throw_e (local.get $i)))
        (catch $e (local.get $sum) (i32.add) (local.set $sum)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $sum))

  ;; Values below the try stay where they were.
  (func (export "stack_below") (result i32)
    (i32.const 1000)
    (try (result i32)
      (do (call $throw_e (i32.const 3)) (i32.const -1))
      (catch $e))
    (i32.add))

  ;; A trap is not an exception: catch_all does not see it.
  (func (export "trap_not_caught") (result i32)
    (try (result i32)
      (do (unreachable))
      (catch_all (i32.const 1))))

  ;; Uncaught: wasm64-run reports it as a trap naming the tag.
  (func (export "uncaught") (result i32)
    (call $throw_f (i32.const 1))
    (i32.const 0))
)
