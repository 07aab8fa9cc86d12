;; fd_write with a pointer type from each width: matches neither.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func (param i32 i64 i64 i32) (result i32)))
  (memory (export "memory") i64 1)
  (func (export "_start")))
