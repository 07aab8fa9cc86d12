(module
  (memory (export "memory") 1)
  (func $inner (unreachable))
  (func $outer (call $inner))
  (func (export "_start") (call $outer)))
