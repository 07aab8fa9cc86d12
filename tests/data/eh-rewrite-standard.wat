;; The standard encoding's counterpart of eh-rewrite-legacy.wat: try_table,
;; throw_ref and exnref locals, globals and block types around memory and
;; table accesses (tests/60-rewriter.bats).
(module
  (memory 1)
  (table 2 funcref)
  (elem (i32.const 0) $thrower $no_throw)
  (tag $e (param i32))
  (global $last (mut exnref) (ref.null exn))

  (func $thrower (param i32) (throw $e (local.get 0)))
  (func $no_throw (param i32) (i32.store (i32.const 64) (local.get 0)))

  (func $caught (param $i i32) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h)
        (i32.store (i32.const 16) (local.get $i))
        (call_indirect (param i32) (local.get $i) (i32.and (local.get $i) (i32.const 1))))
      (i32.load (i32.const 64)))
    (i32.add (i32.load (i32.const 16))))

  (func $keep (param $i i32) (result i32)
    (local $x exnref)
    (block $h (result i32 exnref)
      (try_table (catch_ref $e $h)
        (call $thrower (i32.load (i32.const 16))))
      (unreachable))
    (local.set $x)
    (global.set $last (local.get $x))
    (i32.store (i32.const 96) (local.get $i))
    (i32.add (i32.load (i32.const 96))))

  (func $again (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (throw_ref (global.get $last)))
      (i32.const -1))
    (i32.mul (i32.const 3)))

  (func (export "run") (result i32)
    (i32.add
      (i32.add (call $caught (i32.const 6)) (call $caught (i32.const 3)))
      (i32.add (call $keep (i32.const 10)) (call $again))))
)
