;; v128 values everywhere a value can go: params and results of calls
;; (direct, indirect, tail) mixed with scalars, block params and results,
;; branches that carry them, select, locals (zeroed at entry), globals,
;; exception payloads (try_table and legacy try), recursion.  Each export
;; returns a v128 that tests/19-simd.bats checks.
(module
  (type $mix_t (func (param i32 v128 i64 v128 f32) (result v128 i32 v128)))
  (table 2 funcref)
  (elem (i32.const 0) $mix $tail_target)
  (global $g (mut v128) (v128.const i32x4 1 2 3 4))
  (global (export "gconst") v128 (v128.const i32x4 10 20 30 40))
  (tag $t (param i32 v128 i64))

  ;; (a, b) -> (b + i32x4.splat(i), i + 1, a - splat(i64 as i32) with lane 3 = f32 bits)
  (func $mix (type $mix_t)
    (i32x4.add (local.get 3) (i32x4.splat (local.get 0)))
    (i32.add (local.get 0) (i32.const 1))
    (f32x4.replace_lane 3
      (i32x4.sub (local.get 1) (i32x4.splat (i32.wrap_i64 (local.get 2))))
      (local.get 4)))

  (func $tail_target (param i32 v128 i64 v128 f32) (result v128 i32 v128)
    (return_call $mix (i32.mul (local.get 0) (i32.const 2)) (local.get 1) (local.get 2)
      (local.get 3) (local.get 4)))

  (func (export "calls") (result v128)
    (local $a v128) (local $n i32) (local $b v128)
    (call $mix (i32.const 5) (v128.const i32x4 100 200 300 400) (i64.const 7)
      (v128.const i32x4 1 1 1 1) (f32.const 1.5))
    (local.set $b) (local.set $n) (local.set $a)
    ;; through the table: $tail_target doubles the i32 and tail-calls $mix
    (call_indirect (type $mix_t) (local.get $n) (local.get $b) (i64.const 1) (local.get $a)
      (f32.const 2) (i32.const 1))
    (drop) (drop)
    ;; a = b' + splat(12): 100-7+12 ... with lane 3 = bits of 1.5 + 12
    )

  (func (export "blocks") (param $k i32) (result v128)
    (local $v v128)
    (block $out (result v128)
      (block $b1 (result v128)
        (block $b2 (result v128)
          (v128.const i32x4 7 7 7 7)
          (br_table $b1 $b2 $out (local.get $k)))
        ;; from $b2: add 100
        (i32x4.add (v128.const i32x4 100 100 100 100)))
      ;; from $b1 (or falling out of $b2): a loop with a v128 param counts lane 0 up
      (i32.const 3)
      (loop $l (param v128 i32) (result v128)
        (local.set $k)
        (i32x4.add (v128.const i32x4 1 0 0 0))
        (local.tee $v)
        (local.get $k) (i32.const 1) (i32.sub) (local.tee $k)
        (local.get $k)
        (br_if $l)
        (drop))
      (if (param v128) (result v128) (i32.eqz (local.get $k))
        (then (i32x4.mul (v128.const i32x4 2 2 2 2)))
        (else (drop) (v128.const i32x4 -1 -1 -1 -1)))))

  (func (export "select") (param $c i32) (result v128)
    (i32x4.add
      (select (result v128) (v128.const i32x4 1 2 3 4) (v128.const i32x4 5 6 7 8) (local.get $c))
      (select (v128.const i32x4 10 20 30 40) (v128.const i32x4 50 60 70 80)
        (i32.eqz (local.get $c)))))

  ;; Locals are zero at entry, v128 ones included, between scalar locals.
  (func $locals (param $x i32) (result v128)
    (local $i i64) (local $v v128) (local $f f64) (local $w v128)
    (if (local.get $x) (then (local.set $w (v128.const i32x4 9 9 9 9))))
    (local.set $f (f64.const 2.5))
    (i32x4.add (local.get $v) (local.get $w))
    (i32x4.replace_lane 1 (i32.trunc_f64_s (local.get $f))))
  (func (export "locals") (result v128)
    (drop (call $locals (i32.const 1)))
    (call $locals (i32.const 0)))

  (func (export "globals") (result v128)
    (global.set $g (i32x4.mul (global.get $g) (v128.const i32x4 3 3 3 3)))
    (i32x4.add (global.get $g) (global.get 1)))

  ;; Payload (i32, v128, i64): caught by try_table, rethrown by
  ;; throw_ref, caught again by a legacy catch.
  (func $thrower (param v128)
    (throw $t (i32.const 1) (local.get 0) (i64.const 2)))
  (func (export "exceptions") (result v128)
    (local $e exnref) (local $v v128)
    (try (result v128)
      (do
        (block $h (result i32 v128 i64 exnref)
          (try_table (catch_ref $t $h)
            (call $thrower (v128.const i32x4 11 22 33 44)))
          (unreachable))
        (local.set $e)
        (drop) (drop) (drop)
        (throw_ref (local.get $e)))
      (catch $t
        ;; (i32 1, v, i64 2) -> v + splat(1) + splat(100)
        drop
        local.set $v
        i32x4.splat
        local.get $v
        i32x4.add
        (i32x4.splat (i32.const 100))
        i32x4.add)))

  ;; Recursion: sum of splat(n) .. splat(1) with v128 params.
  (func $rec (param $n i32) (param $acc v128) (result v128)
    (if (result v128) (i32.eqz (local.get $n))
      (then (local.get $acc))
      (else (call $rec (i32.sub (local.get $n) (i32.const 1))
              (i32x4.add (local.get $acc) (i32x4.splat (local.get $n)))))))
  (func (export "recursion") (result v128)
    (call $rec (i32.const 1000) (v128.const i32x4 0 1 2 3)))
)
