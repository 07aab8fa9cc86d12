;; A WASI program (64-bit memory, the wasm64 host ABI) whose control flow
;; is exceptions in the standard encoding: try_table with every kind of
;; catch clause, throw, throw_ref, exnref in a global.  It prints one line
;; per case; with any argument it ends with an exception nothing catches.
;; tests/71-js-exceptions.bats runs it in wasm64-run and in Chromium.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i64 i64 i64) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes_get (param i64 i64) (result i32)))
  (memory (export "memory") i64 1)
  ;; 0: iovec; 16: scratch for args_sizes_get; 64..: the line being built.
  (tag $e (param i32))
  (tag $pair (param i64 i32))
  (tag $empty)
  (tag $boom (param i32))
  (global $saved (mut exnref) (ref.null exn))
  (global $len (mut i64) (i64.const 0))

  (func $putc (param i32)
    (i64.store8 (i64.add (i64.const 64) (global.get $len)) (i64.extend_i32_u (local.get 0)))
    (global.set $len (i64.add (global.get $len) (i64.const 1))))

  ;; Decimal digits of an unsigned number, most significant first.
  (func $putu (param $n i64)
    (if (i64.ge_u (local.get $n) (i64.const 10))
      (then (call $putu (i64.div_u (local.get $n) (i64.const 10)))))
    (call $putc (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $n) (i64.const 10))))))

  ;; Prints "<case> <value>\n": the case number, then the value.
  (func $line (param $case i32) (param $v i64)
    (global.set $len (i64.const 0))
    (call $putc (i32.const 99)) ;; 'c'
    (call $putu (i64.extend_i32_u (local.get $case)))
    (call $putc (i32.const 32))
    (call $putu (local.get $v))
    (call $putc (i32.const 10))
    (i64.store (i64.const 0) (i64.const 64))
    (i64.store (i64.const 8) (global.get $len))
    (drop (call $fd_write (i32.const 1) (i64.const 0) (i64.const 1) (i64.const 16))))

  (func $throw_e (param i32) (local.get 0) (throw $e))

  ;; catch: the values go to the label.
  (func $catch (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (call $throw_e (i32.const 42)))
      (i32.const -1)))

  ;; catch_ref, then throw_ref to the next handler out.
  (func $catch_ref (result i32)
    (block $outer (result i32)
      (try_table (catch $e $outer)
        (block $h (result i32 exnref)
          (try_table (catch_ref $e $h) (call $throw_e (i32.const 5)))
          (unreachable))
        (throw_ref)
        (drop))
      (i32.const -1)))

  (func $catch_all (result i32)
    (block $h (try_table (catch_all $h) (throw $empty)))
    (i32.const 3))

  ;; catch_all_ref keeps the exception in a global; thrown again later.
  (func $save
    (block $h (result exnref)
      (try_table (catch_all_ref $h) (i64.const 7) (i32.const 2) (throw $pair))
      (unreachable))
    (global.set $saved))
  (func $rethrow_saved (result i64)
    (call $save)
    (block $h (result i64 i32)
      (try_table (catch $pair $h) (throw_ref (global.get $saved)))
      (unreachable))
    (drop))

  ;; Values of two types, stored through a 64-bit address.
  (func $to_memory (result i64)
    (local $x i64) (local $y i32)
    (block $h (result i64 i32)
      (try_table (catch $pair $h)
        (i64.const 0x100000000) (i32.const 0x1234) (throw $pair))
      (unreachable))
    (local.set $y)
    (local.set $x)
    (i64.store (i64.const 32) (i64.add (local.get $x) (i64.extend_i32_u (local.get $y))))
    (i64.load (i64.const 32)))

  ;; An exception thrown three calls down, through a loop that counts.
  (func $deep (param i32) (result i32)
    (if (i32.eqz (local.get 0)) (then (throw $e (i32.const 100))))
    (i32.add (call $deep (i32.sub (local.get 0) (i32.const 1))) (i32.const 1)))
  (func $loop_sum (result i32)
    (local $i i32) (local $sum i32)
    (loop $again
      (block $h (result i32)
        (try_table (catch $e $h) (drop (call $deep (local.get $i))))
        (unreachable))
      (local.set $sum (i32.add (local.get $sum)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get $i) (i32.const 10))))
    (local.get $sum))

  (func (export "_start")
    (call $line (i32.const 1) (i64.extend_i32_u (call $catch)))
    (call $line (i32.const 2) (i64.extend_i32_u (call $catch_ref)))
    (call $line (i32.const 3) (i64.extend_i32_u (call $catch_all)))
    (call $line (i32.const 4) (call $rethrow_saved))
    (call $line (i32.const 5) (call $to_memory))
    (call $line (i32.const 6) (i64.extend_i32_u (call $loop_sum)))
    (drop (call $args_sizes_get (i64.const 16) (i64.const 24)))
    (if (i32.gt_u (i32.load (i64.const 16)) (i32.const 1))
      (then (throw $boom (i32.const 1))))))
