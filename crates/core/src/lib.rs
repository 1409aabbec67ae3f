//! plan-gauge-core: the plan data model and the progress logic.
//!
//! Invariants: no web dependencies, no I/O, no clock. Every function is a pure function of its
//! inputs, and no input, however malformed, makes it panic. See `ARCHITECTURE.md`.

pub mod bidi;
mod decimal;
pub mod explain;
pub mod format;
pub mod i18n;
pub mod model;
pub mod progress;
pub mod rollup;
pub mod time;
pub mod validate;

pub use i18n::Lang;
