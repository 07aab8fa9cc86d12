;; compare: --64
;; Found by the final differential campaign (seed 6652): the start function
;; stores at 2^32, so instantiating the original traps, while the wrapping
;; --to32 lowering writes address 0 and instantiates.  The campaign's check
;; against `--to32 --saturate` missed "instantiate trap" lines at first.
(module
  (import "fuzzing-support" "log-i32" (func $log (param i32)))
  (memory i64 1 1)
  (func $start (i32.store8 (i64.const 0x100000000) (i32.const 1)))
  (start $start)
  (func (export "read") (call $log (i32.load8_u (i64.const 0))))
)
