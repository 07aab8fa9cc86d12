;; Exception handling in the standard encoding (try_table, throw_ref,
;; exnref), in a module with a 64-bit memory.  tests/23-exceptions.bats
;; checks every export's result.
(module
  (memory i64 1)
  (tag $e (param i32))
  (tag $pair (param i64 i32))
  (tag $empty)
  (global $saved (mut exnref) (ref.null exn))

  (func $throw_e (param i32) (local.get 0) (throw $e))

  ;; catch: the values go to the label.
  (func (export "catch") (result i32)
    (block $h (result i32)
      (try_table (catch $e $h)
        (call $throw_e (i32.const 42)))
      (i32.const -1)))

  ;; catch_ref: the values, then the exception, which throw_ref throws
  ;; again to the next handler.
  (func (export "catch_ref") (result i32)
    (block $outer (result i32)
      (try_table (catch $e $outer)
        (block $h (result i32 exnref)
          (try_table (catch_ref $e $h)
            (call $throw_e (i32.const 5)))
          (unreachable))
        (throw_ref)
        (drop))
      (i32.const -1)))

  ;; catch_all and catch_all_ref take every tag.
  (func (export "catch_all") (result i32)
    (block $h
      (try_table (catch_all $h) (throw $empty)))
    (i32.const 3))
  (func $save (export "catch_all_ref") (result i32)
    (block $h (result exnref)
      (try_table (catch_all_ref $h) (i64.const 1) (i32.const 2) (throw $pair))
      (unreachable))
    (global.set $saved)
    (i32.const 4))

  ;; The exception kept in a global is thrown again later, unchanged.
  (func (export "rethrow_saved") (result i64)
    (drop (call $save))
    (block $h (result i64 i32)
      (try_table (catch $pair $h) (throw_ref (global.get $saved)))
      (unreachable))
    (drop))

  ;; Values of several types, stored through a 64-bit address.
  (func (export "to_memory") (result i64)
    (local $x i64) (local $y i32)
    (block $h (result i64 i32)
      (try_table (catch $pair $h)
        (i64.const 0x100000000) (i32.const 0x1234) (throw $pair))
      (unreachable))
    (local.set $y)
    (local.set $x)
    (i32.store (i64.const 8) (local.get $y))
    (i64.store (i64.const 16) (local.get $x))
    (i64.add (i64.load (i64.const 16)) (i64.extend_i32_u (i32.load (i64.const 8)))))

  ;; A catch whose label is the function's: its values are the results.
  (func (export "catch_to_return") (result i32)
    (try_table (catch $e 0)
      (call $throw_e (i32.const 8)))
    (i32.const -1))

  ;; A catch whose label is a loop: the loop runs again with the value.
  (func (export "catch_to_loop") (result i32)
    (local $n i32)
    (i32.const 0)
    (loop $l (param i32)
      (local.set $n)
      (if (i32.lt_u (local.get $n) (i32.const 10))
        (then
          (try_table (catch $e $l)
            (call $throw_e (i32.add (local.get $n) (i32.const 1)))))))
    (local.get $n))

  ;; The innermost try_table that names the tag catches.
  (func (export "innermost") (result i32)
    (block $a (result i32)
      (block $b (result i32)
        (try_table (catch $e $a)
          (try_table (catch $e $b)
            (call $throw_e (i32.const 1))))
        (i32.const -1))
      (i32.add (i32.const 100)))
    )

  ;; throw_ref of a null exnref traps.
  (func (export "null_throw_ref")
    (throw_ref (ref.null exn)))

  ;; An uncaught exception of an unnamed tag.
  (func (export "uncaught")
    (call $throw_e (i32.const 1)))
)
