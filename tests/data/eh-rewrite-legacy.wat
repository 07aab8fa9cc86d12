;; A wasm32 module with exception handling in the legacy encoding and the
;; memory and table accesses the rewriter converts, inside try bodies and
;; catch blocks (tests/60-rewriter.bats): "run" must return the same
;; checksum before and after conversion.
(module
  (type $pair (func (param i32 i32) (result i32 i32)))
  (memory 1)
  (table 2 funcref)
  (elem (i32.const 0) $thrower $no_throw)
  (tag $e (param i32))
  (tag $e2 (param i32 i64))

  (func $thrower (param i32) (throw $e (local.get 0)))
  (func $no_throw (param i32) (i32.store (i32.const 64) (local.get 0)))

  (func $store_in_catch (param $i i32) (result i32)
    (try (result i32)
      (do
        (i32.store (i32.const 16) (i32.const 1))
        (call_indirect (param i32) (local.get $i) (i32.and (local.get $i) (i32.const 1)))
        (i32.load (i32.const 64)))
      (catch $e
        (local.set $i)
        (i32.store offset=4 (i32.const 16) (local.get $i))
        (i32.add (i32.load (i32.const 16)) (i32.load offset=4 (i32.const 16))))))

  ;; A try with a type-index block type (params and several results).
  (func $multi (param i32 i32) (result i32 i32)
    (local.get 0) (local.get 1)
    (try (type $pair)
      (do
        (i64.store (i32.const 32) (i64.extend_i32_u (i32.add)))
        (throw $e2 (i32.const 3) (i64.load (i32.const 32))))
      (catch $e2 (i32.wrap_i64))
      (catch_all (i32.const 0) (i32.const 0))))

  (func $nested (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (call $thrower (i32.load8_u (i32.const 16))) (i32.const -1))
          (catch $e
            (drop)
            (i32.store8 (i32.const 80) (i32.const 9))
            (rethrow 0))))
      (catch $e (i32.add (i32.load8_u (i32.const 80))))))

  (func $delegated (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (call $thrower (i32.const 5)) (i32.const -1))
          (delegate 0)))
      (catch_all (i32.add (memory.size) (i32.const 100)))))

  (func (export "run") (result i32)
    (local $sum i32) (local $a i32) (local $b i32)
    (local.set $sum (i32.add (call $store_in_catch (i32.const 0)) (call $store_in_catch (i32.const 7))))
    (call $multi (i32.const 2) (i32.const 4))
    (local.set $b) (local.set $a)
    (local.set $sum (i32.add (local.get $sum) (i32.mul (local.get $a) (local.get $b))))
    (local.set $sum (i32.add (local.get $sum) (call $nested)))
    (local.set $sum (i32.add (local.get $sum) (call $delegated)))
    (local.get $sum))
)
