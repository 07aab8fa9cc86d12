;; compare: --64
;; Found by the differential campaign (seed 42): `wasm64-rewrite --to32`
;; wrapped 64-bit table indices with i32.wrap_i64, so an index at or above
;; 2^32, out of bounds in the original, could land on a valid element after
;; lowering (and in V8, which runs the tables-only lowering).  Fixed by
;; saturating: a 32-bit table has fewer than 2^32 elements, so the index
;; stays out of bounds.  Every export below must trap in all three runs.
(module
  (import "fuzzing-support" "log-i32" (func $log (param i32)))
  (memory i64 1 1)
  (type $v (func))
  (table $t i64 4 funcref)
  (elem (table $t) (i64.const 0) func $f $f $f $f)
  (func $f (call $log (i32.const 7)))
  (func (export "get") (drop (table.get $t (i64.const 0x100000001))))
  (func (export "set") (table.set $t (i64.const 0x100000002) (ref.null func)))
  (func (export "call_indirect") (call_indirect $t (type $v) (i64.const 0x100000000)))
  (func (export "fill") (table.fill $t (i64.const 0) (ref.null func) (i64.const 0x100000001)))
  (func (export "copy") (table.copy $t $t (i64.const 0) (i64.const 1) (i64.const 0x100000002)))
  (func (export "grow") (result i64) (table.grow $t (ref.null func) (i64.const 0x100000000)))
  (func (export "in_bounds") (call_indirect $t (type $v) (i64.const 3)))
)
