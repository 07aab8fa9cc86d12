;; The module tests/data/eh-embed.c drives: exceptions across host calls.
(module
  (import "env" "call_back" (func $call_back (param i32)))
  (import "env" "host_throw" (func $host_throw (param i32)))
  (import "env" "htag" (tag $htag (param i32)))
  (tag $e (export "e") (param i32))

  (func (export "thrower") (param i32)
    (throw $e (local.get 0)))

  (func (export "through_host") (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h)
        (call $call_back (local.get 0)))
      (i32.const -1)))

  (func (export "catch_host") (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $htag $h)
        (call $host_throw (local.get 0)))
      (i32.const -1)))

  (func $callee (param i32) (call $call_back (local.get 0)))
  (func (export "uncaught_through_host") (param i32)
    (call $callee (local.get 0)))

  (func (export "host_uncaught") (param i32)
    (return_call $host_throw (local.get 0)))
)
