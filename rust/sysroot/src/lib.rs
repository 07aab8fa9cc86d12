//! Empty: see Cargo.toml.
#![no_std]
