;; Well-formed but invalid: i32.add of an i64 (assembled with --no-check).
(module
  (func (export "_start") (drop (i32.add (i32.const 1) (i64.const 2)))))
