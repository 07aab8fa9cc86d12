;; compare: --32
;; Found by the differential campaign (seeds 1, 6, 7, 16): V8 reports every
;; trapping float-to-integer conversion as "float unrepresentable in
;; integer range", where the spec (and wasm64-run) says "integer overflow"
;; for a value out of range and "invalid conversion to integer" for NaN;
;; the harness counted them as different traps.  Fixed in the harness's
;; canonical form (one kind for both, and for i32.div_s overflow).
(module
  (func (export "trunc_overflow") (result i32) (i32.trunc_f32_s (f32.const 3e9)))
  (func (export "trunc_nan") (result i32) (i32.trunc_f64_u (f64.const nan)))
  (func (export "trunc_i64_overflow") (result i64) (i64.trunc_f64_s (f64.const -1e19)))
  (func (export "div_overflow") (result i32) (i32.div_s (i32.const 0x80000000) (i32.const -1)))
  (func (export "div_zero") (result i64) (i64.rem_u (i64.const 1) (i64.const 0)))
  (func (export "trunc_ok") (result i32) (i32.trunc_f32_s (f32.const -2147483648)))
)
