;; A name WASI preview 1 does not have.
(module
  (import "wasi_snapshot_preview1" "path_frobnicate" (func (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")))
