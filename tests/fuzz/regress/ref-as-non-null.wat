;; compare: --32
;; Found by the differential campaign (seeds 54, 181, ...): translate-to-fuzz
;; emits ref.as_non_null (0xd4) with reference types alone, which Node 20's
;; V8 only knows behind a flag and in the pre-standard encoding (0xd4 =
;; br_on_null).  The engine comparison reports it as not comparable; the
;; rewriter comparison still runs.
(module
  (import "fuzzing-support" "log-i32" (func $log (param i32)))
  (elem declare func $f)
  (func $f (call $log (i32.const 1)))
  (func (export "non_null") (drop (ref.as_non_null (ref.func $f))) (call $log (i32.const 2)))
  (func (export "null") (drop (ref.as_non_null (ref.null func))))
)
