;; wasm64-rewrite --wasi64: the socket calls' wrappers (iovecs, size and
;; u16 results), with good and bad pointers.  Prints the five errnos as
;; bytes; they must be the same before and after the conversion.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_recv"
    (func $recv (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_send" (func $send (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_accept" (func $accept (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 8) "\40\00\00\00\06\00\00\00")
  (data (i32.const 24) "\c8\00\00\00\05\00\00\00")
  (func (export "_start")
    (i32.store8 (i32.const 200)
      (call $recv (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 0) (i32.const 16) (i32.const 20)))
    (i32.store8 (i32.const 201)
      (call $recv (i32.const 0) (i32.const 0xfffffff0) (i32.const 1) (i32.const 0) (i32.const 16)
                  (i32.const 20)))
    (i32.store8 (i32.const 202)
      (call $send (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 0) (i32.const 16)))
    (i32.store8 (i32.const 203) (call $accept (i32.const 3) (i32.const 0) (i32.const 0xfffffffc)))
    (i32.store8 (i32.const 204)
      (call $send (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 0) (i32.const 0xfffffffe)))
    (drop (call $fd_write (i32.const 1) (i32.const 24) (i32.const 1) (i32.const 32)))))
