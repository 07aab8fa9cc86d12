;; compare: --64
;; Not a bug, a documented difference the campaign must classify: --to32
;; wraps 64-bit addresses (docs/rewriter.md), so a load at 2^32, out of
;; bounds in the original, reads address 0 once lowered.  The rewriter
;; comparison reports it as not comparable, with that reason, rather than
;; as a mismatch; the engines still agree.
(module
  (import "fuzzing-support" "log-i64" (func $log (param i64)))
  (memory i64 1 1)
  (data (i64.const 0) "\2a")
  (func (export "load") (call $log (i64.load8_u (i64.const 0x100000000))))
)
