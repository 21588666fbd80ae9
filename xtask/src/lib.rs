//! Maintainer tasks for groupkit, run as `cargo xtask <command>` (see `src/main.rs`).
//!
//! The library half exists so that tests (and later commands such as `codegen`) share one way of
//! loading the OpenAPI documents ([`spec`]) and one set of checks ([`validate`]).

pub mod bench;
pub mod build_cost;
pub mod codegen;
pub mod spec;
pub mod validate;
